/**
 * checklist/production.yml is a translation of the seed Markdown checklist
 * (checklist/PRODUCTION_CHECKLIST.md). These tests read the Markdown itself, with marked's lexer,
 * and prove the translation is faithful both ways: every `- [ ]` entry is in the YAML under the same
 * section and group with the same title, and the YAML has nothing the seed does not.
 */
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Lexer, type Token, type Tokens } from 'marked'
import { parse } from 'yaml'
import { parseChecklist } from '../src/checklist/parse.js'
import { ChecklistSchema, type ChecklistInput, type ItemInput } from '../src/checklist/schema.js'

const SEED_PATH = join(process.cwd(), 'checklist', 'PRODUCTION_CHECKLIST.md')
const CHECKLIST_PATH = join(process.cwd(), 'checklist', 'production.yml')

const seedText = readFileSync(SEED_PATH, 'utf8')
const checklistText = readFileSync(CHECKLIST_PATH, 'utf8')

/** One checklist entry, wherever it came from: a section's item, a group, or a group's item. */
interface Entry {
  section: string
  /** Titles of the groups above the entry, outermost first. */
  groups: string[]
  title: string
  kind: 'group' | 'item'
}

/** Entries are matched on (section, groups, title): titles alone repeat across sections. */
const keyOf = (e: Entry): string => [e.section, ...e.groups, e.title].join(' › ')

/** Markers in a seed title that make an entry advisory (`required: false`). */
const ADVISORY = /\((optional|if needed|if required)\)/

/** "🗄️ Database" → "Database": the YAML titles carry no emoji. */
function withoutEmoji(heading: string): string {
  return heading.replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+/u, '').trim()
}

interface Seed {
  entries: Entry[]
  /** Titles of `## ` headings that hold task items, in order. */
  sections: string[]
  /** Headings (without emoji) that hold no task items: "Production Launch", "Emergency Contacts"… */
  emptyHeadings: string[]
  /** Labels of form fields: "**Date**: ____" lines and "**Team Lead**: …" contact list entries. */
  fields: string[]
}

/**
 * Walks the seed's tokens. A `## ` heading opens a section; a `### ` heading that holds task items
 * (the GO criteria) is a group of its section; a task item with a nested list is a group of its
 * children.
 */
function readSeed(markdown: string): Seed {
  const seed: Seed = { entries: [], sections: [], emptyHeadings: [], fields: [] }
  let section: string | undefined
  let subheading: { title: string; used: boolean } | undefined
  const headings: string[] = []

  const walkList = (list: Tokens.List, groups: string[]) => {
    for (const item of list.items) {
      if (!item.task) {
        const label = /^\*\*([^*]+)\*\*:/.exec(item.text)
        if (label) seed.fields.push(label[1].trim())
        continue
      }
      if (section === undefined) throw new Error(`task item outside any section: ${item.text}`)
      if (!seed.sections.includes(section)) seed.sections.push(section)
      if (subheading && groups.length === 0 && !subheading.used) {
        seed.entries.push({ section, groups: [], title: subheading.title, kind: 'group' })
        subheading.used = true
      }
      const outer = subheading && groups.length === 0 ? [subheading.title] : groups
      const title = item.text.split('\n')[0].trim()
      const children = item.tokens.filter((t): t is Tokens.List => t.type === 'list')
      seed.entries.push({ section, groups: outer, title, kind: children.length > 0 ? 'group' : 'item' })
      for (const child of children) walkList(child, [...outer, title])
    }
  }

  for (const token of new Lexer().lex(markdown) as Token[]) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading
      const title = withoutEmoji(heading.text)
      headings.push(title)
      if (heading.depth <= 2) {
        section = heading.depth === 2 ? title : undefined
        subheading = undefined
      } else {
        subheading = { title, used: false }
      }
    } else if (token.type === 'list') {
      walkList(token as Tokens.List, [])
    } else if (token.type === 'paragraph') {
      for (const m of (token as Tokens.Paragraph).text.matchAll(/\*\*([^*]+)\*\*:\s*_{3,}/g)) {
        seed.fields.push(m[1].trim())
      }
    }
  }
  const used = new Set([...seed.sections, ...seed.entries.map(e => e.title)])
  seed.emptyHeadings = headings.filter(h => !used.has(h))
  return seed
}

interface YamlEntry extends Entry {
  id: string
  item: ItemInput
}

function readChecklist(checklist: ChecklistInput): YamlEntry[] {
  const entries: YamlEntry[] = []
  const visit = (section: string, groups: string[], item: ItemInput) => {
    entries.push({
      section,
      groups,
      title: item.title,
      kind: item.items ? 'group' : 'item',
      id: item.id,
      item
    })
    for (const child of item.items ?? []) visit(section, [...groups, item.title], child)
  }
  for (const section of checklist.sections) for (const item of section.items) visit(section.title, [], item)
  return entries
}

const seed = readSeed(seedText)
const raw: unknown = parse(checklistText)
const validated = ChecklistSchema.safeParse(raw)
// The other tests read the YAML as it is; a schema failure is reported by its own test below.
const checklist = raw as ChecklistInput
const entries = readChecklist(checklist)

describe('the seed Markdown, as read by the test', () => {
  it('yields sections, groups and items to compare against', () => {
    expect(seed.sections.length).toBeGreaterThan(5)
    expect(seed.entries.filter(e => e.kind === 'group').length).toBeGreaterThan(10)
    expect(seed.entries.filter(e => e.kind === 'item').length).toBeGreaterThan(50)
    // Titles are the text after `- [ ] `: no checkbox left, nothing empty.
    for (const e of seed.entries) expect(e.title).toMatch(/^[^[\s].*\S$/)
  })

  it('finds the form fields and contacts, which are not task items', () => {
    expect(seed.fields.length).toBeGreaterThan(4)
    expect(seed.emptyHeadings.length).toBeGreaterThan(0)
  })
})

describe('checklist/production.yml', () => {
  it('starts with the schema modeline', () => {
    expect(checklistText.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json')
  })

  it('validates against ChecklistSchema', () => {
    expect(validated.success ? [] : validated.error.issues).toEqual([])
    expect(checklist.version).toBe(1)
    expect(checklist.title).toBe('Production readiness')
  })

  it('parses with parseChecklist', () => {
    const result = parseChecklist(checklistText, {
      file: 'checklist/production.yml',
      ref: 'main',
      today: '2026-11-28'
    })
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(result).toMatchObject({ ok: true })
  })

  it('has unique ids', () => {
    const ids = entries.map(e => e.id)
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i)
    expect(duplicates).toEqual([])
  })

  it('has the seed sections, in order, titled without emoji', () => {
    expect(checklist.sections.map(s => s.title)).toEqual(seed.sections)
  })

  it('misses no seed entry', () => {
    const present = new Set(entries.map(keyOf))
    expect(seed.entries.map(keyOf).filter(k => !present.has(k))).toEqual([])
  })

  it('has no entry that is not in the seed', () => {
    const inSeed = new Set(seed.entries.map(keyOf))
    expect(entries.map(keyOf).filter(k => !inSeed.has(k))).toEqual([])
  })

  it('keeps the seed order and makes groups of the entries that have children', () => {
    const shape = (e: Entry) => `${e.kind}: ${keyOf(e)}`
    expect(entries.map(shape)).toEqual(seed.entries.map(shape))
  })

  it('makes exactly the optional, if-needed and if-required entries advisory', () => {
    const advisoryInSeed = seed.entries.filter(e => ADVISORY.test(e.title)).map(keyOf)
    expect(advisoryInSeed.length).toBeGreaterThan(0)
    expect(entries.filter(e => e.item.required === false).map(keyOf)).toEqual(advisoryInSeed)
    // Nothing says `required: true` either: the default is the seed's meaning.
    expect(entries.filter(e => e.item.required === true).map(e => e.id)).toEqual([])
  })

  it('has the Go/No-Go criteria, all required', () => {
    const goSection = seed.sections.find(s => /Go\/No-Go/i.test(s))
    expect(goSection).toBeDefined()
    const criteria = seed.entries.filter(e => e.section === goSection && e.kind === 'item')
    expect(criteria.length).toBeGreaterThan(0)
    const byKey = new Map(entries.map(e => [keyOf(e), e]))
    for (const c of criteria) {
      const entry = byKey.get(keyOf(c))
      expect(entry).toBeDefined()
      expect(entry?.item.required).toBeUndefined()
    }
  })

  it('does not turn the launch form fields, the signature or the contacts into items', () => {
    const titles = new Set([...checklist.sections.map(s => s.title), ...entries.map(e => e.title)])
    for (const label of [...seed.fields, ...seed.emptyHeadings]) expect(titles.has(label)).toBe(false)
    for (const title of titles) expect(title).not.toMatch(/_{3,}|\[(Name|Phone|Email)\]/)
  })

  it('gives every manual item an owner, groups no check, and carries no sign-offs', () => {
    expect(entries.filter(e => e.item.signoff !== undefined).map(e => e.id)).toEqual([])
    expect(entries.filter(e => e.item.items && e.item.check).map(e => e.id)).toEqual([])
    const manual = entries.filter(e => !e.item.items && !e.item.check)
    expect(manual.length).toBeGreaterThan(0)
    expect(manual.filter(e => !e.item.owner).map(e => e.id)).toEqual([])
  })
})
