// Faults end to end, part two: the second half of the fault matrix (harness/fault-matrix.ts) with the
// bundle's run of every other fault class; requests that get no answer (a timeout before the headers
// or midway through the body, a refused connection); a runner behind a proxy (the bundle's own proxy
// agent).
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createServer as createHttpServer } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { closedPort } from '../harness/closed-port.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { templateRegex } from '../sim/openapi.js'
import type { Reply } from '../sim/routes/route.js'
import { describeFaultMatrix } from '../harness/fault-matrix.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import type { RunResult } from '../harness/run-action.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  RELEASE_PR,
  coverageArtifact,
  releaseChecklist,
  gateReleasePr,
  sampleScenario,
  releasePrComment,
  type ReleasePrRun
} from '../harness/sample-repo.js'

describeFaultMatrix(1)

describe('requests that get no answer', () => {
  const patience = {
    READINESS_GATE_RETRIES: '1',
    READINESS_GATE_RETRY_BASE_MS: '20',
    READINESS_GATE_TIMEOUT_MS: '1000'
  }

  /** The sample PR gated once with `onRequest` in the simulator's way. */
  async function gateWith(onRequest: Simulator['onRequest'], more: Partial<ReleasePrRun> = {}) {
    const sim = await startSimulator(sampleScenario())
    sim.onRequest = onRequest
    const run = await gateReleasePr(sim.url, { env: patience, ...more })
    await sim.close()
    return { run, sim }
  }

  // Each run mostly waits for a time limit to pass: all three start at once, each test reads its own.
  const hang = templateRegex('/repos/{owner}/{repo}/commits/{ref}/check-runs')
  let stallTries = 0
  let runs: Record<'hang' | 'stall' | 'lookup', Promise<{ run: RunResult; sim: Simulator }>>
  beforeAll(() => {
    runs = {
      hang: gateWith(ex =>
        hang.test(ex.path)
          ? new Promise<Reply>(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 1500))
          : undefined
      ),
      stall: gateWith(ex =>
        hang.test(ex.path)
          ? (stallTries++, { status: 200, body: { total_count: 0, check_runs: [] }, stallMs: 1500 })
          : undefined
      ),
      lookup: gateWith(
        ex =>
          ex.path.endsWith(`/pulls/${RELEASE_PR}`)
            ? new Promise<Reply>(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 1500))
            : undefined,
        { eventName: 'issue_comment', payload: releasePrComment() }
      )
    }
    for (const r of Object.values(runs)) r.catch(() => {}) // each awaited by its test
  })

  it('an endpoint that never answers: the item says it timed out after N s, not that GitHub answered 500', async () => {
    const { run } = await runs.hang
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
    const { run } = await runs.stall
    expect(stallTries).toBe(2)
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
    const { run, sim } = await runs.lookup
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

describe('a runner behind a proxy', () => {
  it('reaches GitHub and the artifact storage through HTTP(S)_PROXY, as the Actions toolkit does', async () => {
    const scenario = sampleScenario()
    // The sample checklist with a coverage item, read from an artifact in blob storage.
    const checklist = releaseChecklist().replace(
      '  - title: Documentation',
      '      - id: coverage\n        title: Coverage requirements met\n        check: { type: coverage, min: 80, artifact: coverage }\n  - title: Documentation'
    )
    scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] = checklist
    scenario.commits[HEAD_SHA].files![CHECKLIST_PATH] = checklist
    scenario.artifacts = await coverageArtifact({ 'lcov.info': 'SF:src/a.ts\nLF:10\nLH:9\nend_of_record\n' })
    // Neither host resolves: only the proxy can reach them.
    const sim = await startSimulator(scenario, { validate: true, blobHost: 'blobs.github.test' })
    const ports: Record<string, number> = {
      'api.github.test': Number(new URL(sim.url).port),
      'blobs.github.test': Number(new URL(sim.blobs.url).port)
    }
    const tunnels: string[] = []
    // A forward proxy that tunnels (CONNECT) each host to the server standing for it.
    const proxy = createHttpServer()
    proxy.on('connect', (req, client, head) => {
      tunnels.push(String(req.url))
      const upstream = connect(ports[String(req.url).split(':')[0]], '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    // The bundle, as the runner starts it with the runner's proxy settings: its own copy of the proxy agent.
    const run = await gateReleasePr('http://api.github.test', {
      env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl },
      via: 'bundle'
    })
    proxy.closeAllConnections()
    await new Promise(resolve => proxy.close(resolve))
    await closeAndCheck(sim)
    expect(run.outputs.result).toBe('fail') // the sample PR's failing lint run
    expect(new Set(tunnels)).toEqual(
      new Set(['api.github.test:80', `blobs.github.test:${ports['blobs.github.test']}`])
    )
    // The archive came through the proxy, without the token, and was read.
    expect(sim.blobs.requests).toEqual([expect.objectContaining({ status: 200, authorization: undefined })])
    expect(run.report!.items.find(i => i.id === 'coverage')).toMatchObject({ state: 'pass' })
    expect(sim.state.statuses.filter(s => s.context === 'Readiness gate')).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })
    ])
  }, 60_000)
})
