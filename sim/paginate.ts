/**
 * GitHub-style pagination: `per_page` (default 30, at most 100) and `page` (from 1), and a `Link`
 * header with absolute URLs in GitHub's order: prev, next, last, first.
 */

export interface Page<T> {
  items: T[]
  /** The `Link` header value, or undefined when everything fits on one page. */
  link?: string
}

/** A positive integer from a query value, or the fallback when absent or unusable. */
function positive(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10)
  return Number.isFinite(n) && n >= 1 ? n : fallback
}

/**
 * Cut one page out of `all`. `url` is the request's absolute URL without query; the links keep
 * every other query parameter and put `page` last, as GitHub does.
 */
export function paginate<T>(all: T[], query: Record<string, string>, url: string): Page<T> {
  const perPage = Math.min(positive(query.per_page, 30), 100)
  const page = positive(query.page, 1)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((page - 1) * perPage, page * perPage)
  if (last === 1 && page === 1) return { items }

  const { page: _page, ...rest } = query
  const href = (n: number): string => {
    const params = new URLSearchParams({ ...rest, page: String(n) })
    return `<${url}?${params.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${href(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) links.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`)
  if (page > 1) links.push(`${href(1)}; rel="first"`)
  return { items, link: links.join(', ') }
}
