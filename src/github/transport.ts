import { HttpClient, getProxyUrl } from '@actions/http-client'
import { fetch as undiciFetch } from 'undici'

/** A request that got no answer: it timed out, or nothing accepted the connection. */
export class NetworkError extends Error {
  constructor(
    readonly kind: 'timeout' | 'refused',
    message: string,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'NetworkError'
  }
}

/**
 * The client's fetch: through the runner's proxy when `HTTPS_PROXY`/`HTTP_PROXY` apply to the API
 * URL (`NO_PROXY` and loopback hosts bypass it, as everywhere in the Actions toolkit), each request
 * limited to `timeoutMs`, and the two failures a person must tell apart named as such.
 */
export function gitHubFetch(
  baseUrl: string,
  timeoutMs: number,
  onRefused: (error: NetworkError) => void = () => {}
): typeof fetch {
  const proxy = getProxyUrl(baseUrl)
  // undici's own fetch, because the proxy dispatcher is undici's; keep-alive reuses the proxy tunnel.
  const dispatcher = proxy
    ? new HttpClient('readiness-gate', [], { keepAlive: true }).getAgentDispatcher(baseUrl)
    : undefined
  // Behind a proxy, the connection that can be refused is the proxy's.
  const proxyHost = proxy ? `the proxy ${new URL(proxy).host}` : undefined
  const send = undiciFetch as unknown as (input: unknown, init: unknown) => Promise<Response>
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    try {
      const response = await send(input, { ...init, signal, dispatcher })
      if (response.body) exchanges.set(response.body, { response, timeout, timeoutMs, caller: init?.signal })
      return response
    } catch (error) {
      if (timeout.aborted && !init?.signal?.aborted) {
        const message = `timed out after ${timeoutMs / 1000} s (no answer)`
        throw new NetworkError('timeout', message, { cause: error })
      }
      if (errorCode(error) === 'ECONNREFUSED') {
        const host = proxyHost ?? new URL(String(input)).host
        const refused = new NetworkError('refused', `could not connect to ${host}: connection refused`, {
          cause: error
        })
        onRefused(refused)
        throw refused
      }
      throw error
    }
  }
}

/**
 * A fetch for signed blob storage (artifact archives): no token, redirects followed, through the
 * runner's proxy when one applies to `url`, as for the API. It is undici's fetch, the one the API
 * client already loaded; Node's own fetch would load a second HTTP stack (about 15 ms of a run).
 */
export function blobFetch(url: string, timeoutMs: number): Promise<Response> {
  // undefined unless a proxy applies to `url`
  const dispatcher = new HttpClient('readiness-gate').getAgentDispatcher(url)
  const send = undiciFetch as unknown as (input: string, init: unknown) => Promise<Response>
  return send(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), dispatcher })
}

/**
 * Each answer's Response, kept alive by its body, and the time limit its body is read under. The
 * gate reads success bodies itself (Octokit hands over only the body stream, see json-body.ts), and
 * undici cancels the body of a Response that is garbage-collected before it is read: a collection
 * in that moment would lose the answer.
 */
const exchanges = new WeakMap<
  object,
  { response: Response; timeout: AbortSignal; timeoutMs: number; caller: AbortSignal | null | undefined }
>()

/**
 * The timeout, worded as one, when reading `body` failed because its request's time limit ran out
 * while the answer was still arriving (undici then reports only "The operation was aborted due to
 * timeout"); undefined when the read failed for another reason.
 */
export function bodyTimeout(body: unknown, error: unknown): NetworkError | undefined {
  const exchange = typeof body === 'object' && body !== null ? exchanges.get(body) : undefined
  if (!exchange?.timeout.aborted || exchange.caller?.aborted) return undefined
  const message = `timed out after ${exchange.timeoutMs / 1000} s (the answer stopped midway)`
  return new NetworkError('timeout', message, { cause: error })
}

/** fetch rejects with `TypeError: fetch failed`; the system error (or an AggregateError of them) is its cause. */
function errorCode(error: unknown): string | undefined {
  let e = error as { code?: unknown; cause?: unknown } | undefined
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    if (typeof e.code === 'string') return e.code
  }
  return undefined
}
