// The simulator's workflow runs per workflow file, deployments with their statuses and environments:
// GitHub's filters, order and paging, checked against the OpenAPI description.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simClient } from '../sim/client.js'
import { TOKENS, defaultScenario, sha } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'

const R = '/repos/acme/widgets'
const DRILL = '.github/workflows/backup-drill.yml'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator(
    defaultScenario({
      artifacts: {
        runs: [
          {
            id: 1,
            head_sha: sha('main'),
            path: DRILL,
            event: 'schedule',
            head_branch: 'main',
            created_at: '2026-11-18T03:00:00Z'
          },
          {
            id: 2,
            head_sha: sha('main'),
            path: DRILL,
            event: 'schedule',
            head_branch: 'main',
            created_at: '2026-11-19T03:00:00Z',
            conclusion: 'failure'
          },
          {
            id: 3,
            head_sha: sha('main'),
            path: DRILL,
            event: 'workflow_dispatch',
            head_branch: 'main',
            created_at: '2026-11-19T09:00:00Z'
          },
          {
            id: 4,
            head_sha: sha('main'),
            path: DRILL,
            event: 'schedule',
            head_branch: 'main',
            created_at: '2026-11-20T03:00:00Z',
            status: 'in_progress'
          },
          {
            id: 5,
            head_sha: sha('head'),
            path: DRILL,
            event: 'push',
            head_branch: 'feature',
            created_at: '2026-11-20T04:00:00Z'
          },
          { id: 6, head_sha: sha('head'), created_at: '2026-11-20T05:00:00Z' }
        ]
      },
      deployments: {
        deployments: [
          {
            sha: sha('main'),
            ref: 'main',
            environment: 'staging',
            created_at: '2026-11-18T10:00:00Z',
            statuses: [{ state: 'success', created_at: '2026-11-18T10:05:00Z' }]
          },
          {
            sha: sha('head'),
            ref: 'feature',
            environment: 'staging',
            created_at: '2026-11-19T10:00:00Z',
            statuses: [
              { state: 'queued', created_at: '2026-11-19T10:00:01Z' },
              { state: 'failure', created_at: '2026-11-19T10:04:00Z' }
            ]
          },
          { sha: sha('main'), ref: 'main', environment: 'production', created_at: '2026-11-19T11:00:00Z' }
        ],
        environments: [
          { name: 'staging', wait_timer: 10 },
          { name: 'production', reviewers: ['alice'], branch_policy: 'custom' }
        ]
      }
    }),
    { validate: true }
  )
  sim.state.tokens.ghs_deploy = {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions: { deployments: 'read', actions: 'read' }
  }
})
afterAll(() => closeAndCheck(sim))

const ids = (runs: { id: number }[]) => runs.map(r => r.id)

describe('the runs of one workflow', () => {
  const gate = () => simClient(sim.url, TOKENS.gate)

  it('are named by file name or id, newest first, and only that workflow’s', async () => {
    const byName = await gate()('GET', `${R}/actions/workflows/backup-drill.yml/runs`)
    expect(ids(byName.body.workflow_runs)).toEqual([5, 4, 3, 2, 1])
    const id = byName.body.workflow_runs[0].workflow_id as number
    const byId = await gate()('GET', `${R}/actions/workflows/${id}/runs`)
    expect(ids(byId.body.workflow_runs)).toEqual([5, 4, 3, 2, 1])
    expect(byName.body.workflow_runs[0].path).toBe(DRILL)
  })

  it('filter by branch, event and status (a status or a conclusion)', async () => {
    const q = async (query: string) =>
      ids((await gate()('GET', `${R}/actions/workflows/backup-drill.yml/runs?${query}`)).body.workflow_runs)
    expect(await q('branch=main&event=schedule')).toEqual([4, 2, 1])
    expect(await q('branch=main&event=schedule&status=completed')).toEqual([2, 1])
    expect(await q('status=failure')).toEqual([2])
    expect(await q('status=in_progress')).toEqual([4])
    expect(await q('branch=feature')).toEqual([5])
  })

  it('page with Link headers', async () => {
    const first = await gate()('GET', `${R}/actions/workflows/backup-drill.yml/runs?per_page=2`)
    expect(ids(first.body.workflow_runs)).toEqual([5, 4])
    expect(first.body.total_count).toBe(5)
    expect(first.headers.get('link')).toContain('page=2>; rel="next"')
  })

  it('answer 404 for a workflow that does not exist, 403 without actions: read', async () => {
    expect((await gate()('GET', `${R}/actions/workflows/nope.yml/runs`)).status).toBe(404)
    expect(
      (await simClient(sim.url, TOKENS.none)('GET', `${R}/actions/workflows/backup-drill.yml/runs`)).status
    ).toBe(403)
  })
})

describe('deployments, statuses and environments', () => {
  const deploy = () => simClient(sim.url, 'ghs_deploy')

  it('list deployments newest first, filtered by environment and sha, paged', async () => {
    const staging = await deploy()('GET', `${R}/deployments?environment=staging`)
    expect(staging.body.map((d: { ref: string }) => d.ref)).toEqual(['feature', 'main'])
    const main = await deploy()('GET', `${R}/deployments?sha=${sha('main')}`)
    expect(main.body.map((d: { environment: string }) => d.environment)).toEqual(['production', 'staging'])
    const paged = await deploy()('GET', `${R}/deployments?per_page=1&page=2`)
    expect(paged.body).toHaveLength(1)
    expect(paged.headers.get('link')).toContain('rel="prev"')
  })

  it('list a deployment’s statuses newest first; 404 for an unknown deployment', async () => {
    const list = (await deploy()('GET', `${R}/deployments?environment=staging`)).body as { id: number }[]
    const statuses = await deploy()('GET', `${R}/deployments/${list[0].id}/statuses`)
    expect(statuses.body.map((s: { state: string }) => s.state)).toEqual(['failure', 'queued'])
    expect((await deploy()('GET', `${R}/deployments/${list[1].id}/statuses`)).body).toHaveLength(1)
    expect((await deploy()('GET', `${R}/deployments/1/statuses`)).status).toBe(404)
  })

  it('need deployments: read', async () => {
    expect((await simClient(sim.url, TOKENS.gate)('GET', `${R}/deployments`)).status).toBe(403)
  })

  it('serve an environment’s protection rules; 404 for an unknown one', async () => {
    const staging = await deploy()('GET', `${R}/environments/staging`)
    expect(staging.body.protection_rules.map((r: { type: string }) => r.type)).toEqual(['wait_timer'])
    expect(staging.body.deployment_branch_policy).toBeNull()
    const production = await deploy()('GET', `${R}/environments/production`)
    expect(production.body.protection_rules.map((r: { type: string }) => r.type)).toEqual([
      'required_reviewers',
      'branch_policy'
    ])
    expect(production.body.deployment_branch_policy).toEqual({
      protected_branches: false,
      custom_branch_policies: true
    })
    expect((await deploy()('GET', `${R}/environments/qa`)).status).toBe(404)
  })
})
