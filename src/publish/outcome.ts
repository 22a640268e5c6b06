import { describeFailure, toApiError } from '../github/api-error.js'
import { permissionFor } from '../github/permissions.js'
import { CreatedShape } from '../github/shapes.js'

/** What happened to one post: done, skipped on purpose, or refused by GitHub (with why). */
export type PublishOutcome =
  | { posted: true; url?: string; /** The login GitHub recorded as the author. */ author?: string }
  | { posted: false; reason: string }

/**
 * A refused write (or a read it needed) becomes a reason a person can act on, naming the permission
 * of the endpoint that was refused; fork PRs get a read-only token.
 */
export function refused(error: unknown, endpoint: string, what: string): PublishOutcome {
  const e = toApiError(error, endpoint)
  const permission = permissionFor(endpoint)
  const verb = endpoint.startsWith('GET ') ? 'read' : 'write'
  const hint =
    (e.status === 403 || e.status === 404) && permission
      ? ` The token may not ${verb} ${what}: grant \`permissions: { ${permission} }\`; on PRs from forks GitHub gives a read-only token (see "Fork pull requests" in docs/events.md).`
      : ''
  return { posted: false, reason: `${describeFailure(e)}.${hint}` }
}

/**
 * What a write's answer confirms. A 2xx whose body is not the created object (malformed, truncated)
 * does not prove the post landed, so it is reported like a refusal rather than assumed.
 */
export function confirmed(data: unknown, endpoint: string, what: string): PublishOutcome & { id?: number } {
  const parsed = CreatedShape.safeParse(data)
  if (!parsed.success) {
    return {
      posted: false,
      reason: `${endpoint} answered with an unexpected body; the ${what} may not have been posted.`
    }
  }
  const { id, html_url, creator, app } = parsed.data
  const author = creator?.login ?? (app?.slug ? `${app.slug}[bot]` : undefined)
  return { posted: true, id, url: html_url ?? undefined, author }
}
