// Webhook payloads for the runner stand-in, built from GitHub's recorded examples
// (@octokit/webhooks-examples) so the gate is tested against real payload shapes, old fields and all.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { cachedText, keepText } from '../sim/disk-cache.js'

type Payload = Record<string, unknown> & { repository: Record<string, unknown> }
interface ExampleGroup {
  name: string
  examples: Payload[]
}

const PACKAGE = createRequire(import.meta.url).resolve('@octokit/webhooks-examples/package.json')
const { version: VERSION } = JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string }
/** Bump when `example` chooses differently (part of each cached example's name). */
const CHOICE_FORMAT = 1
let examples: ExampleGroup[] | undefined

/**
 * GitHub's first recorded `name` event (with `action`, when given). The recordings are one 4 MB
 * file, which took each test file about 0.1 s to read and parse: each example used is kept on its
 * own in the test cache, keyed by the package's version and CHOICE_FORMAT, and later test files read
 * only that.
 */
function example(name: string, action?: string): Payload {
  const file = `webhook-${CHOICE_FORMAT}-${VERSION}-${name}-${action ?? 'any'}.json`
  const text = cachedText(file)
  if (text !== undefined) return JSON.parse(text) as Payload
  examples ??= JSON.parse(
    readFileSync(join(dirname(PACKAGE), 'api.github.com', 'index.json'), 'utf8')
  ) as ExampleGroup[]
  const group = examples.find(g => g.name === name)
  const found = group?.examples.find(e => action === undefined || e.action === action)
  if (!found) throw new Error(`no recorded ${name}${action ? `.${action}` : ''} example`)
  keepText(file, JSON.stringify(found))
  return structuredClone(found)
}

export interface RepoName {
  owner: string
  repo: string
}

function withRepo(payload: Payload, { owner, repo }: RepoName): Payload {
  const r = payload.repository as { name: string; full_name: string; owner: { login: string } }
  r.name = repo
  r.full_name = `${owner}/${repo}`
  r.owner.login = owner
  return payload
}

export interface PullRequestEventOptions extends RepoName {
  number: number
  title?: string
  author?: string
  headSha: string
  headRef: string
  baseRef: string
  baseSha: string
  /** The head lives in another repository (a fork). */
  fork?: boolean
  action?: string
}

/** A `pull_request` (or `pull_request_target`) payload: the recorded `opened` example, re-pointed. */
export function pullRequestEvent(o: PullRequestEventOptions): Payload {
  const payload = repointPull(withRepo(example('pull_request', 'opened'), o), o)
  payload.action = o.action ?? 'opened'
  payload.number = o.number
  return payload
}

/** A `pull_request` `closed` payload (the recorded example: closed, not merged), re-pointed. */
export function closedPullRequestEvent(o: PullRequestEventOptions & { merged?: boolean }): Payload {
  const payload = repointPull(withRepo(example('pull_request', 'closed'), o), o)
  payload.number = o.number
  const merged = o.merged ?? false
  Object.assign(payload.pull_request as object, { merged, merged_at: merged ? '2026-11-20T12:00:00Z' : null })
  return payload
}

/** A `pull_request_review` `submitted` payload (the recorded example) on the PR, in `state`. */
export function pullRequestReviewEvent(o: PullRequestEventOptions & { state: 'open' | 'closed' }): Payload {
  const payload = repointPull(withRepo(example('pull_request_review', 'submitted'), o), o)
  Object.assign(payload.pull_request as object, { state: o.state })
  return payload
}

/** Points a payload's `pull_request` at the PR `o` describes. */
function repointPull(payload: Payload, o: PullRequestEventOptions): Payload {
  const pr = payload.pull_request as {
    number: number
    title: string
    user: { login: string }
    head: {
      sha: string
      ref: string
      label: string
      repo: { full_name: string; name: string; owner: { login: string } }
    }
    base: {
      sha: string
      ref: string
      label: string
      repo: { full_name: string; name: string; owner: { login: string } }
    }
  }
  pr.number = o.number
  pr.title = o.title ?? pr.title
  pr.user.login = o.author ?? pr.user.login
  Object.assign(pr.head, { sha: o.headSha, ref: o.headRef, label: `${o.owner}:${o.headRef}` })
  Object.assign(pr.base, { sha: o.baseSha, ref: o.baseRef, label: `${o.owner}:${o.baseRef}` })
  pr.base.repo = {
    ...pr.base.repo,
    full_name: `${o.owner}/${o.repo}`,
    name: o.repo,
    owner: { ...pr.base.repo.owner, login: o.owner }
  }
  const headOwner = o.fork ? 'outside-contributor' : o.owner
  pr.head.repo = {
    ...pr.head.repo,
    full_name: `${headOwner}/${o.repo}`,
    name: o.repo,
    owner: { ...pr.head.repo.owner, login: headOwner }
  }
  return payload
}

/** A `workflow_dispatch` payload (the recorded example), for an audit. */
export function workflowDispatchEvent(o: RepoName & { ref: string }): Payload {
  const payload = withRepo(example('workflow_dispatch'), o)
  payload.ref = o.ref
  return payload
}

/** A `push` payload (the recorded example) for `after` on `ref`. */
export function pushEvent(o: RepoName & { ref: string; after: string }): Payload {
  const payload = withRepo(example('push'), o)
  Object.assign(payload, { ref: o.ref, after: o.after })
  return payload
}

/** A completed `workflow_run` for `headSha`; `pullRequests` as GitHub lists them (empty for forks). */
export function workflowRunEvent(
  o: RepoName & { headSha: string; pullRequests?: number[]; action?: string }
): Payload {
  const payload = withRepo(example('workflow_run', 'completed'), o)
  payload.action = o.action ?? 'completed'
  const run = payload.workflow_run as { head_sha: string; pull_requests: unknown[] }
  run.head_sha = o.headSha
  run.pull_requests = (o.pullRequests ?? []).map(number => ({ number }))
  return payload
}

/** A completed `check_suite` (the recorded example) for `headSha`, with the suite's id. */
export function checkSuiteEvent(
  o: RepoName & { id: number; headSha: string; pullRequests?: number[] }
): Payload {
  const payload = withRepo(example('check_suite', 'completed'), o)
  const suite = payload.check_suite as { id: number; head_sha: string; pull_requests: unknown[] }
  Object.assign(suite, {
    id: o.id,
    head_sha: o.headSha,
    pull_requests: (o.pullRequests ?? []).map(number => ({ number }))
  })
  return payload
}

/** A `merge_group` `checks_requested` for a merge queue of `baseRef` (with `pr`: the PR it merges). */
export function mergeGroupEvent(o: RepoName & { headSha: string; baseRef: string; pr?: number }): Payload {
  const payload = withRepo(example('merge_group'), o)
  const group = payload.merge_group as { head_sha: string; base_ref: string; head_ref: string }
  group.head_sha = o.headSha
  group.base_ref = `refs/heads/${o.baseRef}`
  if (o.pr !== undefined) group.head_ref = `refs/heads/gh-readonly-queue/${o.baseRef}/pr-${o.pr}-${o.headSha}`
  return payload
}

/** An `issue_comment` on PR `number` (or, with `issue: true`, on an issue) by `login` (a `Bot` or a `User`). */
export function issueCommentEvent(
  o: RepoName & {
    number: number
    login: string
    type: 'User' | 'Bot'
    /** Default `created`; `edited` and `deleted` are the same payload with that action. */
    action?: 'created' | 'edited' | 'deleted'
    body?: string
    id?: number
    /** `edited`: the body before the edit. */
    from?: string
    /** Who caused the event (default: the commenter). */
    sender?: { login: string; type: 'User' | 'Bot' }
    /** On an issue, not a pull request (a launch issue). */
    issue?: boolean
  }
): Payload {
  const payload = withRepo(example('issue_comment', 'created'), o)
  payload.action = o.action ?? 'created'
  const issue = payload.issue as Record<string, unknown>
  issue.number = o.number
  if (o.issue) delete issue.pull_request
  else issue.pull_request = { url: `https://api.github.com/repos/${o.owner}/${o.repo}/pulls/${o.number}` }
  const comment = payload.comment as { id: number; body: string; user: { login: string; type: string } }
  comment.user.login = o.login
  comment.user.type = o.type
  if (o.body !== undefined) comment.body = o.body
  if (o.id !== undefined) comment.id = o.id
  if (o.from !== undefined) payload.changes = { body: { from: o.from } }
  const sender = payload.sender as { login: string; type: string }
  sender.login = o.sender?.login ?? o.login
  sender.type = o.sender?.type ?? o.type
  return payload
}
