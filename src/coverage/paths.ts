/** Source paths as reports spell them → paths relative to the repository root. */
import { posix } from 'node:path'

export interface PathContext {
  /** The repository's name: GitHub-hosted runners check out to `…/work/<repo>/<repo>/`. */
  repo: string
  /** GITHUB_WORKSPACE, when the gate runs in a job with a checkout. */
  workspace?: string
}

/**
 * Absolute paths lose the workspace they were measured in: GITHUB_WORKSPACE, a hosted runner's
 * `…/<repo>/<repo>/` (Linux `/home/runner/work`, macOS `/Users/runner/work`, Windows `D:\a`,
 * containers `/__w`), or a Docker action's `/github/workspace/`. `./`, `\` and `..` are tidied.
 */
export function normalisePath(raw: string, ctx: PathContext): string {
  let path = raw
    .trim()
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
  const absolute = /^([A-Za-z]:)?\//.test(path)
  if (absolute) {
    const workspace = ctx.workspace?.replace(/\\/g, '/').replace(/\/+$/, '')
    const marker = `/${ctx.repo}/${ctx.repo}/`
    if (workspace && path.startsWith(`${workspace}/`)) path = path.slice(workspace.length + 1)
    else if (path.startsWith('/github/workspace/')) path = path.slice('/github/workspace/'.length)
    else if (ctx.repo && path.includes(marker)) path = path.slice(path.indexOf(marker) + marker.length)
  }
  const tidy = posix.normalize(path)
  return tidy.startsWith('./') ? tidy.slice(2) : tidy
}
