// End to end (the action's entry, in-process): the gate checks a release PR on coverage read from a workflow artifact that
// the simulator serves through a redirect to another host (blob storage), as GitHub does.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { sha } from '../sim/scenario.js'
import { zipOf } from '../sim/scenario-artifacts.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  gateReleasePr,
  sampleScenario
} from '../harness/sample-repo.js'

const CHECKLIST = `version: 1
title: Shop 2.4 release readiness
sections:
  - title: Testing
    items:
      - id: coverage
        title: Coverage requirements met
        check: { type: coverage, min: 80, artifact: coverage }
`

/** lcov for `covered` of 1000 lines over two source files, plus an HTML report beside it. */
async function coverageZip(covered: number): Promise<Buffer> {
  const file = (path: string, from: number, hits: (line: number) => number) =>
    `TN:\nSF:${path}\n${Array.from({ length: 500 }, (_, i) => `DA:${i + 1},${hits(from + i)}`).join('\n')}\nend_of_record\n`
  const hit = (n: number) => (n < covered ? 3 : 0)
  return zipOf({
    'coverage/lcov.info':
      file('src/cart.ts', 0, hit) + file('/home/runner/work/shop/shop/src/pay.ts', 500, hit),
    'coverage/lcov-report/index.html': '<!doctype html><title>Coverage</title>'
  })
}

let sim: Simulator
beforeEach(async () => {
  const scenario = sampleScenario()
  scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] = CHECKLIST
  scenario.commits[HEAD_SHA].files![CHECKLIST_PATH] = CHECKLIST
  scenario.artifacts = {
    runs: [{ id: 501, head_sha: HEAD_SHA, name: 'CI', created_at: '2026-11-20T12:00:00Z' }],
    artifacts: [{ name: 'coverage', run_id: 501, zip: await coverageZip(784) }]
  }
  sim = await startSimulator(scenario, { validate: true })
})
afterEach(() => closeAndCheck(sim))

function releasePr() {
  return gateReleasePr(sim.url, { sha: sha('refs/pull/42/merge'), ref: `refs/pull/${RELEASE_PR}/merge` })
}

const gateComment = () => sim.state.comments.find(c => c.body.includes('<!-- readiness-gate'))

describe('a release PR gated on coverage', () => {
  it('fails at 78.4% against min 80 with a link to the run that uploaded the report, then passes once coverage is raised', async () => {
    const first = await releasePr()
    expect(first.code).toBe(1)
    const item = first.report!.items.find(i => i.id === 'coverage')!
    expect(item).toMatchObject({
      state: 'fail',
      summary: '78.4% < 80% line coverage (lcov: 784 of 1000) from artifact `coverage`',
      url: `https://github.com/${OWNER}/${REPO}/actions/runs/501`
    })
    // The comment's Markdown escapes `<` (it renders as "78.4% < 80%") and links the run.
    expect(gateComment()!.body).toContain(
      `78.4% < 80% line coverage (lcov: 784 of 1000) from artifact \`coverage\` · [evidence](https://github.com/${OWNER}/${REPO}/actions/runs/501)`
    )
    expect(sim.state.statuses.at(-1)).toMatchObject({
      sha: HEAD_SHA,
      context: 'Readiness gate',
      state: 'failure'
    })

    // The archive came through a redirect to another origin, and the token never went there.
    const download = sim.requests.find(
      r => r.template === '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'
    )
    expect(download?.status).toBe(302)
    expect(new URL(download!.responseHeaders.location).origin).toBe(new URL(sim.blobs.url).origin)
    expect(new URL(sim.blobs.url).origin).not.toBe(new URL(sim.url).origin)
    expect(sim.blobs.requests).toEqual([expect.objectContaining({ status: 200, authorization: undefined })])

    // A newer run on the same commit uploads a report with more coverage: the newest run wins.
    sim.state.artifacts.runs!.push({
      id: 502,
      head_sha: HEAD_SHA,
      name: 'CI',
      created_at: '2026-11-20T13:00:00Z'
    })
    sim.state.artifacts.artifacts!.push({ name: 'coverage', run_id: 502, zip: await coverageZip(812) })
    const second = await releasePr()
    expect(second.code).toBe(0)
    expect(second.outputs.result).toBe('pass')
    expect(second.report!.items.find(i => i.id === 'coverage')).toMatchObject({
      state: 'pass',
      summary: '81.2% ≥ 80% line coverage (lcov: 812 of 1000) from artifact `coverage`',
      url: `https://github.com/${OWNER}/${REPO}/actions/runs/502`
    })
    expect(sim.state.statuses.at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'success' })
    expect(sim.blobs.requests.every(r => r.authorization === undefined)).toBe(true)
  })
})
