import { durationMs, durationWords, elapsedWords } from '../checklist/duration.js'
import type { CheckSpec } from '../checklist/schema.js'
import { DEPLOYMENT_ENDPOINTS, newestRun, type WorkflowRunDetail } from '../github/deployments.js'
import { code, say, type Phrase } from '../text/phrase.js'
import { nowOf, unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type WorkflowCheck = Extract<CheckSpec, { type: 'workflow' }>

/**
 * `workflow` (docs/check-types.md): the most recently created completed run of the workflow on the
 * branch (and event) has a conclusion in `allow` and, with `max-age`, completed (`updated_at`) within
 * it. None completed but one running → `pending`; none at all → `fail`.
 */
export async function evaluateWorkflow(check: WorkflowCheck, ctx: EvalContext): Promise<Outcome> {
  const allow: readonly string[] = check.allow ?? ['success']
  const endpoint = DEPLOYMENT_ENDPOINTS.workflowRuns
  let branch: string
  let completed: WorkflowRunDetail | undefined | 'missing'
  try {
    branch = check.branch ?? (await ctx.gateway.defaultBranch())
    completed = await newestRun(ctx.gateway, { ...filter(check, branch), status: 'completed' })
  } catch (error) {
    return unknownFromError(error, endpoint, 'actions: read')
  }
  const what = say`${code(String(check.workflow))} on ${code(branch)}${check.event ? say` (${code(check.event)} events)` : []}`
  if (completed === 'missing') {
    return {
      state: 'fail',
      summary: say`no workflow ${code(String(check.workflow))} in the repository`,
      fix: 'Name the workflow by its file name in .github/workflows (e.g. `backup-drill.yml`) or its id.'
    }
  }
  if (!completed) {
    let any: WorkflowRunDetail | undefined | 'missing'
    try {
      any = await newestRun(ctx.gateway, filter(check, branch))
    } catch (error) {
      return unknownFromError(error, endpoint, 'actions: read')
    }
    if (any && any !== 'missing')
      return {
        state: 'pending',
        summary: say`${what} has not completed a run yet; run #${any.run_number} is ${any.status ?? 'queued'}`,
        url: any.html_url
      }
    return {
      state: 'fail',
      summary: say`${what} never ran`,
      fix: 'Run the workflow (or check `workflow`, `branch` and `event`).'
    }
  }
  const run = completed
  const conclusion = run.conclusion ?? 'none'
  const age = nowOf(ctx) - Date.parse(run.updated_at)
  const ran: Phrase = say`the latest completed run of ${code(String(check.workflow))} on ${code(branch)} (#${run.run_number}, ${code(run.event)}) ended ${code(conclusion)} ${elapsedWords(age)} ago`
  if (!allow.includes(conclusion)) return { state: 'fail', summary: ran, url: run.html_url }
  const maxAge = check['max-age']
  if (maxAge !== undefined && age > durationMs(maxAge)) {
    return {
      state: 'fail',
      summary: say`${ran}, longer than ${code(maxAge)} (${durationWords(maxAge)})`,
      url: run.html_url
    }
  }
  return {
    state: 'pass',
    summary: maxAge === undefined ? ran : say`${ran}, within ${code(maxAge)}`,
    url: run.html_url
  }
}

function filter(check: WorkflowCheck, branch: string) {
  return { workflow: check.workflow, branch, event: check.event }
}
