import type { RunnerContext } from '../event/runner-context.js'
import type { CheckRun, Job } from '../github/shapes.js'
import type { EvalContext } from './outcome.js'

/**
 * The check runs that are the gate's own job, which are never evidence: the job still running now,
 * and the same job in this run's earlier attempts (a re-run's attempt 1 failed or passed because of
 * the gate, not of anything it checks). With `actions: read`, the jobs API of every attempt names
 * them precisely (the in-progress job on this runner, then every job of the run with its name);
 * without it, runs named after GITHUB_JOB that are in progress or link to this workflow run stand in.
 */
export async function ownJobFilter(ctx: EvalContext): Promise<(run: CheckRun) => boolean> {
  const { runner } = ctx
  if (runner.runId > 0) {
    try {
      const ids = ownCheckRunIds(await ctx.gateway.runJobs(runner.runId), runner)
      if (ids.size > 0) return run => ids.has(run.id)
    } catch {
      // No `actions: read`: fall back to the job's name below.
    }
  }
  const job = runner.job
  const linksHere = linksToRun(runner.runId)
  return run =>
    job !== '' &&
    (run.name === job || run.name.startsWith(`${job} (`)) &&
    (run.status !== 'completed' || linksHere(run))
}

/**
 * The check-run ids of the gate's own job in every attempt of this run: the current attempt's
 * in-progress job on this runner, and every job of the run (any attempt) with the same name.
 */
export function ownCheckRunIds(jobs: readonly Job[], runner: RunnerContext): Set<number> {
  const mine = jobs.filter(
    j =>
      (j.run_attempt ?? runner.runAttempt) === runner.runAttempt &&
      j.status !== 'completed' &&
      (!runner.runnerName || j.runner_name === runner.runnerName)
  )
  const names = new Set(mine.map(j => j.name))
  return new Set(
    jobs
      .filter(j => mine.includes(j) || names.has(j.name))
      .map(j => Number(j.check_run_url?.split('/').pop()))
      .filter(Number.isFinite)
  )
}

/** Whether a check run links to workflow run `runId`, as an Actions job's does: `…/actions/runs/<run id>/job/<job id>`. */
function linksToRun(runId: number): (run: CheckRun) => boolean {
  if (runId <= 0) return () => false
  const pattern = new RegExp(`/actions/runs/${runId}(/|$)`)
  return run => [run.details_url, run.html_url].some(url => typeof url === 'string' && pattern.test(url))
}

/** Whether a check run on the gated commit other than the gate's own job or verdict is still going. */
export async function othersStillRunning(ctx: EvalContext): Promise<boolean> {
  const own = new Set([ctx.settings.checkName, `${ctx.settings.checkName} (audit)`])
  const [runs, isOwnJob] = await Promise.all([ctx.gateway.checkRuns(ctx.target.sha), ownJobFilter(ctx)])
  return runs.some(r => r.status !== 'completed' && !own.has(r.name) && !isOwnJob(r))
}
