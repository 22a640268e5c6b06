import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** Octokit with the official retry and throttling plugins: the one client every caller uses. */
const GateOctokit = Octokit.plugin(retry, throttling)
export type GitHub = InstanceType<typeof GateOctokit>

export interface ClientOptions {
  token: string
  baseUrl: string
  /** Called with one line per retry or rate-limit wait (never with the token). */
  log: (message: string) => void
  /** Retries of 5xx/network failures (plugin-retry), and of rate-limited requests. */
  retries?: number
  /** Longest rate-limit wait the gate accepts before giving up, in seconds. */
  maxRateLimitWait?: number
}

export function createGitHub(options: ClientOptions): GitHub {
  const retries = options.retries ?? 3
  const maxWait = options.maxRateLimitWait ?? 60
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < retries && retryAfter <= maxWait
      options.log(
        `${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`
      )
      return retrying
    }
  return new GateOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'readiness-gate',
    // Failed requests surface as errors the gate explains; Octokit's own error lines would only be noise.
    log: { debug: () => {}, info: () => {}, warn: options.log, error: () => {} },
    // Not `request: { retries }`: plugin-retry then retries every failure, 403 and 404 included.
    retry: { retries },
    throttle: { onRateLimit: onLimit('Primary'), onSecondaryRateLimit: onLimit('Secondary') }
  })
}
