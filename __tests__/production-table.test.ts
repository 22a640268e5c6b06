// How checklist/production.yml's items are verified, computed from the file: the per-section table
// of docs/production-checklist.md (outcome / configuration / person), with no figure written down.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { classifyLeaves, KIND_OF_TYPE, sectionTable } from '../scripts/evidence-kinds.js'
import { CHECK_TYPES } from '../src/checklist/schema.js'
import { parseChecklist } from '../src/checklist/parse.js'
import type { ChecklistItem } from '../src/checklist/model.js'

const text = readFileSync('checklist/production.yml', 'utf8')
const leaves = classifyLeaves(text)
const table = sectionTable(leaves)
const total = table[table.length - 1]

describe('the evidence kinds', () => {
  it('know every check type but the roll-up, which takes the weakest of what it names', () => {
    expect(CHECK_TYPES.filter(t => t !== 'items' && !(t in KIND_OF_TYPE))).toEqual([])
    const mini = `sections:
  - title: A
    items:
      - { id: run, title: Run, check: { type: checks, name: ci } }
      - { id: doc, title: Doc, check: { type: file, path: README.md } }
      - { id: sign, title: Sign }
      - { id: r1, title: R1, check: { type: items, items: [run] } }
      - { id: r2, title: R2, check: { type: items, items: [run, doc] } }
      - { id: r3, title: R3, check: { type: items, sections: A2 } }
  - title: A2
    items:
      - { id: r4, title: R4, check: { type: items, items: [run, sign] } }
`
    expect(classifyLeaves(mini).map(l => `${l.id}:${l.kind}`)).toEqual([
      'run:outcome',
      'doc:configuration',
      'sign:person',
      'r1:outcome',
      'r2:configuration',
      'r3:person',
      'r4:person'
    ])
  })
})

describe('checklist/production.yml', () => {
  it('counts every leaf of the parsed checklist once, with the kind of its check', () => {
    const parsed = parseChecklist(text, { file: 'checklist/production.yml', today: '2026-11-29' })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    const modelLeaves: ChecklistItem[] = []
    const visit = (i: ChecklistItem) => (i.items ? i.items.forEach(visit) : modelLeaves.push(i))
    parsed.checklist.sections.forEach(s => s.items.forEach(visit))
    expect(leaves.map(l => l.id)).toEqual(modelLeaves.map(i => i.id))
    const expected = modelLeaves.map(item =>
      !item.check ? 'person' : item.check.type === 'items' ? 'roll-up' : KIND_OF_TYPE[item.check.type]
    )
    const actual = leaves.map((l, i) => (expected[i] === 'roll-up' ? 'roll-up' : l.kind))
    expect(actual).toEqual(expected)
    expect(table.slice(0, -1).map(r => r.section)).toEqual(parsed.checklist.sections.map(s => s.title))
    for (const r of table) expect(r.outcome + r.configuration + r.person).toBe(r.total)
    expect(total.total).toBe(modelLeaves.length)
  })

  it('is verified by machine for at least 70% of its leaves, and by an outcome for at least 35%', () => {
    expect((total.outcome + total.configuration) / total.total).toBeGreaterThanOrEqual(0.7)
    expect(total.outcome / total.total).toBeGreaterThanOrEqual(0.35)
  })

  it('says what it assumes on every item verified by a run, a deployment, a number, a live answer, a roll-up or a structure', () => {
    // Each item's lines, from its `- id:` to the next; the comment is among them.
    const blocks = text.split(/\n(?=\s+- id: )/).slice(1)
    const needing = blocks.filter(b => /type: (workflow|deployment|metric|http|items)\b|match:/.test(b))
    expect(needing.length).toBeGreaterThan(30)
    expect(needing.filter(b => !b.includes('# assumes:')).map(b => /- id: (\S+)/.exec(b)?.[1])).toEqual([])
  })
})
