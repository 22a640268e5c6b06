// Many `checks` items on one commit: the evidence is read and sorted once, each glob compiled once,
// and every item still judged by its own globs and its own `allow`.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readable } from '../harness/readable.js'
import type { CheckSpec } from '../src/checklist/schema.js'
import { evaluateChecks } from '../src/evaluate/checks.js'
import { globMatcher } from '../src/evaluate/glob.js'
import type { EvalContext } from '../src/evaluate/outcome.js'
import { createGitHub } from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'
import { readSettings } from '../src/settings.js'
import { TOKENS, checkRun, defaultScenario, sha } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'

type ChecksCheck = Extract<CheckSpec, { type: 'checks' }>
const HEAD = sha('head')

let started: Simulator | undefined
afterEach(async () => {
  if (!started) return
  await closeAndCheck(started)
  started = undefined
})

function context(sim: Simulator): EvalContext {
  const result = readSettings(name => (name === 'token' ? TOKENS.gate : ''))
  if (!result.ok) throw new Error('bad settings')
  const gateway = new Gateway(createGitHub({ token: TOKENS.gate, baseUrl: sim.url, log: () => {} }), {
    owner: 'acme',
    repo: 'widgets'
  })
  return {
    target: {
      kind: 'audit',
      sha: HEAD,
      checklistRef: 'main',
      checklistRefLabel: 'main',
      statusName: 'Readiness gate'
    },
    gateway,
    securityGateway: gateway,
    settings: result.settings,
    runner: {
      eventName: 'push',
      payload: {},
      owner: 'acme',
      repo: 'widgets',
      sha: HEAD,
      ref: 'refs/heads/feature',
      job: 'gate',
      runId: 0,
      runAttempt: 1,
      runnerName: '',
      serverUrl: 'https://github.com',
      apiUrl: sim.url,
      runnerTemp: '/tmp'
    },
    today: '2026-11-28',
    waiting: false
  }
}

const check = (name: string | string[], allow?: ChecksCheck['allow']): ChecksCheck => ({
  type: 'checks',
  name,
  ...(allow ? { allow } : {})
})

describe('checks items sharing one commit', () => {
  it('reads the evidence once, and judges each item by its own globs and allow list', async () => {
    const sim = await startSimulator(
      defaultScenario({
        check_runs: [
          ...Array.from({ length: 150 }, (_, i) => checkRun(`build (${i})`, HEAD)),
          checkRun('e2e', HEAD, { conclusion: 'neutral' }),
          checkRun('flaky', HEAD, { conclusion: 'failure' })
        ],
        statuses: [{ sha: HEAD, context: 'ci/docs', state: 'success' }]
      }),
      { validate: true }
    )
    started = sim
    const ctx = context(sim)
    const outcomes = await Promise.all([
      evaluateChecks(check('build (*)'), ctx),
      evaluateChecks(check('build (1?)'), ctx),
      evaluateChecks(check('flaky'), ctx),
      evaluateChecks(check('flaky', ['success', 'failure']), ctx),
      evaluateChecks(check('e2e', ['success']), ctx),
      evaluateChecks(check(['ci/docs', 'e2e']), ctx),
      evaluateChecks(check(['build (7)', 'deploy']), ctx),
      evaluateChecks(check('*docs'), ctx),
      evaluateChecks(check('CI/*'), ctx)
    ])
    expect(outcomes.map(o => o.state)).toEqual([
      'pass',
      'pass',
      'fail',
      'pass',
      'fail',
      'pass',
      'fail',
      'pass',
      'fail'
    ])
    expect(readable(outcomes[7].summary)).toBe('`ci/docs`: passed')
    expect(readable(outcomes[1].summary)).toBe(
      '`build (19)`, `build (18)`, `build (17)`, `build (16)`, `build (15)` and 5 more: all passed'
    )
    expect(readable(outcomes[4].summary)).toBe('`e2e` (neutral) is not success')
    expect(readable(outcomes[6].summary)).toMatch(/^no check named `deploy` ran on /)
    // Two pages of check runs, one of statuses: each read once for all seven items.
    const reads = sim.requests.map(r => `${r.path.split('/').pop()} ${r.query.page ?? '1'}`)
    expect(reads.sort()).toEqual(['check-runs 1', 'check-runs 2', 'statuses 1'])
  })

  it('builds each glob’s matcher once, however many names it is tried on', () => {
    const matcher = globMatcher('test (*, 20)')
    expect(globMatcher('test (*, 20)')).toBe(matcher)
    expect(['test (ubuntu, 20)', 'test (ubuntu, 22)', 'lint'].map(matcher)).toEqual([true, false, false])
    expect(globMatcher('lint')('lint')).toBe(true)
    expect(globMatcher('lint')('lint2')).toBe(false)
  })
})
