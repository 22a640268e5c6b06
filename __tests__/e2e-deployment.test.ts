// End to end (the action's entry, in-process): `deployment` items on the release PR — the latest
// deployment to an environment, its latest status, `max-age`, `sha: target` and `protected`.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import type { DeploymentSpec, DeploymentState } from '../sim/scenario-deployments.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  TOKEN,
  gateReleasePr,
  sampleScenario
} from '../harness/sample-repo.js'

const CHECKLIST = `version: 1
sections:
  - title: Deployment
    items:
      - id: staging
        title: Deploy pipeline working (staging)
        check: { type: deployment, environment: staging, max-age: 1d, protected: true }
      - id: staging-head
        title: This release deployed to staging
        check: { type: deployment, environment: staging, sha: target }
      - id: qa
        title: Deployed to QA
        check: { type: deployment, environment: qa, max-age: 1d }
      - id: canary
        title: Canary deployed
        check: { type: deployment, environment: canary }
      - id: preview
        title: Preview deployed
        check: { type: deployment, environment: preview }
      - id: production
        title: Production environment protected
        check: { type: deployment, environment: production, protected: true }
      - id: sandbox
        title: Sandbox environment protected
        check: { type: deployment, environment: sandbox, protected: true }
`

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const ago = (ms: number) => new Date(Date.now() - ms).toISOString().replace(/\.\d+Z$/, 'Z')

/** A deployment created `createdAgo` ms ago with statuses (state, ms ago), oldest first. */
function deployment(
  environment: string,
  sha: string,
  createdAgo: number,
  statuses: [DeploymentState, number][]
): DeploymentSpec {
  return {
    environment,
    sha,
    ref: sha === HEAD_SHA ? 'release/2.4.0' : 'main',
    created_at: ago(createdAgo),
    statuses: statuses.map(([state, at]) => ({
      state,
      created_at: ago(at),
      log_url: `https://ci.example/${environment}`
    }))
  }
}

let sim: Simulator
beforeEach(async () => {
  const scenario = sampleScenario()
  scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] = CHECKLIST
  scenario.commits[HEAD_SHA].files![CHECKLIST_PATH] = CHECKLIST
  const gate = scenario.tokens[TOKEN.gate]
  gate.permissions = { ...gate.permissions, deployments: 'read' }
  scenario.deployments = {
    deployments: [
      // staging: main went out ten minutes inside a day; the release branch earlier, and it failed.
      deployment('staging', HEAD_SHA, 3 * DAY, [
        ['in_progress', 3 * DAY],
        ['failure', 3 * DAY - MINUTE]
      ]),
      deployment('staging', MAIN_SHA, DAY, [
        ['queued', DAY],
        ['success', DAY - MINUTE]
      ]),
      // qa: succeeded a minute longer ago than a day.
      deployment('qa', MAIN_SHA, 2 * DAY, [['success', DAY + MINUTE]]),
      // canary: still rolling out; preview: errored.
      deployment('canary', HEAD_SHA, 5 * MINUTE, [
        ['queued', 5 * MINUTE],
        ['in_progress', 4 * MINUTE]
      ]),
      deployment('preview', HEAD_SHA, 5 * MINUTE, [['error', 4 * MINUTE]]),
      deployment('production', MAIN_SHA, DAY, [['success', DAY]])
    ],
    environments: [
      { name: 'staging', reviewers: ['alice'] },
      { name: 'production', wait_timer: 30 },
      { name: 'qa', branch_policy: 'protected' }
    ]
  }
  sim = await startSimulator(scenario, { validate: true })
})
afterEach(() => closeAndCheck(sim))

describe('deployment items', () => {
  it('pass, fail (stale by a minute, a failed status, a wait timer alone), pend and are unknown for a 404 environment', async () => {
    const result = await gateReleasePr(sim.url)
    expect(result.code).toBe(1)
    const item = (id: string) => result.report!.items.find(i => i.id === id)!
    expect(item('staging')).toMatchObject({ state: 'pass', url: 'https://ci.example/staging' })
    expect(item('staging').summary).toMatch(
      /^the latest deployment to `staging` \(`main` at [0-9a-f]{7}\) reported `success` 23 hours 5\d minutes ago, within `1d`$/
    )
    // sha: target finds the release head's deployment, whose latest status is a failure.
    expect(item('staging-head')).toMatchObject({ state: 'fail' })
    expect(item('staging-head').summary).toContain(`of ${HEAD_SHA.slice(0, 7)} to \`staging\``)
    expect(item('staging-head').summary).toContain('reported `failure`')
    expect(item('qa')).toMatchObject({ state: 'fail' })
    expect(item('qa').summary).toContain('reported `success` 1 day 1 minute ago, longer than `1d` (1 day)')
    expect(item('canary')).toMatchObject({ state: 'pending' })
    expect(item('canary').summary).toContain('reported `in_progress`')
    expect(item('preview')).toMatchObject({ state: 'fail' })
    expect(item('preview').summary).toContain('reported `error`')
    expect(item('production')).toMatchObject({
      state: 'fail',
      summary:
        'the environment `production` has neither required reviewers nor a deployment branch policy (a wait timer alone does not protect it)'
    })
    expect(item('sandbox')).toMatchObject({ state: 'unknown' })
    expect(item('sandbox').summary).toContain('GitHub knows no environment `sandbox` (404)')

    const asked = sim.requests.filter(r => r.template === '/repos/{owner}/{repo}/deployments')
    expect(asked.map(r => r.query)).toContainEqual({ environment: 'staging', sha: HEAD_SHA, per_page: '1' })
  })

  it('fail when nothing was deployed there, and are unknown, naming deployments: read, without that permission', async () => {
    sim.state.deployments.deployments = []
    const none = await gateReleasePr(sim.url)
    expect(none.report!.items.find(i => i.id === 'qa')).toMatchObject({
      state: 'fail',
      summary: 'no deployment to `qa`'
    })

    const gate = sim.state.tokens[TOKEN.gate]
    gate.permissions = { ...gate.permissions, deployments: undefined }
    const refused = await gateReleasePr(sim.url)
    const qa = refused.report!.items.find(i => i.id === 'qa')!
    expect(qa.state).toBe('unknown')
    expect(JSON.stringify(refused.report!.items.find(i => i.id === 'qa'))).toContain('deployments: read')
  })
})
