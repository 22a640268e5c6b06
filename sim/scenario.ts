/**
 * The data a simulated GitHub starts from. Tests write short scenarios with `defaultScenario()`
 * and the small builders below; `SimState` turns a scenario into mutable state.
 */
import { createHash } from 'node:crypto'
import type { BlameScenario } from './scenario-blame.js'
import type { ArtifactsScenario } from './scenario-artifacts.js'
import type { DeploymentsScenario } from './scenario-deployments.js'
import type { ReviewsScenario } from './scenario-reviews.js'
import type { PeopleScenario } from './scenario-people.js'
import type { SecurityScenario } from './scenario-security.js'

export type Permission =
  | 'contents'
  | 'checks'
  | 'statuses'
  | 'pull_requests'
  | 'issues'
  | 'actions'
  | 'security_events'
  | 'vulnerability_alerts'
  | 'secret_scanning_alerts'
  | 'administration'
  | 'deployments'
  /** Organization permission "Members" (team memberships); GITHUB_TOKEN never has it. */
  | 'members'
export type Access = 'read' | 'write'
export type AccountType = 'Bot' | 'User'

/** What a token stands for. Bot tokens are installation tokens (GITHUB_TOKEN, GitHub Apps). */
export interface TokenSpec {
  login: string
  type: AccountType
  permissions: Partial<Record<Permission, Access>>
}

export interface UserRef {
  login: string
  type?: AccountType
}

export interface AppRef {
  id: number
  slug: string
  name?: string
}

export interface CommitSpec {
  /** path → file content (UTF-8 text). */
  files?: Record<string, string>
  /** path → the symbolic link's target, as git stores it (relative to the link's directory). */
  symlinks?: Record<string, string>
  /** path → a submodule: its repository URL and the commit it is pinned at. */
  submodules?: Record<string, { url: string; sha: string }>
  parents?: string[]
  message?: string
  author?: string
}

export interface PullSpec {
  number: number
  title?: string
  body?: string
  user?: UserRef
  state?: 'open' | 'closed'
  draft?: boolean
  merged?: boolean
  /** `repo` is the head repository's full name; a different one than the base makes a fork PR. */
  head: { ref: string; sha: string; repo?: string }
  base: { ref: string; sha?: string }
  /**
   * The PR's current test merge commit (`refs/pull/N/merge`, the pull's `merge_commit_sha`), with the
   * base and the head as parents. Default: a SHA derived from the base and the head, so it changes
   * when either moves, as GitHub's does.
   */
  merge_commit_sha?: string
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale'

export interface AnnotationSpec {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
  start_column?: number
  end_column?: number
}

export interface CheckRunSpec {
  id?: number
  head_sha: string
  name: string
  status?: CheckStatus
  conclusion?: CheckConclusion | null
  started_at?: string
  completed_at?: string | null
  /** Default: GitHub Actions. */
  app?: AppRef
  /** Default: one suite per (app, head_sha); GitHub Actions makes one per workflow run. */
  check_suite_id?: number
  details_url?: string | null
  external_id?: string | null
  output?: { title?: string | null; summary?: string | null; text?: string | null }
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success'

export interface StatusSpec {
  sha: string
  context: string
  state: StatusState
  description?: string | null
  target_url?: string | null
  creator?: UserRef
  created_at?: string
}

export interface CommentSpec {
  issue_number: number
  user: UserRef
  body: string
  created_at?: string
  /** Later than `created_at` for a comment edited after posting; default: `created_at`. */
  updated_at?: string
}

export interface JobSpec {
  id?: number
  name: string
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion?: CheckConclusion | null
  /** The check run in state that this job reports as (its `check_run_url`). */
  check_run_id?: number
  /** The runner that picked the job up (a runner sets RUNNER_NAME to it); default "GitHub Actions 1". */
  runner_name?: string
  started_at?: string
  completed_at?: string | null
}

export interface WorkflowRunSpec {
  id: number
  attempt?: number
  name?: string
  head_sha?: string
  head_branch?: string
  jobs: JobSpec[]
}

export interface Scenario {
  repo: {
    owner: string
    name: string
    default_branch?: string
    visibility?: 'public' | 'private'
    id?: number
  }
  /** token value → identity and permissions. */
  tokens: Record<string, TokenSpec>
  branches?: Record<string, string>
  tags?: Record<string, string>
  commits: Record<string, CommitSpec>
  pulls?: PullSpec[]
  check_runs?: CheckRunSpec[]
  statuses?: StatusSpec[]
  comments?: CommentSpec[]
  workflow_runs?: WorkflowRunSpec[]
  /** Each later area of the API keeps its scenario data in its own module. */
  security?: SecurityScenario
  artifacts?: ArtifactsScenario
  reviews?: ReviewsScenario
  blame?: BlameScenario
  deployments?: DeploymentsScenario
  people?: PeopleScenario
  /** Start of the fake clock (ISO 8601); each write advances it by one second. */
  clock?: string
}

/** GitHub Actions, as it appears on check runs it creates. */
export const GITHUB_ACTIONS_APP: Required<AppRef> = {
  id: 15368,
  slug: 'github-actions',
  name: 'GitHub Actions'
}

/** A deterministic 40-hex SHA from a label, so scenarios can say `sha('head')`. */
export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex')
}

/** The token values `defaultScenario()` defines. */
export const TOKENS = {
  /** GITHUB_TOKEN with the permissions the gate asks for. */
  gate: 'ghs_gate',
  /** GITHUB_TOKEN with `permissions: {}` beyond metadata. */
  none: 'ghs_none',
  /** A fine-grained personal access token. */
  user: 'github_pat_user'
} as const

/**
 * A private repository acme/widgets with `main` at `sha('main')`, an open PR #1 from
 * `feature` (`sha('head')`), a checklist on both commits, and the three tokens in `TOKENS`.
 * `overrides` replaces whole top-level keys.
 */
export function defaultScenario(overrides: Partial<Scenario> = {}): Scenario {
  const checklist =
    'version: 1\nsections:\n  - title: Testing\n    items:\n      - id: unit\n        title: Unit\n'
  return {
    repo: { owner: 'acme', name: 'widgets', default_branch: 'main', visibility: 'private' },
    tokens: {
      [TOKENS.gate]: {
        login: 'github-actions[bot]',
        type: 'Bot',
        permissions: {
          contents: 'read',
          checks: 'write',
          statuses: 'write',
          pull_requests: 'write',
          issues: 'write',
          actions: 'read'
        }
      },
      [TOKENS.none]: { login: 'github-actions[bot]', type: 'Bot', permissions: {} },
      [TOKENS.user]: { login: 'octocat', type: 'User', permissions: { contents: 'read' } }
    },
    branches: { main: sha('main'), feature: sha('head') },
    tags: { 'v1.0.0': sha('main') },
    commits: {
      [sha('main')]: {
        message: 'Initial commit',
        files: { '.github/readiness.yml': checklist, 'README.md': '# widgets\n' }
      },
      [sha('head')]: {
        message: 'Add feature',
        parents: [sha('main')],
        files: {
          '.github/readiness.yml': checklist,
          'README.md': '# widgets\n',
          'src/feature.ts': 'export {}\n'
        }
      }
    },
    pulls: [
      {
        number: 1,
        title: 'Add feature',
        user: { login: 'octocat' },
        head: { ref: 'feature', sha: sha('head') },
        base: { ref: 'main', sha: sha('main') }
      }
    ],
    check_runs: [],
    statuses: [],
    comments: [],
    workflow_runs: [],
    ...overrides
  }
}

/** A completed, successful GitHub Actions check run on `head_sha`, unless `more` says otherwise. */
export function checkRun(name: string, head_sha: string, more: Partial<CheckRunSpec> = {}): CheckRunSpec {
  return { name, head_sha, status: 'completed', conclusion: 'success', ...more }
}
