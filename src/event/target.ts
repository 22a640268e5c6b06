import type { Gateway } from '../github/gateway.js'
import type { Settings } from '../settings.js'
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

/** What one verdict is about: a PR's head commit, or an audited commit. */
export interface Target {
  kind: 'pull-request' | 'audit'
  /** The commit the verdict is posted on: the PR head (never the merge commit) or the audited commit. */
  sha: string
  pr?: PullRequestInfo
  /** The ref the checklist is read at. */
  checklistRef: string
  /** How to name that ref to a person, e.g. "main (base of #12)". */
  checklistRefLabel: string
  /** The status context / check-run name for this verdict. */
  statusName: string
}

export type Targets = { targets: Target[]; warnings: string[] } | { targets: []; notice: string }

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
const AUDIT_EVENTS = new Set(['workflow_dispatch', 'schedule', 'push'])
const ZERO_SHA = /^0+$/

/** Turns the event into the commit(s) to gate (SPEC §6). */
export async function resolveTargets(
  ctx: RunnerContext,
  settings: Settings,
  gateway: Gateway
): Promise<Targets> {
  if (PR_EVENTS.has(ctx.eventName)) return pullRequestTarget(ctx, settings)
  if (AUDIT_EVENTS.has(ctx.eventName)) return auditTarget(ctx, settings, gateway)
  return {
    targets: [],
    notice: `Readiness gate: the \`${ctx.eventName || '(none)'}\` event is not one the gate evaluates; nothing was posted. See "Events" in the README.`
  }
}

function pullRequestTarget(ctx: RunnerContext, settings: Settings): Targets {
  const pr = readPull(ctx.payload.pull_request, `${ctx.owner}/${ctx.repo}`)
  if (!pr) {
    return {
      targets: [],
      notice: `Readiness gate: the ${ctx.eventName} payload has no pull_request; nothing was posted.`
    }
  }
  const warnings: string[] = []
  let useHead = settings.checklistRef === 'head'
  if (useHead && ctx.eventName !== 'pull_request') {
    warnings.push(
      `checklist-ref: head is honoured on pull_request only; on ${ctx.eventName} the checklist is read from the base branch ${pr.baseRef}.`
    )
    useHead = false
  }
  return {
    targets: [
      {
        kind: 'pull-request',
        sha: pr.headSha,
        pr,
        checklistRef: useHead ? pr.headSha : pr.baseRef,
        checklistRefLabel: useHead
          ? `${pr.headSha.slice(0, 7)} (head of #${pr.number})`
          : `${pr.baseRef} (base of #${pr.number})`,
        statusName: settings.checkName
      }
    ],
    warnings
  }
}

async function auditTarget(ctx: RunnerContext, settings: Settings, gateway: Gateway): Promise<Targets> {
  const statusName = `${settings.checkName} (audit)`
  let sha: string
  let label: string
  if (settings.ref) {
    sha = (await gateway.commit(settings.ref)).sha
    label = settings.ref === sha ? sha.slice(0, 7) : `${settings.ref} (${sha.slice(0, 7)})`
  } else {
    const after = ctx.eventName === 'push' ? ctx.payload.after : undefined
    sha = typeof after === 'string' ? after : ctx.sha
    if (!sha || ZERO_SHA.test(sha)) {
      return {
        targets: [],
        notice: 'Readiness gate: this push deleted the ref; there is no commit to audit.'
      }
    }
    const ref = ctx.ref.replace(/^refs\/(heads|tags)\//, '')
    label = ref ? `${ref} (${sha.slice(0, 7)})` : sha.slice(0, 7)
  }
  return {
    targets: [{ kind: 'audit', sha, checklistRef: sha, checklistRefLabel: label, statusName }],
    warnings: []
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
