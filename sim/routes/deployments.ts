/**
 * Deployments (filtered by `sha`, `ref`, `task`, `environment`; newest first), their statuses (newest
 * first) and an environment with its protection rules.
 */
import { deployment, deploymentStatus, environment, type StoredDeployment } from '../deployment-factories.js'
import { paginate } from '../paginate.js'
import type { SimState } from '../state.js'
import { type Reply, type Route, type RouteRequest, notFound, ok } from './route.js'

const DOCS = {
  list: 'https://docs.github.com/rest/deployments/deployments#list-deployments',
  statuses: 'https://docs.github.com/rest/deployments/statuses#list-deployment-statuses',
  environment: 'https://docs.github.com/rest/deployments/environments#get-an-environment'
}

/** The scenario's deployments with ids assigned (stable: from their position). */
export function deploymentsOf(state: SimState): StoredDeployment[] {
  return (state.deployments.deployments ?? []).map((d, i) => Object.assign(d, { id: d.id ?? 9_000_001 + i }))
}

function paged(req: RouteRequest, all: unknown[]): Reply {
  const page = paginate(all, req.query, req.url)
  return ok(page.items, 200, page.link ? { link: page.link } : undefined)
}

export const deploymentsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/deployments',
    docs: DOCS.list,
    permissions: [[['deployments', 'read']]],
    publicRead: true,
    handle: req => {
      const { state, query } = req
      const at = (d: StoredDeployment) => d.created_at ?? ''
      const list = deploymentsOf(state)
        .filter(d => !query.sha || d.sha === query.sha)
        .filter(d => !query.ref || (d.ref ?? d.sha) === query.ref)
        .filter(d => !query.task || (d.task ?? 'deploy') === query.task)
        .filter(d => !query.environment || d.environment === query.environment)
        .sort((a, b) => at(b).localeCompare(at(a)) || b.id - a.id)
      return paged(
        req,
        list.map(d => deployment(state, d))
      )
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    docs: DOCS.statuses,
    permissions: [[['deployments', 'read']]],
    publicRead: true,
    handle: req => {
      const found = deploymentsOf(req.state).find(d => String(d.id) === req.params.deployment_id)
      if (!found) return notFound(DOCS.statuses)
      const statuses = (found.statuses ?? [])
        .map((st, i) => deploymentStatus(req.state, found, st, i))
        .reverse()
      return paged(req, statuses)
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/environments/{environment_name}',
    docs: DOCS.environment,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: ({ state, params }) => {
      const list = state.deployments.environments ?? []
      // Environment names are case-insensitive on GitHub.
      const index = list.findIndex(e => e.name.toLowerCase() === params.environment_name.toLowerCase())
      return index < 0 ? notFound(DOCS.environment) : ok(environment(state, list[index], index))
    }
  }
]
