// End to end (the action's entry, in-process): `metric` items on the release PR — numbers read from
// real tools' documents (k6, Locust, pytest JUnit XML, a model evaluation) in workflow artifacts of
// the head commit's runs, or in a repository file, with inclusive bounds and `max-age`.
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { zipOf } from '../sim/scenario-artifacts.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { CHECKLIST_PATH, HEAD_SHA, MAIN_SHA, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/metrics/${name}`, import.meta.url), 'utf8')

const CHECKLIST = `version: 1
sections:
  - title: Performance
    items:
      - id: p95
        title: Response time < 200ms (p95, exactly at the bound)
        check: { type: metric, artifact: k6, path: k6-summary.json, value: 'metrics.http_req_duration["p(95)"]', max: 200, max-age: 1h }
      - id: p99
        title: p99 recorded
        check: { type: metric, artifact: k6, path: k6-summary.json, value: 'metrics.http_req_duration["p(99)"]', max: 500 }
      - id: locust-p95
        title: Locust p95 under 200ms (exactly at the bound)
        check: { type: metric, artifact: locust, path: locust_stats.csv, value: "95%", where: { Name: Aggregated }, max: 200 }
      - id: locust-errors
        title: Locust failures at most 11 (one too many)
        check: { type: metric, artifact: locust, path: locust_stats.csv, value: Failure Count, where: { Name: Aggregated }, max: 11 }
      - id: locust-route
        title: A route that was not load-tested
        check: { type: metric, artifact: locust, path: locust_stats.csv, value: "95%", where: { Name: /api/search }, max: 200 }
  - title: Testing
    items:
      - id: pass-rate
        title: At least 75% of tests pass (exactly at the bound)
        check: { type: metric, artifact: junit, path: reports/pytest-junit.xml, value: pass-rate, min: 75 }
      - id: failures
        title: No failing tests
        check: { type: metric, artifact: junit, path: reports/pytest-junit.xml, value: failures, max: 0 }
  - title: Model
    items:
      - id: accuracy
        title: Accuracy > 81.25% (exactly at the bound)
        check: { type: metric, file: models/churn/eval_results.json, value: eval_accuracy, min: 0.8125 }
      - id: accuracy-step
        title: Accuracy below the bound by the smallest step
        check: { type: metric, file: models/churn/scores.yaml, value: scores.accuracy, min: 80 }
      - id: stale
        title: A load test older than an hour (by a minute)
        check: { type: metric, artifact: old-load, path: k6-summary.json, value: metrics.http_reqs.count, min: 1, max-age: 1h }
      - id: broken
        title: An unreadable document
        check: { type: metric, artifact: broken, path: summary.json, value: metrics.x, max: 1 }
      - id: later
        title: An artifact still being produced
        check: { type: metric, artifact: later, path: summary.json, value: x, max: 1 }
`

const MINUTE = 60_000
const ago = (ms: number) => new Date(Date.now() - ms).toISOString().replace(/\.\d+Z$/, 'Z')

let sim: Simulator
beforeEach(async () => {
  const scenario = sampleScenario()
  for (const sha of [MAIN_SHA, HEAD_SHA]) {
    Object.assign(scenario.commits[sha].files!, {
      [CHECKLIST_PATH]: CHECKLIST,
      'models/churn/eval_results.json': fixture('eval_results.json'),
      // The largest double below 80.
      'models/churn/scores.yaml': 'scores:\n  accuracy: 79.99999999999999\n'
    })
  }
  scenario.tokens.ghs_no_actions = {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions: { contents: 'read', checks: 'write', statuses: 'write', pull_requests: 'write' }
  }
  scenario.artifacts = {
    runs: [
      { id: 601, head_sha: HEAD_SHA, name: 'Load test', created_at: ago(30 * MINUTE) },
      { id: 602, head_sha: HEAD_SHA, name: 'Nightly', status: 'in_progress', created_at: ago(5 * MINUTE) }
    ],
    artifacts: [
      {
        name: 'k6',
        run_id: 601,
        zip: await zipOf({ 'k6-summary.json': fixture('k6-summary.json') }),
        created_at: ago(50 * MINUTE)
      },
      {
        name: 'locust',
        run_id: 601,
        zip: await zipOf({ 'locust_stats.csv': fixture('locust_stats.csv') }),
        created_at: ago(20 * MINUTE)
      },
      {
        name: 'junit',
        run_id: 601,
        zip: await zipOf({ 'reports/pytest-junit.xml': fixture('pytest-junit.xml') }),
        created_at: ago(20 * MINUTE)
      },
      {
        name: 'old-load',
        run_id: 601,
        zip: await zipOf({ 'k6-summary.json': fixture('k6-summary.json') }),
        created_at: ago(61 * MINUTE)
      },
      {
        name: 'broken',
        run_id: 601,
        zip: await zipOf({ 'summary.json': '{"metrics": ' }),
        created_at: ago(20 * MINUTE)
      }
    ]
  }
  sim = await startSimulator(scenario, { validate: true })
})
afterEach(() => closeAndCheck(sim))

describe('metric items', () => {
  it('pass at each bound exactly, fail a step beyond it, when stale or missing, pend and are unknown when unreadable', async () => {
    const result = await gateReleasePr(sim.url)
    expect(result.code).toBe(1)
    const item = (id: string) => result.report!.items.find(i => i.id === id)!
    const run = 'https://github.com/acme/shop/actions/runs/601'
    expect(item('p95')).toMatchObject({ state: 'pass', url: run })
    expect(item('p95').summary).toMatch(
      /^`metrics.http_req_duration\["p\(95\)"\]` 200 ≤ 200 from `k6-summary.json` in artifact `k6`, uploaded 5\d minutes ago$/
    )
    expect(item('p99')).toMatchObject({ state: 'fail' })
    expect(item('p99').summary).toContain(
      'no `metrics.http_req_duration["p(99)"]`: `metrics.http_req_duration` has no `p(99)`'
    )
    expect(item('locust-p95')).toMatchObject({ state: 'pass' })
    expect(item('locust-p95').summary).toMatch(/^`95%` 200 ≤ 200 from `locust_stats.csv`/)
    expect(item('locust-errors')).toMatchObject({ state: 'fail' })
    expect(item('locust-errors').summary).toMatch(/^`Failure Count` 12 > `max` 11 from/)
    expect(item('locust-route')).toMatchObject({ state: 'fail' })
    expect(item('locust-route').summary).toContain('no row where `Name` = `/api/search`')
    expect(item('pass-rate')).toMatchObject({ state: 'pass' })
    expect(item('pass-rate').summary).toMatch(/^`pass-rate` 75 ≥ 75 from `reports\/pytest-junit.xml`/)
    expect(item('failures')).toMatchObject({ state: 'fail' })
    expect(item('failures').summary).toMatch(/^`failures` 1 > `max` 0/)
    expect(item('accuracy')).toMatchObject({
      state: 'pass',
      summary: '`eval_accuracy` 0.8125 ≥ 0.8125 from `models/churn/eval_results.json`'
    })
    expect(item('accuracy-step')).toMatchObject({
      state: 'fail',
      summary: '`scores.accuracy` 79.99999999999999 < `min` 80 from `models/churn/scores.yaml`'
    })
    expect(item('stale')).toMatchObject({
      state: 'fail',
      summary: 'the artifact `old-load` was uploaded 1 hour 1 minute ago, longer than `1h` (1 hour)'
    })
    expect(item('broken')).toMatchObject({ state: 'unknown' })
    expect(item('broken').summary).toContain(
      'could not verify: `summary.json` in artifact `broken` is not valid JSON'
    )
    expect(item('later')).toMatchObject({ state: 'pending' })
    expect(item('later').summary).toContain('no artifact named `later` on')
  })

  it('are unknown, naming actions: read, when the token may not read artifacts', async () => {
    const result = await gateReleasePr(sim.url, { inputs: { token: 'ghs_no_actions' } })
    const p95 = result.report!.items.find(i => i.id === 'p95')!
    expect(p95.state).toBe('unknown')
    expect(JSON.stringify(p95)).toContain('actions: read')
    // A repository file needs only contents: read.
    expect(result.report!.items.find(i => i.id === 'accuracy')!.state).toBe('pass')
  })
})
