// Faults end to end, part one: the first half of the fault matrix (harness/fault-matrix.ts) with the
// bundle's run of every transient fault class; requests that get no answer (a timeout before the
// headers or midway through the body, a refused connection); the permission a refusal names.
import { describe, expect, it } from '@jest/globals'
import { type AddressInfo, createServer } from 'node:net'
import { startSimulator, type Simulator } from '../sim/server.js'
import { templateRegex } from '../sim/openapi.js'
import { checkSuiteEvent } from '../harness/events.js'
import { describeFaultMatrix } from '../harness/fault-matrix.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import {
  HEAD_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  gateReleasePr,
  sampleScenario,
  releasePrComment
} from '../harness/sample-repo.js'
import type { Reply } from '../sim/routes/route.js'

describeFaultMatrix(0)

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

describe('requests that get no answer', () => {
  const patience = {
    READINESS_GATE_RETRIES: '1',
    READINESS_GATE_RETRY_BASE_MS: '20',
    READINESS_GATE_TIMEOUT_MS: '1000'
  }

  it('an endpoint that never answers: the item says it timed out after N s, not that GitHub answered 500', async () => {
    const sim = await startSimulator(sampleScenario())
    const hang = templateRegex('/repos/{owner}/{repo}/commits/{ref}/check-runs')
    sim.onRequest = ex =>
      hang.test(ex.path)
        ? new Promise<Reply>(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 1500))
        : undefined
    const run = await gateReleasePr(sim.url, { env: patience })
    await sim.close()
    const timedOut = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs: timed out after 1 s (no answer)'
    expect(run.report?.items.find(i => i.id === 'unit-tests')).toMatchObject({
      state: 'unknown',
      summary: `could not verify: ${timedOut}`,
      fix: expect.stringMatching(/did not answer in time/)
    })
    expect(run.stdout).toContain(`unknown unit-tests: could not verify: ${timedOut}`)
    expect(run.stdout).not.toMatch(/answered 500/)
  }, 60_000)

  it('an answer that stalls midway, every try: the item says it timed out after N s, having retried it', async () => {
    const sim = await startSimulator(sampleScenario())
    const stall = templateRegex('/repos/{owner}/{repo}/commits/{ref}/check-runs')
    let tries = 0
    sim.onRequest = ex =>
      stall.test(ex.path)
        ? (tries++, { status: 200, body: { total_count: 0, check_runs: [] }, stallMs: 1500 })
        : undefined
    const run = await gateReleasePr(sim.url, { env: patience })
    await sim.close()
    expect(tries).toBe(2)
    const timedOut =
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs: timed out after 1 s (the answer stopped midway)'
    expect(run.report?.items.find(i => i.id === 'unit-tests')).toMatchObject({
      state: 'unknown',
      summary: `could not verify: ${timedOut}`,
      fix: expect.stringMatching(/did not answer in time/)
    })
    expect(run.stdout).not.toMatch(/aborted due to timeout/)
  }, 60_000)

  it('a lookup the run depends on never answers: the run fails saying it timed out', async () => {
    const sim = await startSimulator(sampleScenario())
    sim.onRequest = ex =>
      ex.path.endsWith(`/pulls/${RELEASE_PR}`)
        ? new Promise<Reply>(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 1500))
        : undefined
    const run = await gateReleasePr(sim.url, {
      eventName: 'issue_comment',
      payload: releasePrComment(),
      env: patience
    })
    await sim.close()
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::Readiness gate could not run: GET /repos/{owner}/{repo}/pulls/{pull_number}: timed out after 1 s (no answer). GitHub did not answer in time'
    )
    expect(sim.state.statuses.filter(s => s.context === 'Readiness gate')).toEqual([])
  }, 60_000)

  it('a refused connection ends the run within about a second, saying so, without retrying', async () => {
    const port = await closedPort()
    const started = Date.now()
    // The default patience (3 retries, 1 s backoff unit): a retried refusal would take 14 s a request.
    const run = await gateReleasePr(`http://127.0.0.1:${port}`)
    const elapsed = Date.now() - started
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Readiness gate could not run: could not connect to 127.0.0.1:${port}: connection refused. Check that the API URL (GITHUB_API_URL)`
    )
    // Nothing reads as posted: every write says why it was not.
    expect(run.stdout).toMatch(/The commit status was not posted: POST \S+: could not connect to/)
    expect(run.stdout).not.toMatch(/answered 500|retrying/)
    // Node's start-up included; before, this run took over a minute.
    expect(elapsed).toBeLessThan(5000)
  }, 60_000)
})

describe('the permission a refusal names', () => {
  /** A 403 without x-accepted-github-permissions (a classic PAT, or a proxy in the way). */
  const refuse = (sim: Simulator, template: string) => {
    const re = templateRegex(template)
    sim.onRequest = ex =>
      re.test(ex.path)
        ? { status: 403, body: { message: 'Resource not accessible by personal access token' } }
        : undefined
  }

  it('is the refused endpoint’s, not `contents: read`, when the run cannot start', async () => {
    const sim = await startSimulator(sampleScenario())
    refuse(sim, '/repos/{owner}/{repo}/pulls/{pull_number}')
    const comment = await gateReleasePr(sim.url, {
      eventName: 'issue_comment',
      payload: releasePrComment()
    })
    refuse(sim, '/repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs')
    const suite = await gateReleasePr(sim.url, {
      eventName: 'check_suite',
      payload: checkSuiteEvent({
        owner: OWNER,
        repo: REPO,
        id: 77,
        headSha: HEAD_SHA,
        pullRequests: [RELEASE_PR]
      })
    })
    await closeAndCheck(sim)
    expect(comment.stdout).toContain(
      '::error::Readiness gate could not run: GET /repos/{owner}/{repo}/pulls/{pull_number} answered 403: Resource not accessible by personal access token. Grant the workflow job `permissions: { pull-requests: read }`'
    )
    expect(suite.stdout).toContain(
      '::error::Readiness gate could not run: GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs answered 403: Resource not accessible by personal access token. Grant the workflow job `permissions: { checks: read }`'
    )
    expect(sim.requests.filter(r => r.method !== 'GET')).toEqual([])
  }, 60_000)
})
