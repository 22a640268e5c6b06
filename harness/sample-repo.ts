// The sample repository of the demo and the end-to-end tests: acme/shop with a release PR.
import { checkRun, sha, type Scenario, type TokenSpec } from '../sim/scenario.js'
import { type ArtifactsScenario, zipOf } from '../sim/scenario-artifacts.js'
import type { ReviewsScenario } from '../sim/scenario-reviews.js'
import type { SimState } from '../sim/state.js'
import {
  issueCommentEvent,
  pullRequestEvent,
  workflowDispatchEvent,
  type PullRequestEventOptions
} from './events.js'
import { runAction, type RunOptions, type RunResult } from './run-action.js'

export const OWNER = 'acme'
export const REPO = 'shop'
export const RELEASE_PR = 42
export const MAIN_SHA = sha('shop main')
export const HEAD_SHA = sha('shop release/2.4.0 head')
export const CHECKLIST_PATH = '.github/readiness.yml'

/** A CI run (501) on the release PR's head that uploaded `files` as the artifact `coverage`. */
export async function coverageArtifact(files: Record<string, string>): Promise<ArtifactsScenario> {
  return {
    runs: [{ id: 501, head_sha: HEAD_SHA, name: 'CI', created_at: '2026-11-20T12:00:00Z' }],
    artifacts: [{ name: 'coverage', run_id: 501, zip: await zipOf(files) }]
  }
}

/** The tokens a runner might hand the gate. */
export const TOKEN = {
  /** GITHUB_TOKEN with the workflow permissions docs/permissions.md recommends. */
  gate: 'ghs_sample_gate_token',
  /** GITHUB_TOKEN on a PR from a fork: read-only. */
  readOnly: 'ghs_sample_read_only_token',
  /** A GitHub App token with Organization "Members: read": the `members-token` that reads teams. */
  members: 'ghs_sample_members_token'
} as const

const READ_ONLY: TokenSpec['permissions'] = {
  contents: 'read',
  checks: 'read',
  statuses: 'read',
  pull_requests: 'read',
  issues: 'read',
  actions: 'read'
}

/** The release checklist on `main`: CI checks, files, manual items with owners, an advisory item. */
export function releaseChecklist(options: { pentestSignedOff?: boolean } = {}): string {
  const signoff = options.pentestSignedOff
    ? `\n        signoff: { by: "@alice", date: 2026-11-20, expires: 2099-05-20, note: "report in SEC-123" }`
    : ''
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklist/schema.json
version: 1
title: Shop 2.4 release readiness
sections:
  - title: Testing
    items:
      - id: unit-tests
        title: Unit tests passed
        check: { type: checks, name: "test (*)" }
      - id: lint
        title: Linting enabled
        check: { type: checks, name: lint }
      - id: docs-build
        title: Documentation builds
        check: { type: checks, name: ci/docs }
  - title: Documentation
    items:
      - id: runbook
        title: Runbooks created
        check: { type: file, path: docs/RUNBOOK.md, contains: ["## Escalation", "/on-?call/i"] }
  - title: Security
    items:
      - id: pentest
        title: Penetration test done
        owner: "@acme/security"${signoff}
      - id: vault
        title: Secrets vault configured
        required: false
        owner: "@acme/platform"
  - title: Backup & Recovery
    items:
      - id: restore-drill
        title: Backup restoration tested
        owner: "@acme/sre"
        signoff: { by: "@bob", date: 2026-11-02, note: "restored staging from last night's backup" }
`
}

/** PR #42 approved by alice on its head, and `main`'s rules requiring the `lint` check. */
export function approvedReleasePr(): ReviewsScenario {
  return {
    reviews: [{ pull_number: RELEASE_PR, user: { login: 'alice' }, state: 'APPROVED', commit_id: HEAD_SHA }],
    branch_rules: {
      main: [
        {
          type: 'required_status_checks',
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: [{ context: 'lint' }]
          }
        }
      ]
    }
  }
}

/** acme/shop: `main` holds the checklist; PR #42 (release/2.4.0) has a failing lint run. */
export function sampleScenario(): Scenario {
  const files = {
    [CHECKLIST_PATH]: releaseChecklist(),
    'README.md': '# shop\n',
    'docs/RUNBOOK.md': '# Runbook\n\n## Escalation\n\nPage the on-call engineer.\n'
  }
  return {
    repo: { owner: OWNER, name: REPO, default_branch: 'main', visibility: 'private' },
    tokens: {
      [TOKEN.gate]: {
        login: 'github-actions[bot]',
        type: 'Bot',
        permissions: { ...READ_ONLY, checks: 'write', statuses: 'write', pull_requests: 'write' }
      },
      [TOKEN.readOnly]: { login: 'github-actions[bot]', type: 'Bot', permissions: READ_ONLY },
      [TOKEN.members]: { login: 'readiness-members[bot]', type: 'Bot', permissions: { members: 'read' } }
    },
    // alice is on the security team, which owns the penetration test.
    people: { teams: { 'acme/security': { alice: 'active' } } },
    branches: { main: MAIN_SHA, 'release/2.4.0': HEAD_SHA },
    tags: { 'v2.3.0': MAIN_SHA },
    commits: {
      [MAIN_SHA]: { message: 'Release 2.3.0', files },
      [HEAD_SHA]: {
        message: 'Prepare 2.4.0',
        parents: [MAIN_SHA],
        files: { ...files, 'CHANGELOG.md': '## 2.4.0\n' }
      }
    },
    pulls: [
      {
        number: RELEASE_PR,
        title: 'Release 2.4.0',
        user: { login: 'octocat' },
        head: { ref: 'release/2.4.0', sha: HEAD_SHA },
        base: { ref: 'main', sha: MAIN_SHA }
      }
    ],
    check_runs: [
      checkRun('test (ubuntu-latest, 20)', HEAD_SHA),
      checkRun('test (ubuntu-latest, 22)', HEAD_SHA),
      checkRun('lint', HEAD_SHA, {
        conclusion: 'failure',
        details_url: 'https://github.com/acme/shop/actions/runs/77/job/1'
      }),
      checkRun('build', HEAD_SHA),
      checkRun('test (ubuntu-latest, 20)', MAIN_SHA),
      checkRun('test (ubuntu-latest, 22)', MAIN_SHA),
      checkRun('lint', MAIN_SHA)
    ],
    statuses: [
      { sha: HEAD_SHA, context: 'ci/docs', state: 'success', description: 'Docs built' },
      { sha: MAIN_SHA, context: 'ci/docs', state: 'success', description: 'Docs built' }
    ],
    comments: [
      {
        issue_number: RELEASE_PR,
        user: { login: 'octocat', type: 'User' },
        body: 'Ready for the 2.4 release?'
      }
    ],
    workflow_runs: []
  }
}

/** The release PR's `pull_request` payload: #42 "Release 2.4.0" by octocat, release/2.4.0 at HEAD_SHA into main at MAIN_SHA; `more` overrides any field. */
export function releasePrEvent(more: Partial<PullRequestEventOptions> = {}) {
  return pullRequestEvent({
    owner: OWNER,
    repo: REPO,
    number: RELEASE_PR,
    title: 'Release 2.4.0',
    author: 'octocat',
    headSha: HEAD_SHA,
    headRef: 'release/2.4.0',
    baseRef: 'main',
    baseSha: MAIN_SHA,
    ...more
  })
}

/** octocat (a person, the PR's author) comments on the release PR: the `issue_comment` payload. */
export function releasePrComment() {
  return issueCommentEvent({ owner: OWNER, repo: REPO, number: RELEASE_PR, login: 'octocat', type: 'User' })
}

/** `login` posts `body` on the release PR (into the simulator's state): the `issue_comment` payload for it. */
export function commentOnReleasePr(state: SimState, login: string, body: string) {
  const at = state.tick()
  const id = state.nextId('comment')
  state.comments.push({
    id,
    issue_number: RELEASE_PR,
    user: state.user({ login }),
    body,
    created_at: at,
    updated_at: at
  })
  return issueCommentEvent({ owner: OWNER, repo: REPO, number: RELEASE_PR, login, type: 'User', body, id })
}

/** How a test runs the gate on the release PR: any RunOptions, plus `event` overrides for the payload. */
export type ReleasePrRun = Partial<Omit<RunOptions, 'apiUrl'>> & { event?: Partial<PullRequestEventOptions> }

/** Runs the bundled action on the release PR like a runner: `pull_request` on acme/shop with TOKEN.gate, unless `more` says otherwise. */
export function gateReleasePr(apiUrl: string, more: ReleasePrRun = {}): Promise<RunResult> {
  const { event, inputs, payload = releasePrEvent(event), ...rest } = more
  return runAction({
    apiUrl,
    eventName: 'pull_request',
    repository: `${OWNER}/${REPO}`,
    payload,
    ...rest,
    inputs: { token: TOKEN.gate, ...inputs }
  })
}

/** Runs the bundled action as a `workflow_dispatch` audit dispatched on `branch` (at `sha`) of acme/shop. */
export function auditDispatch(
  apiUrl: string,
  o: { branch: string; sha: string; inputs?: Record<string, string> }
): Promise<RunResult> {
  const ref = `refs/heads/${o.branch}`
  return runAction({
    apiUrl,
    eventName: 'workflow_dispatch',
    repository: `${OWNER}/${REPO}`,
    sha: o.sha,
    ref,
    payload: workflowDispatchEvent({ owner: OWNER, repo: REPO, ref }),
    inputs: { token: TOKEN.gate, ...o.inputs }
  })
}
