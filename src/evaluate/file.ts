import type { CheckSpec } from '../checklist/schema.js'
import { code, join, phrase, say, type Phrase } from '../text/phrase.js'
import type { NotAFile } from '../github/gateway.js'
import { containsNeedle } from '../text/needle.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type FileCheck = Extract<CheckSpec, { type: 'file' }>

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
      problems.push(say`${code(path)} ${notAFile(file)}`)
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
