// End to end: the action's entry (run() of src/main.ts) in-process, GitHub stood in for by the simulator.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { sha } from '../sim/scenario.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import {
  auditDispatch,
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  TOKEN,
  gateReleasePr,
  releaseChecklist,
  sampleScenario,
  type ReleasePrRun
} from '../harness/sample-repo.js'

let sim: Simulator

beforeEach(async () => {
  sim = await startSimulator(sampleScenario(), { validate: true })
})
// Every request the gate made, and every answer, matches GitHub's OpenAPI description.
afterEach(() => closeAndCheck(sim))

const MERGE_SHA = sha('refs/pull/42/merge')

/** The release PR as a runner checks it out: GITHUB_SHA is the merge commit, GITHUB_REF its merge ref. */
function releasePr(more: ReleasePrRun = {}) {
  return gateReleasePr(sim.url, { sha: MERGE_SHA, ref: `refs/pull/${RELEASE_PR}/merge`, ...more })
}

const gateComments = () => sim.state.comments.filter(c => c.body.includes('<!-- readiness-gate'))
const gateStatuses = () => sim.state.statuses.filter(s => s.context.startsWith('Readiness gate'))
const writes = () => sim.requests.filter(r => r.method !== 'GET')

/** Makes PR #42 pass: lint re-run succeeds, and the pen test is signed off on main. */
function satisfyEverything() {
  sim.state.checkRuns.push({
    ...sim.state.checkRuns.find(r => r.name === 'lint' && r.head_sha === HEAD_SHA)!,
    id: 1_999_999,
    conclusion: 'success',
    started_at: '2026-12-01T00:00:00Z',
    completed_at: '2026-12-01T00:05:00Z'
  })
  sim.state.commits[MAIN_SHA].files![CHECKLIST_PATH] = releaseChecklist({ pentestSignedOff: true })
}

describe('a release PR', () => {
  it('fails on its head SHA with one comment listing the failing check and the outstanding manual item', async () => {
    // The runner contract (environment in; exit code, workflow commands and outputs out): the bundle.
    const run = await releasePr({ via: 'bundle' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Readiness gate: fail — #42: lint (fail), pentest (manual)')
    expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/) // no stack trace

    const [status] = gateStatuses()
    expect(gateStatuses()).toHaveLength(1)
    expect(status).toMatchObject({ sha: HEAD_SHA, context: 'Readiness gate', state: 'failure' })
    expect(status.description).toBe('fail: 1 failing · 1 manual outstanding · 1 advisory open · 4 passed')
    expect(status.target_url).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/9001`)
    expect(sim.state.statuses.some(s => s.sha === MERGE_SHA)).toBe(false)

    const comments = gateComments()
    expect(comments).toHaveLength(1)
    expect(comments[0].issue_number).toBe(RELEASE_PR)
    expect(comments[0].body).toContain(
      '**Linting enabled** `lint` — `lint` (failure) is not success/neutral/skipped'
    )
    expect(comments[0].body).toContain('- [ ] **Penetration test done** `pentest` — owner `@acme/security`')
    expect(comments[0].body).toContain('checklist `.github/readiness.yml` from main (base of #42)')

    expect(run.outputs).toMatchObject({
      result: 'fail',
      passed: '4',
      failed: '1',
      pending: '0',
      unknown: '0',
      manual: '2'
    })
    expect(run.summary).toContain('Readiness gate: fail — Shop 2.4 release readiness')
    expect(run.report).toMatchObject({
      version: 1,
      result: 'fail',
      checklist: { path: CHECKLIST_PATH, ref: 'main', label: 'main (base of #42)' },
      target: { repo: 'acme/shop', sha: HEAD_SHA, pr: RELEASE_PR }
    })
    expect(run.report!.items.map(i => [i.id, i.state])).toEqual([
      ['unit-tests', 'pass'],
      ['lint', 'fail'],
      ['docs-build', 'pass'],
      ['runbook', 'pass'],
      ['pentest', 'manual'],
      ['vault', 'manual'],
      ['restore-drill', 'signed-off']
    ])
  })

  it('passes with exit 0 once everything is satisfied, updating the same comment in place', async () => {
    await releasePr()
    const [first] = gateComments()
    satisfyEverything()
    const run = await releasePr()
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('pass')
    expect(gateComments()).toEqual([expect.objectContaining({ id: first.id })])
    expect(gateComments()[0].body).toContain('✅ Readiness gate: pass')
    expect(gateStatuses().at(-1)).toMatchObject({ sha: HEAD_SHA, state: 'success' })
    // The person's comment was never touched.
    expect(sim.state.comments.find(c => c.user.login === 'octocat')?.body).toBe('Ready for the 2.4 release?')
  })

  it('leaves another bot’s comment alone even when it carries the marker', async () => {
    const marker = '<!-- readiness-gate checklist=.github%2Freadiness.yml -->'
    sim.state.comments.unshift({
      id: 3_000_000,
      issue_number: RELEASE_PR,
      user: { login: 'other-app[bot]', id: 99, type: 'Bot' },
      body: `${marker}\nanother app quoting the marker`,
      created_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-01T00:00:00Z'
    })
    await releasePr()
    expect(sim.state.comments.find(c => c.id === 3_000_000)?.body).toBe(
      `${marker}\nanother app quoting the marker`
    )
    expect(gateComments().filter(c => c.user.login === 'github-actions[bot]')).toHaveLength(1)
    // The gate learnt who it is from the status it had just posted: no GET /user was needed.
    expect(sim.requests.filter(r => r.path === '/user')).toEqual([])
  })

  it('never duplicates the comment, and a rerun with nothing new rewrites nothing', async () => {
    await releasePr()
    await releasePr()
    const third = await releasePr()
    expect(third.code).toBe(1)
    expect(gateComments()).toHaveLength(1)
    const commentWrites = writes().filter(r => r.path.includes('/comments'))
    expect(commentWrites.map(r => r.method)).toEqual(['POST'])
  })

  it('is held to the base checklist when the PR deletes an item from its own copy, and says so', async () => {
    const weakened = releaseChecklist().replace(/ {6}- id: pentest\n(.*\n){2}/, '')
    expect(weakened).not.toContain('pentest')
    sim.state.commits[HEAD_SHA].files![CHECKLIST_PATH] = weakened
    const run = await releasePr()
    expect(run.code).toBe(1)
    expect(run.report!.items.map(i => i.id)).toContain('pentest')
    expect(gateComments()[0].body).toMatch(/This PR edits `\.github\/readiness\.yml`[\s\S]*removes `pentest`/)
  })

  it('reads the checklist from its own head with checklist-ref: head', async () => {
    sim.state.commits[HEAD_SHA].files![CHECKLIST_PATH] = releaseChecklist({ pentestSignedOff: true })
    const run = await releasePr({ inputs: { 'checklist-ref': 'head' } })
    expect(run.report!.items.find(i => i.id === 'pentest')?.state).toBe('signed-off')
    expect(run.report!.checklist).toEqual({
      path: CHECKLIST_PATH,
      ref: HEAD_SHA,
      label: `${HEAD_SHA.slice(0, 7)} (head of #42)`
    })
  })
})

describe('publishing choices', () => {
  it('posts a check run with the report, counts and annotations on the checklist lines', async () => {
    const run = await releasePr({ inputs: { status: 'check-run', comment: 'never' } })
    expect(run.code).toBe(1)
    expect(gateStatuses()).toEqual([])
    expect(gateComments()).toEqual([])
    const gate = sim.state.checkRuns.filter(r => r.name === 'Readiness gate')
    expect(gate).toHaveLength(1)
    expect(gate[0]).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' })
    expect(gate[0].output.title).toBe('fail: 1 failing · 1 manual outstanding · 1 advisory open · 4 passed')
    expect(gate[0].output.summary).toContain('#### What blocks (1)')
    expect(gate[0].output.annotations.map(a => [a.path, a.start_line, a.annotation_level, a.title])).toEqual([
      [CHECKLIST_PATH, 10, 'failure', 'Linting enabled (fail)'],
      [CHECKLIST_PATH, 23, 'warning', 'Penetration test done (manual)'],
      [CHECKLIST_PATH, 26, 'warning', 'Secrets vault configured (manual)']
    ])
  })

  it('concludes action_required when only manual items are outstanding', async () => {
    sim.state.checkRuns.push({
      ...sim.state.checkRuns.find(r => r.name === 'lint' && r.head_sha === HEAD_SHA)!,
      id: 1_999_998,
      conclusion: 'success',
      started_at: '2026-12-01T00:00:00Z'
    })
    await releasePr({ inputs: { status: 'both' } })
    expect(sim.state.checkRuns.find(r => r.name === 'Readiness gate')?.conclusion).toBe('action_required')
    expect(gateStatuses()).toEqual([expect.objectContaining({ state: 'failure' })])
  })

  it('asks GitHub each question once per run', async () => {
    await releasePr()
    const reads = sim.requests
      .filter(r => r.method === 'GET' && !r.path.endsWith('/comments'))
      .map(r => `${r.path}?${new URLSearchParams(r.query as Record<string, string>)}`)
    expect(reads.length).toBeGreaterThan(5)
    expect(new Set(reads).size).toBe(reads.length)
  })
})

describe('configuration errors', () => {
  it('a malformed checklist fails with file, ref, line and the offending word, posted as the verdict', async () => {
    sim.state.commits[MAIN_SHA].files![CHECKLIST_PATH] = releaseChecklist().replace(
      '        check: { type: checks, name: lint }',
      '        chek: { type: checks, name: lint }'
    )
    const run = await releasePr()
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error title=Checklist error,file=.github/readiness.yml,line=12,col=9::.github/readiness.yml at main (base of #42), line 12, column 9: item `lint`: unknown key `chek` Fix: Did you mean `check`?'
    )
    expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/)
    expect(gateStatuses()).toEqual([
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'failure',
        description: 'Configuration error: item lint: unknown key chek'
      })
    ])
    const [comment] = gateComments()
    expect(comment.body).toContain('configuration error')
    expect(comment.body).toContain('line 12, column 9: item `lint`: unknown key `chek`')
    expect(comment.body).toContain('**Fix:** Did you mean `check`?')
    expect(run.outputs.result).toBe('fail')
  })

  it('a checklist of advisory items only is a configuration error, never a vacuous pass', async () => {
    // With checklist-ref: head the PR's own copy is used: one that makes every item advisory.
    sim.state.commits[HEAD_SHA].files![CHECKLIST_PATH] = `version: 1
sections:
  - title: Release
    items:
      - { id: lint, title: Linting enabled, required: false, check: { type: checks, name: lint } }
      - { id: pentest, title: Penetration test done, required: false }
`
    const run = await releasePr({ inputs: { 'checklist-ref': 'head' } })
    expect(run.code).toBe(1)
    expect(run.outputs.result).toBe('fail')
    expect(run.stdout).toContain(
      `::error title=Checklist error,file=.github/readiness.yml,line=5,col=9::.github/readiness.yml at ${HEAD_SHA.slice(0, 7)} (head of #42), line 5, column 9: the checklist has no required item`
    )
    expect(gateStatuses()).toEqual([
      expect.objectContaining({
        sha: HEAD_SHA,
        state: 'failure',
        description: expect.stringMatching(/^Configuration error: the checklist has no required item/)
      })
    ])
    expect(gateComments()[0].body).toContain(
      '**Fix:** Make the items that must hold before release required: remove `required: false` from them and from the groups they are in.'
    )
  })

  it('warns, in the comment, the job summary, the JSON report and an annotation, about a required group that never blocks', async () => {
    sim.state.commits[MAIN_SHA].files![CHECKLIST_PATH] = `version: 1
sections:
  - title: Release
    items:
      - { id: unit-tests, title: Unit tests passed, check: { type: checks, name: "test (*)" } }
      - id: observability
        title: Observability
        items:
          - { id: dashboards, title: Dashboards, required: false }
          - { id: alerts, title: Alerts, required: false }
`
    const run = await releasePr()
    expect(run.outputs.result).toBe('pass')
    const warning =
      '.github/readiness.yml at main (base of #42), line 6, column 9: group `observability` is required, but every item in it is advisory (`required: false`), so it never blocks the verdict Fix: Make the items that must hold required, or mark the group `required: false` to say it is advisory.'
    expect(run.report!.warnings).toEqual([warning])
    expect(run.stdout).toContain(
      `::warning title=Checklist warning,file=.github/readiness.yml,line=6,col=9::${warning}`
    )
    // In the comment it is outside text: its `#42` does not link.
    const shown = warning.replace('#42', '#\u200b42')
    expect(gateComments()[0].body).toContain(`> [!WARNING]\n> - ${shown}`)
    expect(run.summary).toContain(`> - ${shown}`)
  })

  it('a PR that introduces the checklist is told to add it to the base branch first', async () => {
    delete sim.state.commits[MAIN_SHA].files![CHECKLIST_PATH]
    const run = await releasePr()
    expect(run.code).toBe(1)
    expect(gateStatuses()[0]).toMatchObject({
      state: 'failure',
      description: 'Configuration error: no checklist file .github/readiness.yml'
    })
    expect(gateComments()[0].body).toMatch(
      /no checklist file `\.github\/readiness\.yml`[\s\S]*merge it into main first/
    )
  })

  it('an invalid input fails the step and posts nothing', async () => {
    const run = await releasePr({ inputs: { status: 'sometimes' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      'input `status` is `sometimes`; expected one of `commit-status`, `check-run`, `both`, `none`'
    )
    expect(writes()).toEqual([])
  })
})

describe('an audit', () => {
  it('audits a tag under "Readiness gate (audit)" with that commit’s own checklist, and comments nowhere', async () => {
    const run = await auditDispatch(sim.url, {
      branch: 'release/2.4.0',
      sha: HEAD_SHA,
      inputs: { ref: 'v2.3.0' }
    })
    expect(gateStatuses()).toEqual([
      expect.objectContaining({ sha: MAIN_SHA, context: 'Readiness gate (audit)' })
    ])
    expect(gateComments()).toEqual([])
    expect(run.report!.target).toMatchObject({ sha: MAIN_SHA, pr: null })
    expect(run.report!.checklist).toMatchObject({ ref: MAIN_SHA, label: `v2.3.0 (${MAIN_SHA.slice(0, 7)})` })
    expect(run.report!.items.find(i => i.id === 'lint')?.state).toBe('pass')
  })
})

describe('a fork PR with a read-only token', () => {
  it('still writes the job summary and outputs, and says why nothing was posted', async () => {
    const run = await releasePr({ inputs: { token: TOKEN.readOnly }, event: { fork: true } })
    expect(writes().every(r => r.status === 403)).toBe(true)
    expect(gateStatuses()).toEqual([])
    expect(gateComments()).toEqual([])
    expect(run.stdout).toMatch(
      /::warning::The commit status was not posted: .*403.*Resource not accessible by integration/
    )
    expect(run.stdout).toMatch(/statuses: write/)
    expect(run.stdout).toContain('read-only token (see "Fork pull requests" in docs/events.md)')
    expect(run.summary).toContain('The PR comment was not posted')
    expect(run.outputs.result).toBe('fail')
    expect(run.code).toBe(1)
  })
})

describe('the checks type on the sample PR', () => {
  it('fails a glob that matches nothing with the SHA, instead of passing it', async () => {
    sim.state.checkRuns.splice(
      0,
      sim.state.checkRuns.length,
      ...sim.state.checkRuns.filter(r => r.name !== 'lint')
    )
    const run = await releasePr()
    const lint = run.report!.items.find(i => i.id === 'lint')!
    expect(lint.state).toBe('fail')
    expect(lint.summary).toBe(`no check named \`lint\` ran on ${HEAD_SHA.slice(0, 7)}`)
  })
})
