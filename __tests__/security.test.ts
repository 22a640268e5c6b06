import { readable } from '../harness/readable.js'
// Security-alert check types (code scanning, secret scanning, Dependabot) evaluated against the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { EvalContext } from '../src/evaluate/outcome.js'
import {
  codeScanningSeverity,
  evaluateCodeScanning,
  evaluateDependabot,
  evaluateSecretScanning,
  newestPerConfiguration,
  severitiesFrom
} from '../src/evaluate/security.js'
import { GITHUB_TOKEN_SECRET_SCANNING_FIX } from '../src/github/alert-errors.js'
import type { CodeScanningAlert, CodeScanningAnalysis } from '../src/github/alerts.js'
import { createGitHub, patienceFromEnv } from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'
import type { Target } from '../src/event/target.js'
import { readSettings, type Settings } from '../src/settings.js'
import type { CheckSpec } from '../src/checklist/schema.js'
import { defaultScenario, sha, type Scenario, type TokenSpec } from '../sim/scenario.js'
import type {
  CodeScanningAlertSpec,
  DependabotAlertSpec,
  SecretScanningAlertSpec,
  SecurityScenario
} from '../sim/scenario-security.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const TOKEN = {
  /** GITHUB_TOKEN with security-events and vulnerability-alerts (it can never get secret scanning). */
  actions: 'ghs_actions_security',
  /** GITHUB_TOKEN without any security permission. */
  bare: 'ghs_actions_bare',
  /** A GitHub App installation token with all three alert permissions (a `security-token`). */
  app: 'ghs_app_security',
  /** A fine-grained token without "Secret scanning alerts". */
  weak: 'github_pat_weak'
}

const TOKENS: Record<string, TokenSpec> = {
  [TOKEN.actions]: {
    login: 'github-actions[bot]',
    type: 'Bot',
    permissions: { contents: 'read', security_events: 'read', vulnerability_alerts: 'read' }
  },
  [TOKEN.bare]: { login: 'github-actions[bot]', type: 'Bot', permissions: { contents: 'read' } },
  [TOKEN.app]: {
    login: 'security-reader[bot]',
    type: 'Bot',
    permissions: { security_events: 'read', secret_scanning_alerts: 'read', vulnerability_alerts: 'read' }
  },
  [TOKEN.weak]: { login: 'octocat', type: 'User', permissions: { security_events: 'read' } }
}

let sim: Simulator
let running = false
afterEach(async () => {
  if (!running) return
  running = false
  await sim.close()
  // Every request and answer matches GitHub's OpenAPI description.
  if (sim.problems.length > 0) throw new Error(`OpenAPI problems:\n${sim.problems.join('\n')}`)
})

const PR_TARGET: Target = {
  kind: 'pull-request',
  sha: sha('head'),
  pr: {
    number: 1,
    title: 'Add feature',
    author: 'octocat',
    headSha: sha('head'),
    headRef: 'feature',
    baseRef: 'main',
    baseSha: sha('main'),
    fork: false
  },
  checklistRef: 'main',
  checklistRefLabel: 'main (base of #1)',
  statusName: 'Readiness gate',
  branch: 'main'
}

async function start(security: SecurityScenario, more: Partial<Scenario> = {}) {
  if (running) {
    // A test that starts a second world ends the first, with the same OpenAPI check.
    await sim.close()
    if (sim.problems.length > 0) throw new Error(`OpenAPI problems:\n${sim.problems.join('\n')}`)
  }
  sim = await startSimulator(
    defaultScenario({
      security,
      ...more,
      tokens: { ...defaultScenario().tokens, ...TOKENS, ...more.tokens }
    }),
    {
      validate: true
    }
  )
  running = true
}

/** The evaluation context a run builds: `token`, and `security-token` when given. */
function context(
  options: { token?: string; securityToken?: string; target?: Target; ref?: string; runnerRef?: string } = {}
): { ctx: EvalContext; security: Gateway } {
  const inputs: Record<string, string> = {
    token: options.token ?? TOKEN.actions,
    'security-token': options.securityToken ?? '',
    ref: options.ref ?? ''
  }
  const result = readSettings(name => inputs[name] ?? '')
  if (!result.ok) throw new Error('bad settings')
  const settings: Settings = result.settings
  const client = (token: string) =>
    createGitHub({ token, baseUrl: sim.url, log: () => {}, patience: { ...patienceFromEnv(), retries: 0 } })
  const repo = { owner: 'acme', repo: 'widgets' }
  const gateway = new Gateway(client(settings.token), repo)
  const security = settings.securityToken ? new Gateway(client(settings.securityToken), repo) : gateway
  const ctx: EvalContext = {
    target: options.target ?? PR_TARGET,
    gateway,
    securityGateway: security,
    settings,
    runner: {
      eventName: 'pull_request',
      payload: {},
      owner: 'acme',
      repo: 'widgets',
      sha: sha('merge'),
      ref: options.runnerRef ?? 'refs/pull/1/merge',
      job: 'gate',
      runId: 1,
      runAttempt: 1,
      runnerName: 'GitHub Actions 1',
      serverUrl: 'https://github.com',
      apiUrl: sim.url,
      runnerTemp: '/tmp'
    },
    today: '2026-11-28',
    waiting: false
  }
  return { ctx, security }
}

/** The evaluator of a security check's type. */
function evaluateCheck(check: CheckSpec, ctx: EvalContext) {
  if (check.type === 'code-scanning') return evaluateCodeScanning(check, ctx)
  if (check.type === 'secret-scanning') return evaluateSecretScanning(check, ctx)
  if (check.type === 'dependabot') return evaluateDependabot(check, ctx)
  throw new Error(`not a security check: ${check.type}`)
}

const alertRequests = (kind: string) => sim.requests.filter(r => r.path.endsWith(`/${kind}/alerts`))

/** A deterministic mix: a state and a severity cycling with the index. */
function cycle<T>(list: readonly T[], i: number): T {
  return list[i % list.length]
}

describe('code-scanning', () => {
  const PR_REF = 'refs/pull/1/merge'
  const LEVELS = ['critical', 'high', 'medium', 'low', null] as const
  const RULE = ['error', 'warning', 'note', 'none'] as const
  const STATES = ['open', 'open', 'dismissed', 'fixed', 'open', 'open', 'open'] as const

  /** 700 alerts: on the PR's merge ref and/or main, mixed states, security severities and rule severities. */
  function manyAlerts(): { alerts: CodeScanningAlertSpec[]; expected: number } {
    const alerts: CodeScanningAlertSpec[] = []
    let expected = 0
    for (let i = 0; i < 700; i++) {
      const level = cycle(LEVELS, i)
      const rule = cycle(RULE, Math.floor(i / 5))
      const state = cycle(STATES, i)
      const refs = i % 11 === 0 ? ['main'] : i % 3 === 0 ? ['main', PR_REF] : [PR_REF]
      const fixedOnPr = i % 13 === 0
      alerts.push({
        state,
        rule: { id: `js/rule-${i}`, security_severity_level: level, severity: rule },
        refs,
        fixed_on: fixedOnPr ? [PR_REF] : [],
        created_at: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`
      })
      const severity = level ?? { error: 'high', warning: 'medium', note: 'low', none: 'low' }[rule]
      if (refs.includes(PR_REF) && state === 'open' && !fixedOnPr && ['critical', 'high'].includes(severity))
        expected++
    }
    return { alerts, expected }
  }

  it('counts exactly the open alerts at or above the severity on the PR merge ref, across every page', async () => {
    const { alerts, expected } = manyAlerts()
    await start({ codeScanningAlerts: alerts })
    const { ctx } = context()
    const outcome = await evaluateCodeScanning({ type: 'code-scanning' }, ctx)

    const openOnPr = alerts.filter(a => a.refs!.includes(PR_REF) && a.state === 'open').length
    expect(expected).toBeGreaterThan(100)
    expect(readable(outcome.state)).toBe('fail')
    expect(readable(outcome.summary)).toMatch(
      new RegExp(
        `^${expected} open code-scanning alerts at or above high on \`refs/pull/1/merge\`: \\d+ critical, \\d+ high — `
      )
    )
    expect(readable(outcome.summary)).toContain(` and ${expected - 3} more`)
    const requests = alertRequests('code-scanning')
    expect(requests).toHaveLength(Math.ceil(openOnPr / 100))
    // One more: whether the merge ref has been analysed at all.
    expect(sim.requests.filter(r => r.path.includes('/code-scanning/'))).toHaveLength(requests.length + 1)
    expect(requests[0].query).toEqual({ ref: PR_REF, state: 'open', per_page: '100' })
    expect(requests.map(r => r.query.page)).toEqual([
      undefined,
      ...requests.slice(1).map((_, i) => String(i + 2))
    ])
  })

  it('counts critical ones first and links at most three, each with its rule and severity', async () => {
    const alerts: CodeScanningAlertSpec[] = [
      { rule: { id: 'js/xss', security_severity_level: 'high' }, refs: [PR_REF] },
      { rule: { id: 'js/sql-injection', security_severity_level: 'critical' }, refs: [PR_REF] },
      { rule: { id: 'js/unused', severity: 'error' }, refs: [PR_REF] },
      { rule: { id: 'js/style', severity: 'warning' }, refs: [PR_REF] },
      { rule: { id: 'js/path', security_severity_level: 'high' }, refs: [PR_REF] }
    ]
    await start({ codeScanningAlerts: alerts })
    const outcome = await evaluateCodeScanning({ type: 'code-scanning', max: 1 }, context().ctx)
    const url = (n: number) => `https://github.com/acme/widgets/security/code-scanning/${n}`
    expect(readable(outcome)).toEqual({
      state: 'fail',
      summary:
        `4 open code-scanning alerts at or above high on \`refs/pull/1/merge\` (at most 1 allowed): 1 critical, 3 high — ` +
        `[#2](${url(2)}) \`js/sql-injection\` (critical), [#5](${url(5)}) \`js/path\` (high), [#3](${url(3)}) \`js/unused\` (high) and 1 more`,
      url: 'https://github.com/acme/widgets/security/code-scanning?query=is%3Aopen%20pr%3A1'
    })
  })

  it('passes within `max`, and with no alert at or above the severity', async () => {
    await start({
      codeScanningAlerts: [
        { rule: { id: 'js/a', security_severity_level: 'medium' }, refs: [PR_REF] },
        { rule: { id: 'js/b', severity: 'note' }, refs: [PR_REF] }
      ]
    })
    const { ctx } = context()
    expect(readable(await evaluateCodeScanning({ type: 'code-scanning' }, ctx))).toMatchObject({
      state: 'pass',
      summary: 'no open code-scanning alerts at or above high on `refs/pull/1/merge`'
    })
    expect(
      readable(readable(await evaluateCodeScanning({ type: 'code-scanning', severity: 'low', max: 2 }, ctx)))
    ).toMatchObject({
      state: 'pass',
      summary: expect.stringMatching(
        /^2 open code-scanning alerts at or above low .* \(at most 2 allowed\): 1 medium, 1 low/
      )
    })
  })

  it('filters by tool with tool_name', async () => {
    await start({
      codeScanningAlerts: [
        { rule: { id: 'js/a', security_severity_level: 'high' }, refs: [PR_REF], tool: 'CodeQL' },
        { rule: { id: 'semgrep.b', security_severity_level: 'high' }, refs: [PR_REF], tool: 'Semgrep' }
      ]
    })
    const outcome = await evaluateCodeScanning({ type: 'code-scanning', tool: 'Semgrep' }, context().ctx)
    expect(readable(outcome.summary)).toMatch(
      /^1 open code-scanning alert at or above high from `Semgrep` on/
    )
    expect(alertRequests('code-scanning')[0].query.tool_name).toBe('Semgrep')
  })

  it('audits a branch as refs/heads/<branch>, a tag as its ref, and cannot audit a bare SHA', async () => {
    await start({ codeScanningAlerts: [{ rule: { id: 'js/a', severity: 'error' } }] })
    const audit: Target = {
      kind: 'audit',
      sha: sha('main'),
      checklistRef: sha('main'),
      checklistRefLabel: 'main',
      statusName: 'x',
      branch: 'main'
    }
    expect(
      readable(
        readable(
          (await evaluateCodeScanning({ type: 'code-scanning' }, context({ target: audit }).ctx)).summary
        )
      )
    ).toMatch(/^1 open code-scanning alert at or above high on `refs\/heads\/main`: 1 high/)
    // The target resolver names the audited ref (`refs/tags/…`); see target.test.ts.
    const tag = { ...audit, branch: undefined, auditedRef: 'refs/tags/v1.0.0' }
    const byTag = await evaluateCodeScanning(
      { type: 'code-scanning' },
      context({ target: tag, ref: 'refs/tags/v1.0.0' }).ctx
    )
    expect(readable(byTag.summary)).toBe(
      'no open code-scanning alerts at or above high on `refs/tags/v1.0.0`'
    )
    expect(alertRequests('code-scanning').map(r => r.query.ref)).toEqual([
      'refs/heads/main',
      'refs/tags/v1.0.0'
    ])
    expect(
      readable(
        readable(
          await evaluateCodeScanning(
            { type: 'code-scanning' },
            context({ target: { ...tag, auditedRef: undefined }, ref: sha('main'), runnerRef: '' }).ctx
          )
        )
      )
    ).toEqual({
      state: 'unknown',
      summary: `code scanning keeps its results per branch, tag or pull request, not per commit: \`${sha('main').slice(0, 7)}\` has no ref to ask about`,
      fix: 'Audit a branch or a tag (e.g. `ref: main`), or run the audit on a branch.'
    })
  })

  describe('only an analysis of the gated commit counts', () => {
    const OLD_MERGE = sha('merge of an older head')
    const MOVED_BASE_MERGE = sha('merge of the head into an older main')
    const commits = (): Scenario['commits'] => ({
      ...defaultScenario().commits,
      [OLD_MERGE]: { parents: [sha('main'), sha('older head')] },
      [MOVED_BASE_MERGE]: { parents: [sha('older main'), sha('head')] }
    })
    const critical: CodeScanningAlertSpec[] = [
      { rule: { id: 'js/sql-injection', security_severity_level: 'critical' }, refs: [PR_REF] }
    ]
    const withChecks = (more: Partial<Scenario> = {}) => ({
      commits: commits(),
      tokens: {
        ...TOKENS,
        [TOKEN.actions]: {
          ...TOKENS[TOKEN.actions],
          permissions: { ...TOKENS[TOKEN.actions].permissions, checks: 'read' as const }
        }
      },
      ...more
    })

    it('an analysis of an older merge commit is no evidence: fail with the commit it should be of', async () => {
      await start(
        { codeScanningAnalyses: [{ ref: PR_REF, commit_sha: OLD_MERGE }], codeScanningAlerts: [] },
        {
          commits: commits()
        }
      )
      const outcome = await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx)
      expect(readable(outcome)).toEqual({
        state: 'fail',
        summary:
          `code scanning has no analysis of \`${sha('head').slice(0, 7)}\` (head of #\u200b1) on \`${PR_REF}\`: ` +
          `the newest by \`CodeQL\` is of \`${OLD_MERGE.slice(0, 7)}\`, not a merge of this head, so its alerts are not about this commit`,
        fix: expect.stringContaining("analyse the PR's latest commit")
      })
      // The alerts of an older commit are never read, let alone counted.
      expect(alertRequests('code-scanning')).toEqual([])
      expect(sim.requests.filter(r => r.path.endsWith(`/commits/${OLD_MERGE}`))).toHaveLength(1)
    })

    it('is pending while other checks still run or `wait-timeout` still runs', async () => {
      await start(
        { codeScanningAnalyses: [{ ref: PR_REF, commit_sha: OLD_MERGE }] },
        withChecks({ check_runs: [{ name: 'CodeQL', head_sha: sha('head'), status: 'in_progress' }] })
      )
      const running = await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx)
      expect(running.state).toBe('pending')
      expect(readable(running.summary)).toMatch(
        /waiting for the analysis \(other checks are still running\)$/
      )

      await start({ codeScanningAnalyses: [{ ref: PR_REF, commit_sha: OLD_MERGE }] }, withChecks())
      const { ctx } = context()
      expect(readable((await evaluateCodeScanning({ type: 'code-scanning' }, ctx)).state)).toBe('fail')
      const waiting = await evaluateCodeScanning({ type: 'code-scanning' }, { ...ctx, waiting: true })
      expect(waiting.state).toBe('pending')
      expect(readable(waiting.summary)).toMatch(/waiting for the analysis \(`wait-timeout`\)$/)
    })

    it('a ref never analysed is pending while checks run, then fails (an audit too)', async () => {
      await start({ codeScanningAnalyses: [] }, withChecks())
      expect(readable(await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx))).toMatchObject({
        state: 'fail',
        summary: `code scanning has not analysed \`${PR_REF}\` yet, so its alert list proves nothing`
      })
      const audit: Target = { ...PR_TARGET, kind: 'audit', pr: undefined, auditedRef: 'refs/heads/main' }
      expect(
        readable(await evaluateCodeScanning({ type: 'code-scanning' }, context({ target: audit }).ctx))
      ).toEqual({
        state: 'fail',
        summary: 'code scanning has not analysed `refs/heads/main` yet, so its alert list proves nothing',
        fix: `Run the code-scanning workflow on \`refs/heads/main\` so that it analyses \`${sha('head').slice(0, 7)}\`, then run the gate again.`
      })
    })

    it('counts the alerts of the current merge commit, or of a merge of the same head into an older base', async () => {
      await start({ codeScanningAnalyses: [{ ref: PR_REF }], codeScanningAlerts: critical }, withChecks())
      expect(
        readable((await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx)).summary)
      ).toMatch(/^1 open code-scanning alert at or above high/)
      await start(
        {
          codeScanningAnalyses: [{ ref: PR_REF, commit_sha: MOVED_BASE_MERGE }],
          codeScanningAlerts: critical
        },
        withChecks()
      )
      expect(readable((await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx)).state)).toBe(
        'fail'
      )
      expect(alertRequests('code-scanning')).toHaveLength(1)
    })

    it('an audit needs an analysis of the audited commit itself', async () => {
      await start(
        { codeScanningAnalyses: [{ ref: 'refs/heads/main', commit_sha: sha('older main') }] },
        withChecks()
      )
      const audit: Target = { ...PR_TARGET, kind: 'audit', sha: sha('main'), pr: undefined, branch: 'main' }
      expect(
        readable(await evaluateCodeScanning({ type: 'code-scanning' }, context({ target: audit }).ctx))
      ).toMatchObject({
        state: 'fail',
        summary: expect.stringContaining(
          `the newest by \`CodeQL\` is of \`${sha('older main').slice(0, 7)}\`, an older commit`
        )
      })
      // No merge commit to look into: the audited commit is compared directly.
      expect(sim.requests.filter(r => r.template === '/repos/{owner}/{repo}/commits/{ref}')).toEqual([])
    })

    it('every configuration must be current: one CodeQL language still on an older commit fails', async () => {
      const at = (minute: number) => `2026-11-20T12:${String(minute).padStart(2, '0')}:00Z`
      await start(
        {
          codeScanningAnalyses: [
            { ref: PR_REF, commit_sha: OLD_MERGE, category: '/language:python', created_at: at(1) },
            { ref: PR_REF, commit_sha: OLD_MERGE, category: '/language:javascript', created_at: at(2) },
            { ref: PR_REF, category: '/language:javascript', created_at: at(3) }
          ]
        },
        withChecks()
      )
      expect(
        readable((await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx)).summary)
      ).toContain(`the newest by \`CodeQL\` (\`/language:python\`) is of \`${OLD_MERGE.slice(0, 7)}\``)
    })

    it('an analysed commit GitHub does not know is no evidence either, and says which request told', async () => {
      await start({ codeScanningAnalyses: [{ ref: PR_REF, commit_sha: sha('gone') }] })
      expect(readable(await evaluateCodeScanning({ type: 'code-scanning' }, context().ctx))).toMatchObject({
        state: 'fail',
        summary: expect.stringContaining(
          `is of \`${sha('gone').slice(0, 7)}\`, which GitHub does not know (GET /repos/{owner}/{repo}/commits/{ref} answered 422), so its alerts are not about this commit`
        )
      })
    })

    it('a merge commit the token cannot read is `unknown` with the permission to grant', async () => {
      await start({ codeScanningAnalyses: [{ ref: PR_REF }] })
      const outcome = await evaluateCodeScanning(
        { type: 'code-scanning' },
        context({ token: TOKEN.weak }).ctx
      )
      expect(readable(outcome.state)).toBe('unknown')
      expect(readable(outcome.summary)).toMatch(/commits\/\{ref\} answered 403/)
      expect(readable(outcome.fix)).toContain('contents: read')
    })

    it('takes the newest analysis of each tool and category', () => {
      const a = (id: number, tool: string, category: string, at: string): CodeScanningAnalysis => ({
        id,
        ref: PR_REF,
        commit_sha: `c${id}`,
        created_at: at,
        category,
        tool: { name: tool }
      })
      const newest = newestPerConfiguration([
        a(1, 'CodeQL', '/language:js', '2026-11-20T10:00:00Z'),
        a(2, 'CodeQL', '/language:js', '2026-11-20T11:00:00Z'),
        a(3, 'CodeQL', '/language:py', '2026-11-20T09:00:00Z'),
        a(4, 'Semgrep', '/language:js', '2026-11-20T08:00:00Z'),
        a(5, 'Semgrep', '/language:js', '2026-11-20T08:00:00Z')
      ])
      expect(newest.map(x => x.id)).toEqual([2, 3, 5])
    })
  })

  it('maps alerts without a security severity: error→high, warning→medium, note→low, none→low', () => {
    const alert = (rule: CodeScanningAlert['rule']): CodeScanningAlert => ({
      number: 1,
      state: 'open',
      html_url: '',
      rule
    })
    expect(codeScanningSeverity(alert({ severity: 'error' }))).toBe('high')
    expect(codeScanningSeverity(alert({ severity: 'warning' }))).toBe('medium')
    expect(codeScanningSeverity(alert({ severity: 'note' }))).toBe('low')
    expect(codeScanningSeverity(alert({ severity: 'none' }))).toBe('low')
    expect(codeScanningSeverity(alert({ severity: null, security_severity_level: null }))).toBe('low')
    expect(
      readable(codeScanningSeverity(alert({ severity: 'note', security_severity_level: 'critical' })))
    ).toBe('critical')
    expect(severitiesFrom('medium')).toEqual(['critical', 'high', 'medium'])
  })
})

describe('secret-scanning', () => {
  const SECRET = 'ghp_THISISTHELEAKEDSECRETVALUE0123456789'

  it('counts exactly the open alerts across every page, asks with hide_secret=true and never shows a secret', async () => {
    const alerts: SecretScanningAlertSpec[] = Array.from({ length: 333 }, (_, i) => ({
      state: i % 4 === 0 ? 'resolved' : 'open',
      secret: SECRET,
      secret_type_display_name: i % 2 ? 'GitHub Personal Access Token' : 'AWS Access Key ID'
    }))
    const expected = alerts.filter(a => a.state === 'open').length
    await start({ secretScanningAlerts: alerts })
    const { ctx } = context({ securityToken: TOKEN.app })
    const outcome = await evaluateSecretScanning({ type: 'secret-scanning', max: 3 }, ctx)
    expect(readable(outcome.state)).toBe('fail')
    expect(readable(outcome.summary)).toMatch(
      new RegExp(`^${expected} open secret-scanning alerts \\(at most 3 allowed\\) — \\[#`)
    )
    expect(readable(outcome.summary)).toContain(`and ${expected - 3} more`)
    expect(readable(JSON.stringify(outcome))).not.toContain(SECRET)
    const requests = alertRequests('secret-scanning')
    expect(requests).toHaveLength(Math.ceil(expected / 100))
    expect(requests.every(r => r.query.hide_secret === 'true' && r.query.state === 'open')).toBe(true)
    expect(requests.every(r => r.login === 'security-reader[bot]')).toBe(true)
    expect(JSON.stringify(requests.map(r => r.responseBody))).not.toContain(SECRET)
  })

  it('passes with no open alert', async () => {
    await start({ secretScanningAlerts: [{ state: 'resolved' }] })
    expect(
      readable(
        readable(
          await evaluateSecretScanning({ type: 'secret-scanning' }, context({ securityToken: TOKEN.app }).ctx)
        )
      )
    ).toEqual({
      state: 'pass',
      summary: 'no open secret-scanning alerts',
      url: 'https://github.com/acme/widgets/security/secret-scanning'
    })
  })
})

describe('dependabot', () => {
  it('counts exactly the open alerts at or above the severity, following cursors (never `page`)', async () => {
    const SEV = ['critical', 'high', 'medium', 'low', 'high'] as const
    const STATE = ['open', 'open', 'dismissed', 'fixed', 'auto_dismissed', 'open'] as const
    const alerts: DependabotAlertSpec[] = Array.from({ length: 480 }, (_, i) => ({
      severity: cycle(SEV, i),
      state: cycle(STATE, Math.floor(i / 2)),
      package: `pkg-${i}`
    }))
    const expected = alerts.filter(
      a => a.state === 'open' && ['critical', 'high'].includes(a.severity)
    ).length
    await start({ dependabotAlerts: alerts })
    const outcome = await evaluateDependabot({ type: 'dependabot' }, context().ctx)
    expect(expected).toBeGreaterThan(100)
    expect(readable(outcome.state)).toBe('fail')
    expect(readable(outcome.summary)).toMatch(
      new RegExp(`^${expected} open Dependabot alerts at or above high: \\d+ critical, \\d+ high — \\[#`)
    )
    const requests = alertRequests('dependabot')
    expect(requests).toHaveLength(Math.ceil(expected / 100))
    expect(requests[0].query).toEqual({ state: 'open', severity: 'critical,high', per_page: '100' })
    expect(requests.slice(1).every(r => r.query.after && r.query.page === undefined)).toBe(true)
    expect(requests.every(r => r.status === 200)).toBe(true)
  })

  it('shows the package and advisory of each linked alert', async () => {
    await start({
      dependabotAlerts: [{ severity: 'critical', package: 'minimist', ghsa_id: 'GHSA-xvch-5gv4-984h' }]
    })
    expect(
      readable(readable(await evaluateDependabot({ type: 'dependabot', severity: 'medium' }, context().ctx)))
    ).toEqual({
      state: 'fail',
      summary:
        '1 open Dependabot alert at or above medium: 1 critical — [#1](https://github.com/acme/widgets/security/dependabot/1) `minimist` `GHSA-xvch-5gv4-984h` (critical)',
      url: 'https://github.com/acme/widgets/security/dependabot/1'
    })
  })

  it('the simulator refuses page numbers, as GitHub does for this endpoint', async () => {
    await start({ dependabotAlerts: [{ severity: 'low' }] })
    const res = await fetch(`${sim.url}/repos/acme/widgets/dependabot/alerts?page=2`, {
      headers: { authorization: `token ${TOKEN.actions}` }
    })
    expect(res.status).toBe(400)
  })
})

describe('refusals: `unknown` with the reason and the exact fix', () => {
  type Case = [
    string,
    SecurityScenario,
    CheckSpec,
    { token?: string; securityToken?: string },
    string,
    RegExp
  ]
  const cases: Case[] = [
    [
      'GITHUB_TOKEN without security-events',
      {},
      { type: 'code-scanning' },
      { token: TOKEN.bare },
      'Grant the workflow job `permissions: { security-events: read }`, or pass a token with "Code scanning alerts: read" as `security-token`.',
      /answered 403: Resource not accessible by integration/
    ],
    [
      'no GitHub Code Security',
      { codeScanning: 'no-ghas' },
      { type: 'code-scanning' },
      {},
      'Enable GitHub Code Security for the repository (Settings → Advanced Security), or make this item manual or `required: false`.',
      /^could not verify: code scanning is not available on this repository \(it needs GitHub Code Security\)/
    ],
    [
      'code scanning not enabled',
      { codeScanning: 'disabled' },
      { type: 'code-scanning' },
      {},
      'Enable code scanning (Settings → Advanced Security → Code scanning: default setup, or a CodeQL workflow).',
      /^could not verify: code scanning is not enabled on this repository/
    ],
    [
      'no analysis yet',
      { codeScanning: 'no-analysis' },
      { type: 'code-scanning' },
      {},
      'Set up code scanning (default setup or a CodeQL workflow that runs on pushes and pull requests) and let it finish an analysis.',
      /answered 404: no analysis found/
    ],
    [
      'GITHUB_TOKEN and secret scanning',
      {},
      { type: 'secret-scanning' },
      {},
      GITHUB_TOKEN_SECRET_SCANNING_FIX,
      /secret-scanning\/alerts answered 403: Resource not accessible by integration/
    ],
    [
      'a security-token without "Secret scanning alerts"',
      {},
      { type: 'secret-scanning' },
      { securityToken: TOKEN.weak },
      'Give the `security-token` "Secret scanning alerts: read" on this repository (a fine-grained token must belong to a repository administrator).',
      /answered 403: Resource not accessible by personal access token/
    ],
    [
      'secret scanning disabled',
      { secretScanning: 'disabled' },
      { type: 'secret-scanning' },
      { securityToken: TOKEN.app },
      'Enable secret scanning (Settings → Advanced Security → Secret Protection), or make this item manual or `required: false`.',
      /^could not verify: secret scanning is disabled on this repository \(.*answered 404: Secret scanning is disabled on this repository\.\)/
    ],
    [
      'GITHUB_TOKEN without vulnerability-alerts',
      {},
      { type: 'dependabot' },
      { token: TOKEN.bare },
      'Grant the workflow job `permissions: { vulnerability-alerts: read }`, or pass a token with "Dependabot alerts: read" as `security-token`.',
      /answered 403/
    ],
    [
      'Dependabot alerts disabled',
      { dependabot: 'disabled' },
      { type: 'dependabot' },
      {},
      'Enable Dependabot alerts (Settings → Advanced Security → Dependabot alerts), or make this item manual or `required: false`.',
      /^could not verify: Dependabot alerts are disabled on this repository/
    ],
    [
      'a security-token without "Dependabot alerts"',
      {},
      { type: 'dependabot' },
      { securityToken: TOKEN.weak },
      'Give the `security-token` "Dependabot alerts: read" on this repository.',
      /answered 403/
    ],
    [
      'a revoked security-token',
      {},
      { type: 'dependabot' },
      { securityToken: 'ghs_revoked' },
      'The token was refused: check that the `security-token` input is a valid, unexpired token.',
      /answered 401: Bad credentials/
    ]
  ]

  it.each(cases)('%s', async (_name, security, check, tokens, fix, reason) => {
    await start(security)
    const outcome = await evaluateCheck(check, context(tokens).ctx)
    expect(readable(outcome.fix)).toBe(fix)
    expect(readable(outcome.state)).toBe('unknown')
    expect(readable(outcome.summary)).toMatch(reason)
  })

  it.each([
    ['code-scanning', { type: 'code-scanning' }],
    ['secret-scanning', { type: 'secret-scanning' }],
    ['dependabot', { type: 'dependabot' }]
  ] as [string, CheckSpec][])(
    'a 200 that is not the expected shape is `unknown` for %s, never an empty list',
    async (kind, check) => {
      await start({})
      const { ctx } = context({ securityToken: TOKEN.app })
      for (const body of ['<html>oops</html>', '{"message":"ok"}', [{ number: 'one' }]]) {
        sim.onRequest = ex => (ex.path.endsWith(`/${kind}/alerts`) ? { status: 200, body } : undefined)
        const fresh = context({ securityToken: TOKEN.app }).ctx
        const outcome = await evaluateCheck(check, fresh)
        expect(readable(outcome.state)).toBe('unknown')
        expect(readable(outcome.summary)).toMatch(/could not verify/)
      }
      expect(ctx.settings.securityToken).toBe(TOKEN.app)
    }
  )
})
