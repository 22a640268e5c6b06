// The sample repository's evidence with time and numbers, for the demo and the bundle test: a backup
// drill (`workflow`), a staging deployment (`deployment`) and a k6 load test's p95 (`metric`) added to
// the sample release checklist, with the runs, deployments and artifact the simulator serves for them.
// Times are relative to now.
import { readFileSync } from 'node:fs'
import type { Scenario } from '../sim/scenario.js'
import { zipOf } from '../sim/scenario-artifacts.js'
import { HEAD_SHA, MAIN_SHA, TOKEN } from './sample-repo.js'

export const EVIDENCE_SECTION = `  - title: Evidence with time and numbers
    items:
      - id: backup-drill
        title: Backup restoration tested (weekly drill)
        check: { type: workflow, workflow: backup-drill.yml, event: schedule, max-age: 7d }
      - id: staging-deploy
        title: Deploy pipeline working (staging)
        check: { type: deployment, environment: staging, max-age: 1d, protected: true }
      - id: p95
        title: Response time < 200ms (p95 of the load test)
        check: { type: metric, artifact: k6, path: k6-summary.json, value: 'metrics.http_req_duration["p(95)"]', max: 200 }
`

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().replace(/\.\d+Z$/, 'Z')

/** Adds the runs, the deployment, the environment and the k6 artifact; the checklist gets the section. */
export async function addEvidence(scenario: Scenario, checklistPath: string): Promise<void> {
  for (const sha of [MAIN_SHA, HEAD_SHA]) scenario.commits[sha].files![checklistPath] += EVIDENCE_SECTION
  const gate = scenario.tokens[TOKEN.gate]
  gate.permissions = { ...gate.permissions, deployments: 'read' }
  const k6 = readFileSync(new URL('../__fixtures__/metrics/k6-summary.json', import.meta.url), 'utf8')
  scenario.artifacts = {
    runs: [
      {
        id: 801,
        head_sha: MAIN_SHA,
        head_branch: 'main',
        event: 'schedule',
        path: '.github/workflows/backup-drill.yml',
        created_at: ago(2 * 24 * 60 + 30),
        updated_at: ago(2 * 24 * 60)
      },
      { id: 802, head_sha: HEAD_SHA, name: 'Load test', created_at: ago(40), updated_at: ago(30) }
    ],
    artifacts: [{ name: 'k6', run_id: 802, zip: await zipOf({ 'k6-summary.json': k6 }), created_at: ago(30) }]
  }
  scenario.deployments = {
    deployments: [
      {
        sha: MAIN_SHA,
        ref: 'main',
        environment: 'staging',
        created_at: ago(180),
        statuses: [
          { state: 'in_progress', created_at: ago(178) },
          { state: 'success', created_at: ago(170), log_url: 'https://github.com/acme/shop/actions/runs/799' }
        ]
      }
    ],
    environments: [{ name: 'staging', reviewers: ['alice'] }]
  }
}
