// README.md and docs/*.md against the code: generated blocks up to date, every input, output and check type
// documented, and every example (checklists, checks, workflows) one the gate accepts.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import { parseChecklist } from '../src/checklist/parse.js'
import { CHECK_TYPES, CheckSchema } from '../src/checklist/schema.js'
import {
  documentFiles,
  expectedDocument,
  readmeSources,
  supportedCheckTypes
} from '../scripts/readme-sources.js'
import {
  BLOCK_HOME,
  BLOCKS,
  blocksIn,
  cell,
  checkTypeList,
  describeValue,
  parseActionYml,
  readBlock,
  renderDocument,
  replaceBlock
} from '../scripts/readme-tables-lib.js'

const read = (file: string) => readFileSync(file, 'utf8')
const readme = read('README.md')
const checkTypesDoc = read('docs/check-types.md')
const permissionsDoc = read('docs/permissions.md')
const action = parseActionYml(read('action.yml'))
const documents = documentFiles().map(file => ({ file, text: read(file) }))

/** The `permissions:` keys a job may need; the permission tables must name each one. */
const PERMISSION_KEYS = [
  'contents',
  'checks',
  'statuses',
  'pull-requests',
  'actions',
  'security-events',
  'vulnerability-alerts'
]

/** A document's `## title` section, up to the next `## ` heading. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`no "## ${title}" section`)
  const end = text.indexOf('\n## ', start + 1)
  return text.slice(start, end < 0 ? undefined : end)
}

const tableRows = (text: string) =>
  text
    .split('\n')
    .filter(line => line.startsWith('|'))
    .join('\n')

/** The contents of every fenced ```yaml block of a document. */
const yamlBlocks = (text: string) => [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(m => m[1])
const allYamlBlocks = documents.flatMap(d => yamlBlocks(d.text).map(block => ({ file: d.file, block })))

const typesIn = (text: string) =>
  [...new Set([...text.matchAll(/`([a-z-]+)`/g)].map(m => m[1]))]
    .filter(t => (CHECK_TYPES as string[]).includes(t))
    .sort()

/** Every generated block of every document, and each block's home even when its markers are missing. */
const generated = documents.flatMap(({ file, text }) =>
  BLOCKS.filter(name => BLOCK_HOME[name] === file || blocksIn(text).includes(name)).map(
    name => [file, name, text] as const
  )
)

describe('generated blocks', () => {
  const expected = new Map<string, Promise<string>>()
  const expectedOf = async (file: string, text: string) => {
    if (!expected.has(file))
      expected.set(
        file,
        readmeSources().then(s => expectedDocument(file, text, '.', s))
      )
    return expected.get(file) as Promise<string>
  }

  it('every block has a home document, and every home is among the documents', () => {
    expect(generated.map(([file, name]) => `${name} in ${file}`)).toEqual(
      expect.arrayContaining(BLOCKS.map(name => `${name} in ${BLOCK_HOME[name]}`))
    )
  })

  it.each(generated.map(([file, name, text]) => [name, file, text]))(
    'the %s block of %s is up to date (run `npm run docs` when this fails)',
    async (name, file, text) => {
      expect(readBlock(text, name)).toBeDefined()
      expect(readBlock(text, name)).toBe(readBlock(await expectedOf(file, text), name))
    }
  )
})

describe('README.md', () => {
  it('names every input and output of action.yml', () => {
    const inputs = readBlock(readme, 'input-list') ?? ''
    const outputs = readBlock(readme, 'outputs') ?? ''
    expect(action.inputs.length).toBeGreaterThan(0)
    expect(action.inputs.filter(i => !inputs.includes(`- \`${i.name}\``))).toEqual([])
    expect(action.outputs.filter(o => !outputs.includes(`- \`${o.name}\``))).toEqual([])
  })

  it('gives one line per check type, linking its section of docs/check-types.md', () => {
    const list = readBlock(readme, 'check-type-list') ?? ''
    const lines = list.split('\n').filter(l => l.startsWith('- '))
    expect(lines.map(l => /^- \[`([a-z-]+)`\]\(docs\/check-types\.md#([a-z-]+)\)/.exec(l)?.[1])).toEqual(
      CHECK_TYPES
    )
  })

  it('names every `permissions:` key in its permissions table', () => {
    const rows = tableRows(section(readme, 'Permissions'))
    expect(PERMISSION_KEYS.filter(key => !rows.includes(`\`${key}: `))).toEqual([])
  })

  it('keeps the headings that the dogfood checklist points at', () => {
    // .github/readiness.yml checks the README for these two.
    expect(readme).toMatch(/^## Inputs$/m)
    expect(readme).toMatch(/^## Permissions$/m)
  })
})

describe('the pages the action’s messages point at', () => {
  // Each message, and the page (and heading) it sends a person to.
  const pointers = [
    ['src/checklist/issues.ts', 'See the checklist format in docs/checklist.md'],
    ['src/event/target.ts', 'See docs/events.md.'],
    ['src/publish/outcome.ts', '(see "Fork pull requests" in docs/events.md)'],
    ['src/settings.ts', 'the permissions listed in docs/permissions.md']
  ] as const

  it('are docs/ pages, never "the README", which holds only a summary', () => {
    expect(pointers.filter(([file]) => /\bthe README\b/.test(read(file))).map(([file]) => file)).toEqual([])
    expect(pointers.filter(([file, text]) => !read(file).includes(text)).map(([file]) => file)).toEqual([])
    const pages = pointers.flatMap(([file]) =>
      [...read(file).matchAll(/\bdocs\/[a-z-]+\.md\b/g)].map(m => m[0])
    )
    expect(pages.filter(p => !documents.some(d => d.file === p))).toEqual([])
  })

  it('have the headings the messages name', () => {
    expect(read('docs/events.md')).toMatch(/^## Fork pull requests$/m)
    expect(read('docs/permissions.md')).toMatch(/^\| What .*\| `permissions:` key/m)
  })
})

describe('docs/check-types.md', () => {
  it('documents every check type, in the reference table and with a section of its own', () => {
    const types = readBlock(checkTypesDoc, 'check-types') ?? ''
    expect(CHECK_TYPES.filter(t => !types.includes(`| \`${t}\``))).toEqual([])
    expect(CHECK_TYPES.filter(t => !new RegExp(`^## \`${t}\``, 'm').test(checkTypesDoc))).toEqual([])
  })

  it('says which check types this version evaluates, and which are `unknown` until they land', async () => {
    const supported = await supportedCheckTypes()
    const unsupported = CHECK_TYPES.filter(t => !supported.has(t)).sort()
    const callout = /^> \[!IMPORTANT\]\n((?:>.*\n)+)/m.exec(checkTypesDoc)?.[1] ?? ''
    const [first, ...rest] = callout.split('. ')
    expect(typesIn(first)).toEqual([...supported].sort())
    expect(typesIn(rest.join('. '))).toEqual(unsupported)
    const notYet = CHECK_TYPES.filter(t => checkTypesDoc.includes(`## \`${t}\` (not evaluated yet)\n`)).sort()
    expect(notYet).toEqual(unsupported)
  })

  it('shows exactly one example check per type, each one the schema accepts', () => {
    const checks = yamlBlocks(checkTypesDoc).filter(b => /^check: \{.*\}\n$/.test(b))
    const parsed = checks.map(b => CheckSchema.safeParse((parse(b) as { check: unknown }).check))
    expect(parsed.filter(p => !p.success).map(p => p.error?.message)).toEqual([])
    expect(parsed.map(p => p.data?.type).sort()).toEqual([...CHECK_TYPES].sort())
  })
})

describe('docs/permissions.md', () => {
  it('names every `permissions:` key in its table', () => {
    const rows = tableRows(permissionsDoc)
    expect(PERMISSION_KEYS.filter(key => !rows.includes(`\`${key}: `))).toEqual([])
  })
})

describe('examples in README.md and docs/', () => {
  it('shows only checklists that the gate accepts', () => {
    const checklists = allYamlBlocks.filter(b => /^version: 1$/m.test(b.block))
    expect(checklists.map(c => c.file)).toEqual(expect.arrayContaining(['README.md', 'docs/checklist.md']))
    const errors = checklists.flatMap(({ file, block }) => {
      const parsed = parseChecklist(block, { file, today: '2026-11-28' })
      return parsed.ok ? [] : parsed.errors.map(e => `${file}: ${e.message}`)
    })
    expect(errors).toEqual([])
  })

  it('uses the action as readiness-gate/readiness-gate@v1, with known inputs and explicit permissions', () => {
    type Step = { uses?: string; with?: Record<string, unknown> }
    type Workflow = { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: Step[] }> }
    const workflows = allYamlBlocks
      .map(b => parse(b.block) as Workflow)
      .filter(w => w && typeof w.jobs === 'object')
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
    expect(() => replaceBlock('no markers', 'inputs', 'x', 'docs/x.md')).toThrow(
      /docs\/x\.md has no <!-- inputs:start -->/
    )
  })

  it('links the check-type list relative to the document it goes into, and flags unsupported types', () => {
    const options = CheckSchema.options.filter(o => ['checks', 'file'].includes(o.shape.type.value))
    const fromReadme = checkTypeList(options, new Set(['checks']), 'README.md')
    expect(fromReadme).toMatch(/^- \[`checks`\]\(docs\/check-types\.md#checks\): Check runs/)
    expect(fromReadme).toMatch(
      /\n- \[`file`\]\(docs\/check-types\.md#file-not-evaluated-yet\): .*`unknown`\.$/
    )
    expect(checkTypeList(options, new Set(['checks']), 'docs/index.md')).toMatch(/\(check-types\.md#checks\)/)
  })

  it('rewrites every block a document holds, and insists on the blocks whose home it is', async () => {
    const sources = await readmeSources()
    const page = 'intro\n<!-- outputs:start -->\n<!-- outputs:end -->\n'
    expect(renderDocument(page, 'docs/other.md', sources)).toContain('- `result`: ')
    expect(() => renderDocument('no markers', 'docs/check-types.md', sources)).toThrow(/check-types:start/)
    expect(renderDocument('no markers', 'docs/other.md', sources)).toBe('no markers')
  })
})
