/**
 * What a route is, what it receives, and the replies GitHub gives in its usual shapes.
 */
import type { Access, Permission, TokenSpec } from '../scenario.js'
import type { SimState } from '../state.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RouteRequest {
  method: Method
  path: string
  query: Record<string, string>
  body: unknown
  /** Decoded path parameters, named as in the template. */
  params: Record<string, string>
  token: TokenSpec
  /** The request's headers (lower-case names). */
  headers: Record<string, string | string[] | undefined>
  state: SimState
  /** Absolute URL of the request without its query, for `Link` headers. */
  url: string
}

export interface Reply {
  status: number
  /** Objects and arrays are sent as JSON; a string is sent as is (raw media types). */
  body?: unknown
  headers?: Record<string, string>
  /**
   * Fault injection: the headers and the first half of the body are sent at once, the rest this
   * many ms later (an answer that stalls midway, as a slow or overloaded server's can).
   */
  stallMs?: number
}

/**
 * A route of the simulated API. `permissions` lists alternatives, each a set of permissions
 * that must all be held (GitHub's x-accepted-github-permissions); empty means metadata only,
 * which every installation token has.
 */
export interface Route {
  method: Method
  /** The OpenAPI path template, looked up directly in GitHub's description. */
  template: string
  /** The operation's documentation URL (the OpenAPI `externalDocs.url`), for error bodies. */
  docs: string
  permissions: [Permission, Access][][]
  /** Reads that a public repository serves without the permission. */
  publicRead?: boolean
  /** How GitHub refuses a token without the permission, when not with the usual 403 (e.g. a 404). */
  refusal?(token: TokenSpec): Reply | undefined
  handle(req: RouteRequest): Reply | Promise<Reply>
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers
})

/** GitHub's error body: `{message, documentation_url, status}` (status as a string). */
export function error(status: number, message: string, docs: string, extra: object = {}): Reply {
  return { status, body: { message, ...extra, documentation_url: docs, status: String(status) } }
}

export const notFound = (docs: string, message = 'Not Found'): Reply => error(404, message, docs)

/** 422 with GitHub's `Validation Failed` body. */
export function validationFailed(
  docs: string,
  errors: { resource: string; code: string; field: string; message?: string }[]
): Reply {
  return error(422, 'Validation Failed', docs, { errors })
}

/** 422 as GitHub's JSON-schema request validation words it ("Invalid request.\n\n…"). */
export const invalidRequest = (docs: string, detail: string): Reply =>
  error(422, `Invalid request.\n\n${detail}`, docs)

export const noCommit = (docs: string, ref: string): Reply =>
  error(422, `No commit found for SHA: ${ref}`, docs)

/** The first required field missing from a JSON body, or undefined. */
export function missingField(body: unknown, fields: string[]): string | undefined {
  const obj = (body ?? {}) as Record<string, unknown>
  return fields.find(f => obj[f] === undefined || obj[f] === null)
}

/** The request body as an object (an empty one when absent). */
export const bodyOf = (req: RouteRequest): Record<string, unknown> =>
  req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {}

/** `"x" is not one of […]`, as GitHub's schema validation reports a bad enum value. */
export function notOneOf(field: string, value: unknown, allowed: readonly string[]): string {
  return `For 'properties/${field}', ${JSON.stringify(value)} is not one of ${JSON.stringify(allowed).replace(/,/g, ', ')}.`
}
