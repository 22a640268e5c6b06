// End to end (the action's entry, in-process): `workflow` items on the release PR — drills and
// scheduled jobs read from the runs of one workflow file, with GitHub's filters and `max-age`.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import type { ArtifactRunSpec } from '../sim/scenario-artifacts.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { CHECKLIST_PATH, HEAD_SHA, MAIN_SHA, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'

const CHECKLIST = `version: 1
sections:
  - title: Backup & Recovery
    items:
      - id: restore-drill
        title: Backup restoration tested
        check: { type: workflow, workflow: backup-drill.yml, event: schedule, max-age: 7d }
      - id: dr-test
        title: Disaster recovery tested
        check: { type: workflow, workflow: dr-test.yml, max-age: 7d }
      - id: load-test
        title: Load test passed
        check: { type: workflow, workflow: load-test.yml }
      - id: chaos
        title: Chaos drill
        check: { type: workflow, workflow: chaos.yml, allow: [success, neutral] }
      - id: nightly
        title: Nightly suite
        check: { type: workflow, workflow: nightly.yml }
      - id: soak
        title: Soak test
        check: { type: workflow, workflow: soak.yml }
      - id: ghost
        title: A workflow that does not exist
        check: { type: workflow, workflow: ghost.yml }
`

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const ago = (ms: number) => new Date(Date.now() - ms).toISOString().replace(/\.\d+Z$/, 'Z')

/** A completed run of `file` on main that ended `ms` ago (it started ten minutes before). */
function run(
  id: number,
  file: string,
  endedAgo: number,
  more: Partial<ArtifactRunSpec> = {}
): ArtifactRunSpec {
  return {
    id,
    head_sha: MAIN_SHA,
    head_branch: 'main',
    event: 'schedule',
    path: `.github/workflows/${file}`,
    created_at: ago(endedAgo + 10 * MINUTE),
    updated_at: ago(endedAgo),
    ...more
  }
}

let sim: Simulator
beforeEach(async () => {
  const scenario = sampleScenario()
  scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] = CHECKLIST
  scenario.commits[HEAD_SHA].files![CHECKLIST_PATH] = CHECKLIST
  // A workflow that never ran is still known to GitHub by its file on the default branch.
  scenario.commits[MAIN_SHA].files!['.github/workflows/soak.yml'] = 'on: workflow_dispatch\n'
  scenario.tokens.ghs_no_actions = {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions: { contents: 'read', checks: 'write', statuses: 'write', pull_requests: 'write' }
  }
  scenario.artifacts = {
    runs: [
      // Completed ten minutes inside its 7 days (slack for a slow machine); a later failure on another branch and a later manual
      // run do not count (branch and event filters).
      run(11, 'backup-drill.yml', 7 * DAY - 10 * MINUTE),
      run(12, 'backup-drill.yml', DAY, { head_branch: 'release/2.4.0', conclusion: 'failure' }),
      run(13, 'backup-drill.yml', DAY, { event: 'workflow_dispatch', conclusion: 'failure' }),
      // Succeeded, but a minute longer ago than 7 days.
      run(21, 'dr-test.yml', 7 * DAY + MINUTE),
      // The latest completed run failed; an older one succeeded.
      run(31, 'load-test.yml', 3 * DAY),
      run(32, 'load-test.yml', DAY, { conclusion: 'failure' }),
      run(41, 'chaos.yml', DAY, { conclusion: 'cancelled' }),
      // Never completed: the only run is still going.
      run(51, 'nightly.yml', 0, { status: 'in_progress' })
    ]
  }
  sim = await startSimulator(scenario, { validate: true })
})
afterEach(() => closeAndCheck(sim))

describe('workflow items', () => {
  it('pass, fail (stale by a minute, a wrong conclusion, never ran, no such workflow) and pend as the runs say', async () => {
    const result = await gateReleasePr(sim.url)
    expect(result.code).toBe(1)
    const item = (id: string) => result.report!.items.find(i => i.id === id)!
    expect(item('restore-drill')).toMatchObject({
      state: 'pass',
      url: 'https://github.com/acme/shop/actions/runs/11'
    })
    expect(item('restore-drill').summary).toMatch(
      /^the latest completed run of `backup-drill.yml` on `main` \(#\u200b?11, `schedule`\) ended `success` 6 days 23 hours 5\d minutes ago, within `7d`$/
    )
    expect(item('dr-test')).toMatchObject({
      state: 'fail',
      url: 'https://github.com/acme/shop/actions/runs/21'
    })
    expect(item('dr-test').summary).toContain(
      'ended `success` 7 days 1 minute ago, longer than `7d` (7 days)'
    )
    expect(item('load-test')).toMatchObject({
      state: 'fail',
      url: 'https://github.com/acme/shop/actions/runs/32'
    })
    expect(item('load-test').summary).toContain('ended `failure`')
    expect(item('chaos')).toMatchObject({ state: 'fail' })
    expect(item('chaos').summary).toContain('ended `cancelled`')
    expect(item('nightly')).toMatchObject({
      state: 'pending',
      url: 'https://github.com/acme/shop/actions/runs/51'
    })
    expect(item('nightly').summary).toContain('has not completed a run yet; run #\u200b51 is in_progress')
    expect(item('soak')).toMatchObject({ state: 'fail', summary: '`soak.yml` on `main` never ran' })
    expect(item('ghost')).toMatchObject({
      state: 'fail',
      summary: 'no workflow `ghost.yml` in the repository'
    })

    // Each question was one page of one item, filtered by GitHub.
    const asked = sim.requests.filter(
      r => r.template === '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
    )
    expect(asked.find(r => r.path.includes('backup-drill.yml'))!.query).toMatchObject({
      branch: 'main',
      event: 'schedule',
      status: 'completed',
      per_page: '1'
    })
  })

  it('are unknown, naming actions: read, when the token may not read workflow runs', async () => {
    const result = await gateReleasePr(sim.url, { inputs: { token: 'ghs_no_actions' } })
    const item = result.report!.items.find(i => i.id === 'restore-drill')!
    expect(item.state).toBe('unknown')
    expect(item.summary).toContain('could not verify')
    expect(JSON.stringify(result.report)).toContain('actions: read')
  })
})
