/**
 * Stands for the blob storage an artifact download redirects to: a second loopback server on
 * another port (another origin than the API), serving each stored archive at an unguessable URL.
 * It records every request's headers, so tests can prove the API token never reaches it.
 */
import { randomBytes } from 'node:crypto'
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'

export interface BlobRequest {
  path: string
  /** The Authorization header as received (undefined when none was sent, as it must be). */
  authorization?: string
  status: number
  /** When the request arrived and when its answer was sent, in ms on `performance.now()`'s clock. */
  receivedAt: number
  answeredAt: number
}

export interface BlobStore {
  url: string
  requests: BlobRequest[]
  /** Stores bytes and returns the signed URL that serves them. */
  put(bytes: Uint8Array): string
  close(): Promise<void>
}

/**
 * `latencyMs`: how long each answer is held back (read per request, so it can change between runs).
 * `host`: the host name its URLs give (default 127.0.0.1); another name reaches it only through a proxy
 * that knows where it is.
 */
export async function startBlobStore(
  options: { latencyMs?: () => number; host?: string } = {}
): Promise<BlobStore> {
  const blobs = new Map<string, Uint8Array>()
  const requests: BlobRequest[] = []
  const answer = (req: IncomingMessage, res: ServerResponse, receivedAt: number) => {
    const path = new URL(req.url ?? '/', 'http://blob').pathname
    const bytes = blobs.get(path)
    const status = bytes ? 200 : 404
    const record = { path, authorization: req.headers.authorization, status, receivedAt }
    if (!bytes) {
      res.writeHead(404, { 'content-type': 'application/xml' })
      res.end('<?xml version="1.0"?><Error><Code>BlobNotFound</Code></Error>')
    } else {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(bytes.length) })
      res.end(Buffer.from(bytes))
    }
    requests.push({ ...record, answeredAt: performance.now() })
  }
  const server = createServer((req, res) => {
    const receivedAt = performance.now()
    const latency = options.latencyMs?.() ?? 0
    if (latency > 0) setTimeout(() => answer(req, res, receivedAt), latency)
    else answer(req, res, receivedAt)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  // Another port is another origin (and another host:port) than the API's, as blob storage is.
  const url = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    put(bytes) {
      const path = `/artifacts/${randomBytes(8).toString('hex')}.zip`
      blobs.set(path, bytes)
      return `${url}${path}?sig=${randomBytes(8).toString('hex')}`
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(err => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
  }
}

const stores = new WeakMap<object, BlobStore>()

/** The blob store that serves a simulator's downloads (keyed by its state). */
export function attachBlobStore(state: object, store: BlobStore): void {
  stores.set(state, store)
}

export function blobStoreOf(state: object): BlobStore | undefined {
  return stores.get(state)
}
