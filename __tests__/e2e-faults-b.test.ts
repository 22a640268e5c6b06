// Faults end to end, part two: the second half of the fault matrix (harness/fault-matrix.ts) with the
// bundle's run of every other fault class; a runner behind a proxy (the bundle's own proxy agent).
import { describe, expect, it } from '@jest/globals'
import { createServer as createHttpServer } from 'node:http'
import { type AddressInfo, connect } from 'node:net'
import { startSimulator } from '../sim/server.js'
import { describeFaultMatrix } from '../harness/fault-matrix.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { HEAD_SHA, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'

describeFaultMatrix(1)

describe('a runner behind a proxy', () => {
  it('reaches GitHub through HTTP(S)_PROXY, as the Actions toolkit does', async () => {
    const sim = await startSimulator(sampleScenario(), { validate: true })
    const simPort = Number(new URL(sim.url).port)
    const tunnels: string[] = []
    // A forward proxy that tunnels (CONNECT) every request to the simulator, whatever host was asked for.
    const proxy = createHttpServer()
    proxy.on('connect', (req, client, head) => {
      tunnels.push(String(req.url))
      const upstream = connect(simPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
    // A host that does not resolve: only the proxy can reach it. The bundle, as the runner starts it
    // with the runner's proxy settings: its own copy of the proxy agent.
    const run = await gateReleasePr('http://api.github.test', {
      env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl },
      via: 'bundle'
    })
    proxy.closeAllConnections()
    await new Promise(resolve => proxy.close(resolve))
    await closeAndCheck(sim)
    expect(run.outputs.result).toBe('fail') // the sample PR's failing lint run
    expect(tunnels.length).toBeGreaterThan(0)
    expect(new Set(tunnels)).toEqual(new Set(['api.github.test:80']))
    expect(sim.state.statuses.filter(s => s.context === 'Readiness gate')).toEqual([
      expect.objectContaining({ sha: HEAD_SHA, state: 'failure' })
    ])
  }, 60_000)
})
