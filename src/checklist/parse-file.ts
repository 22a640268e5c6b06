import { parseChecklist, type ParseOptions, type ParseResult } from './parse.js'

/** Whether a checklist path names a Markdown file. */
export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path)
}

/**
 * Parses a checklist file by its kind: Markdown (`.md`) as GitHub renders it, anything else as YAML.
 * The Markdown parser (micromark with GFM) loads only for a Markdown checklist.
 */
export async function parseChecklistFile(text: string, options: ParseOptions): Promise<ParseResult> {
  if (!isMarkdownPath(options.file)) return parseChecklist(text, options)
  const { parseMarkdownChecklist } = await import('./markdown.js')
  return parseMarkdownChecklist(text, options)
}
