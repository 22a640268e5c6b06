/**
 * Cutting text to GitHub's limits. A cut never splits a surrogate pair (which GitHub would refuse as
 * invalid UTF-8) and ends with `…`, so a reader sees that something was cut.
 */

/** At most `max` UTF-16 characters. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--
  return `${text.slice(0, end)}…`
}

/** At most `max` UTF-8 bytes. */
export function clipBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text
  const ellipsis = 3 // `…` in UTF-8
  let bytes = 0
  let end = 0
  for (const ch of text) {
    const size = Buffer.byteLength(ch)
    if (bytes + size > max - ellipsis) break
    bytes += size
    end += ch.length
  }
  return `${text.slice(0, end)}…`
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
