// Publishing's writes go out together where nothing forbids it: a first sticky comment beside the
// status; an update only once the status has said who the gate is; the PR read again when the read
// made while evaluating is no longer fresh.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { TOKENS, defaultScenario, sha } from '../sim/scenario.js'
import { createGitHub } from '../src/github/client.js'
import type { Target } from '../src/event/target.js'
import { PULL_FRESH_MS, prefetchCommentReads } from '../src/publish/comment.js'
import { publishVerdict } from '../src/publish/publish.js'
import { commentMarker } from '../src/render/comment.js'
import type { Report } from '../src/report/report.js'
import { readSettings } from '../src/settings.js'

const HEAD = sha('head')
const REPO = { owner: 'acme', repo: 'widgets' }
const TARGET: Target = {
  kind: 'pull-request',
  sha: HEAD,
  pr: {
    number: 1,
    title: 'Add feature',
    author: 'octocat',
    headSha: HEAD,
    headRef: 'feature',
    baseRef: 'main',
    baseSha: sha('main'),
    fork: false
  },
  checklistRef: 'main',
  checklistRefLabel: 'main (base of #1)',
  statusName: 'Readiness gate'
}
const REPORT: Report = {
  version: 1,
  result: 'pass',
  title: 'Widgets',
  checklist: { path: '.github/readiness.yml', ref: 'main', label: 'main (base of #1)' },
  target: { repo: 'acme/widgets', sha: HEAD, pr: 1, kind: 'pull-request', name: 'Readiness gate' },
  counts: { passed: 0, failed: 0, pending: 0, unknown: 0, manual: 0, waived: 0, skipped: 0, total: 0 },
  items: [],
  errors: [],
  warnings: [],
  run_url: null,
  checklist_edit: null
}

let sim: Simulator
afterEach(() => closeAndCheck(sim))

function settings() {
  const read = readSettings(name => (name === 'token' ? TOKENS.gate : ''))
  if (!read.ok) throw new Error('bad settings')
  return read.settings
}
const gh = () =>
  createGitHub({
    token: TOKENS.gate,
    baseUrl: sim.url,
    log: () => {},
    patience: { retries: 0, retryBaseMs: 1, timeoutMs: 5000, maxRateLimitWaitSeconds: 1, budgetSeconds: 30 }
  })

/** Holds the status POST until `release()` (or a second), recording the order requests arrive in. */
function holdStatus() {
  const arrived: string[] = []
  let release: () => void = () => {}
  const released = new Promise<void>(resolve => {
    release = resolve
    setTimeout(resolve, 1000)
  })
  sim.onRequest = async ex => {
    arrived.push(`${ex.method} ${ex.path.split('/').slice(4).join('/')}`)
    if (ex.method === 'POST' && ex.path.includes('/statuses/')) await released
    if (ex.method === 'POST' && ex.path.endsWith('/comments')) release()
  }
  return arrived
}

describe('publishing a verdict', () => {
  it('posts a first sticky comment beside the status, not after it', async () => {
    sim = await startSimulator(defaultScenario(), { validate: true })
    const client = gh()
    const early = prefetchCommentReads(client, REPO, TARGET)!
    await Promise.all([early.comments, early.pull.read])
    // Fresh, however slow the machine was to get here (staleness is the last test's subject).
    early.pull.answeredAt = Date.now()
    const arrived = holdStatus()
    const { notes } = await publishVerdict(client, REPO, settings(), TARGET, REPORT, [], early)
    expect(notes).toEqual([])
    // The comment arrived while the status was still held: it did not wait for its answer.
    expect(arrived.indexOf(`POST issues/1/comments`)).toBeGreaterThan(-1)
    expect(
      sim.requests.find(r => r.method === 'POST' && r.path.endsWith('/comments'))!.receivedAt
    ).toBeLessThan(sim.requests.find(r => r.path.includes('/statuses/'))!.answeredAt)
    // The PR read once (while evaluating); the comments listed then, and again after the new comment
    // (where a racing run's comment would show).
    const gets = (end: string) => sim.requests.filter(r => r.method === 'GET' && r.path.endsWith(end))
    expect(gets('/pulls/1')).toHaveLength(1)
    expect(gets('/issues/1/comments')).toHaveLength(2)
    expect(
      sim.state.comments.filter(c => c.body.startsWith(commentMarker('.github/readiness.yml')))
    ).toHaveLength(1)
  })

  it("updates the gate's comment only once the status has said who the gate is", async () => {
    const scenario = defaultScenario()
    scenario.comments = [
      {
        issue_number: 1,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        body: `${commentMarker('.github/readiness.yml')}\nold`
      }
    ]
    sim = await startSimulator(scenario, { validate: true })
    const client = gh()
    const early = prefetchCommentReads(client, REPO, TARGET)
    await early?.comments
    holdStatus()
    await publishVerdict(client, REPO, settings(), TARGET, REPORT, [], early)
    const patch = sim.requests.find(r => r.method === 'PATCH')!
    expect(patch.receivedAt).toBeGreaterThanOrEqual(
      sim.requests.find(r => r.path.includes('/statuses/'))!.answeredAt
    )
    expect(
      sim.state.comments.filter(c => c.body.startsWith(commentMarker('.github/readiness.yml')))
    ).toHaveLength(1)
  })

  it(`reads the PR again when the read made while evaluating is older than ${PULL_FRESH_MS / 1000} s`, async () => {
    sim = await startSimulator(defaultScenario(), { validate: true })
    const client = gh()
    const early = prefetchCommentReads(client, REPO, TARGET)!
    await early.pull.read
    early.pull.answeredAt = Date.now() - PULL_FRESH_MS - 1
    await publishVerdict(client, REPO, settings(), TARGET, REPORT, [], early)
    expect(sim.requests.filter(r => r.method === 'GET' && r.path.endsWith('/pulls/1'))).toHaveLength(2)
  })
})
