import type { CheckSpec } from '../checklist/schema.js'
import { code } from '../render/markdown.js'
import { containsNeedle } from '../text/needle.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type FileCheck = Extract<CheckSpec, { type: 'file' }>

/** `file`: every path exists at the gated commit and contains each needle. */
export async function evaluateFile(check: FileCheck, ctx: EvalContext): Promise<Outcome> {
  const paths = Array.isArray(check.path) ? check.path : [check.path]
  const needles =
    check.contains === undefined ? [] : Array.isArray(check.contains) ? check.contains : [check.contains]
  const short = ctx.target.sha.slice(0, 7)
  const problems: string[] = []
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
          ? `${code(path)} does not exist`
          : `${code(path)} is not a readable file (${file.reason})`
      )
      continue
    }
    url ??= file.url
    const missing = needles.filter(n => !containsNeedle(file.text, n))
    if (missing.length > 0) {
      url = file.url
      problems.push(`${code(path)} does not contain ${missing.map(code).join(', ')}`)
    }
  }
  if (problems.length > 0) return { state: 'fail', summary: `${problems.join('; ')} at ${short}`, url }
  const what = needles.length > 0 ? ` and contain${paths.length === 1 ? 's' : ''} what is required` : ''
  return {
    state: 'pass',
    summary: `${paths.map(p => code(p)).join(', ')} ${paths.length === 1 ? 'exists' : 'exist'}${what}`,
    url
  }
}
