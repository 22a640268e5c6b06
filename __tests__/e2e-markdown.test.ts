// End to end, in-process: a Markdown checklist gates the release PR, checked boxes on `main` are
// sign-offs attributed through the GraphQL blame (validated against GitHub's GraphQL schema).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { gateReleasePr, HEAD_SHA, MAIN_SHA, sampleScenario } from '../harness/sample-repo.js'
import { sha, type Scenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const PATH = 'docs/READINESS.md'
const CHECKED_IN = sha('alice checks the pen test box')

const CHECKLIST = [
  '# Shop 2.4 release readiness',
  '',
  '## Testing',
  '',
  '- [ ] Unit tests passed <!-- readiness: { id: unit-tests, check: { type: checks, name: "test (*)" } } -->',
  '- [ ] Linting enabled <!-- readiness: { check: { type: checks, name: lint } } -->',
  '',
  '## Security',
  '',
  '- [x] Penetration test done <!-- readiness: { id: pentest, owner: "@acme/security" } -->',
  '- [ ] Secrets vault configured <!-- readiness: { required: false } -->',
  '- [X] Threat model reviewed',
  ''
].join('\n')

function scenario(checklist = CHECKLIST): Scenario {
  const s = sampleScenario()
  s.commits[MAIN_SHA].files![PATH] = checklist
  s.commits[HEAD_SHA].files![PATH] = checklist
  const author = (name: string, login?: string) => ({ name, email: `${name}@example.com`, login })
  s.blame = {
    [MAIN_SHA]: {
      [PATH]: [
        {
          startingLine: 1,
          endingLine: 9,
          commit: { oid: MAIN_SHA, author: author('bob', 'bob'), committedDate: '2026-11-01T09:00:00Z' }
        },
        {
          startingLine: 10,
          endingLine: 10,
          commit: { oid: CHECKED_IN, author: author('alice', 'alice'), committedDate: '2026-11-21T10:30:00Z' }
        },
        {
          startingLine: 11,
          endingLine: 11,
          commit: { oid: MAIN_SHA, author: author('bob', 'bob'), committedDate: '2026-11-01T09:00:00Z' }
        },
        // Committed with an email no GitHub account has: nobody the gate can name.
        {
          startingLine: 12,
          endingLine: 13,
          commit: { oid: sha('laptop'), author: author('root'), committedDate: '2026-11-22T08:00:00Z' }
        }
      ]
    }
  }
  return s
}

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator(scenario(), { validate: true })
})
afterEach(() => closeAndCheck(sim))

const gate = (inputs: Record<string, string> = {}, via?: 'bundle') =>
  gateReleasePr(sim.url, { inputs: { checklist: PATH, ...inputs }, via })

describe('a Markdown checklist', () => {
  it('gates the PR: checks evaluated, a box checked on main is a sign-off by its commit’s author', async () => {
    // The bundle: the Markdown parser and the GraphQL client as ncc packs them (the rest in-process).
    const run = await gate({}, 'bundle')
    expect(run.report?.checklist).toMatchObject({ path: PATH, ref: 'main' })
    expect(run.report!.items.map(i => [i.id, i.path, i.line, i.section, i.state])).toEqual([
      ['unit-tests', 'unit-tests', 5, 'Testing', 'pass'],
      ['linting-enabled', 'linting-enabled', 6, 'Testing', 'fail'],
      ['pentest', 'pentest', 10, 'Security', 'signed-off'],
      ['secrets-vault-configured', 'secrets-vault-configured', 11, 'Security', 'manual'],
      ['threat-model-reviewed', 'threat-model-reviewed', 12, 'Security', 'unknown']
    ])
    const pentest = run.report!.items.find(i => i.id === 'pentest')!
    expect(pentest.summary).toContain('signed off by `@alice` on 2026-11-21')
    expect(pentest.url).toBe(`https://github.com/acme/shop/commit/${CHECKED_IN}`)
    const threat = run.report!.items.find(i => i.id === 'threat-model-reviewed')!
    expect(threat.summary).toContain('is no GitHub account')
    expect(run.outputs.result).toBe('fail')
    // One blame query for the whole file, checked against GitHub's GraphQL schema by the simulator.
    expect(sim.requests.filter(r => r.path === '/graphql')).toHaveLength(1)
  })

  it('makes checked boxes unknown, naming the permission, when the blame cannot be read', async () => {
    sim.onRequest = ({ path }) =>
      path === '/graphql'
        ? {
            status: 200,
            body: {
              data: { repository: null },
              errors: [
                { type: 'FORBIDDEN', path: ['repository'], message: 'Resource not accessible by integration' }
              ]
            }
          }
        : undefined
    const run = await gate()
    const pentest = run.report!.items.find(i => i.id === 'pentest')!
    expect(pentest.state).toBe('unknown')
    expect(pentest.summary).toContain('who checked it could not be read')
    expect(run.summary).toContain('contents: read')
    expect(run.outputs.result).toBe('fail')
  })

  it('signs nothing off from a box checked in the PR’s own copy (checklist-ref: head)', async () => {
    const run = await gate({ 'checklist-ref': 'head' })
    const pentest = run.report!.items.find(i => i.id === 'pentest')!
    expect(pentest.state).toBe('manual')
    expect(pentest.summary).toContain("PR's own copy")
    expect(sim.requests.filter(r => r.path === '/graphql')).toHaveLength(0)
  })

  it('fails with the .md file, line and column of a bad annotation, posting nothing that reads as a pass', async () => {
    sim.state.commits[MAIN_SHA].files![PATH] = CHECKLIST.replace(
      'owner: "@acme/security"',
      'ownr: "@acme/security"'
    )
    const run = await gate()
    expect(run.code).toBe(1)
    expect(run.report?.errors).toEqual([
      expect.objectContaining({
        file: PATH,
        line: 10,
        column: 60,
        message: 'readiness annotation: unknown key `ownr`'
      })
    ])
    expect(sim.state.statuses.filter(s => s.context === 'Readiness gate').map(s => s.state)).toEqual([
      'failure'
    ])
  })

  it('tells the PR what its edit of the Markdown checklist changes, from the head copy', async () => {
    sim.state.commits[HEAD_SHA].files![PATH] = CHECKLIST.replace(/^- \[ \] Linting enabled.*\n/m, '').replace(
      '- [ ] Secrets vault configured <!-- readiness: { required: false } -->',
      '- [x] Secrets vault configured'
    )
    const run = await gate()
    expect(run.report?.checklist_edit).toMatchObject({
      status: 'changed',
      changes: expect.arrayContaining([
        expect.objectContaining({ kind: 'removed', id: 'linting-enabled' }),
        expect.objectContaining({ kind: 'tightened', id: 'secrets-vault-configured' }),
        expect.objectContaining({
          kind: 'relaxed',
          id: 'secrets-vault-configured',
          detail: 'box checked (a sign-off once merged)'
        })
      ])
    })
  })
})
