import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolveTargets } from '../src/event/target.js'
import type { RunnerContext } from '../src/event/runner-context.js'
import type { Gateway } from '../src/github/gateway.js'
import type { PullSummary } from '../src/github/shapes.js'
import { readSettings } from '../src/settings.js'

type Example = { name: string; examples: Record<string, unknown>[] }
const examples = JSON.parse(
  readFileSync('node_modules/@octokit/webhooks-examples/api.github.com/index.json', 'utf8')
) as Example[]
const recorded = (name: string, action?: string) =>
  structuredClone(examples.find(e => e.name === name)!.examples.find(e => !action || e.action === action)!)

const settings = (inputs: Record<string, string> = {}) => {
  const r = readSettings(name => ({ token: 't', ...inputs })[name] ?? '')
  if (!r.ok) throw new Error('bad settings')
  return r.settings
}
const ctx = (
  eventName: string,
  payload: Record<string, unknown>,
  extra: Partial<RunnerContext> = {}
): RunnerContext => ({
  eventName,
  payload,
  owner: 'Codertocat',
  repo: 'Hello-World',
  sha: 'f'.repeat(40),
  ref: 'refs/heads/main',
  job: 'gate',
  runId: 1,
  runAttempt: 1,
  runnerName: '',
  serverUrl: 'https://github.com',
  apiUrl: 'http://127.0.0.1:1',
  runnerTemp: '',
  ...extra
})

const pull = (number: number, sha: string, state = 'open'): PullSummary => ({
  number,
  state,
  title: `PR ${number}`,
  user: { login: 'octo' },
  head: { sha, ref: `feature-${number}`, repo: { full_name: 'Codertocat/Hello-World' } },
  base: { sha: 'b'.repeat(40), ref: 'main' }
})

/** Only the lookups target resolution makes; each answers from a fixed table. */
function fakeGateway(pulls: PullSummary[], bySha: Record<string, number[]> = {}): Gateway {
  return {
    pull: async (n: number) => pulls.find(p => p.number === n)!,
    pullsForCommit: async (sha: string) => (bySha[sha] ?? []).map(n => pulls.find(p => p.number === n)!),
    commit: async (ref: string) => ({ sha: ref === 'v1.2.0' ? 'c'.repeat(40) : ref }),
    refExists: async (ref: string) => ref === 'tags/v1.2.0' || ref === 'heads/main',
    suiteRuns: async (id: number) => [
      { id: 1, name: id === 7 ? 'Readiness gate' : 'test', status: 'completed', conclusion: 'success' }
    ]
  } as unknown as Gateway
}

describe('resolveTargets', () => {
  it('gates a pull_request on its head SHA with the checklist from the base branch', async () => {
    const payload = recorded('pull_request', 'opened')
    const r = await resolveTargets(ctx('pull_request', payload), settings(), fakeGateway([]))
    expect(r.targets).toEqual([
      expect.objectContaining({
        kind: 'pull-request',
        sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        checklistRef: 'master',
        statusName: 'Readiness gate'
      })
    ])
  })

  it('honours checklist-ref: head on pull_request only', async () => {
    const payload = recorded('pull_request', 'opened')
    const onPr = await resolveTargets(
      ctx('pull_request', payload),
      settings({ 'checklist-ref': 'head' }),
      fakeGateway([])
    )
    expect(onPr.targets[0].checklistRef).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821')
    const onTarget = await resolveTargets(
      ctx('pull_request_target', payload),
      settings({ 'checklist-ref': 'head' }),
      fakeGateway([])
    )
    expect(onTarget.targets[0].checklistRef).toBe('master')
    expect('warnings' in onTarget && onTarget.warnings[0]).toMatch(/honoured on pull_request only/)
  })

  it('audits the ref input under "(audit)", resolving it to a SHA', async () => {
    const r = await resolveTargets(
      ctx('workflow_dispatch', recorded('workflow_dispatch')),
      settings({ ref: 'v1.2.0' }),
      fakeGateway([])
    )
    expect(r.targets).toEqual([
      expect.objectContaining({
        kind: 'audit',
        sha: 'c'.repeat(40),
        checklistRef: 'c'.repeat(40),
        statusName: 'Readiness gate (audit)',
        auditedRef: 'refs/tags/v1.2.0',
        branch: undefined
      })
    ])
  })

  it('fails with the input named when `ref` names nothing', async () => {
    const gw = {
      ...fakeGateway([]),
      commit: async () => {
        throw Object.assign(new Error('No commit found for SHA: nope'), { status: 422 })
      }
    } as unknown as Gateway
    expect(
      await resolveTargets(
        ctx('workflow_dispatch', recorded('workflow_dispatch')),
        settings({ ref: 'nope' }),
        gw
      )
    ).toEqual({
      targets: [],
      error: expect.stringMatching(
        /input `ref` is `nope`, which names no branch, tag or commit of Codertocat\/Hello-World/
      )
    })
  })

  it('tells a branch from a tag and a SHA when auditing the ref input', async () => {
    const audit = async (ref: string) =>
      (
        await resolveTargets(
          ctx('workflow_dispatch', recorded('workflow_dispatch')),
          settings({ ref }),
          fakeGateway([])
        )
      ).targets[0]
    expect(await audit('main')).toMatchObject({ auditedRef: 'refs/heads/main', branch: 'main' })
    expect(await audit('refs/tags/v9')).toMatchObject({ auditedRef: 'refs/tags/v9', branch: undefined })
    expect(await audit('abcdef1')).toMatchObject({ auditedRef: undefined, branch: undefined })
  })

  it('audits a push at GITHUB_SHA (a tag push’s `after` is the tag object), and ignores a deleted ref', async () => {
    const push = { ...recorded('push'), after: 'a'.repeat(40), deleted: false }
    const audit = await resolveTargets(
      ctx('push', push, { sha: 'c'.repeat(40) }),
      settings(),
      fakeGateway([])
    )
    expect(audit.targets[0].sha).toBe('c'.repeat(40))
    const deleted = await resolveTargets(
      ctx('push', { ...push, after: '0'.repeat(40), deleted: true }),
      settings(),
      fakeGateway([])
    )
    expect(deleted).toEqual({ targets: [], notice: expect.stringMatching(/deleted/) })
  })

  it('re-evaluates the open PRs whose head is a completed workflow run’s SHA, looking them up for forks', async () => {
    const run = recorded('workflow_run', 'completed') as { workflow_run: { head_sha: string } }
    const sha = run.workflow_run.head_sha
    const gw = fakeGateway([pull(3, sha), pull(2, sha), pull(4, 'other'), pull(5, sha, 'closed')], {
      [sha]: [3, 2, 4, 5]
    })
    const r = await resolveTargets(ctx('workflow_run', run), settings(), gw)
    expect(r.targets.map(t => t.pr?.number).sort()).toEqual([2, 3])
  })

  it('ignores a completed check suite that holds only its own verdict (no loop)', async () => {
    const suite = recorded('check_suite', 'completed') as { check_suite: { id: number; head_sha: string } }
    const sha = suite.check_suite.head_sha
    const gw = fakeGateway([pull(2, sha)], { [sha]: [2] })
    suite.check_suite.id = 7
    expect(await resolveTargets(ctx('check_suite', suite), settings(), gw)).toEqual({
      targets: [],
      notice: expect.stringMatching(/holds only the gate's own verdict/)
    })
    suite.check_suite.id = 8
    expect(
      (await resolveTargets(ctx('check_suite', suite), settings(), gw)).targets.map(t => t.pr?.number)
    ).toEqual([2])
  })

  it('re-evaluates a PR on a person’s new comment, never on a bot’s', async () => {
    const comment = recorded('issue_comment', 'created') as Record<string, unknown> & {
      issue: Record<string, unknown>
      comment: { user: { type: string } }
    }
    comment.issue.pull_request = { url: 'x' }
    comment.issue.number = 2
    const gw = fakeGateway([pull(2, 'd'.repeat(40))])
    expect((await resolveTargets(ctx('issue_comment', comment), settings(), gw)).targets[0].sha).toBe(
      'd'.repeat(40)
    )
    comment.comment.user.type = 'Bot'
    expect((await resolveTargets(ctx('issue_comment', comment), settings(), gw)).targets).toEqual([])
  })

  it('re-evaluates on an edited or deleted comment only when it is or was a command; the launch issue re-runs the audit', async () => {
    const event = (action: string, body: string, from?: string) => {
      const e = recorded('issue_comment', 'created') as Record<string, unknown> & {
        issue: Record<string, unknown>
        comment: { body: string }
      }
      Object.assign(e, { action, ...(from === undefined ? {} : { changes: { body: { from } } }) })
      e.issue.pull_request = { url: 'x' }
      e.issue.number = 2
      e.comment.body = body
      return e
    }
    const gw = fakeGateway([pull(2, 'd'.repeat(40))])
    const targets = async (e: Record<string, unknown>, s = settings()) =>
      (await resolveTargets(ctx('issue_comment', e), s, gw)).targets.map(t => t.kind)
    expect(await targets(event('edited', 'typo fixed', 'typo'))).toEqual([])
    expect(await targets(event('edited', 'never mind', '/readiness sign-off a'))).toEqual(['pull-request'])
    expect(await targets(event('deleted', '/readiness sign-off a'))).toEqual(['pull-request'])
    expect(await targets(event('deleted', 'chat'))).toEqual([])
    const onIssue = event('created', '/readiness sign-off a')
    delete (onIssue.issue as Record<string, unknown>).pull_request
    onIssue.issue.number = 7
    expect(await targets(onIssue)).toEqual([])
    expect(await targets(onIssue, { ...settings(), signoffIssue: 7, ref: 'main' })).toEqual(['audit'])
  })

  it('posts on the merge group’s head SHA with the base branch’s checklist', async () => {
    const r = await resolveTargets(ctx('merge_group', recorded('merge_group')), settings(), fakeGateway([]))
    expect(r.targets).toEqual([
      expect.objectContaining({
        kind: 'merge-group',
        sha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
        checklistRef: 'main',
        // From gh-readonly-queue/main/pr-104-…: whose comments hold the sign-offs.
        queuedPr: 104
      })
    ])
  })

  it('gates no closed or merged PR, whichever event names it: a notice, and no target', async () => {
    const closedNotice = { targets: [], notice: 'Readiness gate: PR #2 is closed; nothing to gate.' }
    const closed = recorded('pull_request', 'closed') as { pull_request: Record<string, unknown> }
    expect(closed.pull_request.state).toBe('closed')
    expect(await resolveTargets(ctx('pull_request', closed), settings(), fakeGateway([]))).toEqual(
      closedNotice
    )
    expect(await resolveTargets(ctx('pull_request_target', closed), settings(), fakeGateway([]))).toEqual(
      closedNotice
    )
    closed.pull_request.merged = true
    closed.pull_request.merged_at = '2019-05-15T15:20:33Z'
    expect(await resolveTargets(ctx('pull_request', closed), settings(), fakeGateway([]))).toEqual(
      closedNotice
    )

    // A review left on a PR after it was closed.
    const review = recorded('pull_request_review', 'submitted') as { pull_request: Record<string, unknown> }
    expect(
      (await resolveTargets(ctx('pull_request_review', review), settings(), fakeGateway([]))).targets
    ).toHaveLength(1)
    review.pull_request.state = 'closed'
    expect(await resolveTargets(ctx('pull_request_review', review), settings(), fakeGateway([]))).toEqual(
      closedNotice
    )

    const comment = recorded('issue_comment', 'created') as Record<string, unknown> & {
      issue: Record<string, unknown>
    }
    comment.issue.pull_request = { url: 'x' }
    comment.issue.number = 2
    expect(
      await resolveTargets(
        ctx('issue_comment', comment),
        settings(),
        fakeGateway([pull(2, 'd'.repeat(40), 'closed')])
      )
    ).toEqual(closedNotice)

    const run = recorded('workflow_run', 'completed') as { workflow_run: { head_sha: string } }
    const sha = run.workflow_run.head_sha
    const gw = fakeGateway([pull(2, sha, 'closed'), pull(3, sha, 'closed'), pull(4, 'other')], {
      [sha]: [3, 2, 4]
    })
    expect(await resolveTargets(ctx('workflow_run', run), settings(), gw)).toEqual({
      targets: [],
      notice: 'Readiness gate: PRs #2, #3 are closed; nothing to gate.'
    })
    const suite = recorded('check_suite', 'completed') as { check_suite: { id: number; head_sha: string } }
    suite.check_suite.id = 8
    const suiteGw = fakeGateway([pull(2, suite.check_suite.head_sha, 'closed')], {
      [suite.check_suite.head_sha]: [2]
    })
    expect(await resolveTargets(ctx('check_suite', suite), settings(), suiteGw)).toEqual(closedNotice)
  })

  it('writes a notice for events it does not evaluate', async () => {
    expect(await resolveTargets(ctx('release', {}), settings(), fakeGateway([]))).toEqual({
      targets: [],
      notice: expect.stringMatching(
        /`release` event is not one the gate evaluates; nothing was posted\. See docs\/events\.md\./
      )
    })
  })
})
