import { permissionFor } from './permissions.js'
import { NetworkError } from './transport.js'

/** What went wrong with one API call, in terms the gate can explain to a person. */
export class ApiError extends Error {
  constructor(
    /** e.g. `GET /repos/{owner}/{repo}/commits/{ref}/check-runs` */
    readonly endpoint: string,
    /** HTTP status; undefined for network failures and malformed responses. */
    readonly status: number | undefined,
    message: string,
    /** GitHub's `x-accepted-github-permissions` header, e.g. `checks=read`. */
    readonly acceptedPermissions?: string,
    /** Set when no answer came: the request timed out, or the connection was refused. */
    readonly network?: NetworkError['kind']
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface OctokitLikeError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
  cause?: unknown
}

/** Wraps anything thrown by an Octokit call into an ApiError naming the endpoint. */
export function toApiError(error: unknown, endpoint: string): ApiError {
  if (error instanceof ApiError) return error
  const e = (error ?? {}) as OctokitLikeError
  // Octokit reports a request that got no answer as status 500; the transport's error says what it was.
  const network =
    error instanceof NetworkError ? error : e.cause instanceof NetworkError ? e.cause : undefined
  if (network) return new ApiError(endpoint, undefined, network.message, undefined, network.kind)
  const data = e.response?.data as { message?: unknown } | undefined
  const message = typeof data?.message === 'string' ? data.message : String(e.message ?? error)
  return new ApiError(
    endpoint,
    typeof e.status === 'number' ? e.status : undefined,
    message,
    e.response?.headers?.['x-accepted-github-permissions']
  )
}

/**
 * `pull_requests=write; issues=write` → `pull-requests: write` (the first alternative, as it is
 * spelled under `permissions:` in a workflow).
 */
export function permissionKey(accepted: string | undefined): string | undefined {
  const first = accepted?.split(';')[0]?.split(',')[0]?.trim()
  if (!first || !first.includes('=')) return undefined
  const [name, level] = first.split('=')
  return `${name.replace(/_/g, '-')}: ${level}`
}

export interface Explanation {
  reason: string
  fix: string
}

/** What to do when nothing accepted the connection to the API. */
export const REFUSED_FIX =
  'Check that the API URL (GITHUB_API_URL) is right and reachable from the runner, and its proxy settings (HTTPS_PROXY, NO_PROXY).'

/** `GET … answered 403: Resource not accessible…`, or `GET …: timed out after 30 s` when nothing answered. */
export function describeFailure(error: ApiError): string {
  return error.status === undefined
    ? `${error.endpoint}: ${error.message}`
    : `${error.endpoint} answered ${error.status}: ${error.message}`
}

/**
 * Why a call failed and what to change. The `permissions:` entry named is the one GitHub says it
 * wanted, else the endpoint's (src/github/permissions.ts), else `fallback`.
 */
export function explainApiError(error: ApiError, fallback?: string): Explanation {
  const what = describeFailure(error)
  if (error.network === 'timeout') {
    return {
      reason: what,
      fix: 'GitHub did not answer in time, retries included: re-run the job; if it persists, check githubstatus.com.'
    }
  }
  if (error.network === 'refused') return { reason: what, fix: REFUSED_FIX }
  if (error.status === 401) {
    return {
      reason: what,
      fix: 'The token was refused: check that the `token` input is a valid, unexpired token.'
    }
  }
  if (error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message))) {
    return {
      reason: what,
      fix: 'GitHub rate-limited the token: re-run the job later, or use a GitHub App token.'
    }
  }
  const key = permissionKey(error.acceptedPermissions) ?? permissionFor(error.endpoint) ?? fallback
  if (error.status === 403) {
    return {
      reason: what,
      fix: key
        ? `Grant the workflow job \`permissions: { ${key} }\` (or use a token that has it).`
        : 'The token may not do this: use a token with access to the repository.'
    }
  }
  if (error.status === 404) {
    // GitHub sends x-accepted-github-permissions with every answer, so a 404 is "not found" first.
    const needs = key ? ` (needs \`${key}\`)` : ''
    return { reason: what, fix: `Check that it exists and that the token can see it${needs}.` }
  }
  return { reason: what, fix: 'A GitHub API error: re-run the job; if it persists, check githubstatus.com.' }
}
