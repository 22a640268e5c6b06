// The probe on its own, against plain local HTTP services: what a late or endless answer reads as.
import { afterEach, describe, expect, it } from '@jest/globals'
import { probe, ProbeError } from '../src/probe/http.js'
import { startService, type LocalService } from '../harness/https-server.js'

let service: LocalService | undefined
afterEach(async () => {
  await service?.close()
  service = undefined
})

describe('probe', () => {
  it('calls a body that never ends within the time limit late, not a closed connection', async () => {
    service = await startService((_req, res) => {
      res.writeHead(200)
      res.write('partial')
    })
    const error = await probe(`${service.url}/`, { follow: false, timeoutMs: 300 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProbeError)
    expect((error as ProbeError).message).toBe('no complete answer within 0.3 s')
  })

  it('follows at most 5 redirects, and sends no credentials a Location carries', async () => {
    service = await startService((req, res) => {
      const n = Number(req.url!.slice(1))
      res.writeHead(302, { location: `http://user:secret@localhost:${port()}/${n + 1}` }).end()
    })
    const port = () => new URL(service!.url).port
    const error = await probe(`${service.url}/0`, { follow: true, timeoutMs: 2000 }).catch((e: unknown) => e)
    expect((error as ProbeError).message).toBe('more than 5 redirects')
    expect(service.requests.map(r => r.url)).toEqual(['/0', '/1', '/2', '/3', '/4', '/5'])
    expect(service.requests.every(r => r.headers.authorization === undefined)).toBe(true)
  })
})
