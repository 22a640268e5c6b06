// Hostile input, huge checklists and late runs, through the bundled action.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { checkRun, sha } from '../sim/scenario.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
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
    // …and nowhere outside code spans does any of it survive.
    for (const text of [body, run.summary]) {
      const outside = text.replace(/(`+)[^`]*?(?:`(?!\1)[^`]*?)*\1/g, '')
      expect(outside).not.toMatch(/<img|@octocat|readiness-gate checklist=x|https:\/\/evil/)
    }
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
