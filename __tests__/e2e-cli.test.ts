// The CLI as shipped: the bundled `readiness-gate` (package `bin`) as a child process, against the
// simulator. Each command, each exit code; the pure parts are tested in-process in cli.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../harness/run-cli.js'
import {
  HEAD_SHA,
  MAIN_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  TOKEN,
  releaseChecklist,
  sampleScenario
} from '../harness/sample-repo.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { checkRun } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import type { Report } from '../src/report/report.js'
import { parseChecklist } from '../src/checklist/parse.js'

let sim: Simulator
const dir = mkdtempSync(join(tmpdir(), 'gate-cli-'))
const ESC = '\u001b'

beforeAll(async () => {
  const scenario = sampleScenario()
  // `main` with a checks-only checklist that passes, and a tag whose commit has a check still running.
  const passing = `version: 1\nsections:\n  - title: Testing\n    items:\n      - id: unit-tests\n        title: Unit tests passed\n        check: { type: checks, name: "test (*)" }\n`
  const pendingSha = 'c'.repeat(40)
  scenario.commits[pendingSha] = {
    message: 'Next',
    parents: [MAIN_SHA],
    files: { '.github/gate-checks.yml': passing }
  }
  scenario.commits[MAIN_SHA].files!['.github/gate-checks.yml'] = passing
  scenario.tags = { ...scenario.tags, 'v2.4.0-rc.1': pendingSha }
  scenario.check_runs!.push(
    checkRun('test (ubuntu-latest, 20)', pendingSha, { status: 'in_progress', conclusion: null })
  )
  sim = await startSimulator(scenario, { validate: true })
  writeFileSync(join(dir, 'good.yml'), releaseChecklist())
  writeFileSync(
    join(dir, 'ready.md'),
    '# Ready\n\n## Testing\n\n- [ ] Unit tests pass\n- [ ] Lint <!-- readiness: { check: { type: checks, name: lint } } -->\n'
  )
  writeFileSync(
    join(dir, 'bad.yml'),
    'version: 1\nsections:\n  - title: T\n    items:\n      - id: a\n        title: A\n        check: { type: checks, nme: x }\n'
  )
})
afterAll(() => closeAndCheck(sim))

const env = () => ({ GITHUB_API_URL: sim.url, GITHUB_TOKEN: TOKEN.readOnly })

describe('readiness-gate', () => {
  it('has --help for the program and for each command', async () => {
    const run = await runCli(['audit', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: readiness-gate audit [options]')
    expect(run.stdout).toContain('--pr <number>')
    expect(run.stdout).toMatch(/Exit codes: 0 pass, 1 fail, 2 pending, 3 error/)
  })

  it('validate: one file:line:col: message per error, exit 1', async () => {
    const bad = await runCli(['validate', 'good.yml', 'ready.md', 'bad.yml', 'missing.yml'], { cwd: dir })
    expect(bad.code).toBe(1)
    const lines = bad.stdout.split('\n').filter(l => !l.startsWith('  '))
    expect(lines).toEqual([
      '✓ good.yml: valid, 7 items in 4 sections',
      '✓ ready.md: valid, 2 items in 1 section',
      'bad.yml:7:16: item `a`: `check.name` is missing; expected text or a list of texts',
      'bad.yml:7:32: item `a`: unknown key `nme` in `check`',
      'missing.yml: no such file',
      ''
    ])
    expect(bad.stdout).toContain('  fix: Did you mean `name`?')
    expect(bad.stdout).not.toContain(ESC) // not a terminal: no colours
  })

  it('import: Markdown to YAML that loads, with the suggested checks as comments', async () => {
    const run = await runCli(['import', 'ready.md', '-o', 'ready.yml'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('ready.md: 2 items written to ready.yml; 1 suggested check to review')
    const yaml = readFileSync(join(dir, 'ready.yml'), 'utf8')
    const parsed = parseChecklist(yaml, { file: 'ready.yml', today: '2026-11-29' })
    expect(parsed.ok && parsed.checklist.sections[0].items.map(i => [i.id, i.title, i.check])).toEqual([
      ['unit-tests-pass', 'Unit tests pass', undefined],
      ['lint', 'Lint', { type: 'checks', name: 'lint' }]
    ])
    expect(yaml).toContain('# check: { type: checks, name: "*unit*" }')
  })

  it('explain: each item, its evidence, and the permissions: block', async () => {
    const run = await runCli(['explain', 'good.yml', '--comment', 'never'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('lint — Linting enabled')
    expect(run.stdout).toContain('evidence: check runs or commit statuses named `lint` on the commit')
    expect(run.stdout).toContain('pentest — Penetration test done [manual · owner @acme/security]')
    const block = run.stdout.slice(run.stdout.indexOf('permissions:'))
    expect(
      block
        .split('\n')
        .slice(0, 5)
        .map(l => l.replace(/\s+#.*/, ''))
    ).toEqual(['permissions:', '  contents: read', '  checks: read', '  statuses: write', '  actions: read'])
  })

  it('audit of a PR: the report on stdout, progress on stderr, exit 1 on fail', async () => {
    const run = await runCli(['audit', '--repo', `${OWNER}/${REPO}`, '--pr', String(RELEASE_PR)], {
      env: env()
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`Shop 2.4 release readiness — acme/shop PR #42 (${HEAD_SHA.slice(0, 7)})`)
    expect(run.stdout).toContain('checklist .github/readiness.yml at main (base of #42)')
    expect(run.stdout).toMatch(/✗ fail +Linting enabled/)
    expect(run.stdout).toMatch(/☐ manual +Penetration test done/)
    expect(run.stdout).toMatch(/FAIL — 1 failing · 1 manual outstanding/)
    expect(run.stdout).not.toContain(ESC)
    expect(run.stderr).toContain('Evaluating 7 items…')
    expect(run.stderr).toMatch(/\[\d\/7\] lint: fail/)
    // Nothing was posted.
    expect(sim.requests.filter(r => r.method !== 'GET')).toEqual([])
  })

  it('audit of a branch, a tag and a missing checklist: exit 0 pass, 2 pending, 3 error; --json is the JSON report', async () => {
    const repo = ['--repo', `${OWNER}/${REPO}`, '--checklist', '.github/gate-checks.yml', '--json']
    // Three processes at once: they share nothing but the simulator, which answers each in turn.
    const [pass, pending, missing] = await Promise.all([
      runCli(['audit', ...repo, '--ref', 'main'], { env: env() }),
      runCli(['audit', ...repo, '--ref', 'v2.4.0-rc.1'], { env: env() }),
      runCli(['audit', '--repo', `${OWNER}/${REPO}`, '--checklist', 'nope.yml', '--json'], { env: env() })
    ])
    expect(pass.code).toBe(0)
    const report = JSON.parse(pass.stdout) as Report
    expect(report).toMatchObject({
      version: 1,
      result: 'pass',
      target: { repo: 'acme/shop', sha: MAIN_SHA, pr: null, kind: 'audit' },
      checklist: { path: '.github/gate-checks.yml', ref: MAIN_SHA }
    })
    writeFileSync(join(dir, 'pass.json'), pass.stdout)

    expect(pending.code).toBe(2)
    expect((JSON.parse(pending.stdout) as Report).result).toBe('pending')
    writeFileSync(join(dir, 'pending.json'), pending.stdout)

    expect(missing.code).toBe(3)
    const error = JSON.parse(missing.stdout) as Report
    expect(error).toMatchObject({ result: 'fail', items: [], checklist: { path: 'nope.yml' } })
    expect(error.errors[0].message).toBe('no checklist file `nope.yml`')
    writeFileSync(join(dir, 'error.json'), missing.stdout)
  })

  it('rollup of three reports: one Markdown table, worst first, exit 1 when any fails', async () => {
    const run = await runCli(['rollup', 'pass.json', 'pending.json', 'error.json'], { cwd: dir })
    expect(run.code).toBe(1)
    const rows = run.stdout.split('\n').filter(l => l.startsWith('| acme/shop'))
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatch(
      /^\| acme\/shop +\| main \(\w{7}\) +\| ⚠️ error +\|.*\| configuration error: no checklist file `nope.yml` +\|$/
    )
    expect(rows[1]).toMatch(
      /^\| acme\/shop +\| v2\.4\.0-rc\.1 \(c{7}\) +\| ⏳ pending +\| +0 \| +0 \| +1 \| +0 \| +0 \| `unit-tests` +\|$/
    )
    expect(rows[2]).toMatch(
      /^\| acme\/shop +\| main \(\w{7}\) +\| ✅ pass +\| +0 \| +0 \| +0 \| +0 \| +1 \| +\|$/
    )
    expect(run.stdout).toContain('0 failing · 1 pending · 1 passing · 1 with errors')
  })
})
