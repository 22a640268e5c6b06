/**
 * Workflow runs of a commit, their artifacts, the artifact download (302 to the blob store, another
 * origin; 410 once expired), and the comparison that gives a PR's merge base.
 */
import { artifact, comparison, workflowRun, type StoredArtifact } from '../artifact-factories.js'
import { blobStoreOf } from '../blob-store.js'
import { paginate } from '../paginate.js'
import type { SimState } from '../state.js'
import { type Reply, type Route, type RouteRequest, error, notFound, ok } from './route.js'

const DOCS = {
  runs: 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository',
  repoArtifacts: 'https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository',
  runArtifacts: 'https://docs.github.com/rest/actions/artifacts#list-workflow-run-artifacts',
  download: 'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
  compare: 'https://docs.github.com/rest/commits/commits#compare-two-commits'
}

const ids = new WeakMap<SimState, StoredArtifact[]>()

/** The scenario's artifacts with ids assigned (stable per state; later pushes get ids too). */
export function artifactsOf(state: SimState): StoredArtifact[] {
  const list = state.artifacts.artifacts ?? []
  const known = ids.get(state) ?? []
  const stored = list.map((a, i) => {
    const id = a.id ?? known[i]?.id ?? 7_000_001 + i
    return Object.assign(a, { id }) as StoredArtifact
  })
  ids.set(state, stored)
  return stored
}

const runOf = (state: SimState, id: number) => (state.artifacts.runs ?? []).find(r => r.id === id)

/** Newest first, as GitHub lists artifacts. */
function sorted(state: SimState, list: StoredArtifact[]): StoredArtifact[] {
  const at = (a: StoredArtifact) => a.created_at ?? runOf(state, a.run_id)?.created_at ?? ''
  return [...list].sort((a, b) => at(b).localeCompare(at(a)) || b.id - a.id)
}

function artifactPage(req: RouteRequest, list: StoredArtifact[]): Reply {
  const named = req.query.name ? list.filter(a => a.name === req.query.name) : list
  const all = sorted(req.state, named)
  const page = paginate(all, req.query, req.url)
  const body = {
    total_count: all.length,
    artifacts: page.items.map(a => artifact(req.state, a, runOf(req.state, a.run_id)))
  }
  return ok(body, 200, page.link ? { link: page.link } : undefined)
}

/** The merge base of two commits: the first ancestor of `head` (breadth first) that `base` reaches. */
function mergeBaseOf(state: SimState, base: string, head: string): { sha?: string; commits: string[] } {
  const ancestors = (from: string) => {
    const seen = new Set<string>()
    const queue = [from]
    while (queue.length > 0) {
      const sha = queue.shift()!
      if (seen.has(sha)) continue
      seen.add(sha)
      queue.push(...(state.commits[sha]?.parents ?? []))
    }
    return seen
  }
  const ofBase = ancestors(base)
  const order = [...ancestors(head)]
  const found = order.find(sha => ofBase.has(sha))
  return { sha: found, commits: found ? order.slice(0, order.indexOf(found)).reverse() : [] }
}

export const artifactsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs',
    docs: DOCS.runs,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: req => {
      const { state, query } = req
      const runs = (state.artifacts.runs ?? [])
        .filter(r => !query.head_sha || r.head_sha === query.head_sha)
        .filter(r => !query.status || (r.status ?? 'completed') === query.status)
        .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)
      const page = paginate(runs, query, req.url)
      const body = { total_count: runs.length, workflow_runs: page.items.map(r => workflowRun(state, r)) }
      return ok(body, 200, page.link ? { link: page.link } : undefined)
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts',
    docs: DOCS.repoArtifacts,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: req => artifactPage(req, artifactsOf(req.state))
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    docs: DOCS.runArtifacts,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: req => {
      const runId = Number(req.params.run_id)
      if (!runOf(req.state, runId)) return notFound(DOCS.runArtifacts)
      return artifactPage(
        req,
        artifactsOf(req.state).filter(a => a.run_id === runId)
      )
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    docs: DOCS.download,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: ({ state, params }) => {
      const found = artifactsOf(state).find(a => String(a.id) === params.artifact_id)
      if (!found || params.archive_format !== 'zip') return notFound(DOCS.download)
      if (found.expired) return error(410, 'Artifact has expired', DOCS.download)
      const store = blobStoreOf(state)
      if (!store) return error(500, 'no blob store attached to this simulator', DOCS.download)
      return { status: 302, headers: { location: store.put(found.zip) } }
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/compare/{basehead}',
    docs: DOCS.compare,
    permissions: [[['contents', 'read']]],
    publicRead: true,
    handle: ({ state, params }) => {
      const [baseRef, headRef] = params.basehead.split('...')
      const base = headRef === undefined ? undefined : state.resolveRef(baseRef)
      const head = headRef === undefined ? undefined : state.resolveRef(headRef)
      if (!base || !head) return notFound(DOCS.compare)
      const { sha, commits } = mergeBaseOf(state, base, head)
      if (!sha) return notFound(DOCS.compare, `No common ancestor between ${baseRef} and ${headRef}.`)
      return ok(comparison(state, base, head, sha, commits))
    }
  }
]
