// The `status` source: the first percentage in a check run's output or a commit status' description.
import { ApiError } from '../../github/api-error.js'
import { NamedRunsShape, type NamedRun } from '../../github/shapes.js'
import { code, say } from '../../text/phrase.js'
import { contextKey, latestStatuses } from '../checks.js'
import { unknownFromError, type EvalContext } from '../outcome.js'
import { ownJobFilter } from '../own-job.js'

import type { Reading, Role } from './reading.js'

const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'

/** The first percentage in a text, as written ("Coverage: 81.25% (+0.4%)" → "81.25"). */
export function firstPercentage(text: string): string | undefined {
  const m = /(\d+(?:\.\d+)?)\s?%/.exec(text)
  return m && Number(m[1]) <= 100 ? m[1] : undefined
}

export async function readStatus(name: string, ctx: EvalContext, sha: string, role: Role): Promise<Reading> {
  const short = sha.slice(0, 7)
  let runs: NamedRun[]
  let statuses
  try {
    ;[runs, statuses] = await Promise.all([
      ctx.gateway.cached(`check-runs-named:${sha}:${name}`, () =>
        ctx.gateway.readAll(
          CHECK_RUNS,
          { ref: sha, check_name: name, filter: 'all' },
          NamedRunsShape,
          p => p.check_runs
        )
      ),
      ctx.gateway.statuses(sha)
    ])
  } catch (error) {
    const endpoint = (error as ApiError).endpoint ?? CHECK_RUNS
    return {
      outcome: unknownFromError(
        error,
        endpoint,
        endpoint.includes('statuses') ? 'statuses: read' : 'checks: read'
      )
    }
  }
  const run = runs
    .filter(r => r.name === name)
    .sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id)[0]
  const status = latestStatuses(statuses.filter(s => contextKey(s.context) === contextKey(name)))[0]
  let text: string
  let url: string | undefined
  let kind: string
  if (run) {
    url = run.html_url ?? run.details_url ?? undefined
    kind = 'check'
    if (run.status !== 'completed')
      return {
        outcome: {
          state: role === 'head' ? 'pending' : 'unknown',
          summary: say`${code(name)} is still running on ${short}`,
          url
        }
      }
    text = [run.output?.title, run.output?.summary, run.output?.text].filter(Boolean).join('\n')
  } else if (status) {
    url = status.target_url ?? undefined
    kind = 'status'
    if (status.state === 'pending')
      return {
        outcome: {
          state: role === 'head' ? 'pending' : 'unknown',
          summary: say`${code(name)} is still pending on ${short}`,
          url
        }
      }
    text = status.description ?? ''
  } else {
    if (role === 'head') {
      let stillRunning = false
      try {
        const isOwn = await ownJobFilter(ctx)
        stillRunning = (await ctx.gateway.checkRuns(sha)).some(
          r => r.status !== 'completed' && !isOwn(r) && r.name !== ctx.settings.checkName
        )
      } catch {
        // Only decides pending over fail; the outcome below says what is missing either way.
      }
      if (stillRunning || ctx.waiting)
        return {
          outcome: {
            state: 'pending',
            summary: say`no check or status named ${code(name)} on ${short} yet; other checks are still running`
          }
        }
    }
    return {
      outcome: {
        state: role === 'head' ? 'fail' : 'unknown',
        summary: say`no check or status named ${code(name)} on ${short}`,
        fix: 'Check that the coverage job or service still reports under that name.'
      }
    }
  }
  const written = firstPercentage(text)
  if (written === undefined) {
    return {
      outcome: {
        state: 'unknown',
        summary: say`could not verify: the ${kind} ${code(name)} on ${short} holds no percentage in its ${kind === 'check' ? 'title or summary' : 'description'}`,
        fix: 'Make the coverage step report its figure there (e.g. "Coverage: 81.2%"), or use the `artifact` source.',
        url
      }
    }
  }
  return {
    figure: {
      percent: Number(written),
      asWritten: written,
      unit: 'line',
      detail: 'as reported',
      source: say`the ${kind} ${code(name)}`,
      url
    }
  }
}
