// CI evidence end to end: busy commits, re-runs, pending work, re-evaluation events,
// the gate's own job, reviews and branch rules. The action's entry (run()) runs in-process against the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { checkRun, sha, type Scenario } from '../sim/scenario.js'
import type { StoredCheckRun } from '../sim/state.js'
import {
  closedPullRequestEvent,
  issueCommentEvent,
  mergeGroupEvent,
  pullRequestReviewEvent,
  workflowRunEvent
} from '../harness/events.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  TOKEN,
  gateReleasePr,
  sampleScenario,
  type ReleasePrRun,
  releasePrComment
} from '../harness/sample-repo.js'

let sim: Simulator
afterEach(() => closeAndCheck(sim))

/** The sample repository with this checklist on both main and the PR head. */
async function start(items: string, edit: (s: Scenario) => void = () => {}) {
  const scenario = sampleScenario()
  const checklist = `version: 1\nsections:\n  - title: Release\n    items:\n${items}`
  for (const c of [MAIN_SHA, HEAD_SHA]) scenario.commits[c].files![CHECKLIST_PATH] = checklist
  edit(scenario)
  sim = await startSimulator(scenario, { validate: true })
}

function gate(more: ReleasePrRun = {}) {
  return gateReleasePr(sim.url, { ...more, env: { READINESS_GATE_POLL_MS: '20', ...more.env } })
}

const item = (run: Awaited<ReturnType<typeof gate>>, id: string) => run.report!.items.find(i => i.id === id)!
const verdicts = () => sim.state.statuses.filter(s => s.context === 'Readiness gate')
const gateComments = () => sim.state.comments.filter(c => c.body.includes('<!-- readiness-gate'))
const requestsTo = (suffix: string) => sim.requests.filter(r => r.path.endsWith(suffix))

describe('a busy commit', () => {
  const shards = 250
  const busy = (s: Scenario) => {
    const t0 = Date.parse('2026-11-20T10:00:00Z')
    s.check_runs = Array.from({ length: shards }, (_, i) =>
      checkRun(`test (shard ${i + 1}/${shards})`, HEAD_SHA, {
        started_at: new Date(t0 + i * 1000).toISOString(),
        // The one failure is the last run listed: on the third page.
        conclusion: i === shards - 1 ? 'failure' : 'success'
      })
    )
    // Re-runs: shard 7 failed, then passed; shard 8 passed, then failed on re-run.
    s.check_runs.push(
      checkRun('test (shard 7/250)', HEAD_SHA, { conclusion: 'failure', started_at: '2026-11-20T09:00:00Z' }),
      checkRun('test (shard 8/250)', HEAD_SHA, { conclusion: 'failure', started_at: '2026-11-20T11:00:00Z' })
    )
    // 130 statuses: an old failure of ci/docs replaced by a later success, and many others.
    s.statuses = [
      { sha: HEAD_SHA, context: 'ci/docs', state: 'failure', created_at: '2026-11-20T09:00:00Z' },
      ...Array.from({ length: 128 }, (_, i) => ({
        sha: HEAD_SHA,
        context: `deploy/preview-${i}`,
        state: 'success' as const,
        created_at: '2026-11-20T09:30:00Z'
      })),
      { sha: HEAD_SHA, context: 'ci/docs', state: 'success', created_at: '2026-11-20T10:00:00Z' }
    ]
  }

  it('reads every page: the failure on the last page, re-runs either way, the latest status per context', async () => {
    await start(
      `      - { id: tests, title: Tests, check: { type: checks, name: "test (shard *)" } }
      - { id: shard-7, title: Shard 7, check: { type: checks, name: "test (shard 7/250)" } }
      - { id: shard-8, title: Shard 8, check: { type: checks, name: "test (shard 8/250)" } }
      - { id: docs, title: Docs, check: { type: checks, name: ci/docs } }
`,
      busy
    )
    const run = await gate()
    expect(item(run, 'shard-7').state).toBe('pass')
    expect(item(run, 'shard-8')).toMatchObject({
      state: 'fail',
      summary: expect.stringContaining('(failure)')
    })
    expect(item(run, 'docs').state).toBe('pass')
    const tests = item(run, 'tests')
    expect(tests.state).toBe('fail')
    expect(tests.summary).toContain('`test (shard 8/250)` (failure), `test (shard 250/250)` (failure)')
    // 252 runs at 100 a page and 130 statuses at 100 a page: 3 + 2 requests, each asked once.
    expect(requestsTo('/check-runs').map(r => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(requestsTo('/statuses').filter(r => r.method === 'GET')).toHaveLength(2)
  })
})

describe('commit statuses', () => {
  it('groups contexts case-insensitively, as GitHub does: a later `CI/docs` failure is not hidden by `ci/docs`', async () => {
    await start(
      `      - { id: docs, title: Docs, check: { type: checks, name: ci/docs } }
      - { id: upper, title: Upper, check: { type: checks, name: "CI/*" } }
`,
      s => {
        s.statuses = [
          { sha: HEAD_SHA, context: 'ci/docs', state: 'success', created_at: '2026-11-20T09:00:00Z' },
          { sha: HEAD_SHA, context: 'CI/docs', state: 'failure', created_at: '2026-11-20T10:00:00Z' }
        ]
      }
    )
    const run = await gate()
    // The glob still matches names case-sensitively: `ci/docs` names the context it was spelled as.
    expect(item(run, 'docs')).toMatchObject({
      state: 'fail',
      summary: '`CI/docs` (failure) is not success/neutral/skipped'
    })
    expect(item(run, 'upper').state).toBe('fail')
    expect(run.outputs.result).toBe('fail')
  })
})

describe('pending work', () => {
  const lintRunning = (s: Scenario) => {
    s.check_runs = s.check_runs!.filter(r => !(r.name === 'lint' && r.head_sha === HEAD_SHA))
    s.check_runs.push(checkRun('lint', HEAD_SHA, { status: 'in_progress', conclusion: null }))
  }
  const items = `      - { id: lint, title: Lint, check: { type: checks, name: lint } }
      - { id: e2e, title: E2E, check: { type: checks, name: e2e } }
`
  const finish = (run: StoredCheckRun | undefined, conclusion: 'success' | 'failure') => {
    Object.assign(run!, { status: 'completed', conclusion, completed_at: '2026-11-20T13:00:00Z' })
  }

  it('is pending, not failed, while a run is in progress or a named check has not appeared', async () => {
    await start(items, lintRunning)
    const run = await gate()
    expect(run.code).toBe(0) // pending never fails the step: its pending status blocks the merge
    expect(run.outputs.result).toBe('pending')
    expect(item(run, 'lint').state).toBe('pending')
    expect(item(run, 'e2e')).toMatchObject({
      state: 'pending',
      summary: expect.stringMatching(/other checks are still running/)
    })
    expect(verdicts()).toEqual([expect.objectContaining({ state: 'pending', sha: HEAD_SHA })])
  })

  it('waits with wait-timeout until the runs finish, polling afresh, then gives the final verdict', async () => {
    await start(items, lintRunning)
    let polls = 0
    sim.onRequest = ex => {
      if (ex.method !== 'GET' || !ex.path.endsWith('/check-runs')) return
      polls++
      // The simulator advances the world after the third look, so the test never sleeps for real.
      if (polls === 3) {
        const lint = sim.state.checkRuns.find(r => r.name === 'lint' && r.head_sha === HEAD_SHA)
        finish(lint, 'success')
        sim.state.checkRuns.push({
          ...lint!,
          id: 1_500_000,
          name: 'e2e'
        })
      }
    }
    const run = await gate({ inputs: { 'wait-timeout': '30' } })
    expect(run.outputs.result).toBe('pass')
    expect(polls).toBe(3)
    expect(run.stdout).toMatch(/Poll 1: still pending \(lint, e2e\); checking again in 0s/)
    expect(verdicts()).toEqual([expect.objectContaining({ state: 'success' })])
  })

  it('reports pending when wait-timeout runs out, and a later workflow_run event makes it final', async () => {
    await start(items, lintRunning)
    const first = await gate({ inputs: { 'wait-timeout': '1' } })
    expect(first.outputs.result).toBe('pending')
    expect(verdicts().at(-1)?.state).toBe('pending')

    finish(
      sim.state.checkRuns.find(r => r.name === 'lint' && r.head_sha === HEAD_SHA),
      'failure'
    )
    const rerun = await gate({
      eventName: 'workflow_run',
      // GitHub leaves pull_requests empty for forks and often for others: the gate looks the PR up.
      payload: workflowRunEvent({ owner: OWNER, repo: REPO, headSha: HEAD_SHA, pullRequests: [] })
    })
    expect(rerun.code).toBe(1)
    expect(rerun.report!.target.pr).toBe(RELEASE_PR)
    expect(item(rerun, 'lint').state).toBe('fail')
    // A named check that never appeared, with nothing else running: fail, naming the commit.
    expect(item(rerun, 'e2e').summary).toBe(`no check named \`e2e\` ran on ${HEAD_SHA.slice(0, 7)}`)
    expect(verdicts().at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'failure' })
    expect(gateComments()).toHaveLength(1)
    expect(requestsTo(`/commits/${HEAD_SHA}/pulls`)).toHaveLength(1)
  })
})

describe('the gate never waits on itself', () => {
  const allGreen = `      - { id: all, title: Every check green, check: { type: checks, name: "*" } }
`
  it('recognises its own job through the jobs API (actions: read)', async () => {
    await start(allGreen, s => {
      s.check_runs = s.check_runs!.filter(r => r.conclusion === 'success')
      // The gate's own job (still running) and a sibling job of the same run on another runner.
      s.check_runs.push(
        checkRun('Release readiness', HEAD_SHA, { id: 4242, status: 'in_progress', conclusion: null })
      )
      s.workflow_runs = [
        {
          id: 9001,
          head_sha: HEAD_SHA,
          jobs: [{ name: 'Release readiness', status: 'in_progress', check_run_id: 4242 }]
        }
      ]
    })
    const run = await gate()
    expect(item(run, 'all').state).toBe('pass')
    expect(requestsTo('/actions/runs/9001/jobs').map(r => r.query.filter)).toEqual(['all'])
  })

  describe("a re-run: the gate's job in earlier attempts of this run is never evidence", () => {
    const items = `      - { id: all, title: Every check green, check: { type: checks, name: "*" } }
      - { id: release, title: Release build, check: { type: checks, name: "Release*" } }
`
    /** Attempt 1 of run 9001 ended `attempt1`; attempt 2 (this one) is running on this runner. */
    const rerun = (attempt1: 'success' | 'failure') => (s: Scenario) => {
      s.check_runs = s.check_runs!.filter(r => r.conclusion === 'success')
      const job = (id: number) => `https://github.com/${OWNER}/${REPO}/actions/runs/9001/job/${id}`
      s.check_runs.push(
        checkRun('Release readiness', HEAD_SHA, {
          id: 4241,
          conclusion: attempt1,
          started_at: '2026-11-20T10:00:00Z',
          details_url: job(4241)
        }),
        checkRun('Release readiness', HEAD_SHA, {
          id: 4242,
          status: 'in_progress',
          conclusion: null,
          started_at: '2026-11-20T11:00:00Z',
          details_url: job(4242)
        })
      )
      s.workflow_runs = [
        {
          id: 9001,
          attempt: 1,
          head_sha: HEAD_SHA,
          jobs: [
            {
              name: 'Release readiness',
              status: 'completed',
              conclusion: attempt1,
              check_run_id: 4241,
              runner_name: 'GitHub Actions 7'
            }
          ]
        },
        {
          id: 9001,
          attempt: 2,
          head_sha: HEAD_SHA,
          jobs: [{ name: 'Release readiness', status: 'in_progress', check_run_id: 4242 }]
        }
      ]
    }
    const attempt2 = { env: { GITHUB_RUN_ATTEMPT: '2' } }

    it('attempt 1 failed: `*` still passes on the other checks alone', async () => {
      await start(items, rerun('failure'))
      const run = await gate(attempt2)
      expect(item(run, 'all')).toMatchObject({ state: 'pass' })
      expect(item(run, 'all').summary).not.toContain('Release readiness')
    })

    it('attempt 1 passed: `Release*` matches only the gate itself, so it fails instead of passing', async () => {
      await start(items, rerun('success'))
      const run = await gate(attempt2)
      expect(item(run, 'release')).toMatchObject({
        state: 'fail',
        summary: `no check named \`Release*\` ran on ${HEAD_SHA.slice(0, 7)}`
      })
    })

    it('without actions: read, runs named after GITHUB_JOB that link to this run are the gate too', async () => {
      await start(items, s => {
        rerun('failure')(s)
        for (const r of s.check_runs!) if (r.name === 'Release readiness') r.name = 'gate'
        delete s.tokens[TOKEN.gate].permissions.actions
      })
      const run = await gate({ ...attempt2, inputs: {} })
      expect(item(run, 'all').state).toBe('pass')
      expect(item(run, 'all').summary).not.toContain('`gate`')
      expect(requestsTo('/actions/runs/9001/jobs').map(r => r.status)).toEqual([403])
    })
  })

  it('falls back to the job named GITHUB_JOB without actions: read, and never counts its own verdict', async () => {
    await start(allGreen, s => {
      s.check_runs = s.check_runs!.filter(r => r.conclusion === 'success')
      s.check_runs.push(checkRun('gate', HEAD_SHA, { status: 'in_progress', conclusion: null }))
      s.statuses!.push({ sha: HEAD_SHA, context: 'Readiness gate', state: 'failure' })
      delete s.tokens[TOKEN.gate].permissions.actions
    })
    const run = await gate()
    expect(item(run, 'all').state).toBe('pass')
  })
})

describe('reviews', () => {
  const reviewItems = `      - { id: approvals, title: Two approvals, check: { type: reviews, min: 2 } }
      - { id: fresh, title: Fresh approval, check: { type: reviews, fresh: true } }
`
  const review = (
    login: string,
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED',
    commit: string,
    at: string
  ) => ({
    pull_number: RELEASE_PR,
    user: { login },
    state,
    commit_id: commit,
    submitted_at: at
  })

  it('counts distinct approvers by their latest decision, never the author, and fresh ones on the head', async () => {
    await start(reviewItems, s => {
      s.reviews = {
        reviews: [
          review('alice', 'APPROVED', MAIN_SHA, '2026-11-20T10:00:00Z'),
          review('bob', 'APPROVED', HEAD_SHA, '2026-11-20T10:00:00Z'),
          review('bob', 'COMMENTED', HEAD_SHA, '2026-11-20T11:00:00Z'),
          review('carol', 'APPROVED', HEAD_SHA, '2026-11-20T10:00:00Z'),
          review('carol', 'CHANGES_REQUESTED', HEAD_SHA, '2026-11-20T12:00:00Z'),
          review('octocat', 'APPROVED', HEAD_SHA, '2026-11-20T10:00:00Z')
        ]
      }
    })
    const run = await gate()
    expect(item(run, 'approvals')).toMatchObject({
      state: 'pass',
      summary: '2 of 2 approvals (`alice`, `bob`); changes requested by `carol`'
    })
    expect(item(run, 'fresh')).toMatchObject({
      state: 'pass',
      summary: expect.stringContaining('older commit do not count: `alice`')
    })
  })

  it('never counts approvals from people who cannot write: sock puppets, first-timers, read-only members', async () => {
    await start(reviewItems, s => {
      s.reviews = {
        roles: { 'read-only-member': 'read', 'triage-collaborator': 'triage', maintainer: 'maintain' },
        reviews: [
          {
            ...review('sock-puppet-1', 'APPROVED', HEAD_SHA, '2026-11-20T10:00:00Z'),
            author_association: 'CONTRIBUTOR'
          },
          {
            ...review('sock-puppet-2', 'APPROVED', HEAD_SHA, '2026-11-20T10:01:00Z'),
            author_association: 'FIRST_TIME_CONTRIBUTOR'
          },
          { ...review('drive-by', 'APPROVED', HEAD_SHA, '2026-11-20T10:02:00Z'), author_association: 'NONE' },
          review('read-only-member', 'APPROVED', HEAD_SHA, '2026-11-20T10:03:00Z'),
          {
            ...review('triage-collaborator', 'APPROVED', HEAD_SHA, '2026-11-20T10:04:00Z'),
            author_association: 'COLLABORATOR'
          },
          review('maintainer', 'APPROVED', HEAD_SHA, '2026-11-20T10:05:00Z')
        ]
      }
    })
    const run = await gate()
    expect(item(run, 'approvals')).toMatchObject({
      state: 'fail',
      summary:
        '1 of 2 approvals (`maintainer`); approvals without write access do not count: `sock-puppet-1`, `sock-puppet-2`, `drive-by`, `read-only-member`, `triage-collaborator`'
    })
    expect(item(run, 'fresh').state).toBe('pass')
    // Only members and collaborators were looked up, once each, although two items asked.
    expect(requestsTo('/permission').map(r => r.path.split('/').at(-2))).toEqual([
      'read-only-member',
      'triage-collaborator',
      'maintainer'
    ])
  })

  it('is `unknown`, never a pass, when the token may not read collaborator permissions', async () => {
    const pat = 'github_pat_release_manager'
    await start(reviewItems, s => {
      s.tokens[pat] = {
        login: 'release-manager',
        type: 'User',
        permissions: { ...s.tokens[TOKEN.gate].permissions, contents: 'read' }
      }
      s.reviews = { reviews: [review('alice', 'APPROVED', HEAD_SHA, '2026-11-20T10:00:00Z')] }
    })
    const run = await gate({ inputs: { token: pat } })
    expect(item(run, 'fresh')).toMatchObject({
      state: 'unknown',
      summary: expect.stringContaining(
        'could not check whether `alice` can write to the repository (GET /repos/{owner}/{repo}/collaborators/{username}/permission answered 403: Must have push access to view collaborator permission.)'
      ),
      fix: expect.stringContaining('the workflow GITHUB_TOKEN or a GitHub App token can')
    })
    expect(run.outputs.result).toBe('fail')
  })

  it('is skipped on an audit', async () => {
    await start(reviewItems)
    const run = await gate({
      eventName: 'workflow_dispatch',
      payload: { inputs: {} },
      inputs: { ref: 'main' }
    })
    expect(item(run, 'approvals').state).toBe('skipped')
  })
})

describe('branch rules', () => {
  const ruleItems = `      - { id: rules, title: Tests required on main, check: { type: branch-rules, require-checks: [test, lint], require-reviews: 1 } }
`
  const rules = {
    main: [
      {
        type: 'required_status_checks',
        parameters: {
          strict_required_status_checks_policy: false,
          required_status_checks: [{ context: 'test' }, { context: 'lint' }]
        }
      },
      {
        type: 'pull_request',
        parameters: {
          required_approving_review_count: 1,
          dismiss_stale_reviews_on_push: false,
          require_code_owner_review: false,
          require_last_push_approval: false,
          required_review_thread_resolution: false
        }
      }
    ]
  }

  it('passes when the rulesets of the PR base require the checks and reviews', async () => {
    await start(ruleItems, s => (s.reviews = { branch_rules: rules }))
    const run = await gate()
    expect(item(run, 'rules')).toMatchObject({
      state: 'pass',
      summary: expect.stringContaining('the rules of `main` require')
    })
    expect(requestsTo('/protection')).toHaveLength(0)
  })

  it('fails when neither rules nor classic protection require them (404 Branch not protected)', async () => {
    await start(ruleItems, s => {
      s.reviews = { branch_rules: { main: [rules.main[1]] } }
      s.tokens[TOKEN.gate].permissions.administration = 'read'
    })
    const run = await gate()
    expect(item(run, 'rules')).toMatchObject({
      state: 'fail',
      summary: '`main` has no rule or protection requiring the checks `test`, `lint`'
    })
  })

  it('is unknown with the fix when classic protection cannot be read (403)', async () => {
    await start(
      ruleItems,
      s => (s.reviews = { branch_rules: {}, protection: { main: { required_checks: ['test', 'lint'] } } })
    )
    const run = await gate()
    expect(item(run, 'rules')).toMatchObject({
      state: 'unknown',
      fix: 'Move the protection into a ruleset (readable with GITHUB_TOKEN), or pass a token with "Administration: read".'
    })
    expect(run.outputs.result).toBe('fail')
  })

  it('reads classic protection when the token may', async () => {
    await start(ruleItems, s => {
      s.reviews = { protection: { main: { required_checks: ['test', 'lint'], required_reviews: 2 } } }
      s.tokens[TOKEN.gate].permissions.administration = 'read'
    })
    expect(item(await gate(), 'rules').state).toBe('pass')
  })
})

describe('other re-evaluation events', () => {
  const items = `      - { id: unit, title: Unit, check: { type: checks, name: "test (*)" } }
`
  it('posts on a merge group’s head SHA, without a comment, so the queue is not stalled', async () => {
    const groupSha = sha('merge group head')
    await start(items, s => {
      s.commits[groupSha] = { parents: [MAIN_SHA], files: s.commits[HEAD_SHA].files }
      s.check_runs!.push(checkRun('test (ubuntu-latest, 20)', groupSha))
    })
    const run = await gate({
      eventName: 'merge_group',
      payload: mergeGroupEvent({ owner: OWNER, repo: REPO, headSha: groupSha, baseRef: 'main' })
    })
    expect(run.outputs.result).toBe('pass')
    expect(verdicts()).toEqual([expect.objectContaining({ sha: groupSha, state: 'success' })])
    expect(gateComments()).toEqual([])
  })

  it('posts nothing for a closed or merged PR, whichever event names it', async () => {
    await start(items, s => Object.assign(s.pulls![0], { state: 'closed', merged: true }))
    const pr = {
      owner: OWNER,
      repo: REPO,
      number: RELEASE_PR,
      headSha: HEAD_SHA,
      headRef: 'release/2.4.0',
      baseRef: 'main',
      baseSha: MAIN_SHA
    }
    const runs = {
      'pull_request closed': await gate({ payload: closedPullRequestEvent({ ...pr, merged: true }) }),
      'pull_request_review on a closed PR': await gate({
        eventName: 'pull_request_review',
        payload: pullRequestReviewEvent({ ...pr, state: 'closed' })
      }),
      issue_comment: await gate({
        eventName: 'issue_comment',
        payload: releasePrComment()
      }),
      workflow_run: await gate({
        eventName: 'workflow_run',
        payload: workflowRunEvent({ owner: OWNER, repo: REPO, headSha: HEAD_SHA, pullRequests: [RELEASE_PR] })
      })
    }
    for (const [event, run] of Object.entries(runs)) {
      expect({ event, code: run.code, notice: /::notice::(.*)/.exec(run.stdout)?.[1] }).toEqual({
        event,
        code: 0,
        notice: `Readiness gate: PR #${RELEASE_PR} is closed; nothing to gate.`
      })
      expect(run.outputs).toEqual({})
    }
    expect(sim.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(verdicts()).toEqual([])
    expect(gateComments()).toEqual([])
  })

  it('re-evaluates a PR when a person comments, and ignores bots', async () => {
    await start(items)
    const person = await gate({
      eventName: 'issue_comment',
      payload: releasePrComment()
    })
    expect(person.report!.target).toMatchObject({ pr: RELEASE_PR, sha: HEAD_SHA })
    const writes = sim.requests.filter(r => r.method !== 'GET').length
    const bot = await gate({
      eventName: 'issue_comment',
      payload: issueCommentEvent({
        owner: OWNER,
        repo: REPO,
        number: RELEASE_PR,
        login: 'github-actions[bot]',
        type: 'Bot'
      })
    })
    expect(bot.code).toBe(0)
    expect(bot.stdout).toMatch(/::notice::Readiness gate: comment by the bot github-actions\[bot\] ignored/)
    expect(sim.requests.filter(r => r.method !== 'GET')).toHaveLength(writes)
  })
})
