import { RE2JS, RE2JSException, RE2JSSyntaxException } from 're2js'

/**
 * Needles: what a check looks for in a text. Plain text is a case-sensitive substring; `/pattern/flags`
 * is a regular expression in RE2 syntax, matched by re2js in time linear in the text (no backtracking),
 * so no pattern can make a large file take minutes. The checklist validator refuses every needle this
 * module cannot compile, so an evaluator only ever meets valid ones.
 */

export type Needle =
  { kind: 'text'; text: string } | { kind: 'pattern'; source: string; flags: string; re: RE2JS }

/** Why a needle is refused, in words for the checklist's author, and the fix. */
export interface NeedleProblem {
  message: string
  fix: string
}

export type NeedleParse = { ok: true; needle: Needle } | { ok: false; problem: NeedleProblem }

/** The flags that mean something for a search of a whole file. */
const FLAGS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL
}
/** Accepted and ignored: a yes/no search of the whole text has no "global" mode. */
const IGNORED_FLAGS = 'g'

const LITERAL_FIX = 'or drop the surrounding slashes to match the text literally'

/** `/…/` with lower-case letters after it is a pattern; anything else is plain text. */
const PATTERN = /^\/(.+)\/([a-z]*)$/s

export function parseNeedle(raw: string): NeedleParse {
  const m = PATTERN.exec(raw)
  if (!m) return { ok: true, needle: { kind: 'text', text: raw } }
  const [, source, flags] = m
  const flagProblem = checkFlags(raw, source, flags)
  if (flagProblem) return { ok: false, problem: flagProblem }
  let bits = 0
  for (const f of flags) bits |= FLAGS[f] ?? 0
  try {
    return { ok: true, needle: { kind: 'pattern', source, flags, re: RE2JS.compile(source, bits) } }
  } catch (error) {
    return { ok: false, problem: explainSyntax(error) }
  }
}

/** Whether `text` contains the needle. */
export function findNeedle(text: string, needle: Needle): boolean {
  return needle.kind === 'text' ? text.includes(needle.text) : needle.re.test(text)
}

const compiled = new Map<string, Needle>()

/**
 * `findNeedle` for a needle as written in the checklist, compiled once per process. Throws on a needle
 * the validator would have refused (a programming error, never a user's).
 */
export function containsNeedle(text: string, raw: string): boolean {
  return findNeedle(text, compiledNeedle(raw))
}

/**
 * Whether a whole value (a YAML scalar, a header) is the needle: plain text must equal it, a
 * `/pattern/` must match somewhere in it (anchor with `^…$` for the whole value).
 */
export function valueIsNeedle(value: string, raw: string): boolean {
  const needle = compiledNeedle(raw)
  return needle.kind === 'text' ? value === needle.text : needle.re.test(value)
}

function compiledNeedle(raw: string): Needle {
  let needle = compiled.get(raw)
  if (!needle) {
    const parsed = parseNeedle(raw)
    if (!parsed.ok) throw new Error(`invalid needle ${raw}: ${parsed.problem.message}`)
    needle = parsed.needle
    compiled.set(raw, needle)
  }
  return needle
}

function checkFlags(raw: string, source: string, flags: string): NeedleProblem | undefined {
  const unknown = [...new Set(flags)].filter(f => !(f in FLAGS) && !IGNORED_FLAGS.includes(f))
  if (unknown.length === 0) return undefined
  const named = unknown.map(f => `\`${f}\``).join(', ')
  const why: Record<string, string> = {
    y: '`y` (sticky) would anchor the search at the start; write `^` (or `\\A`) in the pattern instead',
    u: 'patterns always match by Unicode character, so `u` is not needed'
  }
  const reasons = unknown.map(f => why[f]).filter(Boolean)
  return {
    message: `reads as the regular expression \`${source}\` with the unsupported flag${unknown.length > 1 ? 's' : ''} ${named}${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`,
    fix: `Use only the flags \`i\` (ignore case), \`m\` (\`^\` and \`$\` at each line) and \`s\` (\`.\` matches newlines); to match the text \`${raw}\` itself, write \`${literalPattern(raw)}\`.`
  }
}

/** RE2's syntax errors, with the unsupported constructs named as a JavaScript author knows them. */
function explainSyntax(error: unknown): NeedleProblem {
  if (!(error instanceof RE2JSSyntaxException)) {
    const message = error instanceof RE2JSException ? error.message : String(error)
    return {
      message: `is not a valid regular expression: ${message}`,
      fix: `Simplify the pattern, ${LITERAL_FIX}.`
    }
  }
  const input = error.input ?? ''
  const unsupported = (construct: string, kind: string, fix: string): NeedleProblem => ({
    message: `uses ${construct}: the gate's regular expressions are RE2 syntax, which matches in time linear in the file and has no ${kind}`,
    fix
  })
  if (/^\\[1-9]/.test(input))
    return unsupported(
      `a backreference (\`${input}\`)`,
      'backreferences',
      'Match each form the text can take instead, e.g. `/"[^"]*"|\'[^\']*\'/` rather than `/(["\'])[^"\']*\\1/`.'
    )
  if (input.startsWith('\\k'))
    return unsupported(
      'a named backreference (`\\k<…>`)',
      'backreferences',
      'Match each form the text can take instead of referring back to a group.'
    )
  if (input.startsWith('(?=') || input.startsWith('(?!'))
    return unsupported(
      `a lookahead (\`${input.slice(0, 3)}…)\`)`,
      'lookaround',
      `Match what follows as part of the pattern, or check it with a separate entry, ${LITERAL_FIX}.`
    )
  if (input.startsWith('(?<=') || input.startsWith('(?<!'))
    return unsupported(
      `a lookbehind (\`${input.slice(0, 4)}…)\`)`,
      'lookaround',
      `Match what comes before as part of the pattern, or check it with a separate entry, ${LITERAL_FIX}.`
    )
  if (input.startsWith('\\u'))
    return unsupported(
      'a `\\u` escape',
      '`\\u` escapes',
      'Write the code point as `\\x{…}`, e.g. `\\x{00e9}` for `\\u00e9`.'
    )
  return generic(error)
}

function generic(error: RE2JSSyntaxException): NeedleProblem {
  const words: Record<string, string> = {
    'invalid repeat count': 'a repeat count over 1000 (counting nested repeats together)',
    'invalid nested repetition operator': 'a repeat of a repeat (such as `a**` or the possessive `a++`)',
    'invalid escape sequence': 'an escape RE2 does not know',
    'expression nests too deeply': 'parentheses nested too deeply',
    'expression too large': 'an expression too large to run in linear time'
  }
  const what = words[error.error] ?? error.error
  return {
    message: `is not a valid regular expression: ${what}${error.input ? ` at \`${error.input}\`` : ''}`,
    fix: `Fix the pattern (RE2 syntax), ${LITERAL_FIX}.`
  }
}

/** A pattern that matches `text` literally (slashes escaped too, so it stays one needle). */
export function literalPattern(text: string): string {
  return `/${text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}/`
}
