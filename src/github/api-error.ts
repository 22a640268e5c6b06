/** What went wrong with one API call, in terms the gate can explain to a person. */
export class ApiError extends Error {
  constructor(
    /** e.g. `GET /repos/{owner}/{repo}/commits/{ref}/check-runs` */
    readonly endpoint: string,
    /** HTTP status; undefined for network failures and malformed responses. */
    readonly status: number | undefined,
    message: string,
    /** GitHub's `x-accepted-github-permissions` header, e.g. `checks=read`. */
    readonly acceptedPermissions?: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface OctokitLikeError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
}

/** Wraps anything thrown by an Octokit call into an ApiError naming the endpoint. */
export function toApiError(error: unknown, endpoint: string): ApiError {
  if (error instanceof ApiError) return error
  const e = (error ?? {}) as OctokitLikeError
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

/**
 * Why a read failed and what to change. `permission` is the `permissions:` entry the call needs,
 * used when GitHub does not say which one it wanted.
 */
export function explainApiError(error: ApiError, permission: string): Explanation {
  const what = `${error.endpoint} answered ${error.status ?? 'no response'}: ${error.message}`
  if (error.status === 401) {
    return {
      reason: what,
      fix: 'The token was refused: check that the `token` input is a valid, unexpired token.'
    }
  }
  if (error.status === 403 && /rate limit/i.test(error.message)) {
    return {
      reason: what,
      fix: 'GitHub rate-limited the token: re-run the job later, or use a GitHub App token.'
    }
  }
  const key = permissionKey(error.acceptedPermissions) ?? permission
  if (error.status === 403) {
    return {
      reason: what,
      fix: `Grant the workflow job \`permissions: { ${key} }\` (or use a token that has it).`
    }
  }
  if (error.status === 404) {
    // GitHub sends x-accepted-github-permissions with every answer, so a 404 is "not found" first.
    return { reason: what, fix: `Check that it exists and that the token can see it (needs \`${key}\`).` }
  }
  return { reason: what, fix: 'A GitHub API error: re-run the job; if it persists, check githubstatus.com.' }
}
