import type { Gateway } from '../github/gateway.js'
import type { Settings } from '../settings.js'
import type { RunnerContext } from './runner-context.js'
import { fromApi, pullTarget, resolveTargets, type Target } from './target.js'

/** What a person names to audit outside a workflow: a PR, or a branch, tag or SHA. */
export interface Named {
  pr?: number
  /** A branch, tag or SHA; absent (and no `pr`): the repository's default branch. */
  ref?: string
}

export type NamedTarget = { target: Target; warnings: string[] } | { error: string }

type Reads = Pick<Gateway, 'pull' | 'pullsForCommit' | 'commit' | 'refExists' | 'suiteRuns' | 'defaultBranch'>

/**
 * The target a person names (the CLI's `--pr` / `--ref`), built the way the action builds it from an
 * event: a PR is judged by its base branch's checklist, as on `pull_request`; a ref is an audit, as
 * on `workflow_dispatch` with the `ref` input.
 */
export async function namedTarget(
  runner: RunnerContext,
  settings: Settings,
  reads: Reads,
  named: Named
): Promise<NamedTarget> {
  if (named.pr !== undefined) {
    let pull
    try {
      pull = await reads.pull(named.pr)
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e
      return { error: `${runner.owner}/${runner.repo} has no pull request #${named.pr}.` }
    }
    const warnings =
      pull.state === 'open' ? [] : [`PR #${pull.number} is ${pull.state}; it is audited as it stands.`]
    return { target: pullTarget(fromApi(pull, `${runner.owner}/${runner.repo}`), settings), warnings }
  }
  const ref = named.ref ?? (await reads.defaultBranch())
  try {
    await reads.commit(ref)
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status !== 404 && status !== 422) throw e
    return { error: `\`${ref}\` names no branch, tag or commit of ${runner.owner}/${runner.repo}.` }
  }
  const resolved = await resolveTargets(
    { ...runner, eventName: 'workflow_dispatch', payload: {} },
    { ...settings, ref },
    reads
  )
  if ('error' in resolved) return { error: resolved.error }
  if ('notice' in resolved) return { error: resolved.notice }
  return { target: resolved.targets[0], warnings: resolved.warnings }
}
