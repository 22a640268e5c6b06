import { readable } from '../harness/readable.js'
// The `coverage` evaluator against the simulator: artifacts of the commit's runs (download through
// a redirect to another host, without the token), statuses, workspace files, and max-drop.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { CheckSpec } from '../src/checklist/schema.js'
import { evaluateCoverage } from '../src/evaluate/coverage.js'
import type { EvalContext } from '../src/evaluate/outcome.js'
import { createGitHub } from '../src/github/client.js'
import { Gateway } from '../src/github/gateway.js'
import { readSettings } from '../src/settings.js'
import type { Target } from '../src/event/target.js'
import { TOKENS, defaultScenario, sha, type Scenario } from '../sim/scenario.js'
import { zipOf, type ArtifactRunSpec, type ArtifactSpec } from '../sim/scenario-artifacts.js'
import { startSimulator, type Simulator } from '../sim/server.js'

type CoverageCheck = Extract<CheckSpec, { type: 'coverage' }>
const HEAD = sha('head')
const MAIN = sha('main')
const LCOV = readFileSync('__fixtures__/coverage/js/lcov.info', 'utf8') // 61 of 90 lines: 67.8%

/** An lcov report with `covered` of `total` lines. */
function lcov(covered: number, total: number, file = 'src/app.ts'): string {
  const lines = Array.from({ length: total }, (_, i) => `DA:${i + 1},${i < covered ? 1 : 0}`)
  return `TN:\nSF:${file}\n${lines.join('\n')}\nend_of_record\n`
}

let sim: Simulator
let workspace: string
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'gate-workspace-'))
  process.env.GITHUB_WORKSPACE = workspace
})
afterEach(async () => {
  delete process.env.GITHUB_WORKSPACE
  rmSync(workspace, { recursive: true, force: true })
  await sim.close()
  if (sim.problems.length > 0) throw new Error(`OpenAPI problems:\n${sim.problems.join('\n')}`)
})

const run = (id: number, head_sha = HEAD, more: Partial<ArtifactRunSpec> = {}): ArtifactRunSpec => ({
  id,
  head_sha,
  created_at: `2026-11-20T12:${String(id % 60).padStart(2, '0')}:00Z`,
  ...more
})

async function start(
  runs: ArtifactRunSpec[],
  artifacts: ArtifactSpec[],
  more: Partial<Scenario> = {}
): Promise<void> {
  sim = await startSimulator(defaultScenario({ artifacts: { runs, artifacts }, ...more }), { validate: true })
}

const PR_TARGET: Target = {
  kind: 'pull-request',
  sha: HEAD,
  pr: {
    number: 1,
    title: 'Add feature',
    author: 'octocat',
    headSha: HEAD,
    headRef: 'feature',
    baseRef: 'main',
    baseSha: MAIN,
    fork: false
  },
  checklistRef: 'main',
  checklistRefLabel: 'main (base of #1)',
  statusName: 'Readiness gate'
}

function context(
  options: { token?: string; waiting?: boolean; target?: Target; runId?: number } = {}
): EvalContext {
  const result = readSettings(name => (name === 'token' ? (options.token ?? TOKENS.gate) : ''))
  if (!result.ok) throw new Error('bad settings')
  const gateway = new Gateway(
    createGitHub({ token: result.settings.token, baseUrl: sim.url, log: () => {} }),
    { owner: 'acme', repo: 'widgets' }
  )
  return {
    target: options.target ?? PR_TARGET,
    gateway,
    securityGateway: gateway,
    settings: result.settings,
    runner: {
      eventName: 'pull_request',
      payload: {},
      owner: 'acme',
      repo: 'widgets',
      sha: sha('merge'),
      ref: 'refs/pull/1/merge',
      job: 'gate',
      runId: options.runId ?? 9001,
      runAttempt: 1,
      runnerName: 'GitHub Actions 1',
      serverUrl: 'https://github.com',
      apiUrl: sim.url,
      runnerTemp: workspace
    },
    today: '2026-11-28',
    waiting: options.waiting ?? false
  }
}

const check = (more: Partial<CoverageCheck> = {}): CoverageCheck => ({
  type: 'coverage',
  min: 80,
  artifact: 'coverage',
  ...more
})

describe('the artifact source', () => {
  it('reads the artifact through a redirect to another host, never sending the token there', async () => {
    await start([run(101)], [{ name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': LCOV }) }])
    const ctx = context()
    const outcome = await evaluateCoverage(check({ min: 60 }), ctx)
    expect(readable(outcome)).toEqual({
      state: 'pass',
      summary: '67.8% ≥ 60% line coverage (lcov: 61 of 90) from artifact `coverage`',
      url: 'https://github.com/acme/widgets/actions/runs/101'
    })
    const download = sim.requests.find(r => r.template?.endsWith('{archive_format}'))
    expect(download?.status).toBe(302)
    expect(download?.responseHeaders.location).toMatch(new RegExp(`^${sim.blobs.url}/artifacts/`))
    expect(new URL(sim.blobs.url).origin).not.toBe(new URL(sim.url).origin)
    expect(sim.blobs.requests).toHaveLength(1)
    expect(sim.blobs.requests[0]).toMatchObject({ status: 200, authorization: undefined })
    // One list request finds it; the download is one API request plus the blob.
    expect(sim.requests.map(r => r.template)).toEqual([
      '/repos/{owner}/{repo}/actions/artifacts',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'
    ])
  })

  it('fails below min with the figure, the threshold and a link to the run', async () => {
    await start(
      [run(101)],
      [{ name: 'coverage', run_id: 101, zip: await zipOf({ 'coverage/lcov.info': lcov(784, 1000) }) }]
    )
    const outcome = await evaluateCoverage(check(), context())
    expect(readable(outcome.state)).toBe('fail')
    expect(readable(outcome.summary)).toBe(
      '78.4% < 80% line coverage (lcov: 784 of 1000) from artifact `coverage`'
    )
    expect(readable(outcome.url)).toBe('https://github.com/acme/widgets/actions/runs/101')
  })

  it('takes the newest artifact of that name on the commit, and merges the reports inside it', async () => {
    await start(
      [run(101), run(102), run(103, MAIN)],
      [
        { name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': lcov(50, 100) }) },
        {
          name: 'coverage',
          run_id: 102,
          zip: await zipOf({
            'unit/lcov.info': lcov(40, 100, 'src/a.ts'),
            'e2e/lcov.info': lcov(100, 100, '/home/runner/work/widgets/widgets/src/b.ts'),
            'lcov-report/index.html': '<html></html>'
          })
        },
        { name: 'coverage', run_id: 103, zip: await zipOf({ 'lcov.info': lcov(100, 100) }) },
        { name: 'other', run_id: 102, zip: await zipOf({ 'lcov.info': lcov(0, 100) }) }
      ]
    )
    const outcome = await evaluateCoverage(check({ min: 70 }), context())
    expect(readable(outcome)).toMatchObject({
      state: 'pass',
      summary: '70.0% ≥ 70% line coverage (lcov, 2 reports merged: 140 of 200) from artifact `coverage`',
      url: 'https://github.com/acme/widgets/actions/runs/102'
    })
  })

  it('is pending while the commit’s runs are still going, and fails once they finished without it', async () => {
    await start([run(101, HEAD, { status: 'in_progress' })], [])
    expect(readable(await evaluateCoverage(check(), context()))).toEqual({
      state: 'pending',
      summary: 'no artifact named `coverage` on ' + HEAD.slice(0, 7) + ' yet; 1 workflow run still going',
      url: 'https://github.com/acme/widgets/actions/runs/101'
    })
    sim.state.artifacts.runs![0].status = 'completed'
    const outcome = await evaluateCoverage(check(), context())
    expect(readable(outcome.state)).toBe('fail')
    expect(readable(outcome.summary)).toBe(
      `no artifact named \`coverage\` was uploaded by the 1 workflow run on ${HEAD.slice(0, 7)}`
    )
    // The gate's own run (still going) does not make it pending; wait-timeout does.
    expect(readable((await evaluateCoverage(check(), context({ runId: 101 }))).state)).toBe('fail')
    expect(readable((await evaluateCoverage(check(), context({ waiting: true }))).state)).toBe('pending')
  })

  it('asks each of the commit’s runs when the repository list is longer than one page', async () => {
    const others = Array.from({ length: 105 }, (_, i) => ({
      name: 'coverage',
      run_id: 200,
      zip: new Uint8Array(0),
      created_at: `2026-11-21T00:${String(i % 60).padStart(2, '0')}:00Z`
    }))
    await start(
      [run(101), run(200, sha('elsewhere'))],
      [{ name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': lcov(90, 100) }) }, ...others]
    )
    const outcome = await evaluateCoverage(check(), context())
    expect(readable(outcome.state)).toBe('pass')
    expect(sim.requests.map(r => r.template)).toEqual([
      '/repos/{owner}/{repo}/actions/artifacts',
      '/repos/{owner}/{repo}/actions/runs',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'
    ])
  })

  it('an expired artifact is unknown with the reason', async () => {
    await start([run(101)], [{ name: 'coverage', run_id: 101, zip: new Uint8Array(0), expired: true }])
    expect(readable(await evaluateCoverage(check(), context()))).toMatchObject({
      state: 'unknown',
      summary: 'could not verify: the artifact `coverage` has expired',
      fix: expect.stringContaining('retention-days')
    })
  })

  it('a 410 from the download is unknown too (expired between listing and download)', async () => {
    await start([run(101)], [{ name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': LCOV }) }])
    sim.onRequest = ex =>
      ex.path.endsWith('/zip')
        ? {
            status: 410,
            body: {
              message: 'Artifact has expired',
              documentation_url: 'https://docs.github.com/rest',
              status: '410'
            }
          }
        : undefined
    expect(readable(await evaluateCoverage(check(), context()))).toMatchObject({
      state: 'unknown',
      summary: 'could not verify: the artifact `coverage` has expired'
    })
  })

  it('without actions: read it is unknown with the exact fix', async () => {
    await start([run(101)], [{ name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': LCOV }) }])
    const outcome = await evaluateCoverage(check(), context({ token: TOKENS.none }))
    expect(readable(outcome.state)).toBe('unknown')
    expect(readable(outcome.summary)).toContain('answered 403')
    expect(readable(outcome.fix)).toBe(
      'Grant the workflow job `permissions: { actions: read }` (or use a token that has it).'
    )
  })

  it('an artifact without a report, or with a broken one, is unknown naming the file', async () => {
    await start(
      [run(101), run(102, MAIN)],
      [
        { name: 'coverage', run_id: 101, zip: await zipOf({ 'coverage/lcov.info': '', 'notes.txt': 'hi' }) },
        { name: 'coverage', run_id: 102, zip: await zipOf({ 'index.html': '<html></html>' }) }
      ]
    )
    expect(readable(await evaluateCoverage(check(), context()))).toMatchObject({
      state: 'unknown',
      summary: 'could not verify: `coverage/lcov.info` in artifact `coverage` is empty'
    })
    const audit: Target = { ...PR_TARGET, kind: 'audit', sha: MAIN, pr: undefined }
    expect(readable(await evaluateCoverage(check(), context({ target: audit })))).toMatchObject({
      state: 'unknown',
      summary: 'could not verify: artifact `coverage` holds no coverage report in a known format (index.html)'
    })
  })

  it('downloads one artifact once, however many items read it', async () => {
    await start([run(101)], [{ name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': LCOV }) }])
    const ctx = context()
    await Promise.all([evaluateCoverage(check({ min: 50 }), ctx), evaluateCoverage(check({ min: 90 }), ctx)])
    expect(sim.blobs.requests).toHaveLength(1)
    expect(sim.requests).toHaveLength(2) // the list and the download request, once each
  })
})

describe('max-drop', () => {
  async function startWithBase(headCovered: number, baseCovered?: number) {
    const artifacts: ArtifactSpec[] = [
      { name: 'coverage', run_id: 101, zip: await zipOf({ 'lcov.info': lcov(headCovered, 1000) }) }
    ]
    if (baseCovered !== undefined)
      artifacts.push({
        name: 'coverage',
        run_id: 90,
        zip: await zipOf({ 'lcov.info': lcov(baseCovered, 1000) })
      })
    await start([run(101), run(90, MAIN, { event: 'push' })], artifacts)
  }

  it('passes when the drop from the merge base is within max-drop, and says by how much', async () => {
    await startWithBase(845, 850)
    const outcome = await evaluateCoverage(check({ 'max-drop': 1 }), context())
    expect(readable(outcome.state)).toBe('pass')
    expect(readable(outcome.summary)).toBe(
      `84.5% ≥ 80% line coverage (lcov: 845 of 1000) from artifact \`coverage\`; 0.5 points below 85.0% at the merge base ${MAIN.slice(0, 7)}`
    )
  })

  it('fails when coverage fell more than max-drop points', async () => {
    await startWithBase(820, 850)
    const outcome = await evaluateCoverage(check({ 'max-drop': 1 }), context())
    expect(readable(outcome.state)).toBe('fail')
    expect(readable(outcome.summary)).toMatch(
      /^82\.0% is 3\.0 points below 85\.0% at the merge base [0-9a-f]{7} \(`max-drop` 1\)/
    )
    expect(sim.requests.some(r => r.template === '/repos/{owner}/{repo}/compare/{basehead}')).toBe(true)
  })

  it('is unknown when the merge base has no figure', async () => {
    await startWithBase(900)
    const outcome = await evaluateCoverage(check({ 'max-drop': 1 }), context())
    expect(readable(outcome.state)).toBe('unknown')
    expect(readable(outcome.summary)).toContain('no figure at the merge base')
  })
})

describe('the status source', () => {
  it('reads the first percentage of a status description or check-run summary', async () => {
    await start([], [], {
      statuses: [
        {
          sha: HEAD,
          context: 'codecov/project',
          state: 'success',
          description: '81.25% (+0.40%) compared to abc'
        }
      ],
      check_runs: [
        {
          name: 'coverage-report',
          head_sha: HEAD,
          status: 'completed',
          conclusion: 'success',
          output: { title: 'Coverage report', summary: 'Lines: **74.1%** (741 of 1000)' }
        }
      ]
    })
    expect(
      readable(await evaluateCoverage(check({ artifact: undefined, status: 'codecov/project' }), context()))
    ).toMatchObject({
      state: 'pass',
      summary: '81.25% ≥ 80% line coverage (as reported) from the status `codecov/project`'
    })
    expect(
      readable(await evaluateCoverage(check({ artifact: undefined, status: 'coverage-report' }), context()))
    ).toMatchObject({
      state: 'fail',
      summary: '74.1% < 80% line coverage (as reported) from the check `coverage-report`'
    })
  })

  it('a text without a percentage is unknown; a missing status fails', async () => {
    await start([], [], {
      statuses: [{ sha: HEAD, context: 'coverage', state: 'success', description: 'Coverage uploaded' }]
    })
    expect(
      readable(await evaluateCoverage(check({ artifact: undefined, status: 'coverage' }), context()))
    ).toMatchObject({
      state: 'unknown',
      summary: expect.stringContaining('holds no percentage in its description')
    })
    expect(
      readable(await evaluateCoverage(check({ artifact: undefined, status: 'codecov/patch' }), context()))
    ).toMatchObject({
      state: 'fail',
      summary: `no check or status named \`codecov/patch\` on ${HEAD.slice(0, 7)}`
    })
  })
})

describe('the path source', () => {
  it('reads a file or a directory of the workspace', async () => {
    await start([], [])
    mkdirSync(join(workspace, 'coverage'))
    writeFileSync(join(workspace, 'coverage', 'lcov.info'), LCOV)
    writeFileSync(join(workspace, 'coverage', 'index.html'), '<html></html>')
    const file = await evaluateCoverage(
      check({ artifact: undefined, path: 'coverage/lcov.info', min: 60 }),
      context()
    )
    expect(readable(file)).toMatchObject({
      state: 'pass',
      summary: '67.8% ≥ 60% line coverage (lcov: 61 of 90) from `coverage/lcov.info` in the workspace'
    })
    const dir = await evaluateCoverage(check({ artifact: undefined, path: 'coverage', min: 70 }), context())
    expect(readable(dir)).toMatchObject({
      state: 'fail',
      summary: '67.8% < 70% line coverage (lcov: 61 of 90) from `coverage` in the workspace'
    })
    expect(sim.requests).toHaveLength(0)
  })

  it('a missing file fails with the fix; max-drop cannot use it', async () => {
    await start([], [])
    const missing = await evaluateCoverage(
      check({ artifact: undefined, path: 'coverage/lcov.info' }),
      context()
    )
    expect(readable(missing)).toMatchObject({
      state: 'fail',
      summary: '`coverage/lcov.info` does not exist in the workspace'
    })
    expect(missing.fix).toContain('run the gate as a step after the tests')
    writeFileSync(join(workspace, 'lcov.info'), LCOV)
    const drop = await evaluateCoverage(
      check({ artifact: undefined, path: 'lcov.info', min: 10, 'max-drop': 1 }),
      context()
    )
    expect(readable(drop)).toMatchObject({
      state: 'unknown',
      summary: expect.stringContaining('a workspace file has no figure at the merge base')
    })
  })
})
