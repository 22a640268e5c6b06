/**
 * Mutable state of a simulated GitHub, built from a scenario: ids assigned, timestamps from a fake
 * clock. What one request writes the next one reads, across several runs of the action.
 */
import { createHash } from 'node:crypto'
import {
  GITHUB_ACTIONS_APP,
  type AccountType,
  type AnnotationSpec,
  type AppRef,
  type CheckConclusion,
  type CheckStatus,
  type CommitSpec,
  type JobSpec,
  type PullSpec,
  type Scenario,
  type StatusState,
  type TokenSpec,
  type UserRef
} from './scenario.js'
import type { ArtifactsScenario } from './scenario-artifacts.js'
import type { BlameScenario } from './scenario-blame.js'
import type { DeploymentsScenario } from './scenario-deployments.js'
import type { ReviewsScenario } from './scenario-reviews.js'
import type { PeopleScenario } from './scenario-people.js'
import type { SecurityScenario } from './scenario-security.js'

/** What a directory entry is in git: a file, a directory, a symbolic link or a submodule. */
export type EntryType = 'file' | 'dir' | 'symlink' | 'submodule'

export interface User {
  login: string
  id: number
  type: AccountType
}

export interface StoredCheckRun {
  id: number
  head_sha: string
  name: string
  status: CheckStatus
  conclusion: CheckConclusion | null
  started_at: string | null
  completed_at: string | null
  app: Required<AppRef>
  check_suite_id: number
  details_url: string | null
  external_id: string | null
  output: { title: string | null; summary: string | null; text: string | null; annotations: AnnotationSpec[] }
}

export interface StoredStatus {
  id: number
  sha: string
  context: string
  state: StatusState
  description: string | null
  target_url: string | null
  creator: User
  created_at: string
  updated_at: string
}

export interface StoredComment {
  id: number
  issue_number: number
  user: User
  body: string
  created_at: string
  updated_at: string
}

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

export interface StoredReaction {
  id: number
  comment_id: number
  user: User
  content: ReactionContent
  created_at: string
}

export interface StoredJob extends Required<Omit<JobSpec, 'check_run_id'>> {
  check_run_id?: number
  run_id: number
  run_attempt: number
  head_sha: string
  head_branch: string
  workflow_name: string
}

/** Start values per kind, so ids of different kinds never look alike. */
const ID_BASES = {
  check_run: 1_000_001,
  status: 2_000_001,
  comment: 3_000_001,
  suite: 4_000_001,
  job: 5_000_001,
  reaction: 6_000_001
}
const WELL_KNOWN_USERS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 1 }

/** A stable number from a string, for ids that must not depend on the order things are seen in. */
function stableNumber(text: string, digits = 7): number {
  return parseInt(createHash('sha1').update(text).digest('hex').slice(0, digits), 16)
}

export class SimState {
  /** Set by the server once it listens; API URLs in responses point here. */
  baseUrl = 'http://127.0.0.1'
  readonly owner: string
  readonly repoName: string
  readonly repoId: number
  readonly defaultBranch: string
  readonly visibility: 'public' | 'private'
  readonly tokens: Record<string, TokenSpec>
  readonly branches: Record<string, string>
  readonly tags: Record<string, string>
  readonly commits: Record<string, CommitSpec>
  readonly pulls: PullSpec[]
  /** Scenario data of later areas, as given (their routes read and write it). */
  readonly security: SecurityScenario
  readonly artifacts: ArtifactsScenario
  readonly reviews: ReviewsScenario
  readonly blame: BlameScenario
  readonly deployments: DeploymentsScenario
  readonly people: PeopleScenario
  readonly checkRuns: StoredCheckRun[] = []
  readonly statuses: StoredStatus[] = []
  readonly comments: StoredComment[] = []
  readonly reactions: StoredReaction[] = []
  readonly jobs: StoredJob[] = []
  /** Rate-limit bookkeeping, shared by all tokens. */
  rateUsed = 0
  private clock: number
  private readonly counters = { ...ID_BASES }
  private readonly suites = new Map<string, number>()

  constructor(scenario: Scenario) {
    const s = structuredClone(scenario)
    this.owner = s.repo.owner
    this.repoName = s.repo.name
    this.repoId = s.repo.id ?? stableNumber(`${s.repo.owner}/${s.repo.name}`, 8)
    this.defaultBranch = s.repo.default_branch ?? 'main'
    this.visibility = s.repo.visibility ?? 'private'
    this.tokens = s.tokens
    this.branches = s.branches ?? {}
    this.tags = s.tags ?? {}
    this.commits = s.commits
    this.pulls = s.pulls ?? []
    this.security = s.security ?? {}
    this.artifacts = s.artifacts ?? {}
    this.reviews = s.reviews ?? {}
    this.blame = s.blame ?? {}
    this.deployments = s.deployments ?? {}
    this.people = s.people ?? {}
    this.clock = Date.parse(s.clock ?? '2026-11-20T12:00:00Z')
    for (const run of s.check_runs ?? []) {
      const app = this.fullApp(run.app ?? GITHUB_ACTIONS_APP)
      const status = run.status ?? (run.conclusion ? 'completed' : 'queued')
      this.checkRuns.push({
        id: run.id ?? this.nextId('check_run'),
        head_sha: run.head_sha,
        name: run.name,
        status,
        conclusion: run.conclusion ?? null,
        started_at: run.started_at ?? this.tick(),
        completed_at: run.completed_at ?? (status === 'completed' ? this.tick() : null),
        app,
        check_suite_id: run.check_suite_id ?? this.suiteId(app.id, run.head_sha),
        details_url: run.details_url ?? null,
        external_id: run.external_id ?? null,
        output: { title: null, summary: null, text: null, ...run.output, annotations: [] }
      })
    }
    for (const st of s.statuses ?? []) {
      const at = st.created_at ?? this.tick()
      this.statuses.push({
        id: this.nextId('status'),
        sha: st.sha,
        context: st.context,
        state: st.state,
        description: st.description ?? null,
        target_url: st.target_url ?? null,
        creator: this.user(st.creator ?? { login: 'github-actions[bot]', type: 'Bot' }),
        created_at: at,
        updated_at: at
      })
    }
    for (const c of s.comments ?? []) {
      const at = c.created_at ?? this.tick()
      this.comments.push({
        id: this.nextId('comment'),
        issue_number: c.issue_number,
        user: this.user(c.user),
        body: c.body,
        created_at: at,
        updated_at: c.updated_at ?? at
      })
    }
    for (const run of s.workflow_runs ?? []) {
      for (const job of run.jobs) {
        const status = job.status ?? (job.conclusion ? 'completed' : 'in_progress')
        this.jobs.push({
          id: job.id ?? this.nextId('job'),
          name: job.name,
          status,
          conclusion: job.conclusion ?? null,
          check_run_id: job.check_run_id,
          runner_name: job.runner_name ?? 'GitHub Actions 1',
          started_at: job.started_at ?? this.now(),
          completed_at: job.completed_at ?? (status === 'completed' ? this.now() : null),
          run_id: run.id,
          run_attempt: run.attempt ?? 1,
          head_sha: run.head_sha ?? this.branches[this.defaultBranch] ?? '',
          head_branch: run.head_branch ?? this.defaultBranch,
          workflow_name: run.name ?? 'CI'
        })
      }
    }
  }

  get fullName(): string {
    return `${this.owner}/${this.repoName}`
  }

  /** The current time of the fake clock. */
  now(): string {
    return new Date(this.clock).toISOString().replace('.000Z', 'Z')
  }

  /** Advance the fake clock by one second (one write) and return the new time. */
  tick(): string {
    this.clock += 1000
    return this.now()
  }

  /** Seconds since the epoch, for `x-ratelimit-reset`: an hour after the clock's start. */
  rateReset(): number {
    return Math.floor(this.clock / 1000) + 3600
  }

  nextId(kind: keyof typeof ID_BASES): number {
    return this.counters[kind]++
  }

  /** The check suite of an app's runs on a commit (one per pair unless a scenario says otherwise). */
  suiteId(appId: number, headSha: string): number {
    const key = `${appId}:${headSha}`
    if (!this.suites.has(key)) this.suites.set(key, this.nextId('suite'))
    return this.suites.get(key) as number
  }

  user(ref: UserRef): User {
    const type = ref.type ?? (ref.login.endsWith('[bot]') ? 'Bot' : 'User')
    return { login: ref.login, type, id: WELL_KNOWN_USERS[ref.login] ?? stableNumber(ref.login) }
  }

  fullApp(app: AppRef): Required<AppRef> {
    return { ...app, name: app.name ?? app.slug }
  }

  /** The app whose check runs a token creates: for installation tokens, the login without `[bot]`. */
  appFor(token: TokenSpec): Required<AppRef> {
    const slug = token.login.replace(/\[bot\]$/, '')
    if (slug === GITHUB_ACTIONS_APP.slug) return GITHUB_ACTIONS_APP
    return { id: stableNumber(`app:${slug}`, 6), slug, name: slug }
  }

  /**
   * Resolve a ref as GitHub does: a branch or tag name (optionally `refs/heads/…`, `heads/…`,
   * `refs/tags/…`, `tags/…`), a PR's `refs/pull/N/head` or `refs/pull/N/merge`, a full SHA or an
   * unambiguous abbreviation of at least 7 hex digits.
   */
  resolveRef(ref: string): string | undefined {
    const name = ref.replace(/^refs\//, '')
    const branch = name.replace(/^heads\//, '')
    const tag = name.replace(/^tags\//, '')
    const pull = /^pull\/(\d+)\/(head|merge)$/.exec(name)
    if (pull) {
      const pr = this.pull(Number(pull[1]))
      if (!pr) return undefined
      return pull[2] === 'head' ? pr.head.sha : this.mergeCommitOf(pr)
    }
    if (!name.startsWith('tags/') && this.branches[branch]) return this.branches[branch]
    if (!name.startsWith('heads/') && this.tags[tag]) return this.tags[tag]
    if (/^[0-9a-f]{7,40}$/.test(ref)) {
      const known = [...Object.keys(this.commits), ...this.pulls.map(pr => this.mergeCommitOf(pr))]
      const hits = [...new Set(known.filter(s => s.startsWith(ref)))]
      if (hits.length === 1) return hits[0]
    }
    return undefined
  }

  /** The PR's current test merge commit (see `PullSpec.merge_commit_sha`). */
  mergeCommitOf(pr: PullSpec): string {
    if (pr.merge_commit_sha) return pr.merge_commit_sha
    const base = pr.base.sha ?? this.resolveRef(pr.base.ref) ?? ''
    return createHash('sha1').update(`merge #${pr.number}: ${pr.head.sha} into ${base}`).digest('hex')
  }

  /** A commit of the scenario, or a PR's test merge commit (the base and the head as parents). */
  commit(sha: string): CommitSpec | undefined {
    if (this.commits[sha]) return this.commits[sha]
    const pr = this.pulls.find(p => this.mergeCommitOf(p) === sha)
    if (!pr) return undefined
    const base = pr.base.sha ?? this.resolveRef(pr.base.ref) ?? ''
    return {
      message: `Merge ${pr.head.sha} into ${base}`,
      parents: [base, pr.head.sha],
      files: { ...this.commits[base]?.files, ...this.commits[pr.head.sha]?.files }
    }
  }

  /** The file content at a commit, or undefined. */
  file(commitSha: string, path: string): string | undefined {
    return this.commit(commitSha)?.files?.[path]
  }

  /** The target of a symbolic link at a commit, or undefined. */
  symlink(commitSha: string, path: string): string | undefined {
    return this.commits[commitSha]?.symlinks?.[path]
  }

  /** A submodule at a commit, or undefined. */
  submodule(commitSha: string, path: string): { url: string; sha: string } | undefined {
    return this.commits[commitSha]?.submodules?.[path]
  }

  /** The direct children of a directory at a commit (empty when it is no directory). */
  directory(commitSha: string, path: string): { name: string; path: string; type: EntryType }[] {
    const prefix = path === '' ? '' : `${path.replace(/\/$/, '')}/`
    const spec = this.commit(commitSha)
    const entries: [string, EntryType][] = [
      ...Object.keys(spec?.files ?? {}).map(p => [p, 'file'] as [string, EntryType]),
      ...Object.keys(spec?.symlinks ?? {}).map(p => [p, 'symlink'] as [string, EntryType]),
      ...Object.keys(spec?.submodules ?? {}).map(p => [p, 'submodule'] as [string, EntryType])
    ]
    const seen = new Map<string, EntryType>()
    for (const [p, type] of entries) {
      if (!p.startsWith(prefix)) continue
      const [name, ...rest] = p.slice(prefix.length).split('/')
      seen.set(name, rest.length > 0 ? 'dir' : type)
    }
    return [...seen].sort().map(([name, type]) => ({ name, path: prefix + name, type }))
  }

  /**
   * Where a symbolic link leads inside the repository: its target resolved against the link's
   * directory, or undefined when it climbs out of the repository or is absolute.
   */
  resolveLink(path: string, target: string): string | undefined {
    if (target.startsWith('/')) return undefined
    const parts = path.split('/').slice(0, -1)
    for (const step of target.split('/')) {
      if (step === '..') {
        if (parts.length === 0) return undefined
        parts.pop()
      } else if (step !== '.' && step !== '') parts.push(step)
    }
    return parts.join('/')
  }

  /** An issue exists when a pull request has its number, the scenario lists it, or the scenario commented on it. */
  issueExists(n: number): boolean {
    return (
      this.pull(n) !== undefined ||
      (this.people.issues ?? []).includes(n) ||
      this.comments.some(c => c.issue_number === n)
    )
  }

  pull(number: number): PullSpec | undefined {
    return this.pulls.find(p => p.number === number)
  }
}
