// The one GitHub client: what it retries, what it does not, and its bounds.
import { afterEach, describe, expect, it } from '@jest/globals'
import { type AddressInfo, type Socket, connect, createServer } from 'node:net'
import { closedPort } from '../harness/closed-port.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { defaultScenario, sha, TOKENS } from '../sim/scenario.js'
import { type ApiError, explainApiError } from '../src/github/api-error.js'
import {
  BACKGROUND,
  BACKGROUND_IN_FLIGHT,
  MAX_IN_FLIGHT,
  WRITE_BURST,
  bareRetryAfter,
  createGitHub,
  patienceFromEnv,
  type Patience
} from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'
import { z } from 'zod'

let sim: Simulator
let started = false
afterEach(async () => {
  if (started) await sim.close()
  started = false
})
async function start() {
  sim = await startSimulator(defaultScenario())
  started = true
}

const quick: Patience = {
  retries: 3,
  retryBaseMs: 5,
  // Generous, so that a loaded machine is not mistaken for a lost request; short where a test loses one.
  timeoutMs: 5000,
  maxRateLimitWaitSeconds: 2,
  budgetSeconds: 30
}
const client = (patience: Partial<Patience> = {}, log: string[] = [], baseUrl?: string) =>
  createGitHub({
    token: TOKENS.gate,
    baseUrl: baseUrl ?? sim.url,
    log: m => log.push(m),
    patience: { ...quick, ...patience }
  })
const repoGet = (gh: ReturnType<typeof client>) =>
  gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'widgets' })

/** A TCP relay to the simulator that resets the first `resets` connections it accepts. */
async function resettingRelay(target: string, resets: number) {
  const { port: targetPort } = new URL(target)
  let accepted = 0
  const sockets = new Set<Socket>()
  const server = createServer(socket => {
    sockets.add(socket)
    if (accepted++ < resets) {
      socket.once('data', () => socket.resetAndDestroy())
      return
    }
    const upstream = connect(Number(targetPort), '127.0.0.1')
    sockets.add(upstream)
    socket.pipe(upstream).pipe(socket)
    socket.on('error', () => upstream.destroy())
    upstream.on('error', () => socket.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accepted: () => accepted,
    close: () => {
      for (const s of sockets) s.destroy()
      return new Promise(resolve => server.close(resolve))
    }
  }
}

describe('the GitHub client', () => {
  it('retries 5xx and lost requests, then succeeds', async () => {
    await start()
    let n = 0
    sim.onRequest = () => {
      n++
      if (n === 1) return { status: 502, body: { message: 'Bad Gateway' } }
      if (n === 2) return new Promise(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 600))
    }
    expect((await repoGet(client({ timeoutMs: 300 }))).status).toBe(200)
    expect(n).toBe(3)
  })

  it('retries a reset connection, like a 5xx', async () => {
    await start()
    const relay = await resettingRelay(sim.url, 2)
    try {
      expect((await repoGet(client({}, [], relay.url))).status).toBe(200)
      expect(relay.accepted()).toBe(3)
    } finally {
      await relay.close()
    }
  })

  it('fails a refused connection at once, unretried, saying so', async () => {
    const port = await closedPort()
    const refusals: string[] = []
    const gh = createGitHub({
      token: TOKENS.gate,
      baseUrl: `http://127.0.0.1:${port}`,
      log: () => {},
      // The real backoff: a single retry would wait a second.
      patience: { ...quick, retries: 3, retryBaseMs: 1000 },
      onRefused: e => refusals.push(e.message)
    })
    const started = Date.now()
    const gateway = new Gateway(gh, { owner: 'acme', repo: 'widgets' })
    const error = await gateway.checkRuns('main').catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(900)
    expect(error).toMatchObject({ status: undefined, network: 'refused' })
    expect(explainApiError(error as ApiError).reason).toBe(
      `GET /repos/{owner}/{repo}/commits/{ref}/check-runs: could not connect to 127.0.0.1:${port}: connection refused`
    )
    expect(refusals).toEqual([`could not connect to 127.0.0.1:${port}: connection refused`])
  })

  it('says a request that never answers timed out after N s, having retried it', async () => {
    await start()
    let tries = 0
    sim.onRequest = () => {
      tries++
      return new Promise(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 1500))
    }
    const gateway = new Gateway(client({ retries: 1, timeoutMs: 300 }), { owner: 'acme', repo: 'widgets' })
    const error = await gateway.checkRuns('main').catch((e: unknown) => e)
    expect(tries).toBe(2)
    expect(error).toMatchObject({ status: undefined, network: 'timeout' })
    const { reason, fix } = explainApiError(error as ApiError)
    expect(reason).toBe(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs: timed out after 0.3 s (no answer)'
    )
    expect(fix).toMatch(/did not answer in time/)
  })

  it('retries an answer whose body stalls past the time limit, and says it timed out after N s', async () => {
    await start()
    let tries = 0
    // Headers and half the body at once, the rest long after the client's limit.
    const stalled = { status: 200, body: { message: 'x'.repeat(4000) }, stallMs: 1500 }
    sim.onRequest = () => (++tries === 1 ? stalled : undefined)
    expect((await repoGet(client({ timeoutMs: 300 }))).data).toMatchObject({ full_name: 'acme/widgets' })
    expect(tries).toBe(2)

    tries = 0
    sim.onRequest = () => (++tries, stalled)
    const gateway = new Gateway(client({ retries: 1, timeoutMs: 300 }), { owner: 'acme', repo: 'widgets' })
    const error = await gateway.checkRuns('main').catch((e: unknown) => e)
    expect(tries).toBe(2)
    expect(error).toMatchObject({ status: undefined, network: 'timeout' })
    const { reason, fix } = explainApiError(error as ApiError)
    expect(reason).toBe(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs: timed out after 0.3 s (the answer stopped midway)'
    )
    expect(fix).toMatch(/did not answer in time/)
  })

  it("starts each request's backoff afresh: one request's retries never lengthen the next one's", async () => {
    await start()
    const times: number[] = []
    let failures = 4 // the first request: every try fails (1 + 3 retries)
    sim.onRequest = () => {
      times.push(Date.now())
      if (failures-- > 0) return { status: 502, body: { message: 'Bad Gateway' } }
    }
    const gh = client({ retries: 3, retryBaseMs: 100 })
    await expect(repoGet(gh)).rejects.toMatchObject({ status: 502 })
    failures = 1 // the second request: one failure, then success after one unit (100 ms), not 25
    const second = times.length
    expect((await repoGet(gh)).status).toBe(200)
    expect(times.length).toBe(second + 2)
    expect(times[second + 1] - times[second]).toBeLessThan(1500)
  })

  it('never retries a 403 or a 404: they are answers, not faults', async () => {
    await start()
    await expect(client().request('GET /user')).rejects.toMatchObject({ status: 403 })
    await expect(
      client().request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: 'acme',
        repo: 'widgets',
        path: 'nope'
      })
    ).rejects.toMatchObject({ status: 404 })
    expect(sim.requests.map(r => r.status)).toEqual([403, 404])
  })

  it(`sends a run's first ${WRITE_BURST} writes at once, and any more a second apart, as GitHub asks`, async () => {
    await start()
    const gh = client()
    const post = (i: number) =>
      gh.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        owner: 'acme',
        repo: 'widgets',
        sha: sha('head'),
        state: 'success',
        context: `ci/${i}`
      })
    // Measured from the moment the writes are asked for (the pace's second starts with the first
    // write), not from the first one's arrival, which a loaded machine delays.
    const asked = performance.now()
    await Promise.all(Array.from({ length: WRITE_BURST + 2 }, (_, i) => post(i)))
    const at = sim.requests.map(r => r.receivedAt - asked)
    expect(at).toHaveLength(WRITE_BURST + 2)
    // No second's wait within the burst…
    expect(at[WRITE_BURST - 1]).toBeLessThan(900)
    // …and a second before each write past it.
    expect(at[WRITE_BURST]).toBeGreaterThanOrEqual(1000)
    expect(at[WRITE_BURST + 1]).toBeGreaterThanOrEqual(2000)
    // Reads are never paced.
    const t0 = Date.now()
    await Promise.all([repoGet(gh), repoGet(gh), repoGet(gh)])
    expect(Date.now() - t0).toBeLessThan(900)
  })

  it('spaces a client’s new comments 3 s apart, without waiting on another client’s', async () => {
    await start()
    const comment = (gh: ReturnType<typeof client>) =>
      gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'acme',
        repo: 'widgets',
        issue_number: 1,
        body: 'note'
      })
    const [first, second] = [client(), client()]
    await comment(first)
    // Another client (another run in the same process) comments at once: pacing is per run…
    await comment(second)
    // …while the same client's next comment waits, as plugin-throttling paces writes that notify.
    await comment(first)
    const at = sim.requests.map(r => r.receivedAt)
    expect(at).toHaveLength(3)
    expect(at[1] - at[0]).toBeLessThan(900)
    expect(at[2] - at[0]).toBeGreaterThanOrEqual(2950)
  })

  it(`sends background reads only into idle slots, never ahead of the ${MAX_IN_FLIGHT} it may have out`, async () => {
    await start()
    const gh = client()
    const arrived: string[] = []
    let open: () => void = () => {}
    const opened = new Promise<void>(resolve => (open = resolve))
    sim.onRequest = async ex => {
      arrived.push(ex.query.tag)
      if (arrived.length === MAX_IN_FLIGHT) open()
      await opened
    }
    const get = (tag: string, request = {}) =>
      gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'widgets', tag, request })
    // Every slot taken, then background reads asked for, then more reads the verdict needs:
    // the background ones wait until a slot is idle, behind the later ones.
    const first = Array.from({ length: MAX_IN_FLIGHT }, (_, i) => get(`normal ${i}`))
    const background = [1, 2, 3].map(i => get(`background ${i}`, BACKGROUND))
    const normal = [...first, get('normal later 1'), get('normal later 2')]
    await Promise.all([...background, ...normal])
    expect(arrived.slice(0, MAX_IN_FLIGHT + 2).every(t => t.startsWith('normal'))).toBe(true)
    expect(arrived.slice(MAX_IN_FLIGHT + 2).sort()).toEqual(['background 1', 'background 2', 'background 3'])
  })

  it(`keeps at most ${BACKGROUND_IN_FLIGHT} background reads out, so the verdict's reads always find a slot`, async () => {
    await start()
    const gh = client()
    let out = 0
    let most = 0
    // Every read is held until as many as may be out are: then a moment for one too many to show up.
    let release: () => void = () => {}
    const released = new Promise<void>(resolve => (release = resolve))
    sim.onRequest = async () => {
      most = Math.max(most, ++out)
      if (out === BACKGROUND_IN_FLIGHT) setTimeout(release, 200)
      await released
      out--
    }
    const get = () =>
      gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'widgets', request: BACKGROUND })
    await Promise.all(Array.from({ length: 3 * BACKGROUND_IN_FLIGHT }, get))
    expect(most).toBe(BACKGROUND_IN_FLIGHT)
  })

  it('reads answers with JSON.parse, and refuses one with an integer beyond 2^53 instead of rounding it', async () => {
    await start()
    const gateway = new Gateway(client(), { owner: 'acme', repo: 'widgets' })
    const shape = z.object({ id: z.number(), default_branch: z.string() })
    expect(await gateway.read('GET /repos/{owner}/{repo}', {}, shape)).toMatchObject({
      default_branch: 'main'
    })
    sim.onReply = (_ex, reply) => ({ ...reply, body: '{"id": 9007199254740993, "default_branch": "main"}' })
    await expect(gateway.read('GET /repos/{owner}/{repo}', {}, shape)).rejects.toThrow(
      /unexpected response shape/
    )
  })

  it('waits out a secondary rate limit within the allowed wait, and gives up beyond it', async () => {
    await start()
    let limited = 0
    sim.onRequest = () => {
      if (limited++ === 0)
        return {
          status: 429,
          body: { message: 'You have exceeded a secondary rate limit.' },
          headers: { 'retry-after': '1' }
        }
    }
    const log: string[] = []
    expect((await repoGet(client({}, log))).status).toBe(200)
    expect(log.join('\n')).toMatch(/Secondary rate limit on GET .*: retrying in 1s/)

    sim.onRequest = () => ({
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': '30' }
    })
    await expect(repoGet(client({ maxRateLimitWaitSeconds: 2 }))).rejects.toMatchObject({ status: 429 })
  })

  it('waits out a bare 429 with Retry-After, within the retries, the allowed wait and the budget', async () => {
    await start()
    const tooMany = (retryAfter: string) => ({
      status: 429,
      body: { message: 'Too Many Requests' },
      headers: { 'retry-after': retryAfter }
    })
    let n = 0
    sim.onRequest = () => (n++ === 0 ? tooMany('1') : undefined)
    const log: string[] = []
    expect((await repoGet(client({}, log))).status).toBe(200)
    expect(n).toBe(2)
    expect(log.join('\n')).toMatch(/rate limit on GET \/repos\/\{owner\}\/\{repo\}: retrying in 1s/)

    n = 0
    sim.onRequest = () => {
      n++
      return tooMany('1')
    }
    await expect(repoGet(client({ retries: 2 }))).rejects.toMatchObject({ status: 429 })
    expect(n).toBe(3)

    n = 0
    await expect(repoGet(client({ budgetSeconds: 1 }))).rejects.toMatchObject({ status: 429 })
    expect(n).toBe(1)

    n = 0
    sim.onRequest = () => {
      n++
      return tooMany('30')
    }
    await expect(repoGet(client({ maxRateLimitWaitSeconds: 2 }))).rejects.toMatchObject({ status: 429 })
    expect(n).toBe(1)
  })

  it('reads Retry-After as seconds or a date, and leaves 429s the throttling plugin handles to it', () => {
    const e429 = (headers: Record<string, string>, message = 'Too Many Requests') => ({
      status: 429,
      message,
      response: { headers }
    })
    expect(bareRetryAfter(e429({ 'retry-after': '7' }))).toBe(7)
    const inTen = new Date(Date.now() + 10_000).toUTCString()
    expect(bareRetryAfter(e429({ 'retry-after': inTen }))).toBeGreaterThanOrEqual(9)
    expect(bareRetryAfter(e429({ 'retry-after': inTen }))).toBeLessThanOrEqual(10)
    expect(bareRetryAfter(e429({}))).toBeUndefined()
    expect(
      bareRetryAfter(e429({ 'retry-after': '7' }, 'You have exceeded a secondary rate limit.'))
    ).toBeUndefined()
    expect(bareRetryAfter(e429({ 'retry-after': '7', 'x-ratelimit-remaining': '0' }))).toBeUndefined()
    expect(bareRetryAfter({ ...e429({ 'retry-after': '7' }), status: 503 })).toBeUndefined()
  })

  it('stops sending once the time budget is spent, and the read becomes an explained failure', async () => {
    await start()
    const gateway = new Gateway(client({ budgetSeconds: 0 }), { owner: 'acme', repo: 'widgets' })
    await new Promise(resolve => setTimeout(resolve, 5))
    await expect(gateway.checkRuns('main')).rejects.toMatchObject({
      endpoint: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      message: expect.stringMatching(/time budget \(0s\) is spent/)
    })
    expect(sim.requests).toEqual([])
  })

  it('reads its bounds from READINESS_GATE_* variables, ignoring nonsense', () => {
    expect(patienceFromEnv({ READINESS_GATE_RETRIES: '1', READINESS_GATE_TIMEOUT_MS: 'soon' })).toEqual({
      retries: 1,
      retryBaseMs: 1000,
      timeoutMs: 30_000,
      maxRateLimitWaitSeconds: 60,
      budgetSeconds: 600
    })
  })
})
