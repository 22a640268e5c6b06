import type { Gateway } from '../github/gateway.js'
import type { PullSummary } from '../github/shapes.js'
import type { Settings } from '../settings.js'
import { mayHoldCommands } from '../text/command-line.js'
import type { RunnerContext } from './runner-context.js'

export interface PullRequestInfo {
  number: number
  title: string
  author: string
  headSha: string
  headRef: string
  baseRef: string
  baseSha: string
  /** The head lives in another repository: GitHub gives such runs a read-only token. */
  fork: boolean
}

/** What one verdict is about: a PR's head commit, a merge group, or an audited commit. */
export interface Target {
  kind: 'pull-request' | 'merge-group' | 'audit'
  /** The commit the verdict is posted on: the PR head (never the merge commit) or the audited commit. */
  sha: string
  pr?: PullRequestInfo
  /** The ref the checklist is read at. */
  checklistRef: string
  /** How to name that ref to a person, e.g. "main (base of #12)". */
  checklistRefLabel: string
  /** The status context / check-run name for this verdict. */
  statusName: string
  /** The branch whose rules apply: the PR's base, the merge group's base, or the audited branch. */
  branch?: string
  /** Audits of a branch or tag: its full name (`refs/heads/main`, `refs/tags/v1.2.0`). */
  auditedRef?: string
  /** A merge group: the PR it merges (from the queue's branch name), whose comments hold sign-offs. */
  queuedPr?: number
}

export type Targets =
  | { targets: Target[]; warnings: string[] }
  | { targets: []; notice: string }
  /** A configuration error (a `ref` input that names nothing): the step fails, nothing is posted. */
  | { targets: []; error: string }

/** The reads that resolving targets may need: a Gateway, or a stand-in that loads one only when asked. */
export type TargetReads = Pick<Gateway, 'pull' | 'pullsForCommit' | 'commit' | 'refExists' | 'suiteRuns'>

const AUDIT_EVENTS = new Set(['workflow_dispatch', 'schedule', 'push'])
const ZERO_SHA = /^0+$/

type Payload = Record<string, unknown>
const none = (notice: string): Targets => ({ targets: [], notice: `Readiness gate: ${notice}` })

/** A closed (or merged) PR has nothing left to gate, whichever event names it: a notice, nothing posted. */
function closedPulls(numbers: number[]): Targets {
  const list = numbers.map(n => `#${n}`).join(', ')
  return none(
    numbers.length === 1
      ? `PR ${list} is closed; nothing to gate.`
      : `PRs ${list} are closed; nothing to gate.`
  )
}

/** Turns the event into the commit(s) to gate (the table in docs/events.md). */
export async function resolveTargets(
  ctx: RunnerContext,
  settings: Settings,
  gateway: TargetReads
): Promise<Targets> {
  const p = ctx.payload
  const repoName = `${ctx.owner}/${ctx.repo}`
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review': {
      const pr = readPull(p.pull_request, repoName)
      if (!pr) return none(`the ${ctx.eventName} payload has no pull_request; nothing was posted.`)
      // `types: [closed]`, or a review left on a closed PR.
      if ((p.pull_request as { state?: unknown }).state === 'closed') return closedPulls([pr.number])
      const honourHead = ctx.eventName === 'pull_request' && settings.checklistRef === 'head'
      const warnings =
        settings.checklistRef === 'head' && !honourHead
          ? [
              `checklist-ref: head is honoured on pull_request only; on ${ctx.eventName} the checklist is read from the base branch ${pr.baseRef}.`
            ]
          : []
      return { targets: [pullTarget(pr, settings, honourHead)], warnings }
    }
    case 'issue_comment':
      return commentTargets(ctx, settings, gateway, repoName)
    case 'workflow_run':
    case 'check_suite':
      return suiteTargets(ctx.eventName, p, settings, gateway, repoName)
    case 'merge_group':
      return mergeGroupTarget(p, settings)
    default:
      if (AUDIT_EVENTS.has(ctx.eventName)) return auditTarget(ctx, settings, gateway)
      return none(
        `the \`${ctx.eventName || '(none)'}\` event is not one the gate evaluates; nothing was posted. See docs/events.md.`
      )
  }
}

export function pullTarget(pr: PullRequestInfo, settings: Settings, useHead = false): Target {
  return {
    kind: 'pull-request',
    sha: pr.headSha,
    pr,
    checklistRef: useHead ? pr.headSha : pr.baseRef,
    checklistRefLabel: useHead
      ? `${pr.headSha.slice(0, 7)} (head of #${pr.number})`
      : `${pr.baseRef} (base of #${pr.number})`,
    statusName: settings.checkName,
    branch: pr.baseRef
  }
}

/**
 * A person's new comment on a PR re-evaluates it, and so does editing or deleting a comment that is
 * or was a `/readiness` command. On the launch issue (`signoff-issue`) such a comment re-runs the
 * audit. Events a bot caused (the gate's own comment edits included) never do: no loops.
 */
async function commentTargets(
  ctx: RunnerContext,
  settings: Settings,
  gateway: TargetReads,
  repoName: string
): Promise<Targets> {
  const p = ctx.payload
  const issue = p.issue as { number?: number; pull_request?: unknown } | undefined
  const comment = p.comment as { body?: string; user?: { type?: string; login?: string } } | undefined
  const sender = p.sender as { type?: string; login?: string } | undefined
  const before = (p.changes as { body?: { from?: string } } | undefined)?.body?.from
  const action = String(p.action)
  const isCommand = mayHoldCommands(comment?.body) || mayHoldCommands(before)
  if (!['created', 'edited', 'deleted'].includes(action))
    return none(`comment ${action}; only new, edited or deleted comments re-evaluate.`)
  const bot = [comment?.user, sender].find(u => u?.type === 'Bot' && (action === 'created' || u === sender))
  if (bot) return none(`comment by the bot ${bot.login ?? ''} ignored (no loops).`)
  if (issue?.number && !issue.pull_request) {
    if (settings.signoffIssue !== undefined && issue.number === settings.signoffIssue && isCommand)
      return auditTarget(ctx, settings, gateway)
    return none('the comment is not on a pull request or the launch issue; nothing was posted.')
  }
  if (!issue?.number) return none('the comment is not on a pull request; nothing was posted.')
  if (action !== 'created' && !isCommand)
    return none(`comment ${action}; it is not and was not a /readiness command, so nothing changes.`)
  const pull = await gateway.pull(issue.number)
  if (pull.state !== 'open') return closedPulls([pull.number])
  return { targets: [pullTarget(fromApi(pull, repoName), settings)], warnings: [] }
}

/**
 * `workflow_run` / `check_suite` completed: re-evaluate every open PR whose head is that commit.
 * Fork PRs are missing from the payload's `pull_requests`, so an empty list is looked up by SHA.
 */
async function suiteTargets(
  event: string,
  p: Payload,
  settings: Settings,
  gateway: TargetReads,
  repoName: string
): Promise<Targets> {
  const suite = (event === 'workflow_run' ? p.workflow_run : p.check_suite) as
    { id?: number; head_sha?: string; pull_requests?: { number?: number }[] } | undefined
  if (p.action !== 'completed')
    return none(`${event} ${String(p.action)}: only completed runs re-evaluate PRs.`)
  const sha = suite?.head_sha
  if (!sha) return none(`the ${event} payload has no head_sha; nothing was posted.`)
  if (event === 'check_suite' && typeof suite.id === 'number') {
    // A suite that holds only the gate's own check runs completes because the gate posted: answering
    // it would re-run the gate forever.
    const own = new Set([settings.checkName, `${settings.checkName} (audit)`])
    const runs = await gateway.suiteRuns(suite.id)
    if (runs.length > 0 && runs.every(r => own.has(r.name))) {
      return none(
        "this check suite holds only the gate's own verdict; ignored so the gate never re-runs itself."
      )
    }
  }
  const listed = (suite.pull_requests ?? [])
    .map(pr => pr.number)
    .filter((n): n is number => typeof n === 'number')
  const numbers = listed.length > 0 ? listed : (await gateway.pullsForCommit(sha)).map(pr => pr.number)
  const pulls = await Promise.all([...new Set(numbers)].map(n => gateway.pull(n)))
  const atHead = pulls.filter(pr => pr.head.sha === sha)
  const current = atHead.filter(pr => pr.state === 'open')
  if (current.length === 0) {
    const closed = atHead.map(pr => pr.number)
    if (closed.length > 0) return closedPulls(closed.sort((a, b) => a - b))
    return none(`no open pull request has ${sha.slice(0, 7)} as its head; nothing was posted.`)
  }
  return { targets: current.map(pr => pullTarget(fromApi(pr, repoName), settings)), warnings: [] }
}

/** A merge queue waits for the required check on the merge group's head SHA: post it there. */
function mergeGroupTarget(p: Payload, settings: Settings): Targets {
  const group = p.merge_group as { head_sha?: string; base_ref?: string; head_ref?: string } | undefined
  if (!group?.head_sha || !group.base_ref)
    return none('the merge_group payload has no head_sha; nothing was posted.')
  const base = group.base_ref.replace(/^refs\/heads\//, '')
  // gh-readonly-queue/<base>/pr-<number>-<sha>: the PR at the head of this group.
  const queued = /\/pr-(\d+)-[0-9a-f]+$/.exec(group.head_ref ?? '')
  return {
    targets: [
      {
        kind: 'merge-group',
        sha: group.head_sha,
        checklistRef: base,
        checklistRefLabel: `${base} (base of the merge group)`,
        statusName: settings.checkName,
        branch: base,
        ...(queued ? { queuedPr: Number(queued[1]) } : {})
      }
    ],
    warnings: []
  }
}

async function auditTarget(ctx: RunnerContext, settings: Settings, gateway: TargetReads): Promise<Targets> {
  const statusName = `${settings.checkName} (audit)`
  let sha: string
  let label: string
  let auditedRef: string | undefined
  if (settings.ref) {
    try {
      sha = (await gateway.commit(settings.ref)).sha
    } catch (e) {
      const status = (e as { status?: number }).status
      if (status !== 404 && status !== 422) throw e
      return {
        targets: [],
        error: `Readiness gate: input \`ref\` is \`${settings.ref}\`, which names no branch, tag or commit of ${ctx.owner}/${ctx.repo}; nothing was posted. Fix: set \`ref\` to an existing branch, tag or SHA.`
      }
    }
    label = settings.ref === sha ? sha.slice(0, 7) : `${settings.ref} (${sha.slice(0, 7)})`
    auditedRef = await fullRefOf(settings.ref, gateway)
  } else {
    // GITHUB_SHA is the commit (for an annotated tag, the tagged commit, where `after` is the tag object).
    const deleted =
      ctx.payload.deleted === true ||
      (typeof ctx.payload.after === 'string' && ZERO_SHA.test(ctx.payload.after))
    sha = ctx.sha
    if (ctx.eventName === 'push' && deleted)
      return none('this push deleted the ref; there is no commit to audit.')
    if (!sha) return none('GITHUB_SHA is not set; there is no commit to audit.')
    const ref = ctx.ref.replace(/^refs\/(heads|tags)\//, '')
    label = ref ? `${ref} (${sha.slice(0, 7)})` : sha.slice(0, 7)
    if (/^refs\/(heads|tags)\//.test(ctx.ref)) auditedRef = ctx.ref
  }
  const branch = auditedRef?.startsWith('refs/heads/') ? auditedRef.slice('refs/heads/'.length) : undefined
  return {
    targets: [
      { kind: 'audit', sha, checklistRef: sha, checklistRefLabel: label, statusName, branch, auditedRef }
    ],
    warnings: []
  }
}

/** `main` → `refs/heads/main`, `v1.2.0` → `refs/tags/v1.2.0`, a SHA → undefined (asking GitHub which it is). */
async function fullRefOf(ref: string, gateway: TargetReads): Promise<string | undefined> {
  if (/^refs\/(heads|tags)\//.test(ref)) return ref
  if (/^[0-9a-f]{7,40}$/.test(ref)) return undefined
  for (const kind of ['heads', 'tags']) {
    if (await gateway.refExists(`${kind}/${ref}`)) return `refs/${kind}/${ref}`
  }
  return undefined
}

export function fromApi(pr: PullSummary, repoName: string): PullRequestInfo {
  return {
    number: pr.number,
    title: pr.title,
    author: pr.user?.login ?? '',
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    baseRef: pr.base.ref,
    baseSha: pr.base.sha,
    fork: (pr.head.repo?.full_name ?? '') !== repoName
  }
}

/** Reads the fields the gate needs from a webhook's pull_request object, tolerating older payloads. */
export function readPull(raw: unknown, repoFullName: string): PullRequestInfo | undefined {
  const pr = raw as
    | {
        number?: number
        title?: string
        user?: { login?: string } | null
        head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null }
        base?: { sha?: string; ref?: string }
      }
    | undefined
  if (!pr?.number || !pr.head?.sha || !pr.base?.ref) return undefined
  return {
    number: pr.number,
    title: pr.title ?? '',
    author: pr.user?.login ?? '',
    headSha: pr.head.sha,
    headRef: pr.head.ref ?? '',
    baseRef: pr.base.ref,
    baseSha: pr.base.sha ?? '',
    fork: (pr.head.repo?.full_name ?? '') !== repoFullName
  }
}
