// The CLI's pure parts in-process: what `explain` derives, the terminal and rollup renderers, the
// report-file reader, and the command line's help and usage errors. e2e-cli runs the bundle.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import pc from 'picocolors'
import { parseChecklist } from '../src/checklist/parse.js'
import { CHECK_TYPES, CheckSchema, type CheckSpec } from '../src/checklist/schema.js'
import { parseMarkdownChecklist } from '../src/checklist/markdown.js'
import type { Checklist } from '../src/checklist/model.js'
import { SUGGESTIONS, suggestCheck } from '../src/checklist/suggest.js'
import { checklistToYaml } from '../src/checklist/to-yaml.js'
import { exitCodeOf } from '../src/cli/audit.js'
import { explanation, permissionsBlock } from '../src/cli/explain.js'
import type { Io } from '../src/cli/io.js'
import { runCli } from '../src/cli/program.js'
import { rollupExit } from '../src/cli/rollup.js'
import { terminalReport } from '../src/cli/terminal.js'
import { VERSION } from '../src/cli/version.js'
import { needsOf } from '../src/evaluate/needs.js'
import { renderRollup, rollupOf, rowOf, unreadableRow } from '../src/render/rollup.js'
import { parseReportFile } from '../src/report/report-file.js'
import type { Report } from '../src/report/report.js'
import { terminalSafe } from '../src/text/terminal.js'
import { countStates } from '../src/verdict/states.js'
import { ROUTES } from '../sim/routes/index.js'
import { liveParts } from '../harness/gfm.js'

const plain = pc.createColors(false)
const colored = pc.createColors(true)

/** One check of every type, with every source that changes what it reads. */
const CHECKS: CheckSpec[] = [
  { type: 'checks', name: ['test*', 'lint'] },
  { type: 'coverage', min: 80, artifact: 'coverage', 'max-drop': 1 },
  { type: 'coverage', min: 80, status: 'codecov' },
  { type: 'code-scanning' },
  { type: 'secret-scanning' },
  { type: 'dependabot', severity: 'critical' },
  { type: 'file', path: 'docs/RUNBOOK.md', contains: '## Escalation' },
  { type: 'reviews', min: 2 },
  { type: 'branch-rules', 'require-checks': ['test'] },
  { type: 'file', path: '.env', absent: true },
  { type: 'file', path: 'compose.yml', match: { 'services.*.healthcheck': true } },
  { type: 'workflow', workflow: 'restore-drill.yml', 'max-age': '7d' },
  { type: 'deployment', environment: 'staging', protected: true },
  { type: 'metric', artifact: 'k6', path: 'summary.json', value: 'p95', max: 200 },
  { type: 'metric', file: 'eval.json', value: 'accuracy', min: 0.8 }
]

/** Types that read nothing through the API: a roll-up reads its items' evidence, a probe the service. */
const NO_API: CheckSpec[] = [
  { type: 'items', sections: ['Security'] },
  { type: 'http', url: 'https://shop.example/health' }
]

describe('what each check type needs (explain)', () => {
  it('covers every check type', () => {
    expect([...new Set([...CHECKS, ...NO_API].map(c => c.type))].sort()).toEqual([...CHECK_TYPES].sort())
  })

  it.each(NO_API.map(c => [c.type, c] as const))('%s: reads nothing and needs no permission', (_, check) => {
    const needs = needsOf(check)
    expect(needs.reads).toEqual([])
    expect(needs.permissions).toEqual([])
    expect(needs.notes.length).toBeGreaterThan(0)
  })

  it.each(CHECKS.map(c => [`${c.type} ${Object.keys(c).join(',')}`, c] as const))(
    '%s: reads only endpoints the simulator serves, and asks for the permissions they need',
    (_, check) => {
      const needs = needsOf(check)
      expect(needs.reads.length).toBeGreaterThan(0)
      for (const endpoint of needs.reads) {
        const [method, template] = endpoint.split(' ')
        const route = ROUTES.find(r => r.method === method && r.template === template)
        expect(route).toBeDefined()
        // GitHub accepts any one of the alternatives; the gate asks for the first (the narrowest).
        const first = route!.permissions[0] ?? []
        for (const [permission, access] of first) {
          const key = permission.replace(/_/g, '-')
          if (key === 'secret-scanning-alerts') continue // no `permissions:` key grants it: a note says so
          expect(needs.permissions).toContain(`${key}: ${access}`)
        }
      }
    }
  )

  it('says when no permissions: key is enough', () => {
    expect(needsOf({ type: 'secret-scanning' }).notes.join(' ')).toContain('not GITHUB_TOKEN')
    expect(needsOf({ type: 'secret-scanning' }).permissions).toEqual([])
  })
})

describe('the permissions: block', () => {
  it('asks for write where the gate posts, once per key, with why', () => {
    const block = permissionsBlock(
      [needsOf({ type: 'checks', name: 'lint' }), needsOf({ type: 'reviews' })],
      { status: 'both', comment: 'auto' }
    )
    expect(block.split('\n').map(l => l.replace(/\s+#.*/, ''))).toEqual([
      'permissions:',
      '  contents: read',
      '  checks: write',
      '  statuses: write',
      '  pull-requests: write',
      '  actions: read'
    ])
    expect(block).toMatch(/checks: write +# checks items; post the verdict as a check run/)
  })

  it('asks for no write when nothing is posted', () => {
    const block = permissionsBlock([needsOf({ type: 'file', path: 'x' })], {
      status: 'none',
      comment: 'never'
    })
    expect(block).toBe('permissions:\n  contents: read # read the checklist; file items')
  })
})

describe('explain', () => {
  it('lists groups, advisory and manual items with their evidence', () => {
    const parsed = parseChecklist(
      `version: 1
title: Release
sections:
  - title: Security
    items:
      - id: secrets
        title: Secrets management
        items:
          - id: no-secrets
            title: No open secret-scanning alerts
            check: { type: secret-scanning }
          - id: vault
            title: Vault configured
            required: false
            owner: "@acme/platform"
`,
      { file: 'r.yml', today: '2026-11-29' }
    )
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const text = explanation(parsed.checklist, 'r.yml', { status: 'commit-status', comment: 'never' }, plain)
    expect(text.split('\n').slice(0, 10)).toEqual([
      'Release (r.yml)',
      '',
      'Security',
      '  secrets — Secrets management [group]',
      '    no-secrets — No open secret-scanning alerts',
      '      evidence: at most 0 open secret-scanning alerts',
      '    vault — Vault configured [manual · advisory · owner @acme/platform]',
      "      evidence: a person's sign-off: `signoff: { by, date }` on the item",
      '',
      'The job that runs the gate needs:'
    ])
    expect(text).toContain('Notes:\n  - secret-scanning alerts: not GITHUB_TOKEN')
  })
})

function report(more: Partial<Report> = {}): Report {
  const items: Report['items'] = [
    {
      id: 'lint',
      path: 'lint',
      line: 7,
      title: 'Lint \u001b]0;owned\u0007',
      section: 'Testing',
      groups: [],
      owner: null,
      required: true,
      state: 'fail',
      summary: '',
      summary_parts: [{ code: 'lint\u001b[2J' }, ' concluded failure'],
      url: 'https://github.com/acme/shop/actions/runs/1',
      fix: null
    },
    {
      id: 'docs',
      path: 'docs',
      line: 9,
      title: 'Docs',
      section: 'Testing',
      groups: [],
      owner: '@acme/docs',
      required: false,
      state: 'pass',
      summary: '',
      summary_parts: ['found'],
      url: null,
      fix: null
    }
  ]
  return {
    version: 1,
    result: 'fail',
    title: 'Shop',
    checklist: { path: '.github/readiness.yml', ref: 'main', label: 'main (base of #42)' },
    target: { repo: 'acme/shop', sha: 'a'.repeat(40), pr: 42, kind: 'pull-request', name: 'Readiness gate' },
    counts: countStates(items.map(i => i.state)),
    items,
    errors: [],
    warnings: [],
    run_url: null,
    checklist_edit: null,
    ...more
  }
}

/** Control characters other than tab and newline: what a terminal would act on. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[\d+m/g

describe('the terminal report', () => {
  it('makes outside text safe: no escape sequence from a title or a summary reaches the terminal', () => {
    expect(terminalSafe('a\u001b[2Jb\nc\u009bd\te')).toBe('a\ufffd[2Jb c\ufffdd\te')
    expect(terminalReport(report(), plain)).not.toMatch(CONTROL)
    // With colours on, the only escapes are picocolors' own SGR sequences.
    const withColour = terminalReport(report(), colored)
    expect(withColour).toMatch(SGR)
    expect(withColour.replace(SGR, '')).not.toMatch(CONTROL)
  })

  it('lists what blocks first, advisory items after, then the verdict and counts', () => {
    const lines = terminalReport(report(), plain).split('\n')
    expect(lines[0]).toBe('Shop — acme/shop PR #42 (aaaaaaa)')
    expect(lines[3]).toMatch(/^✗ fail +Lint/)
    expect(lines[4]).toBe('           `lint\ufffd[2J` concluded failure')
    expect(lines.find(l => l.startsWith('✓ pass'))).toContain('advisory · owner @acme/docs')
    expect(lines.at(-1)).toBe('FAIL — 1 failing · 1 passed')
  })

  it('exit codes: 0 pass, 1 fail, 2 pending, 3 configuration error', () => {
    expect(exitCodeOf(report({ result: 'pass' }))).toBe(0)
    expect(exitCodeOf(report())).toBe(1)
    expect(exitCodeOf(report({ result: 'pending' }))).toBe(2)
    expect(exitCodeOf(report({ errors: [{ file: 'x.yml', message: 'no checklist file' }], items: [] }))).toBe(
      3
    )
  })
})

describe('rollup', () => {
  const read = (r: Report) => {
    const parsed = parseReportFile(JSON.stringify(r))
    if (!parsed.ok) throw new Error(parsed.problem)
    return parsed.report
  }

  it('reads the JSON report the action writes, and says what is wrong with anything else', () => {
    expect(read(report()).target.repo).toBe('acme/shop')
    expect(parseReportFile('{')).toMatchObject({ ok: false, problem: expect.stringContaining('not JSON') })
    expect(parseReportFile('{"version":1}')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not a Readiness Gate JSON report')
    })
  })

  it('renders outside text inert: no mention, link, image or HTML from a report file', () => {
    const hostile = report({
      target: { ...report().target, repo: '@admins <img src=x> [x](https://evil.test)', pr: null },
      checklist: { path: 'r.yml', ref: 'main', label: '#1 main' }
    })
    const md = renderRollup(rollupOf([rowOf('a.json', read(hostile))]))
    expect(liveParts(md, { hosts: [] })).toEqual([])
    expect(md).toContain('@\u200badmins')
  })

  it('puts the worst first, counts an unreadable file as an error, and exits with the worst result', () => {
    const rows = [
      rowOf('a.json', read(report({ result: 'pass', target: { ...report().target, repo: 'acme/a' } }))),
      unreadableRow('b.json', 'not JSON'),
      rowOf('c.json', read(report({ target: { ...report().target, repo: 'acme/c' } })))
    ]
    const rollup = rollupOf(rows)
    expect(rollup.repositories.map(r => r.result)).toEqual(['error', 'fail', 'pass'])
    expect(rollup.totals).toEqual({ pass: 1, fail: 1, pending: 0, error: 1 })
    expect(rollupExit(rollup)).toBe(1)
    expect(rollupExit(rollupOf([rows[0]]))).toBe(0)
    expect(renderRollup(rollup)).toContain('| b.json')
  })
})

describe('the command line', () => {
  function io() {
    const out: string[] = []
    const err: string[] = []
    const value: Io = {
      out: t => out.push(t),
      err: t => err.push(t),
      color: plain,
      errColor: plain,
      env: {},
      cwd: process.cwd()
    }
    return { io: value, out, err }
  }

  it.each(['validate', 'explain', 'audit', 'rollup'])('%s has --help', async command => {
    const { io: sink, out } = io()
    expect(await runCli([command, '--help'], sink)).toBe(0)
    expect(out.join('\n')).toContain(`Usage: readiness-gate ${command}`)
  })

  it('a usage error exits 3 with the reason on stderr', async () => {
    const { io: sink, err, out } = io()
    expect(await runCli(['audit', '--repo', 'a/b', '--ref', 'main', '--pr', '1'], sink)).toBe(3)
    expect(err.join('\n')).toContain("option '--ref <ref>' cannot be used with option '--pr <number>'")
    expect(out).toEqual([])
  })

  it('audit without a token exits 3 and says which variables it reads', async () => {
    const { io: sink, err, out } = io()
    expect(await runCli(['audit', '--repo', 'acme/shop'], sink)).toBe(3)
    expect(err.join('\n')).toContain('no token: set GITHUB_TOKEN or GH_TOKEN')
    expect(out).toEqual([])
  })

  it('validate exits 0 when every file is valid', async () => {
    const { io: sink, out } = io()
    expect(await runCli(['validate', 'checklist/production.yml'], sink)).toBe(0)
    expect(out).toEqual([
      expect.stringMatching(/^✓ checklist\/production\.yml: valid, \d+ items in \d+ sections$/)
    ])
  })

  it('knows its version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string
      bin: Record<string, string>
    }
    expect(VERSION).toBe(pkg.version)
    expect(pkg.bin['readiness-gate']).toBe('dist/cli/index.js')
    const { io: sink, out } = io()
    expect(await runCli(['--version'], sink)).toBe(0)
    expect(out).toEqual([VERSION])
  })
})

describe('import', () => {
  it('each row of the phrase table matches its own example first, suggests a valid check, and is documented', () => {
    const docs = readFileSync('docs/cli.md', 'utf8')
    for (const row of SUGGESTIONS) {
      const suggested = suggestCheck(row.example)
      expect({ example: row.example, check: suggested?.check }).toEqual({
        example: row.example,
        check: row.check(row.pattern.exec(row.example)!)
      })
      expect(CheckSchema.safeParse(suggested!.check).success).toBe(true)
      const escaped = row.example.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      expect(docs).toMatch(new RegExp(`\\| ${escaped} +\\|`))
    }
    expect(suggestCheck('Coverage ≥ 85.5% on main')?.check).toEqual({
      type: 'coverage',
      min: 85.5,
      artifact: 'coverage'
    })
    expect(suggestCheck('Integration tests passed')?.check).toEqual({ type: 'checks', name: '*integration*' })
    expect(suggestCheck('Team trained')).toBeUndefined()
  })

  const markdown = `# Release

## Testing

- [ ] Unit tests pass
- [x] Coverage > 85%
- [ ] Lint <!-- readiness: { id: lint, check: { type: checks, name: lint } } -->

## Operations

- [x] On-call rota agreed <!-- readiness: { owner: "@acme/sre", required: false } -->
- [ ] Runbooks
  - [ ] Runbooks created
  - [ ] Escalation documented
`

  it('writes YAML with the same ids, titles and structure, suggestions and checked boxes as comments', () => {
    const parsed = parseMarkdownChecklist(markdown, { file: 'READY.md', today: '2026-11-29' })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const result = checklistToYaml(parsed.checklist, 'READY.md')
    expect(result).toMatchObject({ items: 6, suggested: 3 })
    const back = parseChecklist(result.yaml, { file: 'ready.yml', today: '2026-11-29' })
    if (!back.ok) throw new Error(JSON.stringify(back.errors))
    const shape = (c: Checklist) =>
      c.sections.map(s => ({
        title: s.title,
        items: JSON.stringify(s.items, ['id', 'title', 'required', 'owner', 'check', 'type', 'name', 'items'])
      }))
    expect(shape(back.checklist)).toEqual(shape(parsed.checklist))
    expect(result.yaml).toContain('title: Unit tests pass\n        # suggested — review')
    expect(result.yaml).toContain('        # check: { type: checks, name: "*unit*" }')
    expect(result.yaml).toContain('check: { type: checks, name: lint }')
    expect(result.yaml).toContain('# checked in the Markdown: a sign-off needs `signoff:')

    // Uncommented, every suggestion is a valid check.
    const uncommented = result.yaml.replace(/^(\s*)# (check: .*)$/gm, '$1$2')
    const accepted = parseChecklist(uncommented, { file: 'ready.yml', today: '2026-11-29' })
    expect(accepted.ok && accepted.checklist.sections[0].items[0].check).toEqual({
      type: 'checks',
      name: '*unit*'
    })
  })

  it('keeps comments on one line whatever the source path holds', () => {
    const parsed = parseMarkdownChecklist(markdown, { file: 'x.md', today: '2026-11-29' })
    if (!parsed.ok) throw new Error('parse')
    const { yaml } = checklistToYaml(parsed.checklist, 'evil\nversion: 2\n.md')
    expect(parseChecklist(yaml, { file: 'y.yml', today: '2026-11-29' }).ok).toBe(true)
  })
})
