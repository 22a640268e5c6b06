/** Check runs: list for a ref, create, update. */
import { checkRun, repoApi } from '../factories.js'
import { paginate } from '../paginate.js'
import type { AnnotationSpec, CheckConclusion, CheckStatus } from '../scenario.js'
import type { SimState, StoredCheckRun } from '../state.js'
import {
  type Reply,
  type Route,
  type RouteRequest,
  bodyOf,
  error,
  invalidRequest,
  missingField,
  noCommit,
  notFound,
  notOneOf,
  ok,
  validationFailed
} from './route.js'

const DOCS = {
  list: 'https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference',
  create: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
  update: 'https://docs.github.com/rest/checks/runs#update-a-check-run',
  forSuite: 'https://docs.github.com/rest/checks/runs#list-check-runs-in-a-check-suite'
}
const STATUSES = ['queued', 'in_progress', 'completed'] as const
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out'
] as const
/** GitHub's limits: 65535 characters per output text field (enforced here in bytes), 50 annotations per request. */
const MAX_TEXT = 65535
const MAX_ANNOTATIONS = 50
/** Output and annotation titles: 255 characters; an annotation's message and raw_details: 64 KB. */
const MAX_TITLE = 255
const MAX_ANNOTATION_TEXT = 64 * 1024

/**
 * `filter=latest` (GitHub's default) keeps the most recent run of each name within each check
 * suite: a re-run replaces the old run, but a new suite (another workflow run on the same commit)
 * keeps its own. Most recent = created last (highest id).
 */
export function latestPerSuite(runs: StoredCheckRun[]): StoredCheckRun[] {
  const latest = new Map<string, StoredCheckRun>()
  for (const run of runs) {
    const key = `${run.check_suite_id}\u0000${run.name}`
    const seen = latest.get(key)
    if (!seen || run.id > seen.id) latest.set(key, run)
  }
  return runs.filter(run => latest.get(`${run.check_suite_id}\u0000${run.name}`) === run)
}

function list(req: RouteRequest): Reply {
  const sha = req.state.resolveRef(req.params.ref)
  if (!sha) return noCommit(DOCS.list, req.params.ref)
  return listRuns(
    req,
    req.state.checkRuns.filter(r => r.head_sha === sha)
  )
}

function listForSuite(req: RouteRequest): Reply {
  const runs = req.state.checkRuns.filter(r => String(r.check_suite_id) === req.params.check_suite_id)
  return runs.length === 0 ? notFound(DOCS.forSuite) : listRuns(req, runs)
}

/** The filters and paging both list endpoints share. */
function listRuns({ state, query, url }: RouteRequest, all: StoredCheckRun[]): Reply {
  let runs = all
  if (query.check_name) runs = runs.filter(r => r.name === query.check_name)
  if (query.status) runs = runs.filter(r => r.status === query.status)
  if (query.app_id) runs = runs.filter(r => String(r.app.id) === query.app_id)
  if ((query.filter ?? 'latest') === 'latest') runs = latestPerSuite(runs)
  runs = [...runs].sort((a, b) => b.id - a.id)
  const page = paginate(runs, query, url)
  const body = { total_count: runs.length, check_runs: page.items.map(r => checkRun(state, r)) }
  return ok(body, 200, page.link ? { link: page.link } : undefined)
}

/** Checks shared by create and update; returns a 422 reply, or undefined when the body is fine. */
function invalid(body: Record<string, unknown>, docs: string): Reply | undefined {
  if (body.status !== undefined && !STATUSES.includes(body.status as never)) {
    return invalidRequest(docs, notOneOf('status', body.status, STATUSES))
  }
  if (body.conclusion !== undefined && !CONCLUSIONS.includes(body.conclusion as never)) {
    return invalidRequest(docs, notOneOf('conclusion', body.conclusion, CONCLUSIONS))
  }
  if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined) {
    return invalidRequest(docs, 'No subschema in "anyOf" matched.\n"conclusion" wasn\'t supplied.')
  }
  const output = body.output as Record<string, unknown> | undefined
  if (output === undefined) return undefined
  const missing = missingField(output, ['title', 'summary'])
  if (missing) return invalidRequest(docs, `"${missing}" wasn't supplied.`)
  for (const field of ['summary', 'text'] as const) {
    const size = typeof output[field] === 'string' ? Buffer.byteLength(output[field] as string) : 0
    if (size > MAX_TEXT) {
      return invalidRequest(docs, `Only ${MAX_TEXT} characters are allowed; ${size} were supplied.`)
    }
  }
  if (typeof output.title === 'string' && output.title.length > MAX_TITLE) {
    return invalidRequest(docs, `output.title is too long (maximum is ${MAX_TITLE} characters).`)
  }
  const annotations = Array.isArray(output.annotations) ? output.annotations : []
  for (const a of annotations as Record<string, unknown>[]) {
    if (typeof a.title === 'string' && a.title.length > MAX_TITLE) {
      return invalidRequest(docs, `annotation title is too long (maximum is ${MAX_TITLE} characters).`)
    }
    for (const field of ['message', 'raw_details'] as const) {
      if (typeof a[field] === 'string' && Buffer.byteLength(a[field] as string) > MAX_ANNOTATION_TEXT) {
        return invalidRequest(docs, `annotation ${field} is too large (maximum is 64 KB).`)
      }
    }
  }
  if (annotations.length > MAX_ANNOTATIONS) {
    return validationFailed(docs, [
      {
        resource: 'CheckRun',
        code: 'custom',
        field: 'annotations',
        message: `There is a limit of ${MAX_ANNOTATIONS} annotations per request; ${annotations.length} were supplied.`
      }
    ])
  }
  return undefined
}

/** Apply the writable fields of a create/update body to a run. */
function apply(state: SimState, run: StoredCheckRun, body: Record<string, unknown>): void {
  const now = state.tick()
  if (typeof body.name === 'string') run.name = body.name
  if (body.details_url !== undefined) run.details_url = body.details_url as string
  if (body.external_id !== undefined) run.external_id = body.external_id as string
  if (body.started_at !== undefined) run.started_at = body.started_at as string
  if (body.status !== undefined) run.status = body.status as CheckStatus
  // Providing a conclusion completes the run.
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion as CheckConclusion
    run.status = 'completed'
  }
  if (run.status === 'completed')
    run.completed_at = (body.completed_at as string | undefined) ?? run.completed_at ?? now
  if (run.status === 'in_progress') run.started_at ??= now
  const output = body.output as Record<string, unknown> | undefined
  if (output) {
    run.output.title = output.title as string
    run.output.summary = output.summary as string
    if (output.text !== undefined) run.output.text = output.text as string
    // Annotations accumulate across requests, as on GitHub.
    run.output.annotations.push(...((output.annotations as AnnotationSpec[] | undefined) ?? []))
  }
}

function create(req: RouteRequest): Reply {
  const { state } = req
  const body = bodyOf(req)
  const missing = missingField(body, ['name', 'head_sha'])
  if (missing) return invalidRequest(DOCS.create, `"${missing}" wasn't supplied.`)
  const bad = invalid(body, DOCS.create)
  if (bad) return bad
  const headSha = String(body.head_sha)
  if (!state.commits[headSha]) return noCommit(DOCS.create, headSha)
  const app = state.appFor(req.token)
  const run: StoredCheckRun = {
    id: state.nextId('check_run'),
    head_sha: headSha,
    name: String(body.name),
    status: 'queued',
    conclusion: null,
    started_at: state.now(),
    completed_at: null,
    app,
    check_suite_id: state.suiteId(app.id, headSha),
    details_url: null,
    external_id: null,
    output: { title: null, summary: null, text: null, annotations: [] }
  }
  apply(state, run, body)
  state.checkRuns.push(run)
  return ok(checkRun(state, run), 201, { location: `${repoApi(state)}/check-runs/${run.id}` })
}

function update(req: RouteRequest): Reply {
  const { state, params, token } = req
  const run = state.checkRuns.find(r => String(r.id) === params.check_run_id)
  if (!run) return notFound(DOCS.update)
  // Only the app that created a check run may change it.
  if (run.app.id !== state.appFor(token).id)
    return error(403, 'Resource not accessible by integration', DOCS.update)
  const body = bodyOf(req)
  const bad = invalid(body, DOCS.update)
  if (bad) return bad
  apply(state, run, body)
  return ok(checkRun(state, run))
}

export const checksRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    docs: DOCS.list,
    permissions: [[['checks', 'read']]],
    publicRead: true,
    handle: list
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs',
    docs: DOCS.forSuite,
    permissions: [[['checks', 'read']]],
    publicRead: true,
    handle: listForSuite
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/check-runs',
    docs: DOCS.create,
    permissions: [[['checks', 'write']]],
    handle: create
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    docs: DOCS.update,
    permissions: [[['checks', 'write']]],
    handle: update
  }
]
