/** Which format a file holds, judged from the first bytes of its content (and, for errors, its name). */
import type { ReportFormat } from './model.js'

/** How much of each file is read to tell its format. */
export const SNIFF_CHARS = 64 * 1024

/** The first element's name of an XML prefix, past the declaration, comments and DOCTYPE. */
function rootElement(xml: string): { name?: string; doctype?: string } {
  let rest = xml
  let doctype: string | undefined
  for (;;) {
    rest = rest.trimStart()
    if (rest.startsWith('<?')) rest = rest.slice(rest.indexOf('?>') + 2 || rest.length)
    else if (rest.startsWith('<!--')) rest = rest.slice(rest.indexOf('-->') + 3 || rest.length)
    else if (/^<!DOCTYPE/i.test(rest)) {
      // An internal subset ([…]) may hold '>' of its own.
      const subset = rest.indexOf('[')
      const close = rest.indexOf('>')
      const end = subset !== -1 && subset < close ? rest.indexOf(']>', subset) + 1 : close
      doctype = rest.slice(0, end === -1 ? undefined : end)
      rest = end === -1 ? '' : rest.slice(end + 1)
    } else break
    if (rest === '') break
  }
  return { name: /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1], doctype }
}

/** The report format of a file's beginning, or undefined for anything else (HTML, notes, raw data). */
export function detectFormat(prefix: string): ReportFormat | undefined {
  const text = prefix.replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('<')) {
    const { name, doctype } = rootElement(text)
    if (name === 'coverage' && /\bline-rate=|<packages\b|<sources\b/.test(text)) return 'cobertura'
    if (name === 'report' && (/JACOCO/i.test(doctype ?? '') || /<(sessioninfo|package|group)\b/.test(text)))
      return 'jacoco'
    return undefined
  }
  if (text.startsWith('{')) {
    if (/"statementMap"\s*:/.test(text)) return 'istanbul-final'
    if (/"lines"\s*:\s*\{[^}]*"total"\s*:/.test(text) && /"covered"\s*:/.test(text)) return 'istanbul-summary'
    return undefined
  }
  const first = text.split('\n', 1)[0].trim()
  if (/^mode: (set|count|atomic)$/.test(first)) return 'go'
  if (/^(TN|SF|VER):/.test(first)) return 'lcov'
  return undefined
}

/**
 * The format a file's name announces, for files that are reports by name: such a file that turns
 * out empty or unreadable is an error, not something to skip. Other names are skipped quietly.
 */
export function formatByName(name: string): ReportFormat | undefined {
  const base = name.split(/[\\/]/).pop()!.toLowerCase()
  if (base === 'lcov.info' || base.endsWith('.lcov') || /^lcov.*\.info$/.test(base)) return 'lcov'
  if (/^(cobertura.*|coverage)\.xml$/.test(base)) return 'cobertura'
  if (/^jacoco.*\.xml$/.test(base)) return 'jacoco'
  if (base === 'coverage-final.json') return 'istanbul-final'
  if (base === 'coverage-summary.json') return 'istanbul-summary'
  if (/^(cover(age)?\.(out|txt|prof|profile)|.*\.coverprofile)$/.test(base)) return 'go'
  return undefined
}
