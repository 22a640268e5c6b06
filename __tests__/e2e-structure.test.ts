// `file` structure checks and `items` roll-ups end to end: the action's entry (run()) in-process
// against the simulator, on the sample repository's release PR.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import type { Scenario } from '../sim/scenario.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { CHECKLIST_PATH, HEAD_SHA, MAIN_SHA, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'

let sim: Simulator
afterEach(() => closeAndCheck(sim))

/** The sample repository with this checklist on main and the PR head, and these files at the head. */
async function start(
  sections: string,
  files: Record<string, string> = {},
  edit: (s: Scenario) => void = () => {}
) {
  const scenario = sampleScenario()
  const checklist = `version: 1\nsections:\n${sections}`
  for (const c of [MAIN_SHA, HEAD_SHA]) scenario.commits[c].files![CHECKLIST_PATH] = checklist
  Object.assign(scenario.commits[HEAD_SHA].files!, files)
  edit(scenario)
  sim = await startSimulator(scenario, { validate: true })
}

const gate = () => gateReleasePr(sim.url)
const item = (run: Awaited<ReturnType<typeof gate>>, id: string) => run.report!.items.find(i => i.id === id)!

const COMPOSE = `services:
  web: { image: shop, restart: always, healthcheck: { test: [CMD, true] } }
  db: { image: postgres, restart: unless-stopped, healthcheck: { test: [CMD, pg_isready] } }
`

describe('file: absent, not-contains and match', () => {
  const items = `  - title: Config
    items:
      - { id: no-env, title: No .env, check: { type: file, path: .env, absent: true } }
      - { id: no-todo, title: No TODO, check: { type: file, path: docs/RUNBOOK.md, not-contains: [TODO, "/fixme/i"] } }
      - id: compose
        title: Compose health
        check:
          type: file
          path: docker-compose.yml
          match: { "services.*.healthcheck": true, "services.*.restart": "/^(always|unless-stopped)$/" }
`

  it('passes when the path is absent, no needle occurs and every selected node holds', async () => {
    await start(items, { 'docker-compose.yml': COMPOSE })
    const run = await gate()
    expect(item(run, 'no-env')).toMatchObject({
      state: 'pass',
      summary: `\`.env\` does not exist at ${HEAD_SHA.slice(0, 7)}`
    })
    expect(item(run, 'no-todo').state).toBe('pass')
    expect(item(run, 'compose')).toMatchObject({
      state: 'pass',
      summary: '`docker-compose.yml` exists and holds what is required'
    })
    expect(run.outputs.result).toBe('pass')
  })

  it('fails on a present path, a forbidden needle, a missing node and a value that does not match', async () => {
    await start(items, {
      '.env': 'SECRET=1\n',
      'docs/RUNBOOK.md': '# Runbook\n\nFixMe: escalation\n',
      'docker-compose.yml': 'services:\n  web: { image: shop, restart: "no" }\n'
    })
    const run = await gate()
    const short = HEAD_SHA.slice(0, 7)
    expect(item(run, 'no-env')).toMatchObject({ state: 'fail', summary: `\`.env\` exists at ${short}` })
    expect(item(run, 'no-todo')).toMatchObject({
      state: 'fail',
      summary: `\`docs/RUNBOOK.md\` contains \`/fixme/i\` at ${short}`
    })
    expect(item(run, 'compose')).toMatchObject({
      state: 'fail',
      summary: `\`docker-compose.yml\`: \`services.web.healthcheck\` is missing; \`services.web.restart\` is \`no\` (expected \`/^(always|unless-stopped)$/\`) at ${short}`
    })
    expect(run.outputs.result).toBe('fail')
  })

  it('is unknown when the file cannot be read as YAML, and fails when a selector selects nothing', async () => {
    await start(items, { 'docker-compose.yml': 'services: [web\n' })
    let run = await gate()
    expect(item(run, 'compose')).toMatchObject({
      state: 'unknown',
      summary: expect.stringMatching(/^could not read `docker-compose.yml` as YAML or JSON/)
    })
    await closeAndCheck(sim)
    await start(items, { 'docker-compose.yml': 'services: {}\n' })
    run = await gate()
    expect(item(run, 'compose')).toMatchObject({
      state: 'fail',
      summary: expect.stringContaining('`services.*.healthcheck` selects nothing')
    })
  })
})

describe('items: roll-ups of other items and sections', () => {
  const sections = `  - title: Build
    items:
      - { id: tests, title: Tests, check: { type: checks, name: "test (*)" } }
      - { id: lint, title: Lint, check: { type: checks, name: lint } }
      - { id: runbook, title: Runbook, check: { type: file, path: docs/RUNBOOK.md } }
      - { id: pentest, title: Pen test, signoff: { by: "@sec", date: 2026-11-01 } }
      - { id: tour, title: Tour, required: false }
  - title: Go/No-Go
    items:
      - { id: tested, title: Tested, check: { type: items, items: [tests, runbook, pentest, tour] } }
      - { id: built, title: Built, check: { type: items, sections: Build } }
      - { id: all, title: All, check: { type: items, items: [tested, built] } }
  - title: Security
    items:
      - { id: secrets, title: Secrets, check: { type: secret-scanning } }
      - { id: safe, title: Safe, check: { type: items, items: [secrets, tests, pentest] } }
`

  it('passes on passed and signed-off items (advisory ones ignored), fails on the worst otherwise, and rolls up roll-ups', async () => {
    await start(sections)
    const run = await gate()
    expect(item(run, 'tested')).toMatchObject({ state: 'pass', summary: 'all 3 required items are done' })
    // lint fails on the PR head of the sample repository.
    expect(item(run, 'built')).toMatchObject({
      state: 'fail',
      summary: '1 of 4 required items not done: `lint` (fail)'
    })
    expect(item(run, 'all')).toMatchObject({
      state: 'fail',
      summary: '1 of 2 required items not done: `built` (fail)'
    })
    // The token cannot read secret-scanning alerts: unknown, and so is the roll-up.
    expect(item(run, 'secrets').state).toBe('unknown')
    expect(item(run, 'safe')).toMatchObject({
      state: 'unknown',
      summary: '1 of 3 required items not done: `secrets` (unknown)'
    })
  })

  it('is pending while a named item is pending', async () => {
    await start(sections, {}, s => {
      s.check_runs = s.check_runs!.filter(r => r.name !== 'lint')
      s.check_runs.push({
        ...s.check_runs[0],
        id: 999,
        name: 'lint',
        status: 'in_progress',
        conclusion: null
      })
    })
    const run = await gate()
    expect(item(run, 'lint').state).toBe('pending')
    expect(item(run, 'built')).toMatchObject({
      state: 'pending',
      summary: '1 of 4 required items not done: `lint` (pending)'
    })
    expect(item(run, 'all').state).toBe('pending')
  })
})
