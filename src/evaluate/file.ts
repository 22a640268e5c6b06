import type { CheckSpec } from '../checklist/schema.js'
import { code, join, phrase, say, type Phrase } from '../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type FileCheck = Extract<CheckSpec, { type: 'file' }>

/** `file` (docs/check-types.md): every path exists at the gated commit and contains each needle. */
export async function evaluateFile(check: FileCheck, ctx: EvalContext): Promise<Outcome> {
  const paths = Array.isArray(check.path) ? check.path : [check.path]
  const needles =
    check.contains === undefined ? [] : Array.isArray(check.contains) ? check.contains : [check.contains]
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
    if (!file.found) {
      problems.push(
        file.reason === 'missing'
          ? say`${code(path)} does not exist`
          : say`${code(path)} is not a readable file (${file.reason})`
      )
      continue
    }
    url ??= file.url
    const missing = needles.filter(n => !containsNeedle(file.text, n))
    if (missing.length > 0) {
      url = file.url
      problems.push(say`${code(path)} does not contain ${join(missing.map(code))}`)
    }
  }
  if (problems.length > 0) return { state: 'fail', summary: say`${join(problems, '; ')} at ${short}`, url }
  const what = needles.length > 0 ? ` and contain${paths.length === 1 ? 's' : ''} what is required` : ''
  return {
    state: 'pass',
    summary: phrase(join(paths.map(p => code(p))), ` ${paths.length === 1 ? 'exists' : 'exist'}${what}`),
    url
  }
}

/** A needle written `/…/flags` is a regular expression; anything else is plain text. */
export function containsNeedle(text: string, needle: string): boolean {
  const re = asRegExp(needle)
  return re ? re.test(text) : text.includes(needle)
}

export function asRegExp(needle: string): RegExp | undefined {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(needle)
  if (!m) return undefined
  return new RegExp(m[1], m[2].replace(/[gy]/g, ''))
}
