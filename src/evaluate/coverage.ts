import { formatPercent, formatThreshold } from '../coverage/model.js'
import { ARTIFACT_ENDPOINTS, mergeBase } from '../github/artifacts.js'
import { code, say } from '../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

import { readArtifact } from './coverage/artifact.js'
import { readStatus } from './coverage/status.js'
import { readWorkspace } from './coverage/workspace.js'
import type { CoverageCheck, Reading, Role } from './coverage/reading.js'
export { MAX_ARCHIVE_BYTES } from './coverage/reading.js'
export { firstPercentage } from './coverage/status.js'

/**
 * `coverage` (docs/check-types.md): the line coverage from one source is at least `min`, and with `max-drop`
 * (on PRs) at most that many points below the figure at the PR's merge base from the same source.
 */
export async function evaluateCoverage(check: CoverageCheck, ctx: EvalContext): Promise<Outcome> {
  const head = await readAt(check, ctx, ctx.target.sha, 'head')
  if ('outcome' in head) return head.outcome
  const { figure } = head
  const shown = figure.asWritten ?? formatPercent(figure.percent, check.min)
  const what = say`${figure.unit} coverage (${figure.detail}) from ${figure.source}`
  if (figure.percent < check.min) {
    return {
      state: 'fail',
      summary: say`${shown}% < ${formatThreshold(check.min)}% ${what}`,
      url: figure.url
    }
  }
  const pass = say`${shown}% ≥ ${formatThreshold(check.min)}% ${what}`
  const maxDrop = check['max-drop']
  if (maxDrop === undefined) return { state: 'pass', summary: pass, url: figure.url }
  const pr = ctx.target.pr
  if (!pr)
    return {
      state: 'pass',
      summary: say`${pass}; ${code('max-drop')} applies to pull requests only`,
      url: figure.url
    }

  let base: string
  try {
    base = await mergeBase(ctx.gateway, pr.baseSha || pr.baseRef, pr.headSha)
  } catch (error) {
    return unknownFromError(error, ARTIFACT_ENDPOINTS.compare, 'contents: read')
  }
  const short = base.slice(0, 7)
  const before = await readAt(check, ctx, base, 'base')
  if ('outcome' in before) {
    return {
      ...before.outcome,
      state: 'unknown',
      summary: say`${shown}% ${figure.unit} coverage, but no figure at the merge base ${short} to check ${code('max-drop')} against: ${before.outcome.summary}`,
      url: figure.url
    }
  }
  const drop = before.figure.percent - figure.percent
  const baseShown = before.figure.asWritten ?? formatPercent(before.figure.percent)
  if (drop > maxDrop + 1e-9) {
    return {
      state: 'fail',
      summary: say`${shown}% is ${formatPercent(drop)} points below ${baseShown}% at the merge base ${short} (${code('max-drop')} ${formatThreshold(maxDrop)}) — ${what}`,
      url: figure.url
    }
  }
  const change =
    drop > 0
      ? `${formatPercent(drop)} points below`
      : drop < 0
        ? `${formatPercent(-drop)} points above`
        : 'same as'
  return {
    state: 'pass',
    summary: say`${pass}; ${change} ${baseShown}% at the merge base ${short}`,
    url: figure.url
  }
}

async function readAt(check: CoverageCheck, ctx: EvalContext, sha: string, role: Role): Promise<Reading> {
  if (check.artifact !== undefined) return readArtifact(check.artifact, check.format, ctx, sha, role)
  if (check.status !== undefined) return readStatus(check.status, ctx, sha, role)
  if (role === 'base') {
    return {
      outcome: {
        state: 'unknown',
        summary: ['a workspace file has no figure at the merge base'],
        fix: 'Use the `artifact` or `status` source for `max-drop`, or remove `max-drop`.'
      }
    }
  }
  return readWorkspace(check.path as string, check.format, ctx)
}
