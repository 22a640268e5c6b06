import { durationMs, durationWords, elapsedWords } from '../checklist/duration.js'
import type { CheckSpec } from '../checklist/schema.js'
import { DEPLOYMENT_ENDPOINTS, environment, newestDeployment, newestStatus } from '../github/deployments.js'
import { code, say } from '../text/phrase.js'
import { nowOf, unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type DeploymentCheck = Extract<CheckSpec, { type: 'deployment' }>

const PENDING = ['queued', 'in_progress', 'pending']

/**
 * `deployment` (docs/check-types.md): the most recently created deployment to the environment (of the
 * gated commit with `sha: target`) has `success` as its latest status, within `max-age` of that
 * status; with `protected: true` the environment needs required reviewers or a branch policy.
 */
export async function evaluateDeployment(check: DeploymentCheck, ctx: EvalContext): Promise<Outcome> {
  if (check.protected) {
    const protection = await protectionOf(check.environment, ctx)
    if (protection) return protection
  }
  const env = code(check.environment)
  const sha = check.sha === 'target' ? ctx.target.sha : undefined
  const of = sha ? say` of ${sha.slice(0, 7)}` : []
  let deployment
  let status
  try {
    deployment = await newestDeployment(ctx.gateway, check.environment, sha)
    if (deployment) status = await newestStatus(ctx.gateway, deployment.id)
  } catch (error) {
    const endpoint = deployment ? DEPLOYMENT_ENDPOINTS.statuses : DEPLOYMENT_ENDPOINTS.deployments
    return unknownFromError(error, endpoint, 'deployments: read')
  }
  if (!deployment) {
    return {
      state: 'fail',
      summary: say`no deployment${of} to ${env}`,
      fix: 'Deploy to the environment (a workflow job with `environment:`), or check its name.'
    }
  }
  const short = deployment.sha.slice(0, 7)
  // A deployment of a bare SHA has that SHA as its ref: say it once.
  const what = deployment.ref === deployment.sha ? say`${short}` : say`${code(deployment.ref)} at ${short}`
  const which = say`the latest deployment${of} to ${env} (${what})`
  if (!status) return { state: 'pending', summary: say`${which} has no status yet` }
  const url = status.log_url || status.target_url || undefined
  const age = nowOf(ctx) - Date.parse(status.created_at)
  const said = say`${which} reported ${code(status.state)} ${elapsedWords(age)} ago`
  if (PENDING.includes(status.state)) return { state: 'pending', summary: said, url }
  if (status.state !== 'success') return { state: 'fail', summary: said, url }
  const maxAge = check['max-age']
  if (maxAge !== undefined && age > durationMs(maxAge))
    return {
      state: 'fail',
      summary: say`${said}, longer than ${code(maxAge)} (${durationWords(maxAge)})`,
      url
    }
  return { state: 'pass', summary: maxAge === undefined ? said : say`${said}, within ${code(maxAge)}`, url }
}

/** Why the environment is not protected (or cannot be verified); undefined when it is protected. */
async function protectionOf(name: string, ctx: EvalContext): Promise<Outcome | undefined> {
  let env
  try {
    env = await environment(ctx.gateway, name)
  } catch (error) {
    return unknownFromError(error, DEPLOYMENT_ENDPOINTS.environment, 'actions: read')
  }
  if (!env) {
    return {
      state: 'unknown',
      summary: say`could not verify: GitHub knows no environment ${code(name)} (404)`,
      fix: 'Create the environment (Settings → Environments) or correct `environment`; environments of private repositories need a paid plan.'
    }
  }
  const rules = env.protection_rules ?? []
  const reviewers = rules.some(r => r.type === 'required_reviewers' && (r.reviewers?.length ?? 1) > 0)
  const policy = env.deployment_branch_policy != null || rules.some(r => r.type === 'branch_policy')
  if (reviewers || policy) return undefined
  const timer = rules.some(r => r.type === 'wait_timer') ? ' (a wait timer alone does not protect it)' : ''
  return {
    state: 'fail',
    summary: say`the environment ${code(name)} has neither required reviewers nor a deployment branch policy${timer}`,
    url: env.html_url,
    fix: 'Add required reviewers or a deployment branch policy to the environment (Settings → Environments).'
  }
}
