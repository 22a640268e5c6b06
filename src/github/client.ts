import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** Octokit with the official retry and throttling plugins: the one client every caller uses. */
const GateOctokit = Octokit.plugin(retry, throttling)
export type GitHub = InstanceType<typeof GateOctokit>

/** How patient the client is. Defaults suit GitHub; tests shorten them through the environment. */
export interface Patience {
  /** Retries of 5xx/network failures (plugin-retry), and of rate-limited requests. */
  retries: number
  /** Backoff unit in ms: plugin-retry waits (n+1)² units before retry n. */
  retryBaseMs: number
  /** One request's time limit. */
  timeoutMs: number
  /** Longest rate-limit wait accepted, in seconds; a longer reset gives up (the item is `unknown`). */
  maxRateLimitWaitSeconds: number
  /** All requests of a run together; past it, requests fail at once (their items are `unknown`). */
  budgetSeconds: number
}

/** Reads `READINESS_GATE_RETRIES`, `…_RETRY_BASE_MS`, `…_TIMEOUT_MS`, `…_MAX_RATE_LIMIT_WAIT`, `…_BUDGET_SECONDS`. */
export function patienceFromEnv(env: NodeJS.ProcessEnv = process.env): Patience {
  const num = (name: string, fallback: number) => {
    const value = Number(env[`READINESS_GATE_${name}`])
    return Number.isFinite(value) && value >= 0 ? value : fallback
  }
  return {
    retries: num('RETRIES', 3),
    retryBaseMs: num('RETRY_BASE_MS', 1000),
    timeoutMs: num('TIMEOUT_MS', 30_000),
    maxRateLimitWaitSeconds: num('MAX_RATE_LIMIT_WAIT', 60),
    budgetSeconds: num('BUDGET_SECONDS', 600)
  }
}

export interface ClientOptions {
  token: string
  baseUrl: string
  /** Called with one line per retry or rate-limit wait (never with the token). */
  log: (message: string) => void
  patience?: Patience
}

export function createGitHub(options: ClientOptions): GitHub {
  const p = options.patience ?? patienceFromEnv()
  const deadline = Date.now() + p.budgetSeconds * 1000
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying =
        retryCount < p.retries &&
        retryAfter <= p.maxRateLimitWaitSeconds &&
        Date.now() + retryAfter * 1000 < deadline
      options.log(
        `${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`
      )
      return retrying
    }
  const octokit = new GateOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'readiness-gate',
    // Failed requests surface as errors the gate explains; Octokit's own error lines would only be noise.
    log: { debug: () => {}, info: () => {}, warn: options.log, error: () => {} },
    // Not `request: { retries }`: plugin-retry then retries every failure, 403 and 404 included.
    // 429 is left to the throttling plugin, which honours `retry-after`; plugin-retry would retry it
    // on its own schedule (1 s, 4 s, 9 s) and ignore what GitHub asked for.
    retry: {
      retries: p.retries,
      retryAfterBaseValue: p.retryBaseMs,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      onRateLimit: onLimit('Primary'),
      onSecondaryRateLimit: onLimit('Secondary'),
      retryAfterBaseValue: p.retryBaseMs
    },
    request: { fetch: withTimeout(p.timeoutMs) }
  })
  octokit.hook.before('request', options => {
    if (Date.now() > deadline) {
      throw new Error(
        `the gate's time budget (${p.budgetSeconds}s) is spent; ${options.method} ${options.url} was not sent`
      )
    }
  })
  return octokit
}

/** fetch with a per-request time limit, so a hung connection becomes an error that can be retried. */
function withTimeout(ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return fetch(input, { ...init, signal })
  }
}
