// Durations, value paths, the checklist errors and relaxations of `workflow`, `deployment` and
// `metric`, the documents `metric` reads, and `max-age` at its exact bound (inclusive).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { diffChecklists } from '../src/checklist/diff.js'
import { durationMs, elapsedWords } from '../src/checklist/duration.js'
import type { Checklist } from '../src/checklist/model.js'
import { parseChecklist } from '../src/checklist/parse.js'
import { parseValuePath, select, type Segment } from '../src/checklist/value-path.js'
import { readMetric } from '../src/evaluate/metric/document.js'
import type { EvalContext } from '../src/evaluate/outcome.js'
import { evaluateDeployment } from '../src/evaluate/deployment.js'
import { evaluateWorkflow } from '../src/evaluate/workflow.js'
import { createGitHub } from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'
import { readSettings } from '../src/settings.js'
import { TOKENS, defaultScenario, sha } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'

const parse = (check: string) =>
  parseChecklist(
    `version: 1\nsections:\n  - title: S\n    items:\n      - id: a\n        title: A\n        check: ${check}\n`,
    {
      file: 'c.yml',
      today: '2026-11-28'
    }
  )
const errorsOf = (check: string) => {
  const r = parse(check)
  if (r.ok) throw new Error('expected errors')
  return r.errors.map(e => ({ line: e.line, column: e.column, message: e.message, fix: e.fix }))
}
const checklist = (check: string): Checklist => {
  const r = parse(check)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.checklist
}

describe('durations', () => {
  it('are minutes, hours, days or weeks', () => {
    expect(['30m', '12h', '7d', '2w'].map(durationMs)).toEqual([
      30 * 60e3,
      12 * 3600e3,
      7 * 86400e3,
      14 * 86400e3
    ])
    expect(elapsedWords(7 * 86400e3 + 60e3)).toBe('7 days 1 minute')
    expect(elapsedWords(59_000)).toBe('59 seconds')
  })

  it('anything else is an error at its line and column, with the fix', () => {
    for (const bad of ['7days', '0d', '1.5h', '7D', '-1d']) {
      expect(errorsOf(`{ type: workflow, workflow: drill.yml, max-age: ${bad} }`)).toEqual([
        expect.objectContaining({
          line: 7,
          message: expect.stringContaining('is not a duration such as `30m`, `12h`, `7d` or `2w`'),
          fix: expect.stringContaining('`m` (minutes), `h` (hours), `d` (days) or `w` (weeks)')
        })
      ])
    }
    expect(errorsOf('{ type: deployment, environment: staging, max-age: 7 }')[0].message).toContain(
      'expected text'
    )
  })
})

describe('value paths', () => {
  it('read dot keys, indices and quoted keys', () => {
    const path = parseValuePath('a.b[0]["p(95)"]')
    expect(path).toEqual({ ok: true, segments: [{ key: 'a' }, { key: 'b' }, { index: 0 }, { key: 'p(95)' }] })
    expect(select({ a: { b: [{ 'p(95)': 3 }] } }, (path as { segments: Segment[] }).segments)).toEqual({
      found: true,
      value: 3
    })
    expect(select({ a: { b: [] } }, (path as { segments: Segment[] }).segments)).toEqual({
      found: false,
      matched: 2
    })
  })

  it('a malformed one is a checklist error', () => {
    expect(parseValuePath('a..b').ok).toBe(false)
    expect(parseValuePath('a[x]').ok).toBe(false)
    expect(errorsOf(`{ type: metric, file: m.json, value: "a[x]", min: 1 }`)[0]).toMatchObject({
      line: 7,
      message: expect.stringContaining('neither `[n]` nor `["key"]`')
    })
  })
})

describe('metric checks in the checklist', () => {
  it.each([
    ['{ type: metric, file: m.json, artifact: a, value: x, min: 1 }', 'needs exactly one source'],
    ['{ type: metric, artifact: a, value: x, min: 1 }', 'needs `path`'],
    ['{ type: metric, file: m.json, value: x }', 'needs `min` or `max`'],
    ['{ type: metric, file: m.json, value: x, min: 2, max: 1 }', 'has `min` above `max`'],
    ['{ type: metric, file: m.txt, value: x, min: 1 }', 'whose format the gate cannot tell'],
    [
      '{ type: metric, file: r.xml, value: passed, min: 1 }',
      'one of tests, failures, errors, skipped, pass-rate'
    ],
    [
      '{ type: metric, file: m.json, value: x, where: { a: b }, min: 1 }',
      'has `where`, which selects a CSV row'
    ],
    ['{ type: metric, file: m.json, value: x, min: 1, max-age: 1d }', 'applies to artifacts only']
  ])('%s is an error: %s', (check, words) => {
    const [e] = errorsOf(check)
    expect(e.line).toBe(7)
    expect(e.message).toContain(words)
    expect(e.fix).toBeTruthy()
  })
})

describe('relaxations', () => {
  const kinds = (b: string, h: string) =>
    diffChecklists(checklist(b), checklist(h)).map(c => `${c.kind}: ${c.detail}`)

  it('a longer or removed max-age, a lower min, a higher max, protection or sha turned off', () => {
    expect(
      kinds(
        '{ type: workflow, workflow: d.yml, max-age: 7d }',
        '{ type: workflow, workflow: d.yml, max-age: 2w }'
      )
    ).toEqual(['relaxed: `max-age` 7d → 2w'])
    expect(
      kinds('{ type: workflow, workflow: d.yml, max-age: 7d }', '{ type: workflow, workflow: d.yml }')
    ).toEqual(['relaxed: `max-age` 7d → unset'])
    expect(
      kinds(
        '{ type: workflow, workflow: d.yml, max-age: 2w }',
        '{ type: workflow, workflow: d.yml, max-age: 24h }'
      )
    ).toEqual(['tightened: `max-age` 2w → 24h'])
    expect(
      kinds(
        '{ type: workflow, workflow: d.yml }',
        '{ type: workflow, workflow: d.yml, allow: [success, failure] }'
      )
    ).toEqual(['relaxed: `allow` widened with `failure`'])
    expect(
      kinds(
        '{ type: deployment, environment: s, protected: true, sha: target }',
        '{ type: deployment, environment: s }'
      )
    ).toEqual(['relaxed: `protected` turned off', 'relaxed: `sha` target → any'])
    expect(
      kinds(
        '{ type: metric, file: m.json, value: x, min: 80, max: 200 }',
        '{ type: metric, file: m.json, value: x, min: 79.9, max: 250 }'
      )
    ).toEqual(['relaxed: `min` 80 → 79.9', 'relaxed: `max` 200 → 250'])
    expect(
      kinds(
        '{ type: metric, file: m.json, value: x, max: 200 }',
        '{ type: metric, file: m.json, value: x, max: 150 }'
      )
    ).toEqual(['tightened: `max` 200 → 150'])
  })
})

describe('metric documents', () => {
  it('JUnit without test cases is read from its suites’ attributes; pass-rate needs a test that ran', () => {
    const xml = '<testsuite name="s" tests="4" failures="1" errors="0" skipped="0"></testsuite>'
    expect(readMetric(xml, 'junit', { value: 'pass-rate' })).toEqual({ found: true, value: 75 })
    const none = readMetric('<testsuites><testsuite tests="1" skipped="1"/></testsuites>', 'junit', {
      value: 'pass-rate'
    })
    expect(none).toMatchObject({ found: false })
    expect(readMetric('<coverage/>', 'junit', { value: 'tests' })).toEqual({
      unreadable: 'is no JUnit XML report (its root element is <coverage>)'
    })
  })

  it('CSV with several rows needs `where`; numeric text is a number, other text is not', () => {
    const csv = 'Name,p95\na,"120"\nb,n/a\n'
    expect(readMetric(csv, 'csv', { value: 'p95' })).toMatchObject({ found: false })
    expect(readMetric(csv, 'csv', { value: 'p95', where: { Name: 'a' } })).toEqual({
      found: true,
      value: 120
    })
    expect(readMetric(csv, 'csv', { value: 'p95', where: { Name: 'b' } })).toMatchObject({ found: false })
    expect(readMetric('a: [1, 2]\n', 'yaml', { value: 'a' })).toMatchObject({ found: false })
    expect(readMetric('{"a": true}', 'json', { value: 'a' })).toMatchObject({ found: false })
  })
})

describe('max-age at its exact bound', () => {
  let sim: Simulator
  const ENDED = '2026-11-20T12:00:00Z'
  beforeAll(async () => {
    sim = await startSimulator(
      defaultScenario({
        artifacts: {
          runs: [
            {
              id: 5,
              head_sha: sha('main'),
              head_branch: 'main',
              event: 'schedule',
              path: '.github/workflows/drill.yml',
              created_at: '2026-11-20T11:00:00Z',
              updated_at: ENDED
            }
          ]
        },
        deployments: {
          deployments: [
            { sha: sha('main'), environment: 'staging', statuses: [{ state: 'success', created_at: ENDED }] },
            { sha: sha('main'), environment: 'qa' },
            { sha: sha('main'), environment: 'old', statuses: [{ state: 'success' }, { state: 'inactive' }] }
          ]
        }
      }),
      { validate: true }
    )
    sim.state.tokens[TOKENS.gate].permissions.deployments = 'read'
  })
  afterAll(() => closeAndCheck(sim))

  function context(now: number): EvalContext {
    const result = readSettings(name => (name === 'token' ? TOKENS.gate : ''))
    if (!result.ok) throw new Error('bad settings')
    const gateway = new Gateway(createGitHub({ token: TOKENS.gate, baseUrl: sim.url, log: () => {} }), {
      owner: 'acme',
      repo: 'widgets'
    })
    return {
      target: {
        kind: 'audit',
        sha: sha('main'),
        checklistRef: 'main',
        checklistRefLabel: 'main',
        statusName: 'g'
      },
      gateway,
      securityGateway: gateway,
      settings: result.settings,
      runner: { serverUrl: 'https://github.com', runnerTemp: '', runId: 1 } as EvalContext['runner'],
      today: '2026-11-27',
      waiting: false,
      now
    }
  }
  const at = (offsetMs: number) => Date.parse(ENDED) + 7 * 86400e3 + offsetMs

  it('passes exactly 7 days after the run completed and fails a millisecond later', async () => {
    const check = { type: 'workflow', workflow: 'drill.yml', 'max-age': '7d' } as const
    expect((await evaluateWorkflow(check, context(at(0)))).state).toBe('pass')
    expect((await evaluateWorkflow(check, context(at(1)))).state).toBe('fail')
  })

  it('does the same for a deployment’s latest status', async () => {
    const check = { type: 'deployment', environment: 'staging', 'max-age': '1w' } as const
    expect((await evaluateDeployment(check, context(at(0)))).state).toBe('pass')
    expect((await evaluateDeployment(check, context(at(1)))).state).toBe('fail')
  })

  it('a deployment without a status yet is pending; an inactive one fails', async () => {
    const qa = await evaluateDeployment({ type: 'deployment', environment: 'qa' }, context(at(0)))
    expect(qa).toMatchObject({ state: 'pending' })
    expect(JSON.stringify(qa.summary)).toContain('(b28b7af) has no status yet')
    expect((await evaluateDeployment({ type: 'deployment', environment: 'old' }, context(at(0)))).state).toBe(
      'fail'
    )
  })
})
