/**
 * A real HTTP server on 127.0.0.1 that stands in for api.github.com: authenticates, checks
 * permissions, routes, records every exchange and (optionally) checks it against GitHub's OpenAPI
 * description.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { type ExchangeToValidate, templateRegex, validateExchange } from './openapi.js'
import { ROUTES, type Method, type Reply, type Route } from './routes/index.js'
import { error, notFound } from './routes/route.js'
import type { Scenario, TokenSpec } from './scenario.js'
import { SimState } from './state.js'
import { type BlobStore, attachBlobStore, startBlobStore } from './blob-store.js'

/** What the `onRequest` hook sees, before routing. */
export interface IncomingExchange {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
}

/** One request and its response, as recorded (never the token itself). */
export interface RecordedExchange {
  method: string
  path: string
  query: Record<string, string>
  requestBody: unknown
  status: number
  responseHeaders: Record<string, string>
  responseBody: unknown
  /** The token's login, or undefined when unauthenticated. */
  login?: string
  /** The route's OpenAPI template, when routed. */
  template?: string
  /** When the request arrived and when its answer was sent, in ms on `performance.now()`'s clock. */
  receivedAt: number
  answeredAt: number
}

export type { Reply }

export interface Simulator {
  /** e.g. `http://127.0.0.1:43123`; use as GITHUB_API_URL. */
  url: string
  state: SimState
  requests: RecordedExchange[]
  /**
   * OpenAPI violations (with `validate: true`) and unrouted requests. Exchanges are checked when
   * this is read (or the simulator closed), not while answering: checking takes CPU time that would
   * otherwise hold up an answer, in this process, past a client's time limit.
   */
  readonly problems: string[]
  /**
   * Called before authentication and routing; may delay (await). Returning a reply
   * (`{status, body?, headers?}`) answers with it instead, for fault injection.
   */
  onRequest?: (ex: IncomingExchange) => void | Reply | Promise<void | Reply>
  /**
   * Called with the reply the simulator is about to send (after routing); may return another one,
   * e.g. with a rewritten `link` header, for faults that need the real answer (paging faults).
   */
  onReply?: (ex: IncomingExchange, reply: Reply) => void | Reply
  /** The blob storage that artifact downloads redirect to (another origin). */
  blobs: BlobStore
  /**
   * Milliseconds every answer (the API's and the blob store's) is held back, as a network's round
   * trip would: the bench measures how many round trips a run waits for. Settable between runs.
   */
  latencyMs: number
  close(): Promise<void>
}

export interface SimulatorOptions {
  /** Check every exchange against GitHub's OpenAPI description (problems land in `problems`). */
  validate?: boolean
  /** See `Simulator.latencyMs`; default 0. */
  latencyMs?: number
  /** The host name in the blob store's URLs (default 127.0.0.1), for tests of a proxy. */
  blobHost?: string
}

const GENERIC_DOCS = 'https://docs.github.com/rest'
const RATE_LIMIT = 5000
const PERMISSION_DENIED: Record<TokenSpec['type'], string> = {
  Bot: 'Resource not accessible by integration',
  User: 'Resource not accessible by personal access token'
}

/** GitHub's x-accepted-github-permissions: sets separated by "; ", permissions in a set by ",". */
export function acceptedPermissions(route: Route): string {
  return route.permissions.map(set => set.map(([p, a]) => `${p}=${a}`).join(',')).join('; ')
}

/** Whether a token holds one of a route's permission sets (`write` implies `read`). */
function permitted(token: TokenSpec, route: Route): boolean {
  if (route.permissions.length === 0) return true
  return route.permissions.some(set =>
    set.every(([perm, access]) => {
      const held = token.permissions[perm]
      return held === 'write' || (held === 'read' && access === 'read')
    })
  )
}

function match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue
    const m = templateRegex(route.template).exec(path)
    if (!m) continue
    const params = Object.fromEntries(
      Object.entries(m.groups ?? {}).map(([k, v]) => [
        k,
        k === 'path' ? v.split('/').map(decodeURIComponent).join('/') : decodeURIComponent(v)
      ])
    )
    return { route, params }
  }
  return undefined
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Start a simulator for a scenario on an ephemeral port. */
export async function startSimulator(scenario: Scenario, options: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimState(scenario)
  let requestCount = 0
  const problems: string[] = []
  /** Exchanges to check, each with the body as sent (state objects in it may change later). */
  const unchecked: { ex: ExchangeToValidate; sent: string }[] = []
  const check = () => {
    for (const { ex, sent } of unchecked.splice(0)) {
      const responseBody = typeof ex.responseBody === 'object' && sent ? JSON.parse(sent) : ex.responseBody
      problems.push(
        ...validateExchange({ ...ex, responseBody }).map(p => `${ex.method} ${ex.path} → ${ex.status}: ${p}`)
      )
    }
  }
  const blobs = await startBlobStore({ latencyMs: () => sim.latencyMs, host: options.blobHost })
  attachBlobStore(state, blobs)

  const sim: Simulator = {
    url: '',
    state,
    requests: [],
    get problems() {
      check()
      return problems
    },
    onRequest: undefined,
    onReply: undefined,
    blobs,
    latencyMs: options.latencyMs ?? 0,
    close: async () => {
      await blobs.close()
      await new Promise<void>((resolve, reject) => {
        server.close(err => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
    }
  }

  /** Everything up to the reply: parse, hook, authenticate, route, authorise, handle. */
  async function respond(
    req: IncomingMessage,
    method: string,
    rawPath: string,
    query: Record<string, string>,
    raw: string
  ): Promise<{ reply: Reply; body: unknown; token?: TokenSpec; route?: Route }> {
    let body: unknown
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        return { reply: error(400, 'Problems parsing JSON', GENERIC_DOCS), body: raw }
      }
    }
    const injected = await sim.onRequest?.({ method, path: safeDecode(rawPath), query, body })
    if (injected) return { reply: injected, body }

    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))
    if (!auth) return { reply: error(401, 'Requires authentication', GENERIC_DOCS), body }
    const token = state.tokens[auth[1]]
    if (!token) return { reply: error(401, 'Bad credentials', GENERIC_DOCS), body }

    // GraphQL has no OpenAPI operation: it is checked against GitHub's GraphQL schema instead.
    if (method === 'POST' && rawPath === '/graphql') {
      // graphql-js is large: loaded by the first GraphQL request, not by every test that starts a simulator.
      const { answerGraphql } = await import('./graphql.js')
      const answered = await answerGraphql(body, token, state)
      problems.push(...answered.problems)
      return { reply: answered.reply, body, token }
    }
    const found = match(method, rawPath)
    if (!found) {
      problems.push(`unrouted: ${method} ${safeDecode(rawPath)}`)
      return { reply: notFound(GENERIC_DOCS), body, token }
    }
    const { route, params } = found
    const sameRepo = (a: string | undefined, b: string): boolean =>
      a === undefined || a.toLowerCase() === b.toLowerCase()
    if (!sameRepo(params.owner, state.owner) || !sameRepo(params.repo, state.repoName)) {
      return { reply: notFound(route.docs), body, token, route }
    }
    const publicRead = route.publicRead && state.visibility === 'public' && method === 'GET'
    if (!publicRead && !permitted(token, route)) {
      const denied = route.refusal?.(token) ?? error(403, PERMISSION_DENIED[token.type], route.docs)
      denied.headers = { 'x-accepted-github-permissions': acceptedPermissions(route) }
      return { reply: denied, body, token, route }
    }
    const url = `${sim.url}${rawPath}`
    const reply = await route.handle({
      method: method as Method,
      path: rawPath,
      query,
      body,
      params,
      token,
      headers: req.headers,
      state,
      url
    })
    // GitHub answers every request of an app or fine-grained token with the permissions the
    // endpoint accepts, successes and 404s included, not only refusals.
    reply.headers = { 'x-accepted-github-permissions': acceptedPermissions(route), ...reply.headers }
    return { reply, body, token, route }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now()
    if (sim.latencyMs > 0) await sleep(sim.latencyMs)
    const parsed = new URL(req.url ?? '/', sim.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const rawPath = parsed.pathname.replace(/\/+$/, '') || '/'
    // Recorded and shown decoded (`contents/.github/readiness.yml`, not `.github%2Freadiness.yml`).
    const path = safeDecode(rawPath)
    const query = Object.fromEntries(parsed.searchParams)
    const raw = await readBody(req)
    let outcome: Awaited<ReturnType<typeof respond>>
    try {
      outcome = await respond(req, method, rawPath, query, raw)
    } catch (err) {
      problems.push(`error: ${method} ${path}: ${err instanceof Error ? err.message : String(err)}`)
      outcome = { reply: error(500, 'Server Error', GENERIC_DOCS), body: undefined }
    }
    const { token, route } = outcome
    const reply = sim.onReply?.({ method, path, query, body: outcome.body }, outcome.reply) ?? outcome.reply

    requestCount += 1
    if (token) state.rateUsed += 1
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - state.rateUsed)),
      'x-ratelimit-reset': String(state.rateReset()),
      'x-ratelimit-used': String(state.rateUsed),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `5140:${requestCount.toString(16).toUpperCase().padStart(6, '0')}:SIM`,
      ...reply.headers
    }
    const text =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    if (reply.status === 204) delete headers['content-type']
    res.writeHead(reply.status, { ...headers, 'content-length': String(Buffer.byteLength(text)) })
    if (reply.stallMs) {
      const bytes = Buffer.from(text)
      const half = Math.floor(bytes.length / 2)
      res.write(bytes.subarray(0, half))
      // Unless the client gives up first and closes the connection.
      const closed = new AbortController()
      res.once('close', () => closed.abort())
      await sleep(reply.stallMs, undefined, { signal: closed.signal }).catch(() => {})
      if (!res.destroyed) res.end(bytes.subarray(half))
    } else {
      res.end(text)
    }
    const answeredAt = performance.now()

    const exchange: RecordedExchange = {
      method,
      path,
      query,
      requestBody: outcome.body,
      status: reply.status,
      responseHeaders: headers,
      responseBody: reply.body,
      login: token?.login,
      template: route?.template,
      receivedAt,
      answeredAt
    }
    sim.requests.push(exchange)
    if (options.validate && route) {
      unchecked.push({
        ex: {
          method,
          template: route.template,
          path,
          status: reply.status,
          requestBody: outcome.body,
          responseBody: reply.body,
          contentType: headers['content-type']
        },
        sent: text
      })
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(err => {
      problems.push(`error: ${String(err)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  sim.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.baseUrl = sim.url
  return sim
}
