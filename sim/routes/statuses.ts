/** Commit statuses: list for a ref, combined status, create. */
import { combinedStatus, status } from '../factories.js'
import { paginate } from '../paginate.js'
import type { StatusState } from '../scenario.js'
import type { StoredStatus } from '../state.js'
import {
  type Reply,
  type Route,
  type RouteRequest,
  bodyOf,
  invalidRequest,
  noCommit,
  notFound,
  ok,
  validationFailed
} from './route.js'

const DOCS = {
  list: 'https://docs.github.com/rest/commits/statuses#list-commit-statuses-for-a-reference',
  combined: 'https://docs.github.com/rest/commits/statuses#get-the-combined-status-for-a-specific-reference',
  create: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status'
}
const STATES: StatusState[] = ['error', 'failure', 'pending', 'success']
const MAX_DESCRIPTION = 140

/** Newest first, as GitHub lists them. */
const newestFirst = (list: StoredStatus[]): StoredStatus[] => [...list].sort((a, b) => b.id - a.id)

function list({ state, params, query, url }: RouteRequest): Reply {
  // Statuses are stored per SHA: an unknown ref simply has none.
  const sha = state.resolveRef(params.ref)
  const all = newestFirst(state.statuses.filter(st => st.sha === sha))
  const page = paginate(all, query, url)
  return ok(
    page.items.map(st => status(state, st)),
    200,
    page.link ? { link: page.link } : undefined
  )
}

function combined({ state, params }: RouteRequest): Reply {
  const sha = state.resolveRef(params.ref)
  if (!sha) return notFound(DOCS.combined)
  // GitHub compares contexts case-insensitively: `CI/test` is the latest of `ci/test`.
  const latest = new Map<string, StoredStatus>()
  for (const st of newestFirst(state.statuses.filter(x => x.sha === sha))) {
    if (!latest.has(st.context.toLowerCase())) latest.set(st.context.toLowerCase(), st)
  }
  return ok(combinedStatus(state, sha, [...latest.values()]))
}

function create(req: RouteRequest): Reply {
  const { state, params, token } = req
  const body = bodyOf(req)
  if (body.state === undefined) return invalidRequest(DOCS.create, '"state" wasn\'t supplied.')
  const errors: { resource: string; code: string; field: string; message: string }[] = []
  if (!STATES.includes(body.state as StatusState)) {
    errors.push({
      resource: 'Status',
      code: 'custom',
      field: 'state',
      message: 'state is not included in the list'
    })
  }
  const description = typeof body.description === 'string' ? body.description : null
  if (description !== null && description.length > MAX_DESCRIPTION) {
    errors.push({
      resource: 'Status',
      code: 'custom',
      field: 'description',
      message: `description is too long (maximum is ${MAX_DESCRIPTION} characters)`
    })
  }
  if (errors.length > 0) return validationFailed(DOCS.create, errors)
  if (!state.commits[params.sha]) return noCommit(DOCS.create, params.sha)
  const at = state.tick()
  const stored: StoredStatus = {
    id: state.nextId('status'),
    sha: params.sha,
    context: typeof body.context === 'string' ? body.context : 'default',
    state: body.state as StatusState,
    description,
    target_url: typeof body.target_url === 'string' ? body.target_url : null,
    creator: state.user({ login: token.login, type: token.type }),
    created_at: at,
    updated_at: at
  }
  state.statuses.push(stored)
  return ok(status(state, stored), 201, { location: status(state, stored).url as string })
}

export const statusesRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/statuses',
    docs: DOCS.list,
    permissions: [[['statuses', 'read']]],
    publicRead: true,
    handle: list
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/status',
    docs: DOCS.combined,
    permissions: [[['statuses', 'read']]],
    publicRead: true,
    handle: combined
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/statuses/{sha}',
    docs: DOCS.create,
    permissions: [[['statuses', 'write']]],
    handle: create
  }
]
