import { readFileSync } from 'node:fs'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { rootCertificates, type TLSSocket } from 'node:tls'

/**
 * Live probes of a service for the `http` check: one plain GET, nothing the gate holds ever sent
 * (no token, no cookie, no authorization; only `user-agent` and `accept`), redirects followed only
 * when asked, at most MAX_BODY bytes of body read, each request bounded in time. A fresh connection
 * per request, so a sample's time includes connecting and the TLS handshake, as a new visitor's would.
 */

/** Most body bytes read from one answer: enough to finish a normal page, bounded for a hostile one. */
export const MAX_BODY = 1024 * 1024
/** Redirects followed at most with `follow: true`. */
export const MAX_REDIRECTS = 5

export interface Answer {
  url: string
  status: number
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>
  /** From sending the request to the end of the body (or of the part read). */
  ms: number
  /** The server certificate's `notAfter`, for https. */
  certificateExpires?: Date
  /** Whether the body was cut at MAX_BODY. */
  truncated: boolean
}

/** A request that got no answer, in words that say what was seen. */
export class ProbeError extends Error {
  constructor(
    readonly url: string,
    message: string
  ) {
    super(message)
    this.name = 'ProbeError'
  }
}

export interface ProbeOptions {
  follow: boolean
  timeoutMs: number
}

/** Per-request time limit: `READINESS_GATE_PROBE_TIMEOUT_MS`, default 10 s. */
export function probeTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.READINESS_GATE_PROBE_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : 10_000
}

/** One probe of `url`: the final answer (after redirects when `follow`), or a ProbeError. */
export async function probe(url: string, options: ProbeOptions): Promise<Answer> {
  let current = url
  for (let hop = 0; ; hop++) {
    const answer = await get(current, options.timeoutMs)
    const location = answer.headers.location
    if (!options.follow || answer.status < 300 || answer.status > 399 || !location) return answer
    if (hop >= MAX_REDIRECTS) throw new ProbeError(current, `more than ${MAX_REDIRECTS} redirects`)
    const next = new URL(location, current)
    if (next.protocol !== 'https:' && next.protocol !== 'http:')
      throw new ProbeError(current, `redirects to a ${next.protocol} URL`)
    // Credentials in a Location are never sent on.
    next.username = ''
    next.password = ''
    current = next.toString()
  }
}

/**
 * Certificates Node trusts, plus those of `NODE_EXTRA_CA_CERTS` read now: Node reads that file only at
 * start, so an environment set later (tests, the in-process runner stand-in) is honoured here too.
 * Verification is never turned off.
 */
function trustedCas(): string[] | undefined {
  const extra = process.env.NODE_EXTRA_CA_CERTS
  if (!extra) return undefined
  try {
    return [...rootCertificates, readFileSync(extra, 'utf8')]
  } catch {
    return undefined
  }
}

function get(url: string, timeoutMs: number): Promise<Answer> {
  const target = new URL(url)
  const https = target.protocol === 'https:'
  const send = https ? httpsRequest : httpRequest
  const started = performance.now()
  // Once the time is up, whatever error the destroyed request or response reports, the answer is late.
  let timedOut = false
  const late = () => new ProbeError(url, `no complete answer within ${timeoutMs / 1000} s`)
  return new Promise<Answer>((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'GET',
        agent: false,
        headers: { 'user-agent': 'readiness-gate-probe', accept: '*/*' },
        ...(https ? { ca: trustedCas(), servername: target.hostname } : {})
      },
      (res: IncomingMessage) => {
        const socket = res.socket as TLSSocket
        const cert = https ? socket.getPeerCertificate?.() : undefined
        const certificateExpires = cert?.valid_to ? new Date(cert.valid_to) : undefined
        let read = 0
        let truncated = false
        const done = () =>
          resolve({
            url,
            status: res.statusCode ?? 0,
            headers: headersOf(res),
            ms: performance.now() - started,
            certificateExpires,
            truncated
          })
        res.on('data', (chunk: Buffer) => {
          read += chunk.length
          if (read >= MAX_BODY && !truncated) {
            truncated = true
            done()
            res.destroy()
          }
        })
        res.on('end', done)
        res.on('error', error =>
          truncated ? undefined : reject(timedOut ? late() : describe(url, error, timeoutMs))
        )
      }
    )
    // The whole exchange is bounded, not each pause: a server that drips its body cannot hold the gate.
    const timer = setTimeout(() => {
      timedOut = true
      req.destroy(late())
    }, timeoutMs)
    req.on('close', () => clearTimeout(timer))
    req.on('error', error => reject(timedOut ? late() : describe(url, error, timeoutMs)))
    req.end()
  })
}

function headersOf(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

/** The failure as a person reads it: timeout, refused, unknown host, an untrusted or expired certificate. */
function describe(url: string, error: unknown, timeoutMs: number): ProbeError {
  if (error instanceof ProbeError) return error
  const code = (error as { code?: string }).code ?? ''
  const host = new URL(url).host
  const words: Record<string, string> = {
    ECONNREFUSED: `${host} refused the connection`,
    ECONNRESET: `${host} closed the connection without an answer`,
    ENOTFOUND: `no such host: ${new URL(url).hostname}`,
    EAI_AGAIN: `the name ${new URL(url).hostname} could not be resolved`,
    ETIMEDOUT: `no answer within ${timeoutMs / 1000} s`,
    CERT_HAS_EXPIRED: 'the certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed and not trusted',
    SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in an untrusted self-signed certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate is not signed by a trusted authority',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the certificate is not signed by a trusted authority',
    ERR_TLS_CERT_ALTNAME_INVALID: `the certificate is not valid for ${new URL(url).hostname}`,
    CERT_NOT_YET_VALID: 'the certificate is not valid yet'
  }
  return new ProbeError(url, words[code] ?? `${(error as Error).message}${code ? ` (${code})` : ''}`)
}
