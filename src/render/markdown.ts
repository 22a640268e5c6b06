/**
 * Markdown helpers for text that did not come from the gate itself (check names, file paths,
 * checklist titles): it must not inject HTML, forge the gate's marker or ping anyone.
 */

/** Inline text: HTML is neutralised and @mentions are broken with a zero-width space. */
export function inline(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}

/**
 * Markdown built by the gate with code spans around outside text (an item's summary): the code
 * spans stay, everything between them is neutralised like `inline`, so no mention or HTML survives.
 */
export function safeMarkdown(markdown: string): string {
  return markdown
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\r?\n/g, ' ') : inline(part)))
    .join('')
}

/** A code span that holds any text, backticks included (CommonMark: a longer fence, padded). */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A link whose target is http(s) only; anything else is shown as text. */
export function link(label: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\//.test(url)) return label
  return `[${label}](${url.replace(/[()\s]/g, c => encodeURIComponent(c))})`
}
