// How a failed call is explained: what happened (timed out, refused, answered N) and the permission
// of the endpoint that was refused, from the one table in src/github/permissions.ts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROUTES } from '../sim/routes/index.js'
import { ApiError, explainApiError, toApiError } from '../src/github/api-error.js'
import { explainAlertError } from '../src/github/alert-errors.js'
import { ENDPOINT_PERMISSIONS, permissionFor } from '../src/github/permissions.js'
import { NetworkError } from '../src/github/transport.js'
import { refused } from '../src/publish/outcome.js'

/** Endpoints that need no `permissions:` entry a workflow job can grant, and why. */
const NO_WORKFLOW_PERMISSION = new Set([
  'GET /repos/{owner}/{repo}', // metadata
  'GET /repos/{owner}/{repo}/rules/branches/{branch}', // metadata
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission', // metadata
  'GET /user', // no repository permission at all
  'GET /repos/{owner}/{repo}/secret-scanning/alerts', // GITHUB_TOKEN can never read it
  'GET /repos/{owner}/{repo}/branches/{branch}/protection', // administration: not for GITHUB_TOKEN
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}', // organization Members: `members-token`
  'POST /graphql' // per query: `POST /graphql (blame)` in the table
])

/** Every `METHOD /path` string literal in src/. */
function endpointsInSource(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return endpointsInSource(path)
    const text = readFileSync(path, 'utf8')
    return [...text.matchAll(/'((?:GET|POST|PATCH|DELETE) \/[^' ]*)'/g)].map(m => m[1])
  })
}

/** A 403 without x-accepted-github-permissions, as a classic PAT or a proxy gets it. */
const refusal = (endpoint: string) =>
  new ApiError(endpoint, 403, 'Resource not accessible by personal access token')

describe('the endpoint → permission table', () => {
  it('covers every endpoint the gate calls', () => {
    const used = [...new Set(endpointsInSource())].sort()
    expect(used.length).toBeGreaterThanOrEqual(25)
    expect(used.filter(e => !permissionFor(e) && !NO_WORKFLOW_PERMISSION.has(e))).toEqual([])
  })

  it('names, for each endpoint, a permission GitHub accepts for it (as the simulator records them)', () => {
    // GraphQL has no REST route: the simulator checks its queries against GitHub's GraphQL schema.
    const rest = Object.entries(ENDPOINT_PERMISSIONS).filter(
      ([endpoint]) => !endpoint.startsWith('POST /graphql')
    )
    const wrong = rest.filter(([endpoint, key]) => {
      const route = ROUTES.find(r => `${r.method} ${r.template}` === endpoint)
      const [name, access] = key.split(': ')
      const accepted = route?.permissions.map(set => set.map(([p, a]) => `${p.replace(/_/g, '-')}: ${a}`))
      return !accepted?.some(set => set.length === 1 && set[0] === `${name}: ${access}`)
    })
    expect(wrong).toEqual([])
  })

  it.each([
    ['GET /repos/{owner}/{repo}/pulls/{pull_number}', 'pull-requests: read'],
    ['GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', 'pull-requests: read'],
    ['GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs', 'checks: read'],
    ['GET /repos/{owner}/{repo}/commits/{ref}/check-runs', 'checks: read'],
    ['GET /repos/{owner}/{repo}/commits/{ref}/statuses', 'statuses: read'],
    ['GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', 'actions: read'],
    ['GET /repos/{owner}/{repo}/contents/{path}', 'contents: read'],
    ['GET /repos/{owner}/{repo}/code-scanning/alerts', 'security-events: read'],
    ['GET /repos/{owner}/{repo}/dependabot/alerts', 'vulnerability-alerts: read']
  ])('a refused %s asks for `%s`, whatever the caller guessed', (endpoint, key) => {
    expect(explainApiError(refusal(endpoint), 'contents: read').fix).toContain(`permissions: { ${key} }`)
  })

  it('prefers what GitHub says it wanted, and falls back to the caller only for unknown endpoints', () => {
    const told = new ApiError('GET /repos/{owner}/{repo}/pulls/{pull_number}', 403, 'no', 'issues=read')
    expect(explainApiError(told).fix).toContain('permissions: { issues: read }')
    expect(explainApiError(refusal('artifacts'), 'actions: read').fix).toContain(
      'permissions: { actions: read }'
    )
    expect(explainApiError(refusal('GET /user')).fix).not.toMatch(/permissions:/)
  })

  it.each([
    [
      'POST /repos/{owner}/{repo}/statuses/{sha}',
      'commit statuses',
      'may not write commit statuses',
      'statuses: write'
    ],
    ['POST /repos/{owner}/{repo}/check-runs', 'check runs', 'may not write check runs', 'checks: write'],
    [
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      'PR comments',
      'may not read PR comments',
      'pull-requests: read'
    ],
    [
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'PR comments',
      'may not write PR comments',
      'pull-requests: write'
    ]
  ])('a refused publishing call %s names its own permission', (endpoint, what, verb, key) => {
    const outcome = refused(
      { status: 403, message: 'Resource not accessible by integration' },
      endpoint,
      what
    )
    expect(outcome).toEqual({
      posted: false,
      reason: expect.stringContaining(`The token ${verb}: grant \`permissions: { ${key} }\``)
    })
  })

  it('alert readers take the workflow permission from the table too', () => {
    const code = refusal('GET /repos/{owner}/{repo}/code-scanning/analyses')
    expect(explainAlertError(code, 'code-scanning', false).fix).toMatch(
      /permissions: \{ security-events: read \}`, or pass a token with "Code scanning alerts: read"/
    )
    const secrets = refusal('GET /repos/{owner}/{repo}/secret-scanning/alerts')
    expect(explainAlertError(secrets, 'secret-scanning', false).fix).toMatch(/GITHUB_TOKEN can never read/)
  })
})

describe('a call that got no answer', () => {
  const endpoint = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'
  // What Octokit throws for a failed fetch: a 500 whose cause is the transport's error.
  const octokitError = (cause: Error) => Object.assign(new Error(cause.message), { status: 500, cause })

  it('says it timed out after N s, not that GitHub answered 500', () => {
    const e = toApiError(
      octokitError(new NetworkError('timeout', 'timed out after 30 s (no answer)')),
      endpoint
    )
    expect(e).toMatchObject({ status: undefined, network: 'timeout' })
    const { reason, fix } = explainApiError(e, 'checks: read')
    expect(reason).toBe(`${endpoint}: timed out after 30 s (no answer)`)
    expect(reason).not.toMatch(/500/)
    expect(fix).toMatch(/did not answer in time/)
  })

  it('says the connection was refused, and where to look', () => {
    const e = toApiError(
      new NetworkError('refused', 'could not connect to 127.0.0.1:9: connection refused'),
      endpoint
    )
    const { reason, fix } = explainApiError(e)
    expect(reason).toBe(`${endpoint}: could not connect to 127.0.0.1:9: connection refused`)
    expect(fix).toMatch(/GITHUB_API_URL.*HTTPS_PROXY/)
  })

  it('explains a 429 given up on as a rate limit', () => {
    expect(explainApiError(new ApiError(endpoint, 429, 'Too Many Requests')).fix).toMatch(/rate-limited/)
  })
})
