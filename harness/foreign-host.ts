// Another host for tests that must prove the gate never sends its token off the API host: a loopback
// server on its own port that records every request it receives (headers included) and answers `[]`.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ForeignHost {
  url: string
  received: { path: string; headers: IncomingHttpHeaders }[]
  close(): Promise<void>
}

export async function startForeignHost(): Promise<ForeignHost> {
  const received: ForeignHost['received'] = []
  const server: Server = createServer((req, res) => {
    received.push({ path: req.url ?? '', headers: req.headers })
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('[]')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}
