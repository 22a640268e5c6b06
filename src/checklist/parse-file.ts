import { isMarkdownPath, parseMarkdownChecklist } from './markdown.js'
import { parseChecklist, type ParseOptions, type ParseResult } from './parse.js'

/** Parses a checklist file by its kind: Markdown (`.md`) as GitHub renders it, anything else as YAML. */
export function parseChecklistFile(text: string, options: ParseOptions): ParseResult {
  return isMarkdownPath(options.file) ? parseMarkdownChecklist(text, options) : parseChecklist(text, options)
}
