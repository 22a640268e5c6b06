import type { CheckSpec } from '../checklist/schema.js'
import type { CheckRun, CommitStatus } from '../github/shapes.js'
import { code, list, say } from '../text/phrase.js'
import { globMatcher } from './glob.js'
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
  /** A check run's conclusion passes when the item's `allow` lists it; a status only on `success`. */
  from: 'run' | 'status'
  url?: string
}

/** The commit's CI evidence, gathered once per evaluation and shared by every `checks` item. */
interface CommitEvidence {
  evidence: Evidence[]
  /** A check run other than the gate's own job or verdict is still going. */
  stillRunning: boolean
  /** Which evidence (by index, in order) each glob matches; filled as items ask. */
  matches: Map<string, number[]>
  /** Every name with its evidence, by name: a glob's literal start narrows where it can match. */
  byName?: { name: string; index: number }[]
}

/** `checks` (docs/check-types.md): every glob matches some run or status, and the latest of each is allowed. */
export async function evaluateChecks(check: ChecksCheck, ctx: EvalContext): Promise<Outcome> {
  const { sha } = ctx.target
  let commit: CommitEvidence
  try {
    commit = await ctx.gateway.cached(`checks-evidence:${sha}`, () => commitEvidence(ctx))
  } catch (error) {
    const e = error as { endpoint?: string }
    const permission = e.endpoint?.includes('statuses') ? 'statuses: read' : 'checks: read'
    return unknownFromError(error, e.endpoint ?? 'check runs', permission)
  }
  const { evidence, stillRunning } = commit
  const allow = check.allow ?? DEFAULT_ALLOW
  const ok = (e: Evidence) =>
    e.result !== 'pending' && (e.from === 'run' ? allow.includes(e.result) : e.result === 'success')

  const globs = Array.isArray(check.name) ? check.name : [check.name]
  const hits = globs.map(g => matching(commit, g))
  const unmatched = globs.filter((_, i) => hits[i].length === 0)
  const matched = [...new Set(hits.flat())].sort((a, b) => a - b).map(i => evidence[i])
  const failing = matched.filter(e => !ok(e) && e.result !== 'pending')
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

/**
 * The latest run of every name and the latest status of every context, leaving out the gate's own
 * job and verdict: what every `checks` item of the commit matches its globs against.
 */
async function commitEvidence(ctx: EvalContext): Promise<CommitEvidence> {
  const { sha } = ctx.target
  // The gate's own job is looked up beside the lists, not after their last page.
  const [runs, statuses, isOwnJob] = await Promise.all([
    ctx.gateway.checkRuns(sha),
    ctx.gateway.statuses(sha),
    ownJobFilter(ctx)
  ])
  const ownNames = new Set([ctx.settings.checkName, `${ctx.settings.checkName} (audit)`])
  const ownContexts = new Set([...ownNames].map(contextKey))
  const others = statuses.filter(s => !ownContexts.has(contextKey(s.context)))
  const spellings = contextSpellings(others)
  const theirs = runs.filter(r => !ownNames.has(r.name) && !isOwnJob(r))
  return {
    evidence: [
      ...latestRuns(theirs).map(fromRun),
      ...latestStatuses(others).map(s => fromStatus(s, spellings.get(contextKey(s.context)) ?? [s.context]))
    ],
    stillRunning: theirs.some(r => r.status !== 'completed'),
    matches: new Map()
  }
}

/**
 * The evidence (indices, in order) a glob matches; each glob is matched against the commit once,
 * and only against the names that start with its literal start (`build (12, ` of `build (12, *)`).
 */
function matching(commit: CommitEvidence, glob: string): number[] {
  let found = commit.matches.get(glob)
  if (found) return found
  commit.byName ??= commit.evidence
    .flatMap((e, index) => e.names.map(name => ({ name, index })))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const names = commit.byName
  const prefix = glob.slice(0, glob.search(/[*?]|$/))
  // The first name not sorting before the prefix; every name with the prefix follows it.
  let lo = 0
  for (let hi = names.length; lo < hi;) {
    const mid = (lo + hi) >> 1
    if (names[mid].name < prefix) lo = mid + 1
    else hi = mid
  }
  const matches = globMatcher(glob)
  const hits = new Set<number>()
  for (let i = lo; i < names.length && names[i].name.startsWith(prefix); i++) {
    if (matches(names[i].name)) hits.add(names[i].index)
  }
  found = [...hits].sort((a, b) => a - b)
  commit.matches.set(glob, found)
  return found
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

function fromRun(run: CheckRun): Evidence {
  const url = run.html_url ?? run.details_url ?? undefined
  const result = run.status !== 'completed' ? 'pending' : (run.conclusion ?? 'none')
  return { name: run.name, names: [run.name], result, from: 'run', url }
}

/** A context's latest status; `names` are all its spellings, so `ci/test` still finds a later `CI/test`. */
function fromStatus(status: CommitStatus, names: string[]): Evidence {
  const url = status.target_url ?? undefined
  const result = status.state === 'pending' ? 'pending' : status.state === 'success' ? 'success' : 'failure'
  return { name: status.context, names, result, from: 'status', url }
}
