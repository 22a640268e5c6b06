import { ApiError, toApiError } from './api-error.js'
import type { Gateway } from './gateway.js'
import { BlameShape, type BlameRange } from './shapes.js'

/** How the blame read is named in errors and in the permissions table. */
export const BLAME_ENDPOINT = 'POST /graphql (blame)'

// GitHub's REST API has no blame; GraphQL's Commit.blame answers every range at once (no paging).
const QUERY = `query ($owner: String!, $name: String!, $expression: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Commit {
        blame(path: $path) {
          ranges { startingLine endingLine commit { oid url committedDate author { name user { login } } } }
        }
      }
    }
  }
}`

interface GraphqlErrorLike {
  errors?: { type?: string; message?: string }[]
}

/** The blame of `path` at `ref` (a branch or a SHA), read once per gateway. */
export function fileBlame(gateway: Gateway, ref: string, path: string): Promise<BlameRange[]> {
  return gateway.cached(`blame:${ref}:${path}`, async () => {
    let data: unknown
    try {
      data = await gateway.gh.graphql(QUERY, {
        owner: gateway.repo.owner,
        name: gateway.repo.repo,
        expression: ref,
        path
      })
    } catch (error) {
      // GraphQL answers 200 with `errors`; their type is what a REST status would have said.
      const first = (error as GraphqlErrorLike).errors?.[0]
      if (first) {
        const status = first.type === 'FORBIDDEN' ? 403 : first.type === 'NOT_FOUND' ? 404 : undefined
        throw new ApiError(BLAME_ENDPOINT, status, first.message ?? 'GraphQL error')
      }
      throw toApiError(error, BLAME_ENDPOINT)
    }
    const parsed = BlameShape.safeParse(data)
    if (!parsed.success)
      throw new ApiError(BLAME_ENDPOINT, undefined, 'the answer did not have the expected shape')
    const ranges = parsed.data.repository?.object?.blame?.ranges
    if (!ranges) throw new ApiError(BLAME_ENDPOINT, 404, `no commit \`${ref}\` in the repository`)
    return ranges
  })
}

/** The range that holds `line`, if the blame covers it. */
export function rangeOf(ranges: readonly BlameRange[], line: number): BlameRange | undefined {
  return ranges.find(r => r.startingLine <= line && line <= r.endingLine)
}
