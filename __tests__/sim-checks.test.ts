// Check runs in the simulator: filter=latest semantics, filters, create/update and GitHub's limits.
import { afterEach, describe, expect, it } from '@jest/globals'
import { simClient } from '../sim/client.js'
import { TOKENS, checkRun, defaultScenario, sha, type CheckRunSpec } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const R = '/repos/acme/widgets'
const HEAD = sha('head')
const OTHER_APP = { id: 9, slug: 'circleci', name: 'CircleCI' }

let sim: Simulator
afterEach(() => sim.close())

async function start(check_runs: CheckRunSpec[] = []) {
  sim = await startSimulator(
    defaultScenario({
      check_runs,
      tokens: {
        ...defaultScenario().tokens,
        app: { login: 'readiness-gate[bot]', type: 'Bot', permissions: { checks: 'write' } }
      }
    })
  )
  return simClient(sim.url, TOKENS.gate)
}

type Run = { id: number; name: string; conclusion: string | null; check_suite: { id: number } }
const summary = (runs: Run[]) => runs.map(r => `${r.name}#${r.id}:${r.conclusion}`).sort()

describe('listing check runs for a ref', () => {
  const runs = [
    checkRun('test', HEAD, { id: 1, conclusion: 'failure', check_suite_id: 10 }),
    checkRun('test', HEAD, { id: 2, conclusion: 'success', check_suite_id: 10 }), // re-run in the same suite
    checkRun('test', HEAD, { id: 3, conclusion: 'failure', check_suite_id: 11 }), // another workflow run
    checkRun('lint', HEAD, { id: 4, status: 'in_progress', conclusion: null, check_suite_id: 10 }),
    checkRun('ci', HEAD, { id: 5, app: OTHER_APP }),
    checkRun('test', sha('main'), { id: 6 })
  ]

  it('filter=latest (the default) keeps the newest run per name within each check suite, not across suites', async () => {
    const gate = await start(runs)
    const res = await gate('GET', `${R}/commits/${HEAD}/check-runs`)
    expect(res.body.total_count).toBe(4)
    expect(summary(res.body.check_runs)).toEqual([
      'ci#5:success',
      'lint#4:null',
      'test#2:success',
      'test#3:failure'
    ])
    const explicit = await gate('GET', `${R}/commits/${HEAD}/check-runs?filter=latest`)
    expect(explicit.body.total_count).toBe(4)
  })

  it('filter=all returns every run', async () => {
    const gate = await start(runs)
    const res = await gate('GET', `${R}/commits/feature/check-runs?filter=all`)
    expect(res.body.total_count).toBe(5)
  })

  it('filters by check_name, status and app_id, and resolves branch names', async () => {
    const gate = await start(runs)
    const byName = await gate('GET', `${R}/commits/feature/check-runs?check_name=test&filter=all`)
    expect(summary(byName.body.check_runs)).toEqual(['test#1:failure', 'test#2:success', 'test#3:failure'])
    const byStatus = await gate('GET', `${R}/commits/${HEAD}/check-runs?status=in_progress`)
    expect(summary(byStatus.body.check_runs)).toEqual(['lint#4:null'])
    const byApp = await gate('GET', `${R}/commits/${HEAD}/check-runs?app_id=9`)
    expect(byApp.body.check_runs).toEqual([
      expect.objectContaining({ id: 5, app: expect.objectContaining({ slug: 'circleci' }) })
    ])
    const unknown = await gate('GET', `${R}/commits/nope/check-runs`)
    expect(unknown.status).toBe(422)
  })

  it('lists same-repository open PRs of the head SHA on each run', async () => {
    const gate = await start(runs)
    const res = await gate('GET', `${R}/commits/${HEAD}/check-runs?check_name=lint`)
    expect(res.body.check_runs[0].pull_requests).toEqual([expect.objectContaining({ number: 1 })])
  })
})

describe('creating and updating check runs', () => {
  it('creates a run owned by the token’s app, completes it with a conclusion, and accumulates annotations', async () => {
    const gate = await start()
    const annotation = {
      path: '.github/readiness.yml',
      start_line: 3,
      end_line: 3,
      annotation_level: 'failure',
      message: 'm'
    }
    const created = await gate('POST', `${R}/check-runs`, {
      name: 'Readiness gate',
      head_sha: HEAD,
      status: 'in_progress',
      output: { title: 'Pending', summary: 's', annotations: [annotation] }
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null })
    expect(created.body.app).toMatchObject({ slug: 'github-actions', id: 15368 })

    const updated = await gate('PATCH', `${R}/check-runs/${created.body.id}`, {
      conclusion: 'failure',
      output: { title: 'Failed', summary: 's2', annotations: [annotation] }
    })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(updated.body.completed_at).not.toBeNull()
    expect(updated.body.output).toMatchObject({ title: 'Failed', summary: 's2', annotations_count: 2 })

    const listed = await gate('GET', `${R}/commits/${HEAD}/check-runs?check_name=Readiness%20gate`)
    expect(listed.body.check_runs[0]).toMatchObject({ id: created.body.id, conclusion: 'failure' })
  })

  it('gives a GitHub App token its own app, and lets no other app update the run', async () => {
    await start()
    const app = simClient(sim.url, 'app')
    const created = await app('POST', `${R}/check-runs`, { name: 'gate', head_sha: HEAD })
    expect(created.body.app).toMatchObject({ slug: 'readiness-gate' })
    expect(created.body.status).toBe('queued')
    const other = await simClient(sim.url, TOKENS.gate)('PATCH', `${R}/check-runs/${created.body.id}`, {
      status: 'in_progress'
    })
    expect(other.status).toBe(403)
    expect((await app('PATCH', `${R}/check-runs/999`, { status: 'in_progress' })).status).toBe(404)
  })

  it('enforces GitHub’s limits: 65,535 bytes of summary, 50 annotations per request', async () => {
    const gate = await start()
    const post = (output: object) => gate('POST', `${R}/check-runs`, { name: 'g', head_sha: HEAD, output })
    expect((await post({ title: 't', summary: 'x'.repeat(65535) })).status).toBe(201)
    const long = await post({ title: 't', summary: 'é'.repeat(32768) }) // 65,536 bytes
    expect(long.status).toBe(422)
    expect(long.body.message).toBe(
      'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.'
    )
    expect((await post({ title: 't', summary: 's', text: 'x'.repeat(65536) })).status).toBe(422)

    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' }
    expect((await post({ title: 't', summary: 's', annotations: Array(50).fill(annotation) })).status).toBe(
      201
    )
    const many = await post({ title: 't', summary: 's', annotations: Array(51).fill(annotation) })
    expect(many.status).toBe(422)
    expect(many.body).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'CheckRun', code: 'custom' }]
    })
  })

  it('refuses missing fields, bad values and unknown commits with 422', async () => {
    const gate = await start()
    const missing = await gate('POST', `${R}/check-runs`, { head_sha: HEAD })
    expect(missing.body.message).toBe('Invalid request.\n\n"name" wasn\'t supplied.')
    expect(
      (await gate('POST', `${R}/check-runs`, { name: 'g', head_sha: HEAD, conclusion: 'green' })).status
    ).toBe(422)
    expect(
      (await gate('POST', `${R}/check-runs`, { name: 'g', head_sha: HEAD, status: 'done' })).status
    ).toBe(422)
    expect(
      (await gate('POST', `${R}/check-runs`, { name: 'g', head_sha: HEAD, status: 'completed' })).status
    ).toBe(422)
    expect(
      (await gate('POST', `${R}/check-runs`, { name: 'g', head_sha: HEAD, output: { title: 't' } })).status
    ).toBe(422)
    const unknown = await gate('POST', `${R}/check-runs`, { name: 'g', head_sha: sha('nope') })
    expect(unknown.body.message).toBe(`No commit found for SHA: ${sha('nope')}`)
    expect(sim.state.checkRuns).toHaveLength(0)
  })
})
