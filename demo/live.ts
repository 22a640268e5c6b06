// The demo's structure, roll-up and live evidence: a docker-compose file checked by structure (`file`
// with `match`), a Go/No-Go roll-up of whole sections (`items`), and a live health endpoint (`http`)
// served here over HTTPS with a certificate from a test authority made now, which the gate trusts
// through NODE_EXTRA_CA_CERTS only.
import type { Scenario } from '../sim/scenario.js'
import { HEAD_SHA, MAIN_SHA } from '../harness/sample-repo.js'
import { serverCert, startService, testCa, type LocalService } from '../harness/https-server.js'

const section = (healthUrl: string) => `  - title: Structure, roll-ups and live answers
    items:
      - id: compose-health
        title: Health checks configured
        check: { type: file, path: docker-compose.yml, match: { "services.*.healthcheck": true, "services.*.restart": "/^(always|unless-stopped)$/" } }
      - id: live-health
        title: Health checks working
        check: { type: http, url: "${healthUrl}", tls-days: 14, max-ms: 2000, headers: { Strict-Transport-Security: "/max-age=\\\\d+/" } }
      - id: go-no-go
        title: All critical checklist items completed
        check: { type: items, sections: [Testing, Security] }
`

const COMPOSE = `services:
  web: { image: shop, restart: always, healthcheck: { test: [CMD, curl, -f, http://localhost/health] } }
  db: { image: postgres:16, restart: unless-stopped, healthcheck: { test: [CMD, pg_isready] } }
`

/** Starts the live service, adds the section and the compose file; returns the env the gate needs. */
export async function addLiveEvidence(
  scenario: Scenario,
  checklistPath: string
): Promise<{ service: LocalService; env: Record<string, string>; section: string }> {
  const ca = await testCa()
  const service = await startService(
    (_req, res) => {
      res.setHeader('strict-transport-security', 'max-age=31536000')
      res.end('ok')
    },
    await serverCert(ca, new Date(Date.now() + 90 * 86_400_000))
  )
  const text = section(`${service.url}/health`)
  for (const sha of [MAIN_SHA, HEAD_SHA]) {
    scenario.commits[sha].files![checklistPath] += text
    scenario.commits[sha].files!['docker-compose.yml'] = COMPOSE
  }
  return { service, env: { NODE_EXTRA_CA_CERTS: ca.file }, section: text }
}
