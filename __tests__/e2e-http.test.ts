// `http` probes end to end: run() in-process against the simulator, probing local services on
// 127.0.0.1 with certificates from a test authority made now. The probe trusts that authority only
// through NODE_EXTRA_CA_CERTS in the run's environment; nothing here touches the internet.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { CHECKLIST_PATH, HEAD_SHA, MAIN_SHA, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'
import { serverCert, startService, testCa, type LocalService, type TestCa } from '../harness/https-server.js'

const DAY = 86_400_000
let ca: TestCa
let sim: Simulator
const services: LocalService[] = []
beforeAll(async () => {
  ca = await testCa()
})
afterEach(async () => {
  await closeAndCheck(sim)
  await Promise.all(services.splice(0).map(s => s.close()))
})
afterAll(() => undefined)

async function service(handler: Parameters<typeof startService>[0], validDays?: number) {
  const tls =
    validDays === undefined ? undefined : await serverCert(ca, new Date(Date.now() + validDays * DAY))
  const s = await startService(handler, tls)
  services.push(s)
  return s
}

async function gate(items: string, env: Record<string, string> = {}) {
  const scenario = sampleScenario()
  const checklist = `version: 1\nsections:\n  - title: Live\n    items:\n${items}`
  for (const c of [MAIN_SHA, HEAD_SHA]) scenario.commits[c].files![CHECKLIST_PATH] = checklist
  sim = await startSimulator(scenario, { validate: true })
  return gateReleasePr(sim.url, {
    env: { NODE_EXTRA_CA_CERTS: ca.file, READINESS_GATE_PROBE_TIMEOUT_MS: '5000', ...env }
  })
}
const item = (run: Awaited<ReturnType<typeof gate>>, id: string) => run.report!.items.find(i => i.id === id)!

const healthy = (_req: unknown, res: import('node:http').ServerResponse) => {
  res.setHeader('strict-transport-security', 'max-age=31536000')
  res.setHeader('set-cookie', 'session=abc')
  res.end('ok')
}

describe('http', () => {
  it('passes on the stated status, headers and certificate, sends no token or cookie, and redirects to https', async () => {
    // Seven days and a minute: `tls-days: 7` holds (a minute less would not, see below).
    const app = await service(healthy, 7 + 1 / 1440)
    const plain = await service((req, res) => {
      res.writeHead(301, { location: `${app.url}${req.url}` }).end()
    })
    const run = await gate(`      - id: health
        title: Health
        check: { type: http, url: "${app.url}/health", tls-days: 7, max-ms: 60000, headers: { Strict-Transport-Security: "/max-age=\\\\d+/" } }
      - { id: redirect, title: Redirect, check: { type: http, url: "${plain.url}/", redirects-to-https: true, samples: 1 } }
`)
    expect(item(run, 'health')).toMatchObject({
      state: 'pass',
      summary: expect.stringMatching(
        /^`https:\/\/localhost:\d+\/health` answered 200 in a median of [\d.]+ ms over 3 requests; the certificate expires .* \(7\.00 days left\)$/
      )
    })
    expect(item(run, 'redirect')).toMatchObject({
      state: 'pass',
      summary: expect.stringContaining('redirects to https')
    })
    // Three samples, one after another; the cookie the service set is never sent back, nor any token.
    expect(app.requests).toHaveLength(3)
    for (const r of [...app.requests, ...plain.requests]) {
      expect(r.method).toBe('GET')
      expect(Object.keys(r.headers).sort()).toEqual(['accept', 'connection', 'host', 'user-agent'])
    }
    expect(run.outputs.result).toBe('pass')
  })

  it('fails on another status, a certificate a minute short, a missing header, and an http answer with no redirect', async () => {
    const down = await service((_req, res) => res.writeHead(503).end('down'), 30)
    const expiring = await service(healthy, 7 - 1 / 1440)
    const plain = await service(healthy)
    const run = await gate(`      - { id: down, title: Down, check: { type: http, url: "${down.url}/" } }
      - { id: cert, title: Cert, check: { type: http, url: "${expiring.url}/", tls-days: 7, samples: 1 } }
      - { id: csp, title: CSP, check: { type: http, url: "${expiring.url}/", headers: { content-security-policy: true }, samples: 1 } }
      - { id: redirect, title: Redirect, check: { type: http, url: "${plain.url}/", redirects-to-https: true, samples: 1 } }
`)
    expect(item(run, 'down')).toMatchObject({
      state: 'fail',
      summary: `\`${down.url}/\`: answered 503 (expected 200)`
    })
    expect(item(run, 'cert')).toMatchObject({
      state: 'fail',
      summary: expect.stringMatching(/\(6\.99 days left, at least 7 required\)$/)
    })
    expect(item(run, 'csp')).toMatchObject({
      state: 'fail',
      summary: `\`${expiring.url}/\`: no \`content-security-policy\` header`
    })
    expect(item(run, 'redirect')).toMatchObject({
      state: 'fail',
      summary: `\`${plain.url}/\`: answered 200, not a redirect to https`
    })
  })

  it('does not follow a redirect unless told to', async () => {
    const app = await service((req, res) => {
      if (req.url === '/') res.writeHead(302, { location: '/login' }).end()
      else res.end('login')
    }, 30)
    const run =
      await gate(`      - { id: stay, title: Stay, check: { type: http, url: "${app.url}/", samples: 1 } }
      - { id: follow, title: Follow, check: { type: http, url: "${app.url}/", samples: 1, follow: true } }
`)
    expect(item(run, 'stay')).toMatchObject({
      state: 'fail',
      summary: `\`${app.url}/\`: answered 302 (expected 200)`
    })
    expect(item(run, 'follow')).toMatchObject({
      state: 'pass',
      summary: expect.stringContaining(`answered 200 at \`${app.url}/login\``)
    })
  })

  it('fails, saying what it saw, on a refused connection, a timeout and an untrusted certificate', async () => {
    const closed = await service(healthy)
    const url = closed.url
    await closed.close()
    services.splice(services.indexOf(closed), 1)
    let calls = 0
    const slow = await service((_req, res) => {
      // The first answer comes at once; the second never does.
      if (++calls === 1) res.end('ok')
    }, 30)
    const run = await gate(
      `      - { id: refused, title: Refused, check: { type: http, url: "${url}/" } }
      - { id: slow, title: Slow, check: { type: http, url: "${slow.url}/" } }
`,
      // Long enough for a first answer on a loaded machine; the second never comes.
      { READINESS_GATE_PROBE_TIMEOUT_MS: '2000' }
    )
    expect(item(run, 'refused')).toMatchObject({
      state: 'fail',
      summary: `\`${url}/\`: ${url.replace('http://', '')} refused the connection (request 1 of 3)`
    })
    expect(item(run, 'slow')).toMatchObject({
      state: 'fail',
      summary: expect.stringMatching(
        /: no complete answer within 2 s \(request 2 of 3\); before that: 200 in [\d.]+ ms$/
      )
    })
    await closeAndCheck(sim)
    const app = await service(healthy, 30)
    const untrusted = await gate(
      `      - { id: tls, title: TLS, check: { type: http, url: "${app.url}/" } }\n`,
      {
        NODE_EXTRA_CA_CERTS: ''
      }
    )
    expect(item(untrusted, 'tls')).toMatchObject({
      state: 'fail',
      summary: `\`${app.url}/\`: the certificate is not signed by a trusted authority (request 1 of 3)`
    })
  })

  it('reads at most 1 MB of a body', async () => {
    const big = await service((_req, res) => {
      res.write(Buffer.alloc(700 * 1024, 97))
      res.write(Buffer.alloc(700 * 1024, 98))
      // Never ends: only the cap stops the read.
    }, 30)
    const run = await gate(
      `      - { id: big, title: Big, check: { type: http, url: "${big.url}/", samples: 1 } }\n`
    )
    expect(item(run, 'big')).toMatchObject({
      state: 'pass',
      summary: expect.stringContaining('(body read up to 1 MB)')
    })
  })
})
