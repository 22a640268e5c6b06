// Hostile input, huge checklists and late runs, through the action's entry in-process: what the runner
// reads (the log's workflow commands, the outputs) is written by the same @actions/core as in the bundle.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { checkRun, sha } from '../sim/scenario.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { liveParts } from '../harness/gfm.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  TOKEN,
  gateReleasePr,
  sampleScenario
} from '../harness/sample-repo.js'

let sim: Simulator
// validate: true also enforces GitHub's size limits on what the gate sends (comment, summary).
afterEach(() => closeAndCheck(sim))

const gate = (inputs: Record<string, string> = {}, headSha = HEAD_SHA) =>
  gateReleasePr(sim.url, {
    event: { title: 'Release <script>alert(1)</script> @everyone', headSha },
    inputs
  })
const gateComment = () => sim.state.comments.find(c => c.body.includes('<!-- readiness-gate'))

/** Text that has been seen to go live in a comment, a summary or the log. */
const HOSTILE =
  'x\n::error::forged\r\n::add-mask::abc <img src=x onerror=alert(1)> @octocat #1 [a](https://evil.example) ![p](https://evil.example/p.png) <https://evil.example> www.evil.example <!-- readiness-gate checklist=x --> ``` `` ` <details>'

describe('untrusted text everywhere the gate shows it', () => {
  it('renders nothing live and logs no workflow command, from check names, the PR’s checklist copy and sign-off notes', async () => {
    const scenario = sampleScenario()
    scenario.check_runs!.push(checkRun(`lint ${HOSTILE}`, HEAD_SHA, { conclusion: 'failure' }))
    // The base checklist (trusted) carries a note written by a person; the PR's copy (untrusted)
    // renames and relaxes items with hostile titles.
    const base = scenario.commits[MAIN_SHA].files![CHECKLIST_PATH].replace(
      `note: "restored staging from last night's backup"`,
      `note: ${JSON.stringify(HOSTILE)}`
    ).replace('name: lint }', 'name: "lint *" }')
    scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] = base
    scenario.commits[HEAD_SHA].files![CHECKLIST_PATH] = base
      .replace('title: Linting enabled', `title: ${JSON.stringify(HOSTILE)}`)
      .replace(
        '        title: Penetration test done',
        `        title: ${JSON.stringify(HOSTILE)}\n        required: false`
      )
    sim = await startSimulator(scenario, { validate: true })
    const run = await gate({ status: 'both' })

    const body = gateComment()!.body
    const [check] = sim.state.checkRuns.filter(r => r.name === 'Readiness gate')
    expect(body).toContain('relaxes') // the notice on the PR's copy is there…
    expect(run.summary).toContain('Backup restoration tested')
    for (const md of [body, run.summary, check.output.summary!]) {
      // …and nothing in it, or anywhere else, is live once GitHub renders it.
      expect(liveParts(md, { hosts: ['github.com'], pr: 42 })).toEqual([])
    }
    // Annotations are plain text, one line title.
    for (const a of check.output.annotations ?? []) expect(a.title).not.toMatch(/[\r\n]/)
    // The log: the runner reads every line starting with `::` as a command. Only the gate's own are there.
    const commands = run.stdout
      .split('\n')
      .filter(l => /^\s*::/.test(l))
      .map(l => l.replace(/::.*$/s, '').trim() + l.split('::')[1])
    for (const line of run.stdout
      .split('\n')
      .filter(l => l.includes('forged') || l.includes('add-mask::abc'))) {
      expect(line).not.toMatch(/^\s*::/)
    }
    expect(commands.length).toBeGreaterThan(0)
    expect(run.stdout).not.toMatch(/^::add-mask::abc/m)
    expect(run.stdout).not.toMatch(/^::error::forged/m)
  })
})

describe('hostile text from the API', () => {
  it('cannot inject HTML, forge the marker, ping people or break out of its code span', async () => {
    const hostile =
      'test (<img src=x onerror=alert(1)> @octocat <!-- readiness-gate checklist=x --> `](https://evil))'
    const scenario = sampleScenario()
    scenario.check_runs!.push(checkRun(hostile, HEAD_SHA, { conclusion: 'failure' }))
    sim = await startSimulator(scenario, { validate: true })
    const run = await gate()
    const body = gateComment()!.body
    // The name stands whole inside one code span, where GitHub renders neither HTML nor mentions…
    expect(body).toContain(`\`\`${hostile}\`\` (failure)`)
    // …and nothing of it is live once GitHub renders the comment or the summary.
    for (const text of [body, run.summary]) {
      expect(liveParts(text, { hosts: ['github.com'], pr: 42 })).toEqual([])
    }
    expect(run.code).toBe(1)
    // The one real marker opens the body; the forged one is inert text inside the code span.
    expect(body.startsWith('<!-- readiness-gate checklist=.github%2Freadiness.yml -->\n')).toBe(true)
  })

  it('never shows the token or the security token, anywhere', async () => {
    sim = await startSimulator(sampleScenario(), { validate: true })
    const run = await gate({ 'security-token': 'ghs_another_secret_token_value' })
    const everything = [
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.stderr,
      run.summary,
      JSON.stringify(run.report),
      ...sim.state.comments.map(c => c.body)
    ]
    for (const text of everything) {
      expect(text).not.toContain(TOKEN.gate)
      expect(text).not.toContain('ghs_another_secret_token_value')
    }
    // The runner is told to mask both.
    expect(run.stdout).toContain(`::add-mask::${TOKEN.gate}`)
    expect(run.stdout).toContain('::add-mask::ghs_another_secret_token_value')
  })
})

describe('a 2,000-item checklist', () => {
  it('still produces posts within every GitHub limit, saying what was cut', async () => {
    const items = Array.from(
      { length: 2000 },
      (_, i) =>
        `      - { id: item-${i}, title: "A long and descriptive checklist item number ${i}", owner: "@acme/team-${i % 7}" }`
    ).join('\n')
    const scenario = sampleScenario()
    scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] =
      `version: 1\nsections:\n  - title: Big\n    items:\n${items}\n`
    sim = await startSimulator(scenario, { validate: true })
    const run = await gate({ status: 'both' })
    expect(run.outputs).toMatchObject({ result: 'fail', manual: '2000' })
    const body = gateComment()!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(
      /_…\d+ more items not shown here \(size limit\): see the job summary or the JSON report\._/
    )
    const [checkRunPosted] = sim.state.checkRuns.filter(r => r.name === 'Readiness gate')
    expect(Buffer.byteLength(checkRunPosted.output.summary!)).toBeLessThanOrEqual(65_535)
    // Annotations are capped at 100, sent 50 a request: a create and one update.
    expect(checkRunPosted.output.annotations).toHaveLength(100)
    expect(
      sim.requests.filter(r => r.path.includes('/check-runs') && r.method !== 'GET').map(r => r.method)
    ).toEqual(['POST', 'PATCH'])
    const [status] = sim.state.statuses.filter(s => s.context === 'Readiness gate')
    expect(status.description!.length).toBeLessThanOrEqual(140)
    expect(run.report!.items).toHaveLength(2000)
  })
})

describe('a run that finishes late', () => {
  it('leaves the comment to the newer head, while its status stays on its own commit', async () => {
    const scenario = sampleScenario()
    const newer = sha('a newer push')
    scenario.commits[newer] = { parents: [HEAD_SHA], files: scenario.commits[HEAD_SHA].files }
    scenario.check_runs!.push(checkRun('lint', newer))
    sim = await startSimulator(scenario, { validate: true })
    sim.state.pulls[0].head.sha = newer
    await gate({}, newer) // the run for the newer push finished first…
    const newerComment = gateComment()!.body
    const late = await gate() // …and the run for the older head finishes late.
    expect(late.stdout).toMatch(/The PR comment was not posted: the PR's head moved to/)
    expect(gateComment()!.body).toBe(newerComment)
    expect(sim.state.statuses.filter(s => s.context === 'Readiness gate').map(s => s.sha)).toEqual([
      newer,
      HEAD_SHA
    ])
  })
})
