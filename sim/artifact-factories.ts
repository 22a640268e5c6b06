/** Workflow runs, artifacts and comparisons in GitHub's shapes (they validate against the OpenAPI schemas). */
import { commit, nodeId, repoApi, repository } from './factories.js'
import type { ArtifactRunSpec, ArtifactSpec } from './scenario-artifacts.js'
import type { SimState } from './state.js'

type Json = Record<string, unknown>
const WEB = 'https://github.com'

function minimalRepository(s: SimState): Json {
  return repository(s)
}

export const DEFAULT_WORKFLOW_PATH = '.github/workflows/ci.yml'

/** A workflow's id, stable per file (`ci.yml` keeps the id it always had). */
export function workflowIdOf(path: string): number {
  if (path === DEFAULT_WORKFLOW_PATH) return 161335
  let h = 0
  for (const ch of path) h = (h * 31 + ch.charCodeAt(0)) % 900_000
  return 100_000 + h
}

export function workflowRun(s: SimState, run: ArtifactRunSpec): Json {
  const api = `${repoApi(s)}/actions/runs/${run.id}`
  const at = run.created_at ?? '2026-11-20T12:00:00Z'
  const path = run.path ?? DEFAULT_WORKFLOW_PATH
  const workflowId = workflowIdOf(path)
  const spec = s.commits[run.head_sha]
  return {
    id: run.id,
    name: run.name ?? 'CI',
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.head_branch ?? null,
    head_sha: run.head_sha,
    path,
    display_title: spec?.message ?? 'CI',
    run_number: run.id % 1000,
    run_attempt: 1,
    event: run.event ?? 'pull_request',
    status: run.status ?? 'completed',
    conclusion: (run.status ?? 'completed') === 'completed' ? (run.conclusion ?? 'success') : null,
    workflow_id: workflowId,
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    url: api,
    html_url: `${WEB}/${s.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: at,
    updated_at: run.updated_at ?? at,
    run_started_at: at,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(s)}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoApi(s)}/actions/workflows/${workflowId}`,
    head_commit: {
      id: run.head_sha,
      tree_id: run.head_sha,
      message: spec?.message ?? 'Commit',
      timestamp: at,
      author: { name: 'octocat', email: 'octocat@github.com' },
      committer: { name: 'octocat', email: 'octocat@github.com' }
    },
    repository: minimalRepository(s),
    head_repository: minimalRepository(s)
  }
}

/** Artifacts are stored with their id assigned (see `artifactsOf`). */
export type StoredArtifact = ArtifactSpec & { id: number }

export function artifact(s: SimState, a: StoredArtifact, run: ArtifactRunSpec | undefined): Json {
  const api = `${repoApi(s)}/actions/artifacts/${a.id}`
  const at = a.created_at ?? run?.created_at ?? '2026-11-20T12:00:00Z'
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.zip.length,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: a.expired ?? false,
    created_at: at,
    updated_at: at,
    expires_at: a.expired ? at : '2027-02-18T12:00:00Z',
    digest: null,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: s.repoId,
          head_repository_id: s.repoId,
          head_branch: run.head_branch ?? 'main',
          head_sha: run.head_sha
        }
      : null
  }
}

export function comparison(
  s: SimState,
  base: string,
  head: string,
  mergeBase: string,
  commits: string[]
): Json {
  const ahead = commits.length
  return {
    url: `${repoApi(s)}/compare/${base}...${head}`,
    html_url: `${WEB}/${s.fullName}/compare/${base}...${head}`,
    permalink_url: `${WEB}/${s.fullName}/compare/${s.owner}:${base.slice(0, 7)}...${s.owner}:${head.slice(0, 7)}`,
    diff_url: `${WEB}/${s.fullName}/compare/${base}...${head}.diff`,
    patch_url: `${WEB}/${s.fullName}/compare/${base}...${head}.patch`,
    base_commit: commit(s, base),
    merge_base_commit: commit(s, mergeBase),
    status: ahead === 0 ? 'identical' : mergeBase === base ? 'ahead' : 'diverged',
    ahead_by: ahead,
    behind_by: 0,
    total_commits: ahead,
    commits: commits.map(c => commit(s, c)),
    files: []
  }
}
