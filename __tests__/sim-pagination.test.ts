// GitHub-style pagination in the simulator: per_page, page and the Link header.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simClient, type SimCall, type SimResponse } from '../sim/client.js'
import { paginate } from '../sim/paginate.js'
import { TOKENS, checkRun, defaultScenario, sha } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const R = '/repos/acme/widgets'
const HEAD = sha('head')

describe('paginate', () => {
  const items = Array.from({ length: 250 }, (_, i) => i)
  const url = 'http://127.0.0.1:1/repos/a/b/x'

  it('defaults to 30 per page and caps per_page at 100', () => {
    expect(paginate(items, {}, url).items).toEqual(items.slice(0, 30))
    expect(paginate(items, { per_page: '500' }, url).items).toHaveLength(100)
    expect(paginate(items, { per_page: '0' }, url).items).toHaveLength(30)
  })

  it('formats Link as GitHub does: prev, next, last, first, other parameters kept, page last', () => {
    expect(paginate(items, { per_page: '100', filter: 'all' }, url).link).toBe(
      `<${url}?per_page=100&filter=all&page=2>; rel="next", <${url}?per_page=100&filter=all&page=3>; rel="last"`
    )
    expect(paginate(items, { page: '2', per_page: '100' }, url).link).toBe(
      `<${url}?per_page=100&page=1>; rel="prev", <${url}?per_page=100&page=3>; rel="next", ` +
        `<${url}?per_page=100&page=3>; rel="last", <${url}?per_page=100&page=1>; rel="first"`
    )
    expect(paginate(items, { page: '3', per_page: '100' }, url).link).toBe(
      `<${url}?per_page=100&page=2>; rel="prev", <${url}?per_page=100&page=1>; rel="first"`
    )
  })

  it('sends no Link when everything fits on one page, and an empty page past the end', () => {
    expect(paginate(items.slice(0, 30), {}, url).link).toBeUndefined()
    expect(paginate(items, { page: '9', per_page: '100' }, url).items).toEqual([])
  })
})

describe('pagination over HTTP', () => {
  let sim: Simulator
  let gate: SimCall
  beforeAll(async () => {
    const check_runs = Array.from({ length: 250 }, (_, i) => checkRun(`job ${i}`, HEAD))
    const statuses = Array.from({ length: 45 }, (_, i) => ({
      sha: HEAD,
      context: `ctx ${i}`,
      state: 'success' as const
    }))
    const comments = Array.from({ length: 31 }, (_, i) => ({
      issue_number: 1,
      user: { login: 'octocat' },
      body: `c${i}`
    }))
    sim = await startSimulator(defaultScenario({ check_runs, statuses, comments }), { validate: true })
    gate = simClient(sim.url, TOKENS.gate)
  })
  afterAll(() => sim.close())

  it('serves 250 check runs as 3 pages of 100, 100 and 50 with absolute Link URLs', async () => {
    const base = `${sim.url}${R}/commits/${HEAD}/check-runs`
    const first = await gate('GET', `${R}/commits/${HEAD}/check-runs?per_page=100`)
    expect(first.body.total_count).toBe(250)
    expect(first.body.check_runs).toHaveLength(100)
    expect(first.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=3>; rel="last"`
    )
    const last = await gate('GET', `${R}/commits/${HEAD}/check-runs?per_page=100&page=3`)
    expect(last.body.check_runs).toHaveLength(50)
    expect(last.body.total_count).toBe(250)
    expect(last.headers.get('link')).toBe(
      `<${base}?per_page=100&page=2>; rel="prev", <${base}?per_page=100&page=1>; rel="first"`
    )
  })

  it('yields every run exactly once when following rel="next"', async () => {
    const ids = new Set<number>()
    let next: string | undefined = `${sim.url}${R}/commits/${HEAD}/check-runs?per_page=100`
    let pages = 0
    while (next) {
      const res: SimResponse<{ check_runs: { id: number }[] }> = await gate('GET', next.slice(sim.url.length))
      for (const run of res.body.check_runs) ids.add(run.id)
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1]
      pages += 1
    }
    expect(pages).toBe(3)
    expect(ids.size).toBe(250)
  })

  it('defaults to 30 per page on statuses and comments', async () => {
    const statuses = await gate('GET', `${R}/commits/${HEAD}/statuses`)
    expect(statuses.body).toHaveLength(30)
    expect(statuses.headers.get('link')).toContain('page=2>; rel="last"')
    const comments = await gate('GET', `${R}/issues/1/comments?page=2`)
    expect(comments.body.map((c: { body: string }) => c.body)).toEqual(['c30'])
  })

  it('answers every page in GitHub’s shapes', () => {
    expect(sim.requests.length).toBeGreaterThan(5)
    expect(sim.problems).toEqual([])
  })
})
