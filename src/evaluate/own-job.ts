import type { CheckRun } from '../github/shapes.js'
import type { EvalContext } from './outcome.js'

/**
 * The check runs that are the gate's own job, which is still running and must never be waited on.
 * With `actions: read`, the jobs API names it precisely (the in-progress job on this runner);
 * without it, the in-progress runs named after GITHUB_JOB stand in for it.
 */
export async function ownJobFilter(ctx: EvalContext): Promise<(run: CheckRun) => boolean> {
  const { runner } = ctx
  if (runner.runId > 0) {
    try {
      const jobs = await ctx.gateway.runJobs(runner.runId, runner.runAttempt)
      const mine = jobs.filter(
        j => j.status !== 'completed' && (!runner.runnerName || j.runner_name === runner.runnerName)
      )
      const ids = new Set(mine.map(j => Number(j.check_run_url?.split('/').pop())).filter(Number.isFinite))
      if (ids.size > 0) return run => ids.has(run.id)
    } catch {
      // No `actions: read`: fall back to the job's name below.
    }
  }
  const job = runner.job
  return run =>
    job !== '' && run.status !== 'completed' && (run.name === job || run.name.startsWith(`${job} (`))
}
