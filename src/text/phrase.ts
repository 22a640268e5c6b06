/**
 * What the gate says about an item, as structured text: plain words, literal names (shown as code)
 * and links to evidence. Evaluators build phrases; renderers decide how they read (Markdown for the
 * comment, check run and job summary; plain text for the status, annotations and the log), so text
 * that came from outside (a check name, a file path, an alert title) is never Markdown to anyone.
 */

/** A literal name or value from outside the gate: shown verbatim, as code. */
export interface Code {
  code: string
}

/** A link to evidence (http or https only; anything else is kept as plain text). */
export interface Link {
  text: string
  url: string
}

export type Part = string | Code | Link
export type Phrase = Part[]

/** What `say`, `phrase` and `join` accept: parts, phrases, numbers; empty values are skipped. */
export type Piece = Part | Phrase | number | undefined | null | false

export const code = (text: string): Code => ({ code: text })

export function link(text: string, url: string | null | undefined): Part {
  return url && /^https?:\/\//i.test(url) ? { text, url } : text
}

export const isCode = (part: Part): part is Code => typeof part === 'object' && 'code' in part
export const isLink = (part: Part): part is Link => typeof part === 'object' && 'url' in part

/** Concatenates pieces into one phrase, merging neighbouring plain text. */
export function phrase(...pieces: Piece[]): Phrase {
  const out: Phrase = []
  const push = (part: Part) => {
    const last = out.length - 1
    if (typeof part === 'string') {
      if (part === '') return
      if (typeof out[last] === 'string') out[last] = (out[last] as string) + part
      else out.push(part)
    } else {
      out.push(part)
    }
  }
  for (const piece of pieces) {
    if (piece === undefined || piece === null || piece === false) continue
    if (typeof piece === 'number') push(String(piece))
    else if (Array.isArray(piece)) piece.forEach(push)
    else push(piece as Part)
  }
  return out
}

/**
 * A template for phrases: say`${code(name)} is not ${allowed}`. The literal parts and interpolated
 * strings are plain text; `code(…)` and `link(…)` parts and nested phrases keep their structure.
 */
export function say(strings: TemplateStringsArray, ...values: Piece[]): Phrase {
  const pieces: Piece[] = []
  strings.forEach((s, i) => {
    pieces.push(s)
    if (i < values.length) pieces.push(values[i])
  })
  return phrase(...pieces)
}

/** Pieces joined by a separator. */
export function join(pieces: readonly Piece[], separator = ', '): Phrase {
  return phrase(...pieces.flatMap((p, i) => (i === 0 ? [p] : [separator, p])))
}

/** `a, b, c and 2 more`: at most `max` pieces shown. */
export function list(pieces: readonly Piece[], max = 5): Phrase {
  const shown = join(pieces.slice(0, max))
  return pieces.length > max ? phrase(shown, ` and ${pieces.length - max} more`) : shown
}

/**
 * Text the gate itself wrote with `backticks` around names (fixes, configuration errors): split into
 * parts. Even where an interpolated value holds a backtick, the parts stay text and code, so the worst
 * a stray backtick can do is move where code starts, never make Markdown of anything.
 */
export function authored(text: string): Phrase {
  return phrase(...text.split('`').map((s, i) => (i % 2 === 1 ? code(s) : s)))
}

/** The phrase as plain text (status descriptions, annotations, the log); names are left bare. */
export function plainText(p: Phrase): string {
  return p.map(part => (typeof part === 'string' ? part : isCode(part) ? part.code : part.text)).join('')
}
