// The one GitHub client: what it retries, what it does not, and its bounds.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { defaultScenario, TOKENS } from '../sim/scenario.js'
import { createGitHub, patienceFromEnv, type Patience } from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'

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
  timeoutMs: 300,
  maxRateLimitWaitSeconds: 2,
  budgetSeconds: 30
}
const client = (patience: Partial<Patience> = {}, log: string[] = []) =>
  createGitHub({
    token: TOKENS.gate,
    baseUrl: sim.url,
    log: m => log.push(m),
    patience: { ...quick, ...patience }
  })
const repoGet = (gh: ReturnType<typeof client>) =>
  gh.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'widgets' })

describe('the GitHub client', () => {
  it('retries 5xx and lost requests, then succeeds', async () => {
    await start()
    let n = 0
    sim.onRequest = () => {
      n++
      if (n === 1) return { status: 502, body: { message: 'Bad Gateway' } }
      if (n === 2) return new Promise(resolve => setTimeout(() => resolve({ status: 504, body: {} }), 600))
    }
    expect((await repoGet(client())).status).toBe(200)
    expect(n).toBe(3)
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
