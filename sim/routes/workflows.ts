/**
 * The runs of one workflow, named by its id or its file name (`backup-drill.yml`), with GitHub's
 * filters: `branch`, `event`, `status` (a status or a conclusion), `head_sha`; newest first, paged.
 */
import { DEFAULT_WORKFLOW_PATH, workflowIdOf, workflowRun } from '../artifact-factories.js'
import { paginate } from '../paginate.js'
import type { ArtifactRunSpec } from '../scenario-artifacts.js'
import type { SimState } from '../state.js'
import { type Route, notFound, ok } from './route.js'

const DOCS = 'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow'

const pathOf = (r: ArtifactRunSpec): string => r.path ?? DEFAULT_WORKFLOW_PATH
const fileName = (path: string): string => path.split('/').pop() as string

/** The workflow's path, when one with that id or file name is known (it ran, or its file is on the default branch). */
function workflowPath(state: SimState, idOrFile: string): string | undefined {
  const onDefault = Object.keys(state.commit(state.branches[state.defaultBranch] ?? '')?.files ?? {}).filter(
    p => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p)
  )
  const known = [...new Set([...(state.artifacts.runs ?? []).map(pathOf), ...onDefault])]
  return known.find(p => String(workflowIdOf(p)) === idOrFile || fileName(p) === idOrFile)
}

function matchesStatus(run: ArtifactRunSpec, wanted: string): boolean {
  const status = run.status ?? 'completed'
  const conclusion = status === 'completed' ? (run.conclusion ?? 'success') : null
  return status === wanted || conclusion === wanted
}

export const workflowsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    docs: DOCS,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: req => {
      const { state, query } = req
      const path = workflowPath(state, req.params.workflow_id)
      if (!path) return notFound(DOCS)
      const runs = (state.artifacts.runs ?? [])
        .filter(r => pathOf(r) === path)
        .filter(r => !query.branch || r.head_branch === query.branch)
        .filter(r => !query.event || (r.event ?? 'pull_request') === query.event)
        .filter(r => !query.status || matchesStatus(r, query.status))
        .filter(r => !query.head_sha || r.head_sha === query.head_sha)
        .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)
      const page = paginate(runs, query, req.url)
      const body = { total_count: runs.length, workflow_runs: page.items.map(r => workflowRun(state, r)) }
      return ok(body, 200, page.link ? { link: page.link } : undefined)
    }
  }
]
