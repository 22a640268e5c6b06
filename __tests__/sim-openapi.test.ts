// The simulator against GitHub's official OpenAPI description: every route exists there, and every
// answer it gives (errors included) validates.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simClient } from '../sim/client.js'
import { findOperation, loadSpec, normalize, validateExchange, warmValidators } from '../sim/openapi.js'
import { ROUTES } from '../sim/routes/index.js'
import { TOKENS, checkRun, defaultScenario, sha } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const R = '/repos/acme/widgets'
const HEAD = sha('head')

describe('the route table', () => {
  it.each(ROUTES.map(r => [r.method, r.template, r] as const))(
    '%s %s is an operation of the description',
    (method, template, route) => {
      const found = findOperation(method, template)
      expect(found).toBeDefined()
      // checks/create still carries the legacy /rest/reference/ URL in the description.
      // Operations read from the GHEC description link the enterprise-cloud docs; error bodies on
      // github.com link the plain ones.
      const docs = found?.op.externalDocs?.url
        .replace('/rest/reference/checks#', '/rest/checks/runs#')
        .replace('/enterprise-cloud@latest/', '/')
      expect(route.docs).toBe(docs)
    }
  )

  it('reads each operation from the trimmed copy exactly as the full description has it', () => {
    for (const route of ROUTES) {
      const { op, source } = findOperation(route.method, route.template)!
      expect(op).toEqual(loadSpec(source).paths[route.template][route.method.toLowerCase()])
    }
  })

  it('has no two routes for one operation', () => {
    const keys = ROUTES.map(r => `${r.method} ${r.template}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('normalize', () => {
  it('turns OpenAPI 3.0 nullable into JSON Schema', () => {
    expect(normalize({ type: 'string', nullable: true }, 'x')).toEqual({ type: ['string', 'null'] })
    expect(normalize({ type: 'string', enum: ['a'], nullable: true }, 'x')).toEqual({
      type: ['string', 'null'],
      enum: ['a', null]
    })
    expect(normalize({ $ref: '#/components/schemas/u', nullable: true }, 'x')).toEqual({
      anyOf: [{ $ref: 'x#/components/schemas/u' }, { type: 'null' }]
    })
    expect(normalize({ allOf: [{ type: 'object' }], nullable: true }, 'x')).toEqual({
      anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }]
    })
  })

  it('leaves properties named like keywords alone', () => {
    expect(normalize({ properties: { nullable: { type: 'boolean' } } }, 'x')).toEqual({
      properties: { nullable: { type: 'boolean' } }
    })
  })
})

describe('validateExchange', () => {
  const template = '/repos/{owner}/{repo}/statuses/{sha}'

  it('reports a response that lacks required fields, and a request with a bad enum', () => {
    const problems = validateExchange({
      method: 'POST',
      template,
      path: '',
      status: 201,
      requestBody: { state: 'green' },
      responseBody: { id: 1 }
    })
    expect(problems).toContain('request body/state must be equal to one of the allowed values')
    expect(problems).toContain("response must have required property 'node_id'")
  })

  it('reports an operation the description does not have', () => {
    expect(validateExchange({ method: 'GET', path: '/repos/a/b/nothing', status: 200 })).toEqual([
      'no operation GET /repos/a/b/nothing in the OpenAPI description'
    ])
  })

  it('matches concrete paths to templates when no template is given', () => {
    const body = { message: 'Not Found', documentation_url: 'x', status: '404' }
    expect(
      validateExchange({ method: 'GET', path: '/repos/a/b/pulls/1', status: 404, responseBody: body })
    ).toEqual([])
  })

  it('finds every validator an exchange asks for already compiled by the warm-up (none compiled twice)', () => {
    const warmed = warmValidators()
    const error = { message: 'Forbidden', documentation_url: 'x', status: '403' }
    for (const route of ROUTES) {
      const { op } = findOperation(route.method, route.template)!
      const exchange = { method: route.method, template: route.template, path: '', requestBody: {} }
      for (const status of Object.keys(op.responses).filter(s => /^\d+$/.test(s)))
        validateExchange({ ...exchange, status: Number(status), responseBody: {} })
      // Statuses GitHub sends but the description leaves out.
      for (const status of [403, 422]) validateExchange({ ...exchange, status, responseBody: error })
    }
    expect(warmValidators()).toBe(warmed)
  })

  /**
   * GitHub's own examples for our operations, checked against their own schemas. These fail, and
   * are pinned so that the validator's strictness is visible (the examples are older than the
   * schemas): nothing here is tolerated in what the simulator itself sends.
   */
  const STALE_EXAMPLES: Record<string, string> = {
    'repos/get': "response must have required property 'language'",
    'repos/get-commit': "response/files/0 must have required property 'contents_url'",
    'repos/get-branch-protection': "response/required_status_checks must have required property 'checks'",
    'pulls/get': "response/requested_teams/0 must have required property 'type'",
    'repos/list-pull-requests-associated-with-commit':
      "response/0/requested_teams/0 must have required property 'type'",
    'actions/list-jobs-for-workflow-run': "response/jobs/0 must have required property 'created_at'",
    'actions/list-jobs-for-workflow-run-attempt': "response/jobs/0 must have required property 'created_at'",
    'dependabot/list-alerts-for-repo': 'response/0/security_advisory/epss/percentile must be number',
    'repos/get-collaborator-permission-level': "response/user must have required property 'role_name'"
  }

  it('accepts GitHub’s own examples for every route, except the stale ones pinned above', () => {
    const spec = loadSpec()
    const value = (e: { $ref?: string; value?: unknown }) =>
      e.$ref ? spec.components.examples[e.$ref.split('/').pop() as string].value : e.value
    const failing: Record<string, string[]> = {}
    let checked = 0
    for (const route of ROUTES) {
      const { op } = findOperation(route.method, route.template)!
      const requestExamples = op.requestBody?.content?.['application/json']?.examples
      const requestBody = requestExamples ? value(Object.values(requestExamples)[0]) : undefined
      for (const [status, declared] of Object.entries(op.responses)) {
        const response = declared.$ref
          ? spec.components.responses[declared.$ref.split('/').pop() as string]
          : declared
        for (const example of Object.values(response.content?.['application/json']?.examples ?? {})) {
          checked += 1
          const problems = validateExchange({
            method: route.method,
            template: route.template,
            path: '',
            status: Number(status),
            requestBody,
            responseBody: value(example)
          })
          if (problems.length > 0) failing[op.operationId] = [...(failing[op.operationId] ?? []), ...problems]
        }
      }
    }
    expect(checked).toBeGreaterThan(20)
    expect(Object.keys(failing).sort()).toEqual(Object.keys(STALE_EXAMPLES).sort())
    for (const [id, problem] of Object.entries(STALE_EXAMPLES)) expect(failing[id]).toContain(problem)
  })
})

describe('a sweep across every route', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator(
      defaultScenario({
        check_runs: [
          checkRun('test', HEAD, {
            details_url: 'https://ci.example/1',
            output: { title: 'ok', summary: 'all good' }
          }),
          checkRun('gate', HEAD, { id: 42, status: 'in_progress', conclusion: null })
        ],
        statuses: [
          { sha: HEAD, context: 'ci/docs', state: 'pending', target_url: 'https://ci.example/docs' }
        ],
        comments: [{ issue_number: 1, user: { login: 'octocat' }, body: 'Looks good' }],
        workflow_runs: [{ id: 7, head_sha: HEAD, jobs: [{ name: 'gate', check_run_id: 42 }] }],
        artifacts: {
          runs: [
            { id: 7, head_sha: HEAD, created_at: '2026-11-20T12:00:00Z' },
            { id: 8, head_sha: HEAD, head_branch: 'feature', created_at: '2026-11-20T13:00:00Z' }
          ],
          artifacts: [
            { id: 7_000_001, name: 'coverage', run_id: 7, zip: new Uint8Array([80, 75, 5, 6]) },
            { id: 7_000_002, name: 'old', run_id: 7, zip: new Uint8Array(0), expired: true }
          ]
        },
        deployments: {
          deployments: [
            {
              sha: HEAD,
              ref: 'feature',
              environment: 'staging',
              statuses: [{ state: 'in_progress' }, { state: 'success', log_url: 'https://ci.example/deploy' }]
            },
            { sha: HEAD, environment: 'production' }
          ],
          environments: [
            { name: 'staging', wait_timer: 5 },
            { name: 'production', reviewers: ['alice'], branch_policy: 'protected' }
          ]
        },
        reviews: {
          reviews: [
            { pull_number: 1, user: { login: 'alice' }, state: 'APPROVED', commit_id: HEAD },
            { pull_number: 1, user: { login: 'bob' }, state: 'CHANGES_REQUESTED', commit_id: HEAD }
          ],
          branch_rules: {
            main: [
              {
                type: 'required_status_checks',
                parameters: {
                  strict_required_status_checks_policy: false,
                  required_status_checks: [{ context: 'test' }]
                }
              },
              {
                type: 'pull_request',
                parameters: {
                  required_approving_review_count: 1,
                  dismiss_stale_reviews_on_push: false,
                  require_code_owner_review: false,
                  require_last_push_approval: false,
                  required_review_thread_resolution: false
                }
              }
            ]
          },
          protection: { main: { required_checks: ['test'], required_reviews: 1 } }
        }
      }),
      { validate: true }
    )
    // Contents that are no plain file: links the API follows or describes, and a submodule.
    Object.assign(sim.state.commits[HEAD], {
      symlinks: {
        'docs/readme-link.md': '../README.md',
        'docs/outside.md': '../../elsewhere/outside.md',
        'docs/src-link': '../src'
      },
      submodules: { 'vendor/policies': { url: 'https://github.com/acme/policies.git', sha: sha('policies') } }
    })
    sim.state.tokens.ghs_security = {
      login: 'security-reader[bot]',
      type: 'Bot',
      permissions: { security_events: 'read', secret_scanning_alerts: 'read', vulnerability_alerts: 'read' }
    }
    Object.assign(sim.state.security, {
      codeScanningAlerts: [
        { rule: { id: 'js/xss', security_severity_level: 'high' }, refs: ['main', 'refs/pull/1/merge'] },
        { rule: { id: 'js/unused', severity: 'note' }, state: 'dismissed' }
      ],
      secretScanningAlerts: [{ secret: 'ghp_leaked' }, { state: 'resolved' }],
      dependabotAlerts: [{ severity: 'critical' }, { severity: 'low', state: 'fixed' }]
    })
    sim.state.tokens.ghs_admin = {
      login: 'admin-app[bot]',
      type: 'Bot',
      permissions: { administration: 'read' }
    }
  })
  afterAll(() => sim.close())

  it('produces no OpenAPI problems, successes and errors alike', async () => {
    const gate = simClient(sim.url, TOKENS.gate)
    const none = simClient(sim.url, TOKENS.none)
    const user = simClient(sim.url, TOKENS.user)
    const admin = simClient(sim.url, 'ghs_admin')
    const annotation = {
      path: '.github/readiness.yml',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm'
    }

    const statuses: number[] = []
    const call = async (client: typeof gate, method: string, path: string, body?: unknown) => {
      const res = await client(method, path, body)
      statuses.push(res.status)
      return res
    }
    await call(gate, 'GET', R)
    await call(gate, 'GET', `${R}/contents/.github/readiness.yml?ref=feature`)
    await call(gate, 'GET', `${R}/contents/.github`)
    await call(gate, 'GET', `${R}/contents/nope.md`)
    await call(gate, 'GET', `${R}/contents/docs?ref=feature`)
    await call(gate, 'GET', `${R}/contents/vendor?ref=feature`)
    await call(gate, 'GET', `${R}/contents/docs/readme-link.md?ref=feature`)
    await call(gate, 'GET', `${R}/contents/docs/outside.md?ref=feature`)
    await call(gate, 'GET', `${R}/contents/docs/src-link?ref=feature`)
    await call(gate, 'GET', `${R}/contents/vendor/policies?ref=feature`)
    await call(none, 'GET', `${R}/contents/README.md`)
    await call(gate, 'GET', `${R}/commits/feature`)
    await call(gate, 'GET', `${R}/git/ref/heads%2Ffeature`)
    await call(gate, 'GET', `${R}/git/ref/tags%2Fnope`)
    await call(gate, 'GET', `${R}/commits/nope`)
    await call(gate, 'GET', `${R}/commits/${HEAD}/check-runs?filter=all`)
    await call(gate, 'GET', `${R}/check-suites/${sim.state.checkRuns[0].check_suite_id}/check-runs`)
    await call(gate, 'GET', `${R}/check-suites/1/check-runs`)
    await call(none, 'GET', `${R}/commits/${HEAD}/check-runs`)
    const created = await call(gate, 'POST', `${R}/check-runs`, {
      name: 'Readiness gate',
      head_sha: HEAD,
      status: 'in_progress',
      output: { title: 'Evaluating', summary: '…', annotations: [annotation] }
    })
    await call(gate, 'PATCH', `${R}/check-runs/${created.body.id}`, {
      status: 'completed',
      conclusion: 'action_required',
      output: { title: 'Manual items outstanding', summary: 'x', text: 'y' }
    })
    // Valid for the schema, refused by GitHub: completed needs a conclusion. (Over-long summaries and
    // over 50 annotations are refused too, but the schema itself already forbids them.)
    await call(gate, 'POST', `${R}/check-runs`, { name: 'g', head_sha: HEAD, status: 'completed' })
    await call(gate, 'POST', `${R}/statuses/${HEAD}`, {
      state: 'failure',
      context: 'Readiness gate',
      description: '1 failed',
      target_url: 'https://x.example'
    })
    await call(gate, 'POST', `${R}/statuses/${HEAD}`, { state: 'success', description: 'x'.repeat(141) })
    await call(gate, 'GET', `${R}/commits/${HEAD}/statuses`)
    await call(gate, 'GET', `${R}/commits/${HEAD}/status`)
    await call(gate, 'GET', `${R}/commits/nope/status`)
    await call(gate, 'GET', `${R}/pulls/1`)
    await call(gate, 'GET', `${R}/pulls/2`)
    await call(gate, 'GET', `${R}/commits/${HEAD}/pulls`)
    const comment = await call(gate, 'POST', `${R}/issues/1/comments`, {
      body: '<!-- readiness-gate -->\nreport'
    })
    await call(gate, 'POST', `${R}/issues/1/comments`, { body: 'x'.repeat(65537) })
    await call(none, 'POST', `${R}/issues/1/comments`, { body: 'x' })
    await call(gate, 'GET', `${R}/issues/1/comments`)
    await call(gate, 'PATCH', `${R}/issues/comments/${comment.body.id}`, { body: 'updated' })
    await call(gate, 'DELETE', `${R}/issues/comments/${comment.body.id}`)
    await call(gate, 'GET', `${R}/actions/runs/7/jobs`)
    await call(gate, 'GET', `${R}/actions/runs/7/attempts/1/jobs`)
    await call(gate, 'GET', `${R}/actions/runs/8/attempts/1/jobs`)
    await call(user, 'GET', '/user')
    await call(gate, 'GET', '/user')
    // Reviews and branch rules.
    await call(gate, 'GET', `${R}/pulls/1/reviews`)
    await call(gate, 'GET', `${R}/pulls/9/reviews`)
    sim.state.reviews.roles = { mallory: 'triage' }
    await call(gate, 'GET', `${R}/collaborators/alice/permission`)
    await call(gate, 'GET', `${R}/collaborators/mallory/permission`)
    await call(user, 'GET', `${R}/collaborators/alice/permission`)
    await call(none, 'GET', `${R}/rules/branches/main`)
    await call(gate, 'GET', `${R}/rules/branches/feature`)
    await call(gate, 'GET', `${R}/branches/main/protection`)
    await call(admin, 'GET', `${R}/branches/main/protection`)
    await call(admin, 'GET', `${R}/branches/feature/protection`)
    // Workflow runs, artifacts (the download answers 302 to the blob store; fetch follows it) and compare.
    await call(gate, 'GET', `${R}/actions/runs?head_sha=${HEAD}&exclude_pull_requests=true`)
    await call(gate, 'GET', `${R}/actions/artifacts?name=coverage`)
    await call(none, 'GET', `${R}/actions/artifacts`)
    await call(gate, 'GET', `${R}/actions/runs/7/artifacts?name=coverage`)
    await call(gate, 'GET', `${R}/actions/runs/8/artifacts`)
    await call(gate, 'GET', `${R}/actions/artifacts/7000001/zip`)
    await call(gate, 'GET', `${R}/actions/artifacts/7000002/zip`)
    await call(gate, 'GET', `${R}/compare/main...feature`)
    await call(gate, 'GET', `${R}/compare/main...nope`)
    // The runs of one workflow (by file name or id, filtered), deployments, their statuses, environments.
    await call(gate, 'GET', `${R}/actions/workflows/ci.yml/runs?branch=feature&status=completed&per_page=1`)
    await call(gate, 'GET', `${R}/actions/workflows/161335/runs?event=schedule`)
    await call(gate, 'GET', `${R}/actions/workflows/nope.yml/runs`)
    await call(none, 'GET', `${R}/actions/workflows/ci.yml/runs`)
    sim.state.tokens.ghs_deploy = {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: { deployments: 'read', actions: 'read' }
    }
    const deploy = simClient(sim.url, 'ghs_deploy')
    await call(deploy, 'GET', `${R}/deployments?environment=staging&per_page=1`)
    await call(deploy, 'GET', `${R}/deployments?sha=${HEAD}`)
    await call(gate, 'GET', `${R}/deployments`)
    await call(deploy, 'GET', `${R}/deployments/9000001/statuses`)
    await call(deploy, 'GET', `${R}/deployments/1/statuses`)
    await call(deploy, 'GET', `${R}/environments/staging`)
    await call(deploy, 'GET', `${R}/environments/production`)
    await call(deploy, 'GET', `${R}/environments/nope`)
    // Security alerts: lists, a missing permission, and each feature turned off.
    const security = simClient(sim.url, 'ghs_security')
    await call(security, 'GET', `${R}/code-scanning/alerts?ref=refs/pull/1/merge&state=open&per_page=100`)
    await call(security, 'GET', `${R}/code-scanning/alerts`)
    await call(gate, 'GET', `${R}/code-scanning/alerts`)
    await call(security, 'GET', `${R}/code-scanning/analyses?ref=refs/pull/1/merge&per_page=1`)
    await call(gate, 'GET', `${R}/code-scanning/analyses`)
    await call(security, 'GET', `${R}/secret-scanning/alerts?state=open&hide_secret=true`)
    await call(security, 'GET', `${R}/secret-scanning/alerts`)
    await call(gate, 'GET', `${R}/secret-scanning/alerts`)
    await call(security, 'GET', `${R}/dependabot/alerts?state=open&severity=critical,high&per_page=1`)
    await call(security, 'GET', `${R}/dependabot/alerts`)
    await call(gate, 'GET', `${R}/dependabot/alerts`)
    for (const codeScanning of ['no-ghas', 'disabled', 'no-analysis'] as const) {
      sim.state.security.codeScanning = codeScanning
      await call(security, 'GET', `${R}/code-scanning/alerts`)
    }
    sim.state.security.secretScanning = 'disabled'
    sim.state.security.dependabot = 'disabled'
    await call(security, 'GET', `${R}/secret-scanning/alerts`)
    await call(security, 'GET', `${R}/dependabot/alerts`)
    // Reactions on a comment: created (201), again (200), filtered, a bad content, a missing comment.
    const person = sim.state.comments[0].id
    await call(gate, 'POST', `${R}/issues/comments/${person}/reactions`, { content: '+1' })
    await call(gate, 'POST', `${R}/issues/comments/${person}/reactions`, { content: '+1' })
    await call(gate, 'GET', `${R}/issues/comments/${person}/reactions?content=%2B1`)
    await call(gate, 'GET', `${R}/issues/comments/${person}/reactions?content=nope`)
    await call(gate, 'GET', `${R}/issues/comments/9/reactions`)
    await call(none, 'POST', `${R}/issues/comments/${person}/reactions`, { content: 'confused' })
    // Team memberships: active, pending, none; GITHUB_TOKEN (404) and another app without Members (403).
    sim.state.tokens.ghs_members = {
      login: 'members-reader[bot]',
      type: 'Bot',
      permissions: { members: 'read' }
    }
    Object.assign(sim.state.people, { teams: { 'acme/security': { alice: 'active', carol: 'pending' } } })
    const members = simClient(sim.url, 'ghs_members')
    await call(members, 'GET', '/orgs/acme/teams/security/memberships/alice')
    await call(members, 'GET', '/orgs/acme/teams/security/memberships/carol')
    await call(members, 'GET', '/orgs/acme/teams/security/memberships/mallory')
    await call(gate, 'GET', '/orgs/acme/teams/security/memberships/alice')
    await call(admin, 'GET', '/orgs/acme/teams/security/memberships/alice')

    expect(sim.problems).toEqual([])
    expect(new Set(statuses)).toEqual(new Set([200, 201, 204, 403, 404, 410, 422]))
    const covered = new Set(sim.requests.map(r => `${r.method} ${r.template}`))
    expect(ROUTES.filter(r => !covered.has(`${r.method} ${r.template}`))).toEqual([])
  })

  it('does report what breaks the description', async () => {
    const before = sim.problems.length
    // A status request without its required `state`: GitHub (and the simulator) answer 422,
    // and the request itself is flagged as not matching the operation's requestBody schema.
    await simClient(sim.url, TOKENS.gate)('POST', `${R}/statuses/${HEAD}`, { context: 'x' })
    await simClient(sim.url, TOKENS.gate)('POST', `${R}/check-runs`, {
      name: 'g',
      head_sha: HEAD,
      output: { title: 't', summary: 'x'.repeat(65536) }
    })
    expect(sim.problems.slice(before)).toEqual([
      `POST ${R}/statuses/${HEAD} → 422: request body must have required property 'state'`,
      `POST ${R}/check-runs → 422: request body/output/summary must NOT have more than 65535 characters`
    ])
  })
})
