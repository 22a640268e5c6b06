// `items` roll-ups on plain values: references and cycles at validation, and the roll-up's state.
import { describe, expect, it } from '@jest/globals'
import { parseChecklist } from '../src/checklist/parse.js'
import { rollUp } from '../src/evaluate/items.js'
import { diffChecklists } from '../src/checklist/diff.js'

const parse = (items: string) =>
  parseChecklist(`version: 1\nsections:\n  - title: Build\n    items:\n${items}`, {
    file: 'c.yml',
    today: '2026-11-28'
  })
const errors = (items: string) => {
  const r = parse(items)
  return r.ok ? [] : r.errors.map(e => `${e.line}:${e.column} ${e.message} | ${e.fix}`)
}

const LEAVES = `      - { id: lint, title: Lint, check: { type: checks, name: lint } }
      - id: docs
        title: Docs
        items:
          - { id: runbook, title: Runbook, check: { type: file, path: RUNBOOK.md } }
          - { id: tour, title: Tour, required: false }
`

describe('roll-up references', () => {
  it('accepts ids, paths and section titles', () => {
    expect(
      errors(
        `${LEAVES}      - { id: all, title: All, check: { type: items, items: [lint, docs/runbook] } }\n`
      )
    ).toEqual([])
    expect(
      errors(`${LEAVES}  - title: Go
    items:
      - { id: go, title: Go, check: { type: items, sections: Build } }\n`)
    ).toEqual([])
  })

  it('refuses unknown ids and sections at the item, with the nearest name', () => {
    expect(
      errors(
        `${LEAVES}      - { id: all, title: All, check: { type: items, items: [lnt], sections: [Buld, Nope] } }\n`
      )
    ).toEqual([
      '11:9 item `all`: `check.items` names `lnt`, which is no item id or path in this file | Did you mean `lint`?',
      '11:9 item `all`: `check.sections` names `Buld`, which is no section title in this file | Did you mean `Build`?',
      '11:9 item `all`: `check.sections` names `Nope`, which is no section title in this file | Write the section title exactly as in its `title:`.'
    ])
    expect(errors(`${LEAVES}      - { id: all, title: All, check: { type: items } }\n`)).toEqual([
      expect.stringContaining('needs `items` or `sections` (or both)')
    ])
  })

  it('refuses a roll-up that names itself: directly, through its group or section, or through other roll-ups', () => {
    expect(
      errors(`${LEAVES}      - { id: all, title: All, check: { type: items, items: [lint, all] } }\n`)
    ).toEqual([expect.stringMatching(/^11:9 item `all`: the roll-up names itself \(directly/)])
    expect(
      errors(`${LEAVES}      - { id: all, title: All, check: { type: items, sections: Build } }\n`)
    ).toEqual([expect.stringMatching(/^11:9 item `all`: the roll-up names itself \(directly/)])
    expect(
      errors(`${LEAVES}      - { id: a, title: A, check: { type: items, items: [lint, b] } }
      - { id: b, title: B, check: { type: items, items: c } }
      - { id: c, title: C, check: { type: items, items: [a] } }
`)
    ).toEqual([
      expect.stringMatching(/^11:9 item `a`: the roll-up names itself through `b` → `c` \|/),
      expect.stringMatching(/^12:9 item `b`: the roll-up names itself through `c` → `a` \|/),
      expect.stringMatching(/^13:9 item `c`: the roll-up names itself through `a` → `b` \|/)
    ])
  })

  it('refuses a roll-up of advisory items only: it would pass whatever happens', () => {
    expect(
      errors(`${LEAVES}      - { id: all, title: All, check: { type: items, items: docs/tour } }\n`)
    ).toEqual([expect.stringContaining('item `all`: the roll-up names no required item')])
  })

  it('reads a dropped reference as a relaxation', () => {
    const one = (check: string) => {
      const r = parse(`${LEAVES}      - { id: all, title: All, check: ${check} }\n`)
      if (!r.ok) throw new Error(JSON.stringify(r.errors))
      return r.checklist
    }
    expect(
      diffChecklists(one('{ type: items, items: [lint, docs] }'), one('{ type: items, items: [lint] }')).map(
        c => `${c.kind}: ${c.detail}`
      )
    ).toEqual(['relaxed: `items` no longer lists `docs`'])
  })
})

describe('rollUp', () => {
  const leaf = (id: string, state: Parameters<typeof rollUp>[0][number]['state']) => ({ id, path: id, state })
  const plain = (o: ReturnType<typeof rollUp>) =>
    o.summary.map(p => (typeof p === 'string' ? p : 'code' in p ? `\`${p.code}\`` : p.text)).join('')

  it('passes when every leaf passed, was signed off or skipped', () => {
    const o = rollUp([leaf('a', 'pass'), leaf('b', 'signed-off'), leaf('c', 'skipped')])
    expect([o.state, plain(o)]).toEqual(['pass', 'all 3 required items are done'])
  })

  it('takes the worst open state, naming the items worst first', () => {
    const o = rollUp([leaf('a', 'pass'), leaf('b', 'pending'), leaf('c', 'unknown'), leaf('d', 'fail')])
    expect([o.state, plain(o)]).toEqual([
      'fail',
      '3 of 4 required items not done: `d` (fail), `c` (unknown), `b` (pending)'
    ])
    expect(rollUp([leaf('a', 'pending'), leaf('b', 'unknown')]).state).toBe('unknown')
    expect(rollUp([leaf('a', 'pending'), leaf('b', 'manual')]).state).toBe('pending')
  })

  it('fails, not manual, when only sign-offs are outstanding: the roll-up cannot be signed off itself', () => {
    expect(rollUp([leaf('a', 'pass'), leaf('b', 'manual')]).state).toBe('fail')
  })
})
