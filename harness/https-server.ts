// Local services for `http` probes: a test certificate authority made at test time (never a checked-in
// key), server certificates it signs with a chosen expiry, and HTTP/HTTPS servers on 127.0.0.1.
// The probe trusts the authority only through NODE_EXTRA_CA_CERTS, set in the run's environment.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttps } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface TestCa {
  cert: string
  key: string
  /** A PEM file holding the authority's certificate: the value for NODE_EXTRA_CA_CERTS. */
  file: string
}

const EC = { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' } as const

export async function testCa(): Promise<TestCa> {
  const ca = await generate([{ name: 'commonName', value: 'Readiness Gate test CA' }], {
    ...EC,
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: new Date(Date.now() + 3650 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
    ]
  })
  const file = join(mkdtempSync(join(tmpdir(), 'gate-ca-')), 'ca.pem')
  writeFileSync(file, ca.cert)
  return { cert: ca.cert, key: ca.private, file }
}

/** A certificate for localhost and 127.0.0.1, signed by `ca`, valid until `notAfter`. */
export async function serverCert(ca: TestCa, notAfter: Date): Promise<{ cert: string; key: string }> {
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    ...EC,
    notBeforeDate: new Date(Date.now() - 86_400_000),
    notAfterDate: notAfter,
    ca: { key: ca.key, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' }
        ]
      }
    ]
  })
  return { cert: `${leaf.cert}`, key: leaf.private }
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

export interface LocalService {
  url: string
  server: Server
  /** Every request received: method, path and headers, to prove what the probe sent. */
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[]
  close(): Promise<void>
}

/** An HTTPS server with `tls` (or a plain HTTP one without) on 127.0.0.1, answering with `handler`. */
export async function startService(
  handler: Handler,
  tls?: { cert: string; key: string }
): Promise<LocalService> {
  const requests: LocalService['requests'] = []
  const listener: Handler = (req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    handler(req, res)
  }
  const server = tls ? createHttps({ cert: tls.cert, key: tls.key }, listener) : createHttp(listener)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `${tls ? 'https' : 'http'}://localhost:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      })
  }
}
