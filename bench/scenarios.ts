// The bench's two repositories: the sample release PR with 12 items of every kind (the typical PR),
// and the same PR grown to 2,000 items, 3,000 check runs and 5,000 comments (the scale run).
import { checkRun, sha, type Scenario } from '../sim/scenario.js'
import { commentMarker } from '../src/render/comment.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  RELEASE_PR,
  TOKEN,
  approvedReleasePr,
  coverageArtifact,
  sampleScenario
} from '../harness/sample-repo.js'

/** A token that reads all three alert lists, passed as `security-token` (as the README advises). */
export const SECURITY_TOKEN = 'github_pat_bench_security_reader'
/** The sample PR's checks run on its test merge commit, as on a runner. */
export const MERGE_REF = `refs/pull/${RELEASE_PR}/merge`
export const MERGE_SHA = sha(MERGE_REF)

/** 12 items, one or more of every kind: checks, file, coverage, reviews, branch rules, the three alert kinds, manual. */
export const TYPICAL_CHECKLIST = `version: 1
title: Shop 2.4 release readiness
sections:
  - title: Testing
    items:
      - { id: unit-tests, title: Unit tests passed, check: { type: checks, name: "test (*)" } }
      - { id: lint, title: Linting enabled, check: { type: checks, name: lint } }
      - { id: docs-build, title: Documentation builds, check: { type: checks, name: ci/docs } }
      - { id: coverage, title: Coverage at least 80%, check: { type: coverage, min: 80, artifact: coverage } }
  - title: Review
    items:
      - { id: reviewed, title: Reviewed, check: { type: reviews } }
      - { id: rules, title: Branch requires lint, check: { type: branch-rules, require-checks: [lint] } }
  - title: Documentation
    items:
      - id: runbook
        title: Runbooks created
        check: { type: file, path: docs/RUNBOOK.md, contains: ["## Escalation", "/on-?call/i"] }
  - title: Security
    items:
      - { id: code-alerts, title: No code-scanning alerts, check: { type: code-scanning } }
      - { id: secrets, title: No secret alerts, check: { type: secret-scanning } }
      - { id: vulns, title: No critical dependency alerts, check: { type: dependabot, severity: critical } }
      - id: pentest
        title: Penetration test done
        owner: "@acme/security"
        signoff: { by: "@alice", date: 2026-11-20, expires: 2099-05-20, note: "report in SEC-123" }
  - title: Backup & Recovery
    items:
      - id: restore-drill
        title: Backup restoration tested
        owner: "@acme/sre"
        signoff: { by: "@bob", date: 2026-11-02, note: "restored staging from last night's backup" }
`

/** The sample release PR, with the evidence each of the 12 items reads (small lists: one page each). */
export async function typicalScenario(checklist = TYPICAL_CHECKLIST): Promise<Scenario> {
  const s = sampleScenario()
  const gate = s.tokens[TOKEN.gate]
  gate.permissions = { ...gate.permissions, security_events: 'read', vulnerability_alerts: 'read' }
  s.tokens[SECURITY_TOKEN] = {
    login: 'octocat',
    type: 'User',
    permissions: { secret_scanning_alerts: 'read', security_events: 'read', vulnerability_alerts: 'read' }
  }
  // The PR leaves the checklist as it is on main.
  s.commits[MAIN_SHA].files![CHECKLIST_PATH] = checklist
  s.commits[HEAD_SHA].files![CHECKLIST_PATH] = checklist
  s.artifacts = await coverageArtifact({
    'coverage/lcov.info': `TN:\nSF:src/cart.ts\n${Array.from({ length: 100 }, (_, i) => `DA:${i + 1},${i < 85 ? 1 : 0}`).join('\n')}\nend_of_record\n`
  })
  s.security = {
    codeScanningAlerts: [{ state: 'fixed', rule: { id: 'js/xss', security_severity_level: 'high' } }],
    secretScanningAlerts: [{ state: 'resolved' }],
    dependabotAlerts: [{ severity: 'low' }]
  }
  s.reviews = approvedReleasePr()
  return s
}

export const SCALE = { items: 2000, runs: 3000, comments: 5000 }

/**
 * The typical PR grown: the 12 items plus 1,988 `checks` items (globs and exact names over 3,000
 * check runs), and 5,000 comments on the PR, the gate's own sticky one among them (a PR that busy has
 * been gated before, so the run updates it).
 */
export async function scaleScenario(): Promise<Scenario> {
  const extra = SCALE.items - 12
  const items = Array.from({ length: extra }, (_, i) => {
    const name = i % 2 === 0 ? `"build (${i}, *)"` : `"build (${i}, linux)"`
    return `      - { id: build-${i}, title: Build ${i}, check: { type: checks, name: ${name} } }`
  })
  const checklist = TYPICAL_CHECKLIST.replace(
    '  - title: Review\n',
    `  - title: Builds\n    items:\n${items.join('\n')}\n  - title: Review\n`
  )
  const s = await typicalScenario(checklist)
  const runs = SCALE.runs - s.check_runs!.length
  s.check_runs!.push(
    ...Array.from({ length: runs }, (_, i) =>
      checkRun(`build (${i % extra}, ${i < extra ? 'linux' : 'macos'})`, HEAD_SHA)
    )
  )
  const gateComment = {
    issue_number: RELEASE_PR,
    user: { login: 'github-actions[bot]', type: 'Bot' as const },
    body: `${commentMarker(CHECKLIST_PATH)}\nan earlier verdict`
  }
  const people = Array.from({ length: SCALE.comments - s.comments!.length - 1 }, (_, i) => ({
    issue_number: RELEASE_PR,
    user: { login: `reviewer-${i % 40}` },
    body: `Comment ${i}: looks good to me, one question about the migration order.`
  }))
  s.comments!.push(...people.slice(0, 1200), gateComment, ...people.slice(1200))
  return s
}
