import type { CheckSpec } from '../checklist/schema.js'
import type { CheckRun, CommitStatus } from '../github/shapes.js'
import { code, list, say } from '../text/phrase.js'
import { globMatches } from './glob.js'
import { ownJobFilter } from './own-job.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type ChecksCheck = Extract<CheckSpec, { type: 'checks' }>

/** GitHub's required checks count these as success. */
export const DEFAULT_ALLOW = ['success', 'neutral', 'skipped']

/** One piece of CI evidence on the commit: the latest check run of a name, or the latest status. */
interface Evidence {
  name: string
  /** Every name globs are matched against: a status context as each of its statuses spelled it. */
  names: string[]
  /** `success`, a failing conclusion/state, or `pending` while not final. */
  result: string
  ok: boolean
  url?: string
}

/** `checks` (docs/check-types.md): every glob matches some run or status, and the latest of each is allowed. */
export async function evaluateChecks(check: ChecksCheck, ctx: EvalContext): Promise<Outcome> {
  const { sha } = ctx.target
  let runs: CheckRun[]
  let statuses: CommitStatus[]
  try {
    ;[runs, statuses] = await Promise.all([ctx.gateway.checkRuns(sha), ctx.gateway.statuses(sha)])
  } catch (error) {
    const e = error as { endpoint?: string }
    const permission = e.endpoint?.includes('statuses') ? 'statuses: read' : 'checks: read'
    return unknownFromError(error, e.endpoint ?? 'check runs', permission)
  }
  const isOwnJob = await ownJobFilter(ctx)
  const ownNames = new Set([ctx.settings.checkName, `${ctx.settings.checkName} (audit)`])
  const ownContexts = new Set([...ownNames].map(contextKey))
  const allow = check.allow ?? DEFAULT_ALLOW

  const others = statuses.filter(s => !ownContexts.has(contextKey(s.context)))
  const spellings = contextSpellings(others)
  const evidence = [
    ...latestRuns(runs.filter(r => !ownNames.has(r.name) && !isOwnJob(r))).map(r => fromRun(r, allow)),
    ...latestStatuses(others).map(s => fromStatus(s, spellings.get(contextKey(s.context)) ?? [s.context]))
  ]
  const stillRunning = runs.some(r => r.status !== 'completed' && !isOwnJob(r) && !ownNames.has(r.name))

  const globs = Array.isArray(check.name) ? check.name : [check.name]
  const hit = (g: string, e: Evidence) => e.names.some(n => globMatches(g, n))
  const unmatched = globs.filter(g => !evidence.some(e => hit(g, e)))
  const matched = evidence.filter(e => globs.some(g => hit(g, e)))
  const failing = matched.filter(e => !e.ok && e.result !== 'pending')
  const pending = matched.filter(e => e.result === 'pending')
  const short = sha.slice(0, 7)

  if (failing.length > 0) {
    return {
      state: 'fail',
      summary: say`${list(failing.map(e => say`${code(e.name)} (${e.result})`))} ${failing.length === 1 ? 'is' : 'are'} not ${allow.join('/')}`,
      url: failing[0].url
    }
  }
  if (unmatched.length > 0) {
    const names = list(unmatched.map(g => code(g)))
    if (stillRunning || ctx.waiting) {
      const why = stillRunning
        ? say`other checks are still running`
        : say`waiting for it (${code('wait-timeout')})`
      return { state: 'pending', summary: say`no check named ${names} has reported yet on ${short}; ${why}` }
    }
    return {
      state: 'fail',
      summary: say`no check named ${names} ran on ${short}`,
      fix: 'Check that the job or status still has that name (a renamed job must be renamed in the checklist too).'
    }
  }
  if (pending.length > 0) {
    return {
      state: 'pending',
      summary: say`${list(pending.map(e => code(e.name)))} still running`,
      url: pending[0].url
    }
  }
  return {
    state: 'pass',
    summary: say`${list(matched.map(e => code(e.name)))}: ${matched.length === 1 ? 'passed' : 'all passed'}`
  }
}

/** The latest run per (app, name): the one started last, then the highest id (a re-run replaces). */
export function latestRuns(runs: readonly CheckRun[]): CheckRun[] {
  const latest = new Map<string, CheckRun>()
  for (const run of runs) {
    const key = `${run.app?.id ?? 0}\u0000${run.name}`
    const seen = latest.get(key)
    if (!seen || compareRuns(run, seen) > 0) latest.set(key, run)
  }
  return [...latest.values()]
}

function compareRuns(a: CheckRun, b: CheckRun): number {
  const ta = a.started_at ?? ''
  const tb = b.started_at ?? ''
  return ta === tb ? a.id - b.id : ta < tb ? -1 : 1
}

/** GitHub compares status contexts case-insensitively: `CI/test` updates `ci/test`. */
export function contextKey(context: string): string {
  return context.toLowerCase()
}

/**
 * The latest status per context (case-insensitive, as GitHub groups them), by creation time then id:
 * a later `CI/test` failure replaces an earlier `ci/test` success.
 */
export function latestStatuses(statuses: readonly CommitStatus[]): CommitStatus[] {
  const latest = new Map<string, CommitStatus>()
  for (const s of statuses) {
    const key = contextKey(s.context)
    const seen = latest.get(key)
    if (!seen || s.created_at > seen.created_at || (s.created_at === seen.created_at && s.id > seen.id)) {
      latest.set(key, s)
    }
  }
  return [...latest.values()]
}

/** Every spelling of each context (by its case-insensitive key), for matching globs case-sensitively. */
function contextSpellings(statuses: readonly CommitStatus[]): Map<string, string[]> {
  const spellings = new Map<string, string[]>()
  for (const s of statuses) {
    const list = spellings.get(contextKey(s.context)) ?? []
    if (!list.includes(s.context)) list.push(s.context)
    spellings.set(contextKey(s.context), list)
  }
  return spellings
}

function fromRun(run: CheckRun, allow: readonly string[]): Evidence {
  const url = run.html_url ?? run.details_url ?? undefined
  const names = [run.name]
  if (run.status !== 'completed') return { name: run.name, names, result: 'pending', ok: false, url }
  const conclusion = run.conclusion ?? 'none'
  return { name: run.name, names, result: conclusion, ok: allow.includes(conclusion), url }
}

/** A context's latest status; `names` are all its spellings, so `ci/test` still finds a later `CI/test`. */
function fromStatus(status: CommitStatus, names: string[]): Evidence {
  const url = status.target_url ?? undefined
  if (status.state === 'pending') return { name: status.context, names, result: 'pending', ok: false, url }
  const result = status.state === 'success' ? 'success' : 'failure'
  return { name: status.context, names, result, ok: result === 'success', url }
}
