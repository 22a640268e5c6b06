// The GitHub API simulator over real HTTP: auth, permissions, errors, contents, state carry-over.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { simClient, type SimCall } from '../sim/client.js'
import { blobSha } from '../sim/factories.js'
import { TOKENS, checkRun, defaultScenario, sha, type Scenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const R = '/repos/acme/widgets'
const HEAD = sha('head')
const MAIN = sha('main')

let sim: Simulator
let gate: SimCall

async function start(scenario: Scenario = defaultScenario()): Promise<void> {
  sim = await startSimulator(scenario)
  gate = simClient(sim.url, TOKENS.gate)
}

beforeEach(() => start())
afterEach(() => sim.close())

describe('authentication', () => {
  it('answers an unknown token with 401 Bad credentials', async () => {
    const res = await simClient(sim.url, 'ghs_unknown')('GET', R)
    expect(res.status).toBe(401)
    expect(res.body).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
  })

  it('answers a missing token with 401', async () => {
    const res = await simClient(sim.url)('GET', `${R}/pulls/1`)
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ message: 'Requires authentication', status: '401' })
  })

  it('accepts "Bearer" as well as "token"', async () => {
    const res = await gate('GET', R, undefined, { authorization: `Bearer ${TOKENS.gate}` })
    expect(res.status).toBe(200)
  })

  it('never records the token, only its login', async () => {
    await gate('GET', R)
    expect(JSON.stringify(sim.requests)).not.toContain(TOKENS.gate)
    expect(sim.requests[0]).toMatchObject({
      method: 'GET',
      path: R,
      status: 200,
      login: 'github-actions[bot]'
    })
  })
})

describe('permissions', () => {
  it('refuses a read without the permission with GitHub’s body and x-accepted-github-permissions', async () => {
    const res = await simClient(sim.url, TOKENS.none)('GET', `${R}/contents/README.md`)
    expect(res.status).toBe(403)
    expect(res.body).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '403'
    })
    expect(res.headers.get('x-accepted-github-permissions')).toBe('contents=read')
  })

  it('lists alternative permission sets separated by "; "', async () => {
    const res = await simClient(sim.url, TOKENS.none)('POST', `${R}/issues/1/comments`, { body: 'hi' })
    expect(res.status).toBe(403)
    expect(res.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write')
    expect(sim.state.comments).toHaveLength(0)
  })

  it('lets write imply read, and either alternative suffice', async () => {
    await sim.close()
    await start(
      defaultScenario({
        tokens: {
          t: {
            login: 'github-actions[bot]',
            type: 'Bot',
            permissions: { checks: 'write', pull_requests: 'write' }
          }
        }
      })
    )
    const call = simClient(sim.url, 't')
    expect((await call('GET', `${R}/commits/${HEAD}/check-runs`)).status).toBe(200)
    expect((await call('POST', `${R}/issues/1/comments`, { body: 'hi' })).status).toBe(201)
    expect((await call('POST', `${R}/statuses/${HEAD}`, { state: 'success' })).status).toBe(403)
  })

  it('words the refusal for a personal access token as GitHub does', async () => {
    const res = await simClient(sim.url, TOKENS.user)('GET', `${R}/pulls/1`)
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ message: 'Resource not accessible by personal access token' })
    expect(res.headers.get('x-accepted-github-permissions')).toBe('pull_requests=read')
  })

  it('serves the repository on metadata alone, and public repositories’ reads without permissions', async () => {
    const none = simClient(sim.url, TOKENS.none)
    expect((await none('GET', R)).status).toBe(200)
    await sim.close()
    await start(defaultScenario({ repo: { owner: 'acme', name: 'widgets', visibility: 'public' } }))
    const pub = simClient(sim.url, TOKENS.none)
    expect((await pub('GET', `${R}/contents/README.md`)).status).toBe(200)
    expect((await pub('POST', `${R}/statuses/${HEAD}`, { state: 'success' })).status).toBe(403)
  })
})

describe('errors and headers', () => {
  it('sends GitHub’s common headers', async () => {
    const res = await gate('GET', R)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('x-ratelimit-limit')).toBe('5000')
    expect(res.headers.get('x-ratelimit-remaining')).toBe('4999')
    expect(res.headers.get('x-ratelimit-used')).toBe('1')
    expect(res.headers.get('x-ratelimit-resource')).toBe('core')
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(1_700_000_000)
    expect(res.headers.get('x-github-request-id')).toMatch(/\S+/)
    expect((await gate('GET', R)).headers.get('x-ratelimit-remaining')).toBe('4998')
  })

  it('answers 404 Not Found for missing things and other repositories', async () => {
    for (const path of [`${R}/contents/missing.txt`, `${R}/pulls/99`, '/repos/acme/other/pulls/1']) {
      const res = await gate('GET', path)
      expect(res.status).toBe(404)
      expect(res.body).toMatchObject({ message: 'Not Found', status: '404' })
    }
    expect(sim.problems).toEqual([])
  })

  it('records a problem for a route it does not know', async () => {
    const res = await gate('GET', `${R}/pages`)
    expect(res.status).toBe(404)
    expect(sim.problems).toEqual([`unrouted: GET ${R}/pages`])
  })

  it('answers 400 to a body that is not JSON', async () => {
    const res = await fetch(`${sim.url}${R}/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: `token ${TOKENS.gate}` },
      body: '{nope'
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' })
  })
})

describe('contents and commits', () => {
  it('returns a file as base64 with its git blob SHA, at the default branch', async () => {
    const res = await gate('GET', `${R}/contents/README.md`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      type: 'file',
      encoding: 'base64',
      name: 'README.md',
      path: 'README.md',
      size: 10
    })
    expect(Buffer.from(res.body.content, 'base64').toString()).toBe('# widgets\n')
    expect(res.body.sha).toBe(blobSha('# widgets\n'))
    expect(blobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a')
  })

  it('reads at a branch, a tag, a full or abbreviated SHA', async () => {
    for (const ref of ['feature', 'v1.0.0', HEAD, HEAD.slice(0, 7), 'refs/heads/feature']) {
      const res = await gate('GET', `${R}/contents/.github/readiness.yml?ref=${encodeURIComponent(ref)}`)
      expect(res.status).toBe(200)
    }
    expect((await gate('GET', `${R}/contents/src/feature.ts?ref=feature`)).status).toBe(200)
    expect((await gate('GET', `${R}/contents/src/feature.ts?ref=main`)).status).toBe(404)
  })

  it('accepts the path with its slashes encoded, as Octokit sends it, and records it decoded', async () => {
    const res = await gate('GET', `${R}/contents/.github%2Freadiness.yml?ref=main`)
    expect(res.body).toMatchObject({ path: '.github/readiness.yml' })
    expect(sim.requests[0]).toMatchObject({
      path: `${R}/contents/.github/readiness.yml`,
      query: { ref: 'main' }
    })
  })

  it('lists a directory, serves raw content, and names an unknown ref', async () => {
    const dir = await gate('GET', `${R}/contents/src?ref=feature`)
    expect(dir.body).toEqual([
      expect.objectContaining({ name: 'feature.ts', path: 'src/feature.ts', type: 'file' })
    ])
    const raw = await gate('GET', `${R}/contents/README.md`, undefined, {
      accept: 'application/vnd.github.raw'
    })
    expect(raw.body).toBe('# widgets\n')
    const unknown = await gate('GET', `${R}/contents/README.md?ref=nope`)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ message: 'No commit found for the ref nope' })
  })

  it('follows a symlink to a file in the repository, and describes any other link and a submodule', async () => {
    Object.assign(sim.state.commits[HEAD], {
      symlinks: {
        'docs/readme-link.md': '../README.md',
        'docs/outside.md': '../../elsewhere/outside.md',
        'docs/src-link': '../src'
      },
      submodules: { 'vendor/policies': { url: 'https://github.com/acme/policies.git', sha: sha('policies') } }
    })
    const followed = await gate('GET', `${R}/contents/docs/readme-link.md?ref=feature`)
    expect(followed.body).toMatchObject({ type: 'file', path: 'README.md' })
    expect(Buffer.from(followed.body.content, 'base64').toString()).toBe('# widgets\n')
    for (const [path, target] of [
      ['docs/outside.md', '../../elsewhere/outside.md'],
      ['docs/src-link', '../src']
    ]) {
      const link = await gate('GET', `${R}/contents/${path}?ref=feature`)
      expect(link.status).toBe(200)
      expect(link.body).toMatchObject({ type: 'symlink', target, path, size: target.length })
      expect(link.body).not.toHaveProperty('content')
    }
    const module = await gate('GET', `${R}/contents/vendor/policies?ref=feature`)
    expect(module.body).toMatchObject({
      type: 'submodule',
      submodule_git_url: 'https://github.com/acme/policies.git',
      sha: sha('policies'),
      download_url: null,
      html_url: `https://github.com/acme/policies/tree/${sha('policies')}`
    })
    // In a listing, a link says "symlink" without its target, and a submodule says "file", as on GitHub.
    const docs = await gate('GET', `${R}/contents/docs?ref=feature`)
    expect(docs.body.map((e: { name: string; type: string }) => [e.name, e.type])).toEqual([
      ['outside.md', 'symlink'],
      ['readme-link.md', 'symlink'],
      ['src-link', 'symlink']
    ])
    expect(docs.body[0]).not.toHaveProperty('target')
    const vendor = await gate('GET', `${R}/contents/vendor?ref=feature`)
    expect(vendor.body).toEqual([
      expect.objectContaining({ name: 'policies', type: 'file', download_url: null })
    ])
    // The same paths on main hold nothing.
    expect((await gate('GET', `${R}/contents/vendor/policies?ref=main`)).status).toBe(404)
  })

  it('resolves refs to commits and answers 422 for an unknown one', async () => {
    expect((await gate('GET', `${R}/commits/main`)).body).toMatchObject({ sha: MAIN })
    expect((await gate('GET', `${R}/commits/${HEAD.slice(0, 10)}`)).body).toMatchObject({
      sha: HEAD,
      parents: [expect.objectContaining({ sha: MAIN })]
    })
    const res = await gate('GET', `${R}/commits/nope`)
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ message: 'No commit found for SHA: nope', status: '422' })
  })
})

describe('comments', () => {
  it('keeps what one request writes for the next: create, list, update, delete', async () => {
    const created = await gate('POST', `${R}/issues/1/comments`, { body: 'first' })
    expect(created.status).toBe(201)
    expect(created.body.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    expect(created.headers.get('location')).toBe(created.body.url)

    // A second client (another run of the action) sees it.
    const again = simClient(sim.url, TOKENS.gate)
    const listed = await again('GET', `${R}/issues/1/comments`)
    expect(listed.body.map((c: { body: string }) => c.body)).toEqual(['first'])

    const patched = await again('PATCH', `${R}/issues/comments/${created.body.id}`, { body: 'second' })
    expect(patched.body).toMatchObject({ body: 'second', created_at: created.body.created_at })
    expect(Date.parse(patched.body.updated_at)).toBeGreaterThan(Date.parse(created.body.created_at))

    expect((await again('DELETE', `${R}/issues/comments/${created.body.id}`)).status).toBe(204)
    expect((await again('GET', `${R}/issues/1/comments`)).body).toEqual([])
    expect((await again('PATCH', `${R}/issues/comments/${created.body.id}`, { body: 'x' })).status).toBe(404)
  })

  it('lists oldest first', async () => {
    await gate('POST', `${R}/issues/1/comments`, { body: 'a' })
    await gate('POST', `${R}/issues/1/comments`, { body: 'b' })
    const res = await gate('GET', `${R}/issues/1/comments`)
    expect(res.body.map((c: { body: string }) => c.body)).toEqual(['a', 'b'])
  })

  it('accepts 65,536 characters and refuses one more with Validation Failed', async () => {
    expect((await gate('POST', `${R}/issues/1/comments`, { body: 'x'.repeat(65536) })).status).toBe(201)
    const res = await gate('POST', `${R}/issues/1/comments`, { body: 'x'.repeat(65537) })
    expect(res.status).toBe(422)
    expect(res.body).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422'
    })
    expect((await gate('POST', `${R}/issues/1/comments`, {})).status).toBe(422)
  })
})

describe('commit statuses', () => {
  it('creates statuses and lists them newest first, with the creator', async () => {
    await gate('POST', `${R}/statuses/${HEAD}`, { state: 'pending', context: 'gate' })
    const done = await gate('POST', `${R}/statuses/${HEAD}`, {
      state: 'success',
      context: 'gate',
      description: 'ok'
    })
    expect(done.status).toBe(201)
    const list = await gate('GET', `${R}/commits/feature/statuses`)
    expect(list.body.map((s: { state: string }) => s.state)).toEqual(['success', 'pending'])
    expect(list.body[0].creator).toMatchObject({ login: 'github-actions[bot]' })
    const combined = await gate('GET', `${R}/commits/${HEAD}/status`)
    expect(combined.body).toMatchObject({ state: 'success', total_count: 1, sha: HEAD })
  })

  it('refuses a description over 140 characters, a bad state and an unknown SHA', async () => {
    const long = await gate('POST', `${R}/statuses/${HEAD}`, {
      state: 'success',
      description: 'x'.repeat(141)
    })
    expect(long.status).toBe(422)
    expect(long.body.errors).toEqual([
      {
        resource: 'Status',
        code: 'custom',
        field: 'description',
        message: 'description is too long (maximum is 140 characters)'
      }
    ])
    expect(
      (await gate('POST', `${R}/statuses/${HEAD}`, { state: 'success', description: 'x'.repeat(140) })).status
    ).toBe(201)
    const bad = await gate('POST', `${R}/statuses/${HEAD}`, { state: 'green' })
    expect(bad.body).toMatchObject({ message: 'Validation Failed', errors: [{ field: 'state' }] })
    const unknown = await gate('POST', `${R}/statuses/${sha('nope')}`, { state: 'success' })
    expect(unknown.status).toBe(422)
    expect(unknown.body.message).toBe(`No commit found for SHA: ${sha('nope')}`)
  })
})

describe('pulls, jobs and the user', () => {
  it('returns a pull request and the pull requests of a head commit', async () => {
    const pr = await gate('GET', `${R}/pulls/1`)
    expect(pr.body).toMatchObject({
      number: 1,
      state: 'open',
      head: { sha: HEAD, ref: 'feature' },
      base: { ref: 'main', sha: MAIN }
    })
    const forHead = await gate('GET', `${R}/commits/${HEAD}/pulls`)
    expect(forHead.body.map((p: { number: number }) => p.number)).toEqual([1])
    expect((await gate('GET', `${R}/commits/${MAIN}/pulls`)).body).toEqual([])
  })

  it('lists a run’s jobs with check_run_url pointing at a check run in state', async () => {
    await sim.close()
    await start(
      defaultScenario({
        check_runs: [checkRun('gate', HEAD, { id: 555, status: 'in_progress', conclusion: null })],
        workflow_runs: [
          {
            id: 77,
            attempt: 1,
            head_sha: HEAD,
            jobs: [{ name: 'gate', check_run_id: 554, conclusion: 'failure' }]
          },
          { id: 77, attempt: 2, head_sha: HEAD, jobs: [{ name: 'gate', check_run_id: 555 }] }
        ]
      })
    )
    const latest = await gate('GET', `${R}/actions/runs/77/jobs`)
    expect(latest.body.total_count).toBe(1)
    expect(latest.body.jobs[0]).toMatchObject({ name: 'gate', status: 'in_progress', run_attempt: 2 })
    expect(latest.body.jobs[0].check_run_url).toBe(`${sim.url}${R}/check-runs/555`)
    expect(sim.state.checkRuns.some(r => r.id === 555)).toBe(true)
    expect((await gate('GET', `${R}/actions/runs/77/jobs?filter=all`)).body.total_count).toBe(2)
    expect((await gate('GET', `${R}/actions/runs/77/attempts/1/jobs`)).body.jobs[0].conclusion).toBe(
      'failure'
    )
    expect((await gate('GET', `${R}/actions/runs/78/jobs`)).status).toBe(404)
  })

  it('answers /user for a user token and refuses it for an installation token', async () => {
    expect((await simClient(sim.url, TOKENS.user)('GET', '/user')).body).toMatchObject({
      login: 'octocat',
      type: 'User'
    })
    const bot = await gate('GET', '/user')
    expect(bot.status).toBe(403)
    expect(bot.body).toMatchObject({ message: 'Resource not accessible by integration' })
  })
})

describe('the onRequest hook', () => {
  it('sees each request before routing, may delay it, and may answer instead', async () => {
    const seen: string[] = []
    sim.onRequest = async ex => {
      seen.push(`${ex.method} ${ex.path} ${JSON.stringify(ex.query)}`)
      await new Promise(resolve => setTimeout(resolve, 20))
      if (ex.path.endsWith('/pulls/1')) return { status: 502, body: { message: 'Server Error' } }
    }
    expect((await gate('GET', `${R}/contents/README.md?ref=main`)).status).toBe(200)
    expect((await gate('GET', `${R}/pulls/1`)).status).toBe(502)
    expect(seen).toEqual([`GET ${R}/contents/README.md {"ref":"main"}`, `GET ${R}/pulls/1 {}`])
    expect(sim.requests.map(r => r.status)).toEqual([200, 502])
  })
})
