/** Deployments, deployment statuses and environments in GitHub's shapes (they validate against the OpenAPI schemas). */
import { nodeId, repoApi, simpleUser } from './factories.js'
import type { DeploymentSpec, DeploymentStatusSpec, EnvironmentSpec } from './scenario-deployments.js'
import type { SimState } from './state.js'

type Json = Record<string, unknown>
const WEB = 'https://github.com'
const START = '2026-11-20T12:00:00Z'

/** A deployment with its id assigned (see `deploymentsOf`). */
export type StoredDeployment = DeploymentSpec & { id: number }

export function deployment(s: SimState, d: StoredDeployment): Json {
  const api = `${repoApi(s)}/deployments/${d.id}`
  const at = d.created_at ?? START
  return {
    url: api,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref ?? d.sha,
    task: d.task ?? 'deploy',
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: simpleUser(s, s.user({ login: d.creator ?? 'github-actions[bot]' })),
    created_at: at,
    updated_at: d.statuses?.at(-1)?.created_at ?? at,
    statuses_url: `${api}/statuses`,
    repository_url: repoApi(s),
    transient_environment: false,
    production_environment: d.environment === 'production'
  }
}

/** A status of deployment `d`; `index` is its position in `d.statuses` (ids follow from it). */
export function deploymentStatus(
  s: SimState,
  d: StoredDeployment,
  st: DeploymentStatusSpec,
  index: number
): Json {
  const id = d.id * 100 + index + 1
  const at = st.created_at ?? d.created_at ?? START
  return {
    url: `${repoApi(s)}/deployments/${d.id}/statuses/${id}`,
    id,
    node_id: nodeId('DeploymentStatus', id),
    state: st.state,
    creator: simpleUser(s, s.user({ login: d.creator ?? 'github-actions[bot]' })),
    description: '',
    environment: d.environment,
    target_url: st.log_url ?? `${WEB}/${s.fullName}/deployments`,
    created_at: at,
    updated_at: at,
    deployment_url: `${repoApi(s)}/deployments/${d.id}`,
    repository_url: repoApi(s),
    ...(st.log_url ? { log_url: st.log_url } : {})
  }
}

/** An environment with its protection rules, as `GET /environments/{name}` answers. */
export function environment(s: SimState, e: EnvironmentSpec, index: number): Json {
  const id = 56_780_000 + index
  const at = e.created_at ?? START
  const rules: Json[] = []
  if (e.wait_timer !== undefined)
    rules.push({
      id: id * 10 + 1,
      node_id: nodeId('Gate', id * 10 + 1),
      type: 'wait_timer',
      wait_timer: e.wait_timer
    })
  if (e.reviewers && e.reviewers.length > 0)
    rules.push({
      id: id * 10 + 2,
      node_id: nodeId('Gate', id * 10 + 2),
      prevent_self_review: false,
      type: 'required_reviewers',
      reviewers: e.reviewers.map(login => ({ type: 'User', reviewer: simpleUser(s, s.user({ login })) }))
    })
  if (e.branch_policy)
    rules.push({ id: id * 10 + 3, node_id: nodeId('Gate', id * 10 + 3), type: 'branch_policy' })
  return {
    id,
    node_id: nodeId('Environment', id),
    name: e.name,
    url: `${repoApi(s)}/environments/${encodeURIComponent(e.name)}`,
    html_url: `${WEB}/${s.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
    created_at: at,
    updated_at: at,
    can_admins_bypass: true,
    protection_rules: rules,
    deployment_branch_policy: e.branch_policy
      ? {
          protected_branches: e.branch_policy === 'protected',
          custom_branch_policies: e.branch_policy === 'custom'
        }
      : null
  }
}
