// Reading lists page by page: the token never follows a Link to another host, and a repeated page
// ends the list instead of counting its items twice.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { startForeignHost, type ForeignHost } from '../harness/foreign-host.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { TOKENS, defaultScenario, sha, type StatusSpec } from '../sim/scenario.js'
import { createGitHub } from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'
import {
  MAX_PAGES,
  PAGE_CONCURRENCY,
  PagingError,
  nextLink,
  numberedPages,
  urlKey
} from '../src/github/paging.js'

const HEAD = sha('head')
const STATUSES = `/repos/acme/widgets/commits/${HEAD}/statuses`

let sim: Simulator
let foreign: ForeignHost
beforeEach(async () => {
  const statuses: StatusSpec[] = Array.from({ length: 150 }, (_, i) => ({
    sha: HEAD,
    context: `ci/${i}`,
    state: 'success'
  }))
  sim = await startSimulator(defaultScenario({ statuses }), { validate: true })
  foreign = await startForeignHost()
})
afterEach(async () => {
  await foreign.close()
  await closeAndCheck(sim)
})

const gateway = () =>
  new Gateway(
    createGitHub({
      token: TOKENS.gate,
      baseUrl: sim.url,
      log: () => {},
      patience: {
        retries: 0,
        retryBaseMs: 1,
        timeoutMs: 15_000,
        maxRateLimitWaitSeconds: 1,
        budgetSeconds: 30
      }
    }),
    { owner: 'acme', repo: 'widgets' }
  )
const pagesAsked = () => sim.requests.filter(r => r.path === STATUSES).map(r => r.query.page ?? '1')

describe('paging', () => {
  it('reads every page of a list once (the simulator pages as GitHub does)', async () => {
    const statuses = await gateway().statuses(HEAD)
    expect(statuses).toHaveLength(150)
    expect(new Set(statuses.map(s => s.context)).size).toBe(150)
    expect(pagesAsked()).toEqual(['1', '2'])
  })

  it('never sends the token to a Link on another host: the list fails, naming that host', async () => {
    sim.onReply = (ex, reply) =>
      ex.path === STATUSES
        ? { ...reply, headers: { ...reply.headers, link: `<${foreign.url}${STATUSES}?page=2>; rel="next"` } }
        : undefined
    const failure = await gateway()
      .statuses(HEAD)
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(PagingError)
    const { reason, fix } = (failure as PagingError).explain()
    expect(reason).toContain(
      `is on another host, ${new URL(foreign.url).host}, not the API's ${new URL(sim.url).host}`
    )
    expect(fix).toContain('GITHUB_API_URL')
    expect(foreign.received).toEqual([])
  })

  it('also refuses another port or scheme on the same machine (the origin is what counts)', async () => {
    const other = sim.url.replace('http://', 'https://')
    sim.onReply = (ex, reply) =>
      ex.path === STATUSES
        ? { ...reply, headers: { ...reply.headers, link: `<${other}${STATUSES}?page=2>; rel="next"` } }
        : undefined
    await expect(gateway().statuses(HEAD)).rejects.toBeInstanceOf(PagingError)
  })

  it('ends the list when the next URL was read before, without duplicating items', async () => {
    // Page 2 points to itself as the next page.
    sim.onReply = (ex, reply) =>
      ex.path === STATUSES && ex.query.page === '2'
        ? {
            ...reply,
            headers: { ...reply.headers, link: `<${sim.url}${STATUSES}?per_page=100&page=2>; rel="next"` }
          }
        : undefined
    const statuses = await gateway().statuses(HEAD)
    expect(statuses).toHaveLength(150)
    expect(pagesAsked()).toEqual(['1', '2'])
  })

  it('ends the list when a page repeats the items of an earlier one', async () => {
    // Page 2 answers page 1's items again, and points on to a page 3 that must not be read.
    let first: unknown
    sim.onReply = (ex, reply) => {
      if (ex.path !== STATUSES) return undefined
      if (!ex.query.page) {
        first = reply.body
        return undefined
      }
      return {
        ...reply,
        body: first,
        headers: { ...reply.headers, link: `<${sim.url}${STATUSES}?per_page=100&page=3>; rel="next"` }
      }
    }
    const statuses = await gateway().statuses(HEAD)
    expect(statuses).toHaveLength(100)
    expect(new Set(statuses.map(s => s.id)).size).toBe(100)
    expect(pagesAsked()).toEqual(['1', '2'])
  })

  it(`stops after ${MAX_PAGES} pages of a Link that never ends`, async () => {
    let status: object | undefined
    sim.onReply = (ex, reply) => {
      if (ex.path !== STATUSES) return undefined
      const page = Number(ex.query.page ?? 1)
      status ??= (reply.body as object[])[0]
      // Each page its own item and its own next URL, forever.
      return {
        ...reply,
        body: [{ ...status, id: page }],
        headers: {
          ...reply.headers,
          link: `<${sim.url}${STATUSES}?per_page=100&page=${page + 1}>; rel="next"`
        }
      }
    }
    await expect(gateway().statuses(HEAD)).rejects.toThrow(`more than ${MAX_PAGES} pages`)
    expect(pagesAsked()).toHaveLength(MAX_PAGES)
  })

  it('reads rel="next" out of any Link header', () => {
    expect(nextLink('<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next"')).toBe(
      'https://a/x?page=3'
    )
    expect(nextLink('<https://a/x?page=1>; rel="first"')).toBeUndefined()
    expect(nextLink(undefined)).toBeUndefined()
  })
})

describe('paging ahead, once the first page numbers the rest', () => {
  /** Replaces the suite's simulator with one whose head commit has `count` statuses. */
  async function withStatuses(count: number) {
    await closeAndCheck(sim)
    const statuses: StatusSpec[] = Array.from({ length: count }, (_, i) => ({
      sha: HEAD,
      context: `ci/${i}`,
      state: 'success'
    }))
    sim = await startSimulator(defaultScenario({ statuses }), { validate: true })
  }
  /** The items the simulator served, page after page, as one reader going through them in order would see them. */
  const servedInOrder = () =>
    sim.requests
      .filter(r => r.path === STATUSES)
      .sort((a, b) => Number(a.query.page ?? 1) - Number(b.query.page ?? 1))
      .flatMap(r => (r.responseBody as { context: string }[]).map(s => s.context))

  it(`requests pages 2…N at most ${PAGE_CONCURRENCY} at a time, each once, and keeps the list's order`, async () => {
    await withStatuses(1150)
    let inFlight = 0
    let most = 0
    sim.onRequest = async ex => {
      if (ex.path !== STATUSES) return
      most = Math.max(most, ++inFlight)
      await new Promise(resolve => setTimeout(resolve, 30))
      inFlight--
    }
    const statuses = await gateway().statuses(HEAD)
    expect(statuses).toHaveLength(1150)
    expect(statuses.map(s => s.context)).toEqual(servedInOrder())
    expect(new Set(statuses.map(s => s.id)).size).toBe(1150)
    expect(pagesAsked()).toHaveLength(12)
    expect(new Set(pagesAsked()).size).toBe(12)
    expect(most).toBeGreaterThan(1)
    expect(most).toBeLessThanOrEqual(PAGE_CONCURRENCY)
  })

  it('fails the list when a page in the middle fails, whatever came after it', async () => {
    await withStatuses(650)
    sim.onRequest = ex =>
      ex.path === STATUSES && ex.query.page === '3'
        ? { status: 404, body: { message: 'Not Found' } }
        : undefined
    await expect(gateway().statuses(HEAD)).rejects.toMatchObject({ status: 404 })
  })

  it('ends the list where a page stops pointing on (the list shrank while it was read)', async () => {
    await withStatuses(650)
    sim.onReply = (ex, reply) =>
      ex.path === STATUSES && ex.query.page === '3'
        ? { ...reply, headers: { ...reply.headers, link: '' } }
        : undefined
    const statuses = await gateway().statuses(HEAD)
    expect(statuses).toHaveLength(300)
    expect(statuses.map(s => s.context)).toEqual(servedInOrder().slice(0, 300))
    expect(new Set(pagesAsked()).size).toBe(pagesAsked().length)
  })

  it('refuses a middle page that points to another host, and never sends the token there', async () => {
    await withStatuses(650)
    sim.onReply = (ex, reply) =>
      ex.path === STATUSES && ex.query.page === '2'
        ? { ...reply, headers: { ...reply.headers, link: `<${foreign.url}${STATUSES}?page=3>; rel="next"` } }
        : undefined
    await expect(gateway().statuses(HEAD)).rejects.toBeInstanceOf(PagingError)
    expect(foreign.received).toEqual([])
  })

  it(`fails at once, reading nothing more, when the first page says there are more than ${MAX_PAGES}`, async () => {
    sim.onReply = (ex, reply) =>
      ex.path === STATUSES
        ? {
            ...reply,
            headers: {
              ...reply.headers,
              link: `<${sim.url}${STATUSES}?per_page=100&page=2>; rel="next", <${sim.url}${STATUSES}?per_page=100&page=${MAX_PAGES + 1}>; rel="last"`
            }
          }
        : undefined
    await expect(gateway().statuses(HEAD)).rejects.toThrow(`more than ${MAX_PAGES} pages`)
    expect(pagesAsked()).toEqual(['1'])
  })

  it('numbers pages only when next is page 2 and last the same URL but for its page', () => {
    const url = (s: string) => new URL(`https://api.github.com/repositories/1/issues/7/comments${s}`)
    expect(
      numberedPages(url('?per_page=100&page=2'), url('?page=4&per_page=100'))?.map(u =>
        u.searchParams.get('page')
      )
    ).toEqual(['2', '3', '4'])
    // Cursor paging, a last page on another path, a next that is not page 2: read one page at a time.
    expect(numberedPages(url('?after=Y3Vyc29y&per_page=100'), undefined)).toBeUndefined()
    expect(
      numberedPages(url('?per_page=100&page=2'), new URL('https://api.github.com/other?per_page=100&page=4'))
    ).toBeUndefined()
    expect(numberedPages(url('?per_page=100&page=3'), url('?per_page=100&page=4'))).toBeUndefined()
    expect(urlKey(url('?a=1&b=x%2Cy'))).toBe(urlKey(url('?b=x,y&a=1')))
  })
})
