import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import { parseChecklist } from '../src/checklist/parse.js'
import { CHECK_TYPES, CheckSchema } from '../src/checklist/schema.js'
import { expectedReadme, supportedCheckTypes } from '../scripts/readme-sources.js'
import {
  BLOCKS,
  cell,
  describeValue,
  parseActionYml,
  readBlock,
  replaceBlock
} from '../scripts/readme-tables-lib.js'

const readme = readFileSync('README.md', 'utf8')
const action = parseActionYml(readFileSync('action.yml', 'utf8'))

/** SPEC §5: the `permissions:` keys the README's permissions table must name. */
const SPEC_PERMISSION_KEYS = [
  'contents',
  'checks',
  'statuses',
  'pull-requests',
  'actions',
  'security-events',
  'vulnerability-alerts'
]

/** The README's `## title` section, up to the next `## ` heading. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/** The contents of every fenced ```yaml block. */
const yamlBlocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(m => m[1])

const typesIn = (text: string) =>
  [...new Set([...text.matchAll(/`([a-z-]+)`/g)].map(m => m[1]))]
    .filter(t => (CHECK_TYPES as string[]).includes(t))
    .sort()

describe('README.md', () => {
  it.each(BLOCKS)('has an up-to-date generated %s block (run `npm run docs` when this fails)', async name => {
    const expected = await expectedReadme(readme)
    expect(readBlock(readme, name)).toBeDefined()
    expect(readBlock(readme, name)).toBe(readBlock(expected, name))
  })

  it('names every input and output of action.yml', () => {
    const inputs = readBlock(readme, 'inputs') ?? ''
    const outputs = readBlock(readme, 'outputs') ?? ''
    expect(action.inputs.length).toBeGreaterThan(0)
    expect(action.inputs.filter(i => !inputs.includes(`| \`${i.name}\``))).toEqual([])
    expect(action.outputs.filter(o => !outputs.includes(`| \`${o.name}\``))).toEqual([])
  })

  it('documents every check type, in the reference table and with a paragraph of its own', () => {
    const types = readBlock(readme, 'check-types') ?? ''
    expect(CHECK_TYPES.filter(t => !types.includes(`| \`${t}\``))).toEqual([])
    expect(CHECK_TYPES.filter(t => !new RegExp(`^### \`${t}\``, 'm').test(readme))).toEqual([])
  })

  it('says which check types this version evaluates, and which are `unknown` until they land', async () => {
    const supported = await supportedCheckTypes()
    const unsupported = CHECK_TYPES.filter(t => !supported.has(t)).sort()
    const callout = /^> \[!IMPORTANT\]\n((?:>.*\n)+)/m.exec(section('Check types'))?.[1] ?? ''
    const [first, ...rest] = callout.split('. ')
    expect(typesIn(first)).toEqual([...supported].sort())
    expect(typesIn(rest.join('. '))).toEqual(unsupported)
    const notYet = CHECK_TYPES.filter(t => readme.includes(`### \`${t}\` (not evaluated yet)\n`)).sort()
    expect(notYet).toEqual(unsupported)
  })

  it('names every `permissions:` key of SPEC §5 in the permissions table', () => {
    const rows = section('Permissions')
      .split('\n')
      .filter(line => line.startsWith('|'))
      .join('\n')
    expect(SPEC_PERMISSION_KEYS.filter(key => !rows.includes(`\`${key}: `))).toEqual([])
  })

  it('shows only checklists and checks that the gate accepts', () => {
    const checklists = yamlBlocks.filter(b => /^version: 1$/m.test(b))
    expect(checklists.length).toBeGreaterThan(0)
    const errors = checklists.flatMap(text => {
      const parsed = parseChecklist(text, { file: 'README.md', today: '2026-11-28' })
      return parsed.ok ? [] : parsed.errors.map(e => e.message)
    })
    expect(errors).toEqual([])

    const checks = yamlBlocks.filter(b => /^check: \{.*\}\n$/.test(b))
    expect(checks.length).toBe(CHECK_TYPES.length)
    const invalid = checks.filter(b => !CheckSchema.safeParse((parse(b) as { check: unknown }).check).success)
    expect(invalid).toEqual([])
  })

  it('uses the action as readiness-gate/readiness-gate@v1, with known inputs and explicit permissions', () => {
    type Step = { uses?: string; with?: Record<string, unknown> }
    type Workflow = { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: Step[] }> }
    const workflows = yamlBlocks.map(b => parse(b) as Workflow).filter(w => w && typeof w.jobs === 'object')
    expect(workflows.length).toBeGreaterThanOrEqual(4)
    const names = new Set(action.inputs.map(i => i.name))
    const steps = workflows.flatMap(w => Object.values(w.jobs).flatMap(j => j.steps ?? []))
    const gates = steps.filter(s => s.uses?.startsWith('readiness-gate/'))
    expect(gates.map(s => s.uses).filter(u => u !== 'readiness-gate/readiness-gate@v1')).toEqual([])
    expect(gates.flatMap(s => Object.keys(s.with ?? {})).filter(k => !names.has(k))).toEqual([])
    const jobsWithoutPermissions = workflows.flatMap(w =>
      Object.entries(w.jobs).filter(([, j]) => j.permissions === undefined && w.permissions === undefined)
    )
    expect(jobsWithoutPermissions).toEqual([])
  })
})

describe('readme-tables-lib', () => {
  it('describes parameter values in words', () => {
    expect(describeValue(z.number().int().min(0).optional())).toBe('whole number ≥ 0')
    expect(describeValue(z.number().min(0).max(100))).toBe('number, 0–100')
    expect(describeValue(z.number().int())).toBe('whole number')
    expect(describeValue(z.union([z.string(), z.array(z.string())]))).toBe('string or list of strings')
    expect(describeValue(z.enum(['a', 'b']))).toBe('one of `a`, `b`')
    expect(describeValue(z.array(z.enum(['x'])))).toBe('list of `x`')
  })

  it('keeps table cells on one line, escapes pipes, and leaves code spans alone', () => {
    expect(cell('a |\n  b <name> `<kept>`')).toBe('a \\| b &lt;name&gt; `<kept>`')
    expect(cell('')).toBe('—')
  })

  it('replaces only what is between the markers, and says when they are missing', () => {
    const text = 'before\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\nafter\n'
    const next = replaceBlock(text, 'inputs', '| new |')
    expect(next.startsWith('before\n<!-- inputs:start -->\n')).toBe(true)
    expect(next).toContain('| new |')
    expect(next).not.toContain('old')
    expect(next.endsWith('<!-- inputs:end -->\nafter\n')).toBe(true)
    expect(() => replaceBlock('no markers', 'inputs', 'x')).toThrow(/<!-- inputs:start -->/)
  })
})
