// End to end (the action's entry, in-process): gating a PR on code-scanning, secret-scanning and Dependabot alerts.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { checkRun, sha, type Scenario } from '../sim/scenario.js'
import type { SecurityScenario } from '../sim/scenario-security.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import type { RunResult } from '../harness/run-action.js'
import {
  auditDispatch,
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  RELEASE_PR,
  TOKEN,
  gateReleasePr,
  sampleScenario,
  type ReleasePrRun
} from '../harness/sample-repo.js'

/** A GitHub App installation token that reads all three alert lists, passed as `security-token`. */
const SECURITY_TOKEN = 'ghs_sample_security_app_token'
const PR_REF = `refs/pull/${RELEASE_PR}/merge`

const CHECKLIST = `version: 1
title: Shop security gate
sections:
  - title: Security
    items:
      - id: code-scanning
        title: No high code-scanning alerts
        check: { type: code-scanning, severity: high }
      - id: secrets
        title: No leaked secrets
        check: { type: secret-scanning }
      - id: dependencies
        title: At most 2 critical dependency alerts
        check: { type: dependabot, severity: critical, max: 2 }
`

/** acme/shop with the security checklist on main, GITHUB_TOKEN allowed security-events and vulnerability-alerts. */
function scenario(security: SecurityScenario): Scenario {
  const s = sampleScenario()
  s.commits[MAIN_SHA].files = { ...s.commits[MAIN_SHA].files, [CHECKLIST_PATH]: CHECKLIST }
  const gate = s.tokens[TOKEN.gate]
  gate.permissions = { ...gate.permissions, security_events: 'read', vulnerability_alerts: 'read' }
  s.tokens[SECURITY_TOKEN] = {
    login: 'acme-security-reader[bot]',
    type: 'Bot',
    permissions: { security_events: 'read', secret_scanning_alerts: 'read', vulnerability_alerts: 'read' }
  }
  s.security = security
  return s
}

let sim: Simulator
afterEach(() => closeAndCheck(sim))

function releasePr(more: ReleasePrRun = {}) {
  return gateReleasePr(sim.url, { sha: sha('refs/pull/42/merge'), ref: PR_REF, ...more })
}

const gateComment = () => sim.state.comments.find(c => c.body.includes('<!-- readiness-gate'))?.body ?? ''
const states = (run: RunResult) => Object.fromEntries(run.report!.items.map(i => [i.id, i.state]))

/** 260 Dependabot alerts of which 3 open criticals; 150 secret-scanning alerts, all resolved. */
const MANY: SecurityScenario = {
  codeScanningAlerts: [
    { rule: { id: 'js/sql-injection', security_severity_level: 'critical' }, refs: [PR_REF] },
    { rule: { id: 'js/log-injection', security_severity_level: 'medium' }, refs: [PR_REF] },
    { rule: { id: 'js/xss', security_severity_level: 'high' }, refs: ['main'] }
  ],
  secretScanningAlerts: Array.from({ length: 150 }, () => ({ state: 'resolved' as const })),
  dependabotAlerts: Array.from({ length: 260 }, (_, i) => ({
    severity: i % 50 === 0 ? ('critical' as const) : ('high' as const),
    state: i % 50 === 0 && i < 150 ? ('open' as const) : i % 2 ? ('open' as const) : ('fixed' as const),
    package: `pkg-${i}`
  }))
}

describe('security alerts on a PR', () => {
  it('reads every alert list with `security-token`, counts on the merge ref, and fails on the code-scanning alert', async () => {
    sim = await startSimulator(scenario(MANY), { validate: true })
    const run = await releasePr({ inputs: { 'security-token': SECURITY_TOKEN } })
    expect(run.code).toBe(1)
    expect(states(run)).toEqual({ 'code-scanning': 'fail', secrets: 'pass', dependencies: 'fail' })

    const comment = gateComment()
    expect(comment).toContain(
      '**No high code-scanning alerts** `code-scanning` — 1 open code-scanning alert at or above high on `refs/pull/42/merge`: 1 critical — ' +
        '[#1](https://github.com/acme/shop/security/code-scanning/1) `js/sql-injection` (critical)'
    )
    expect(comment).toMatch(
      /`dependencies` — 3 open Dependabot alerts at or above critical \(at most 2 allowed\): 3 critical — \[#\d+\]/
    )

    const security = sim.requests.filter(r => r.path.includes('/alerts'))
    expect(security.every(r => r.login === 'acme-security-reader[bot]')).toBe(true)
    expect(security.filter(r => r.path.endsWith('/code-scanning/alerts')).map(r => r.query.ref)).toEqual([
      PR_REF
    ])
    expect(security.filter(r => r.path.endsWith('/secret-scanning/alerts'))).toHaveLength(1)
    expect(security.filter(r => r.path.endsWith('/dependabot/alerts'))).toHaveLength(1)
    expect(
      sim.requests
        .filter(r => !r.path.includes('/alerts') && !r.path.includes('/code-scanning/'))
        .every(r => r.login !== 'acme-security-reader[bot]')
    ).toBe(true)
  })

  it('passes the security items when nothing is open at or above the thresholds', async () => {
    sim = await startSimulator(
      scenario({
        codeScanningAlerts: [{ rule: { id: 'js/x', severity: 'warning' }, refs: [PR_REF] }],
        dependabotAlerts: [{ severity: 'critical' }, { severity: 'critical' }, { severity: 'high' }]
      }),
      { validate: true }
    )
    const run = await releasePr({ inputs: { 'security-token': SECURITY_TOKEN } })
    expect(states(run)).toEqual({ 'code-scanning': 'pass', secrets: 'pass', dependencies: 'pass' })
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
  })

  it('is pending, not passed, while code scanning has not analysed the PR yet, and fails once nothing runs', async () => {
    const scenarioWithCodeQl = scenario({
      codeScanningAnalyses: [{ ref: 'refs/heads/main' }],
      codeScanningAlerts: []
    })
    scenarioWithCodeQl.check_runs!.push(
      checkRun('Analyze (javascript)', HEAD_SHA, { status: 'in_progress', conclusion: null })
    )
    sim = await startSimulator(scenarioWithCodeQl, { validate: true })
    const run = await releasePr({ inputs: { 'security-token': SECURITY_TOKEN } })
    expect(states(run)['code-scanning']).toBe('pending')
    expect(run.report!.items.find(i => i.id === 'code-scanning')?.summary).toBe(
      `code scanning has not analysed \`${PR_REF}\` yet, so its alert list proves nothing; waiting for the analysis (other checks are still running)`
    )
    expect(run.outputs.result).toBe('pending')
    // It never asked for the alerts of a ref without results.
    expect(sim.requests.filter(r => r.path.endsWith('/code-scanning/alerts'))).toEqual([])

    // The code-scanning workflow finished without uploading anything for the PR: no evidence, fail.
    Object.assign(
      sim.state.checkRuns.find(r => r.name === 'Analyze (javascript)')!,
      {
        status: 'completed',
        conclusion: 'success'
      }
    )
    const final = await releasePr({ inputs: { 'security-token': SECURITY_TOKEN } })
    expect(states(final)['code-scanning']).toBe('fail')
    expect(final.code).toBe(1)
    expect(gateComment()).toContain(
      `code scanning has not analysed \`${PR_REF}\` yet, so its alert list proves nothing **Fix:** Let the code-scanning workflow analyse the PR's latest commit`
    )
  })

  it('never passes on an analysis of an older merge commit; waits for the analysis of this head and counts its alerts', async () => {
    // The attacker's first push was analysed clean; the vulnerable head pushed since was not (yet).
    const oldMerge = sha('merge of release/2.4.0 before the last push')
    const s = scenario({
      codeScanningAnalyses: [{ ref: PR_REF, commit_sha: oldMerge }],
      codeScanningAlerts: []
    })
    s.commits[oldMerge] = { parents: [MAIN_SHA, sha('release/2.4.0 before the last push')] }
    sim = await startSimulator(s, { validate: true })

    const stale = await releasePr({ inputs: { 'security-token': SECURITY_TOKEN } })
    expect(states(stale)['code-scanning']).toBe('fail')
    expect(stale.outputs.result).toBe('fail')
    expect(stale.report!.items.find(i => i.id === 'code-scanning')?.summary).toBe(
      `code scanning has no analysis of \`${HEAD_SHA.slice(0, 7)}\` (head of #\u200b${RELEASE_PR}) on \`${PR_REF}\`: ` +
        `the newest by \`CodeQL\` is of \`${oldMerge.slice(0, 7)}\`, not a merge of this head, so its alerts are not about this commit`
    )
    expect(sim.requests.filter(r => r.path.endsWith('/code-scanning/alerts'))).toEqual([])

    // With wait-timeout the gate polls; the analysis of the current merge commit lands and finds the flaw.
    let polls = 0
    sim.onRequest = ex => {
      if (!ex.path.endsWith('/code-scanning/analyses') || ++polls !== 2) return
      sim.state.security.codeScanningAnalyses!.push({ ref: PR_REF, created_at: '2026-11-20T13:00:00Z' })
      sim.state.security.codeScanningAlerts!.push({
        rule: { id: 'js/sql-injection', security_severity_level: 'critical' },
        refs: [PR_REF]
      })
    }
    const waited = await releasePr({
      inputs: { 'security-token': SECURITY_TOKEN, 'wait-timeout': '30' },
      env: { READINESS_GATE_POLL_MS: '20' }
    })
    expect(polls).toBe(2)
    expect(waited.stdout).toMatch(/Poll 1: still pending \(code-scanning\)/)
    expect(states(waited)['code-scanning']).toBe('fail')
    expect(waited.report!.items.find(i => i.id === 'code-scanning')?.summary).toMatch(
      /^1 open code-scanning alert at or above high on `refs\/pull\/42\/merge`: 1 critical/
    )
  })

  it('with GITHUB_TOKEN alone, secret scanning is `unknown` with the fix, and the verdict fails', async () => {
    sim = await startSimulator(scenario({}), { validate: true })
    const run = await releasePr()
    expect(states(run)).toEqual({ 'code-scanning': 'pass', secrets: 'unknown', dependencies: 'pass' })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', unknown: '1' })
    expect(gateComment()).toContain(
      '**Fix:** GITHUB_TOKEN can never read secret-scanning alerts: pass a GitHub App or fine-grained token with "Secret scanning alerts: read" as `security-token`.'
    )
    const [status] = sim.state.statuses.filter(s => s.context === 'Readiness gate')
    expect(status.state).toBe('failure')
  })

  it('a feature turned off is `unknown` with how to turn it on', async () => {
    sim = await startSimulator(scenario({ codeScanning: 'no-ghas', dependabot: 'disabled' }), {
      validate: true
    })
    const run = await releasePr({ inputs: { 'security-token': SECURITY_TOKEN } })
    expect(states(run)).toEqual({ 'code-scanning': 'unknown', secrets: 'pass', dependencies: 'unknown' })
    const items = Object.fromEntries(run.report!.items.map(i => [i.id, i]))
    expect(items['code-scanning'].summary).toContain(
      'Advanced Security must be enabled for this repository to use code scanning.'
    )
    expect(gateComment()).toContain(
      '**Fix:** Enable Dependabot alerts (Settings → Advanced Security → Dependabot alerts), or make this item manual or `required: false`.'
    )
    expect(run.code).toBe(1)
  })
})

describe('security alerts in an audit', () => {
  it('asks code scanning about the audited branch', async () => {
    sim = await startSimulator(
      scenario({
        codeScanningAlerts: [{ rule: { id: 'js/xss', security_severity_level: 'high' }, refs: ['main'] }]
      }),
      { validate: true }
    )
    sim.state.commits[MAIN_SHA].files![CHECKLIST_PATH] = CHECKLIST
    const run = await auditDispatch(sim.url, {
      branch: 'main',
      sha: MAIN_SHA,
      inputs: { 'security-token': SECURITY_TOKEN }
    })
    expect(states(run)['code-scanning']).toBe('fail')
    expect(sim.requests.filter(r => r.path.endsWith('/code-scanning/alerts')).map(r => r.query.ref)).toEqual([
      'refs/heads/main'
    ])
  })
})
