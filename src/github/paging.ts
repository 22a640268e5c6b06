import { createHash } from 'node:crypto'
import { ApiError, toApiError, type Explanation } from './api-error.js'
import type { GitHub } from './client.js'

/**
 * Reading a list page by page, the one way every list is read. Link rel="next" is followed only on
 * the API's own origin: Octokit sends the token with any absolute URL, so a Link to another host
 * would hand it over. A page seen before (the same next URL, or the same items again) ends the list
 * instead of counting its items twice.
 */

export const PER_PAGE = 100
/** A bound on pagination, so a broken Link header cannot loop forever (100 × 100 = 10,000 items). */
export const MAX_PAGES = 100

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

/**
 * Every item of a list: `pick` takes the items out of one page's body (and may throw on a malformed
 * one). Request failures become ApiErrors naming `endpoint`.
 */
export async function readPages<T>(
  gh: GitHub,
  endpoint: string,
  params: Record<string, unknown>,
  pick: (data: unknown) => T[]
): Promise<T[]> {
  const origin = new URL(gh.request.endpoint.DEFAULTS.baseUrl).origin
  const items: T[] = []
  const seenUrls = new Set<string>()
  const seenPages = new Set<string>()
  let next: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    let response
    try {
      response = next
        ? await gh.request(`GET ${next}`)
        : await gh.request(endpoint, { ...params, per_page: params.per_page ?? PER_PAGE })
    } catch (error) {
      throw toApiError(error, endpoint)
    }
    seenUrls.add(response.url)
    const fingerprint = createHash('sha256').update(JSON.stringify(response.data)).digest('hex')
    if (seenPages.has(fingerprint)) return items
    seenPages.add(fingerprint)
    items.push(...pick(response.data))

    const link = nextLink(response.headers.link)
    if (!link) return items
    const url = new URL(link, response.url)
    if (url.origin !== origin) {
      throw new PagingError(
        endpoint,
        `the next page (Link rel="next") is on another host, ${url.host}, not the API's ${new URL(origin).host}; the gate does not send its token there`,
        "GitHub's Link headers point at the API host itself: check `GITHUB_API_URL` and any proxy between the runner and GitHub that rewrites headers."
      )
    }
    if (seenUrls.has(url.href)) return items
    next = url.href
  }
  throw new ApiError(endpoint, undefined, `more than ${MAX_PAGES} pages; stopped reading`)
}

/** The rel="next" URL of a Link header, if any. */
export function nextLink(link: string | undefined): string | undefined {
  return link
    ?.split(',')
    .map(part => /<([^>]+)>\s*;\s*rel="next"/.exec(part))
    .find(Boolean)?.[1]
}
