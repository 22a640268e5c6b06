import { ApiError, toApiError, type Explanation } from './api-error.js'
import { BACKGROUND, type GitHub } from './client.js'
import { bodyFingerprint } from './json-body.js'

/**
 * Reading a list page by page, the one way every list is read. Link rel="next" is followed only on
 * the API's own origin: Octokit sends the token with any absolute URL, so a Link to another host
 * would hand it over. A page seen before (the same next URL, or the same items again) ends the list
 * instead of counting its items twice.
 *
 * When the first page's Link numbers the pages (rel="next" is page 2 and rel="last" page N of the
 * same URL), pages 2…N are requested PAGE_CONCURRENCY at a time instead of one after another; they
 * are still taken in order, each only where the page before it points, so the list ends where it
 * would have ended read one by one, and no URL is requested twice.
 */

export const PER_PAGE = 100
/** A bound on pagination, so a broken Link header cannot loop forever (100 × 100 = 10,000 items). */
export const MAX_PAGES = 100
/**
 * Pages of one list in flight at once (the client has at most MAX_IN_FLIGHT requests out; a
 * background list takes only idle slots, so two long lists share them).
 */
export const PAGE_CONCURRENCY = 12

/** A list that could not be read to its end for a reason of its own, with its own fix. */
export class PagingError extends ApiError {
  constructor(
    endpoint: string,
    message: string,
    readonly fix: string
  ) {
    super(endpoint, undefined, message)
    this.name = 'PagingError'
  }

  explain(): Explanation {
    return { reason: `${this.endpoint}: ${this.message}`, fix: this.fix }
  }
}

/** One page as read: its items (or why there are none), a fingerprint of its body, its Links. */
interface Page<T> {
  url: string
  fingerprint: string
  items: T[]
  /** The request's or `pick`'s failure: thrown only if the list gets as far as this page. */
  failure?: unknown
  next?: URL
  last?: URL
}

/**
 * Every item of a list: `pick` takes the items out of one page's body (and may throw on a malformed
 * one). Request failures become ApiErrors naming `endpoint`.
 */
export async function readPages<T>(
  gh: GitHub,
  endpoint: string,
  params: Record<string, unknown>,
  pick: (data: unknown) => T[],
  /** A list needed only later (see BACKGROUND): its pages take only idle slots. */
  options: { background?: boolean } = {}
): Promise<T[]> {
  const origin = new URL(gh.request.endpoint.DEFAULTS.baseUrl).origin
  const request = options.background ? { request: BACKGROUND } : {}
  const read = async (url?: string): Promise<Page<T>> => {
    let response
    try {
      response = url
        ? await gh.request(`GET ${url}`, request)
        : await gh.request(endpoint, { ...params, per_page: params.per_page ?? PER_PAGE, ...request })
    } catch (error) {
      return { url: url ?? '', fingerprint: '', items: [], failure: toApiError(error, endpoint) }
    }
    const page: Page<T> = {
      url: response.url,
      fingerprint: bodyFingerprint(response.data),
      items: [],
      next: linkTo('next', response.headers.link, response.url),
      last: linkTo('last', response.headers.link, response.url)
    }
    try {
      page.items = pick(response.data)
    } catch (error) {
      page.failure = error
    }
    return page
  }

  // Pages requested ahead of need, by their URL's key; `stop` ends requesting more of them.
  const ahead = new Map<string, Promise<Page<T>>>()
  let stop = () => {}
  const items: T[] = []
  const seenUrls = new Set<string>()
  const seenPages = new Set<string>()
  let page = await read()
  try {
    for (let count = 1; ; count++) {
      if (page.failure !== undefined && !page.fingerprint) throw page.failure
      seenUrls.add(urlKey(new URL(page.url)))
      if (seenPages.has(page.fingerprint)) return items
      seenPages.add(page.fingerprint)
      if (page.failure !== undefined) throw page.failure
      items.push(...page.items)

      const next = page.next
      if (!next) return items
      if (next.origin !== origin) {
        throw new PagingError(
          endpoint,
          `the next page (Link rel="next") is on another host, ${next.host}, not the API's ${new URL(origin).host}; the gate does not send its token there`,
          "GitHub's Link headers point at the API host itself: check `GITHUB_API_URL` and any proxy between the runner and GitHub that rewrites headers."
        )
      }
      if (seenUrls.has(urlKey(next))) return items
      if (count === 1) {
        const numbered = numberedPages(next, page.last)
        if (numbered && numbered.length + 1 > MAX_PAGES) {
          throw new ApiError(
            endpoint,
            undefined,
            `more than ${MAX_PAGES} pages (${numbered.length + 1}); stopped reading`
          )
        }
        if (numbered) stop = requestAhead(numbered, read, ahead)
      }
      if (count >= MAX_PAGES)
        throw new ApiError(endpoint, undefined, `more than ${MAX_PAGES} pages; stopped reading`)
      page = await (ahead.get(urlKey(next)) ?? read(next.href))
    }
  } finally {
    stop()
  }
}

/**
 * Requests `urls` at most PAGE_CONCURRENCY at a time, in order, each entered in `ahead` at once
 * (so nothing requests it a second time); returns the function that stops requesting more.
 */
function requestAhead<T>(
  urls: URL[],
  read: (url: string) => Promise<Page<T>>,
  ahead: Map<string, Promise<Page<T>>>
): () => void {
  let stopped = false
  const starts: (() => void)[] = []
  for (const url of urls) {
    ahead.set(
      urlKey(url),
      new Promise(resolve => starts.push(() => void read(url.href).then(resolve).finally(startNext)))
    )
  }
  let started = 0
  function startNext(): void {
    if (!stopped && started < starts.length) starts[started++]()
  }
  for (let i = 0; i < PAGE_CONCURRENCY; i++) startNext()
  return () => {
    stopped = true
  }
}

/**
 * Pages 2…N when `next` and `last` are the same URL but for `page` (2 and N), as GitHub numbers
 * pages; undefined for any other paging (cursors), which is read one page after another.
 */
export function numberedPages(next: URL, last: URL | undefined): URL[] | undefined {
  if (!last || next.searchParams.get('page') !== '2') return undefined
  const n = Number(last.searchParams.get('page'))
  if (!Number.isInteger(n) || n < 2) return undefined
  const withPage = (k: number) => {
    const url = new URL(next)
    url.searchParams.set('page', String(k))
    return url
  }
  if (urlKey(withPage(n)) !== urlKey(last)) return undefined
  return Array.from({ length: n - 1 }, (_, i) => (i === 0 ? next : withPage(i + 2)))
}

/** A URL's identity for paging: its origin, path and query parameters in any order or encoding. */
export function urlKey(url: URL): string {
  const query = [...url.searchParams].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y))
  return `${url.origin}${url.pathname}?${new URLSearchParams(query).toString()}`
}

/** The rel="next" URL of a Link header, if any. */
export function nextLink(link: string | undefined): string | undefined {
  return relLink('next', link)
}

function relLink(rel: string, link: string | undefined): string | undefined {
  return link
    ?.split(',')
    .map(part => new RegExp(`<([^>]+)>\\s*;\\s*rel="${rel}"`).exec(part))
    .find(Boolean)?.[1]
}

/** A Link header's `rel` URL, resolved against the page's own URL. */
function linkTo(rel: string, link: string | undefined, base: string): URL | undefined {
  const href = relLink(rel, link)
  return href === undefined ? undefined : new URL(href, base)
}
