import { parse as parseYaml } from 'yaml'
import type { CheckSpec } from '../checklist/schema.js'
import { code, join, list, phrase, say, type Phrase } from '../text/phrase.js'
import type { NotAFile } from '../github/gateway.js'
import { containsNeedle, valueIsNeedle } from '../text/needle.js'
import { parseSelector, scalarText, select } from '../text/selector.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type FileCheck = Extract<CheckSpec, { type: 'file' }>

/** Aliases expanded at most this many times while reading a file for `match` (no "billion laughs"). */
const MAX_ALIAS_COUNT = 100
/** Longest value quoted back in a summary. */
const SHOWN = 60

/** What the contents API said a path is, when it is no readable file. */
function notAFile(file: NotAFile): Phrase {
  switch (file.reason) {
    case 'missing':
      return ['does not exist']
    case 'directory':
      return ['is a directory, not a file']
    case 'symlink':
      return say`is a symbolic link to ${code(file.target)} that GitHub does not follow (out of the repository, to a directory, or to nothing)`
    case 'submodule':
      return say`is a git submodule (${code(file.repository)}), not a file`
    case 'too-large':
      return ['is larger than 1 MB']
  }
}

const many = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/**
 * `file` (docs/check-types.md): every path exists at the gated commit, contains each `contains`
 * needle, none of the `not-contains` needles, and satisfies every `match` selector; with
 * `absent: true`, no path exists.
 */
export async function evaluateFile(check: FileCheck, ctx: EvalContext): Promise<Outcome> {
  const paths = many(check.path)
  const needles = many(check.contains)
  const forbidden = many(check['not-contains'])
  const short = ctx.target.sha.slice(0, 7)
  const problems: Phrase[] = []
  let url: string | undefined
  for (const path of paths) {
    let file
    try {
      file = await ctx.gateway.file(path, ctx.target.sha)
    } catch (error) {
      return unknownFromError(error, 'GET /repos/{owner}/{repo}/contents/{path}', 'contents: read')
    }
    if (check.absent) {
      // Anything at the path (a directory, a link, a large file) is there: only "missing" is absent.
      if (file.found) {
        url = file.url
        problems.push(say`${code(path)} exists`)
      } else if (file.reason !== 'missing') problems.push(say`${code(path)} exists (${notAFile(file)})`)
      continue
    }
    if (!file.found) {
      problems.push(say`${code(path)} ${notAFile(file)}`)
      continue
    }
    url ??= file.url
    const missing = needles.filter(n => !containsNeedle(file.text, n))
    const present = forbidden.filter(n => containsNeedle(file.text, n))
    if (missing.length > 0 || present.length > 0) url = file.url
    if (missing.length > 0) problems.push(say`${code(path)} does not contain ${join(missing.map(code))}`)
    if (present.length > 0) problems.push(say`${code(path)} contains ${join(present.map(code))}`)
    if (check.match) {
      const found = matchProblems(file.text, check.match)
      if ('unreadable' in found) {
        return {
          state: 'unknown',
          summary: say`could not read ${code(path)} as YAML or JSON at ${short}: ${code(found.unreadable)}`,
          url: file.url,
          fix: '`match` reads YAML and JSON files: correct the file, or check it with `contains` instead.'
        }
      }
      if (found.problems.length > 0) {
        url = file.url
        problems.push(say`${code(path)}: ${join(found.problems, '; ')}`)
      }
    }
  }
  if (problems.length > 0) return { state: 'fail', summary: say`${join(problems, '; ')} at ${short}`, url }
  const names = join(paths.map(p => code(p)))
  if (check.absent) {
    return {
      state: 'pass',
      summary: phrase(names, ` ${paths.length === 1 ? 'does' : 'do'} not exist at ${short}`)
    }
  }
  const what =
    needles.length > 0 || forbidden.length > 0 || check.match
      ? ` and ${paths.length === 1 ? 'holds' : 'hold'} what is required`
      : ''
  return { state: 'pass', summary: phrase(names, ` ${paths.length === 1 ? 'exists' : 'exist'}${what}`), url }
}

/** What a document breaks of `match`, or why it cannot be read. */
export function matchProblems(
  text: string,
  match: Record<string, true | string>
): { problems: Phrase[] } | { unreadable: string } {
  let doc: unknown
  try {
    // YAML 1.2 reads JSON too; one document only.
    doc = parseYaml(text, { maxAliasCount: MAX_ALIAS_COUNT, uniqueKeys: true })
  } catch (error) {
    return { unreadable: String((error as Error).message).split('\n')[0] }
  }
  const problems: Phrase[] = []
  for (const [selector, expected] of Object.entries(match)) {
    const parsed = parseSelector(selector)
    if (!parsed.ok) throw new Error(`invalid selector ${selector}`) // refused at validation
    const { found, missing } = select(doc, parsed.steps)
    if (found.length === 0 && missing.length === 0) {
      problems.push(say`${code(selector)} selects nothing`)
      continue
    }
    if (missing.length > 0)
      problems.push(say`${list(missing.map(m => code(m)))} ${missing.length === 1 ? 'is' : 'are'} missing`)
    if (expected === true) continue
    const wrong = found.filter(n => {
      const v = scalarText(n.value)
      return v === undefined || !valueIsNeedle(v, expected)
    })
    if (wrong.length > 0) {
      problems.push(
        say`${list(wrong.map(n => phrase(code(n.path), ' is ', shown(n.value))))} (expected ${code(expected)})`
      )
    }
  }
  return { problems }
}

function shown(v: unknown): Phrase {
  const text = scalarText(v)
  if (text !== undefined) return [code(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text)]
  if (v === null || v === undefined) return ['empty']
  return [Array.isArray(v) ? 'a list' : 'a map']
}
