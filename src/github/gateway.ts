import { z } from 'zod'
import { ApiError, toApiError } from './api-error.js'
import { readPages } from './paging.js'
import type { GitHub } from './client.js'
import {
  BranchRuleShape,
  CheckRunPageShape,
  ClassicProtectionShape,
  CollaboratorPermissionShape,
  CommentShape,
  TeamMembershipShape,
  type IssueComment,
  RefShape,
  RepositoryShape,
  ReviewShape,
  CommitShape,
  CommitStatusShape,
  FileShape,
  JobsPageShape,
  PullShape,
  type CheckRun,
  type CommitStatus,
  type Job,
  type PullSummary,
  type BranchRule,
  type ClassicProtection,
  type CollaboratorPermission,
  type Review
} from './shapes.js'

export interface RepoRef {
  owner: string
  repo: string
}

export type FileResult = { found: true; text: string; url?: string } | NotAFile

/** Why a path is no file the gate can read, with what the contents API said it is instead. */
export type NotAFile =
  | { found: false; reason: 'missing' | 'too-large' }
  | { found: false; reason: 'directory'; entries: string[] }
  /** A link the API did not follow: out of the repository, to a directory, or to nothing. */
  | { found: false; reason: 'symlink'; target: string }
  | { found: false; reason: 'submodule'; repository: string }

/** A file, a symlink or a submodule it describes, or the listing it answers for a directory. */
const ContentShape = z.union([
  FileShape,
  z.object({ type: z.literal('symlink'), target: z.string() }),
  z.object({ type: z.literal('submodule'), submodule_git_url: z.string() }),
  z.array(z.object({ name: z.string() }))
])

/**
 * Every read of GitHub evidence goes through here. Each distinct question is asked once per gateway
 * (concurrent evaluators share the same promise); a poll for pending work uses a fresh gateway.
 * Every response is shape-checked: a malformed one is an ApiError, never an empty list.
 */
export class Gateway {
  private readonly cache = new Map<string, Promise<unknown>>()

  constructor(
    /** The client, for evidence readers that need more than JSON (e.g. artifact downloads). */
    readonly gh: GitHub,
    readonly repo: RepoRef
  ) {}

  /**
   * The answer to `key`, loaded once per gateway. Evidence readers for other check types build on
   * `cached`, `read` and `readAll`, so every read shares the cache and the shape checks.
   */
  cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    let hit = this.cache.get(key) as Promise<T> | undefined
    if (!hit) {
      hit = load()
      this.cache.set(key, hit)
    }
    return hit
  }

  /** One JSON response, shape-checked; failures are ApiErrors naming the endpoint. */
  async read<S extends z.ZodType>(
    endpoint: string,
    params: Record<string, unknown>,
    shape: S
  ): Promise<z.infer<S>> {
    try {
      const response = await this.gh.request(endpoint, { ...this.repo, ...params })
      return parseShape(endpoint, shape, response.data)
    } catch (error) {
      throw toApiError(error, endpoint)
    }
  }

  /** Every page: follows Link rel="next" (page numbers or cursors alike), 100 items a page (see paging.ts). */
  readAll<S extends z.ZodType, T>(
    endpoint: string,
    params: Record<string, unknown>,
    shape: S,
    pick: (page: z.infer<S>) => T[]
  ): Promise<T[]> {
    return readPages(this.gh, endpoint, { ...this.repo, ...params }, data =>
      pick(parseShape(endpoint, shape, data))
    )
  }

  commit(ref: string): Promise<{ sha: string; parents?: { sha: string }[] }> {
    return this.cached(`commit:${ref}`, () =>
      this.read('GET /repos/{owner}/{repo}/commits/{ref}', { ref }, CommitShape)
    )
  }

  pull(pullNumber: number): Promise<PullSummary> {
    return this.cached(`pull:${pullNumber}`, () =>
      this.read('GET /repos/{owner}/{repo}/pulls/{pull_number}', { pull_number: pullNumber }, PullShape)
    )
  }

  /** Whether `heads/x` or `tags/x` exists (the git refs API answers 404 when not). */
  refExists(ref: string): Promise<boolean> {
    return this.cached(`ref:${ref}`, async () => {
      try {
        await this.read('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref }, RefShape)
        return true
      } catch (error) {
        if ((error as ApiError).status === 404) return false
        throw error
      }
    })
  }

  /** Every comment of an issue or PR, every page. */
  issueComments(issue: number): Promise<IssueComment[]> {
    return this.cached(`comments:${issue}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        { issue_number: issue },
        CommentShape.array(),
        page => page
      )
    )
  }

  /**
   * A person's membership of an organisation team: `active`, `pending`, or `none` on 404 (which is
   * also what a token that may not read teams gets); other refusals are ApiErrors.
   */
  teamMembership(org: string, teamSlug: string, username: string): Promise<'active' | 'pending' | 'none'> {
    const endpoint = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}'
    return this.cached(`team:${org}/${teamSlug}:${username}`.toLowerCase(), async () => {
      try {
        const response = await this.gh.request(endpoint, { org, team_slug: teamSlug, username })
        return parseShape(endpoint, TeamMembershipShape, response.data).state
      } catch (error) {
        if (error instanceof ApiError) throw error
        const apiError = toApiError(error, endpoint)
        if (apiError.status === 404) return 'none'
        throw apiError
      }
    })
  }

  /** The check runs of one check suite, every page. */
  suiteRuns(suiteId: number): Promise<CheckRun[]> {
    return this.cached(`suite-runs:${suiteId}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs',
        { check_suite_id: suiteId, filter: 'all' },
        CheckRunPageShape,
        page => page.check_runs
      )
    )
  }

  /** PRs whose head is this commit (the commits/{sha}/pulls endpoint), every page. */
  pullsForCommit(sha: string): Promise<PullSummary[]> {
    return this.cached(`pulls-for:${sha}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        { commit_sha: sha },
        PullShape.array(),
        p => p
      )
    )
  }

  file(path: string, ref: string): Promise<FileResult> {
    return this.cached(`file:${ref}:${path}`, async () => {
      let file: z.infer<typeof ContentShape>
      try {
        file = await this.read('GET /repos/{owner}/{repo}/contents/{path}', { path, ref }, ContentShape)
      } catch (error) {
        // GitHub sends x-accepted-github-permissions on every answer to app and fine-grained tokens,
        // so it says nothing here: a token without contents access gets 403, a missing file 404.
        if ((error as ApiError).status === 404) return { found: false, reason: 'missing' }
        throw error
      }
      if (Array.isArray(file)) return { found: false, reason: 'directory', entries: file.map(e => e.name) }
      if (file.type === 'symlink') return { found: false, reason: 'symlink', target: file.target }
      if (file.type === 'submodule')
        return { found: false, reason: 'submodule', repository: file.submodule_git_url }
      if (file.encoding !== 'base64' || file.content === undefined)
        return { found: false, reason: 'too-large' }
      return {
        found: true,
        text: Buffer.from(file.content, 'base64').toString('utf8'),
        url: file.html_url ?? undefined
      }
    })
  }

  checkRuns(sha: string): Promise<CheckRun[]> {
    return this.cached(`check-runs:${sha}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        // filter=all: the gate picks the latest run per (app, name) itself, by start time then id.
        { ref: sha, filter: 'all' },
        CheckRunPageShape,
        page => page.check_runs
      )
    )
  }

  statuses(sha: string): Promise<CommitStatus[]> {
    return this.cached(`statuses:${sha}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
        { ref: sha },
        CommitStatusShape.array(),
        page => page
      )
    )
  }

  defaultBranch(): Promise<string> {
    return this.cached(
      'repo',
      async () => (await this.read('GET /repos/{owner}/{repo}', {}, RepositoryShape)).default_branch
    )
  }

  reviews(pullNumber: number): Promise<Review[]> {
    return this.cached(`reviews:${pullNumber}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        { pull_number: pullNumber },
        ReviewShape.array(),
        p => p
      )
    )
  }

  /** A person's permission on the repository (admin, write, read or none), from all their grants. */
  collaboratorPermission(username: string): Promise<CollaboratorPermission> {
    return this.cached(`permission:${username}`, () =>
      this.read(
        'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        { username },
        CollaboratorPermissionShape
      )
    )
  }

  /** The active rules of a branch from every ruleset (readable without admin rights). */
  branchRules(branch: string): Promise<BranchRule[]> {
    return this.cached(`rules:${branch}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/rules/branches/{branch}',
        { branch },
        BranchRuleShape.array(),
        p => p
      )
    )
  }

  /** Classic branch protection; `undefined` when GitHub says the branch is not protected. */
  classicProtection(branch: string): Promise<ClassicProtection | undefined> {
    return this.cached(`protection:${branch}`, async () => {
      try {
        return await this.read(
          'GET /repos/{owner}/{repo}/branches/{branch}/protection',
          { branch },
          ClassicProtectionShape
        )
      } catch (error) {
        const e = toApiError(error, 'GET /repos/{owner}/{repo}/branches/{branch}/protection')
        if (e.status === 404 && /not protected/i.test(e.message)) return undefined
        throw e
      }
    })
  }

  /** The jobs of a workflow run, of every attempt (`filter=all`): a re-run's earlier attempts too. */
  runJobs(runId: number): Promise<Job[]> {
    return this.cached(`jobs:${runId}`, () =>
      this.readAll(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        { run_id: runId, filter: 'all' },
        JobsPageShape,
        page => page.jobs
      )
    )
  }
}

function parseShape<S extends z.ZodType>(endpoint: string, shape: S, data: unknown): z.infer<S> {
  const parsed = shape.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new ApiError(
      endpoint,
      undefined,
      `unexpected response shape at ${issue.path.join('.') || 'the top'}: ${issue.message}`
    )
  }
  return parsed.data
}
