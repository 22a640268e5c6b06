// The bundle (dist/index.js) on the release PR with a `workflow`, a `deployment` and a `metric` item:
// what only the bundle shows is that ncc packed their readers (the CSV and XML parsers, the zip reader
// loaded on demand beside the download) and they run there. Needs `npm run bundle` first.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { addEvidence } from '../harness/evidence.js'
import { CHECKLIST_PATH, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'

let sim: Simulator
beforeAll(async () => {
  const scenario = sampleScenario()
  await addEvidence(scenario, CHECKLIST_PATH)
  sim = await startSimulator(scenario, { validate: true })
})
afterAll(() => closeAndCheck(sim))

describe('the bundled gate', () => {
  it('verifies a drill, a deployment and a k6 p95', async () => {
    const result = await gateReleasePr(sim.url, { via: 'bundle' })
    const state = (id: string) => result.report!.items.find(i => i.id === id)
    expect(state('backup-drill')).toMatchObject({
      state: 'pass',
      url: 'https://github.com/acme/shop/actions/runs/801'
    })
    expect(state('staging-deploy')).toMatchObject({ state: 'pass' })
    expect(state('p95')).toMatchObject({
      state: 'pass',
      summary: expect.stringMatching(
        /^`metrics.http_req_duration\["p\(95\)"\]` 200 ≤ 200 from `k6-summary.json` in artifact `k6`/
      )
    })
  })
})
