import { describe, expect, it } from '@jest/globals'
import { diffChecklists } from '../src/checklist/diff.js'
import { parseChecklist } from '../src/checklist/parse.js'
import type { Checklist } from '../src/checklist/model.js'

function checklist(items: string): Checklist {
  const r = parseChecklist(`version: 1\nsections:\n  - title: S\n    items:\n${items}`, {
    file: 'c.yml',
    today: '2026-11-28'
  })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.checklist
}

const base = checklist(`      - { id: lint, title: Lint, check: { type: checks, name: [lint, format] } }
      - { id: cov, title: Coverage, check: { type: coverage, min: 80, artifact: coverage } }
      - { id: pentest, title: Pen test }
      - { id: grp, title: Group, items: [{ id: child, title: Child, check: { type: secret-scanning } }] }
      - { id: vulns, title: Vulns, check: { type: dependabot, severity: high } }
`)

/** A checklist with top-level settings before its one section. */
function withSettings(
  settings: string,
  items = '      - { id: pentest, title: Pen test, owner: "@acme/security" }\n'
): Checklist {
  const r = parseChecklist(`version: 1\n${settings}sections:\n  - title: S\n    items:\n${items}`, {
    file: 'c.yml',
    today: '2026-11-28'
  })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.checklist
}

describe('diffChecklists', () => {
  it('reads more approvers, self sign-off, a longer signoff-max-age, new waivers and new owners as relaxations', () => {
    const before = withSettings('approvers: ["@carol"]\nsignoff-max-age: 7d\n')
    const after = withSettings(
      'approvers: ["@carol", "@mallory"]\nself-signoff: allowed\nsignoff-max-age: 2w\nwaivers:\n  - { item: pentest, by: "@carol", until: 2026-12-20, reason: later }\n',
      '      - { id: pentest, title: Pen test, owner: ["@acme/security", "@mallory"] }\n'
    )
    expect(diffChecklists(before, after).map(c => `${c.kind} ${c.id}: ${c.detail}`)).toEqual([
      'relaxed pentest: may now be signed off by @mallory',
      'relaxed approvers: adds @mallory: they may sign off and waive anything',
      'relaxed self-signoff: allowed: a PR author may sign off their own PR',
      'relaxed signoff-max-age: 7d → 2w',
      'relaxed waivers: waives `pentest` until 2026-12-20 (by @carol)'
    ])
    // The other way round only a shorter signoff-max-age is provably stricter.
    expect(diffChecklists(after, before).map(c => `${c.kind} ${c.id}`)).toEqual([
      'changed pentest',
      'tightened signoff-max-age'
    ])
  })

  it('finds nothing when the copies agree', () => {
    expect(diffChecklists(base, base)).toEqual([])
  })

  it('lists removals, relaxations and additions, relaxations before additions', () => {
    const head =
      checklist(`      - { id: lint, title: Lint, check: { type: checks, name: lint, allow: [success, failure] } }
      - { id: cov, title: Coverage, check: { type: coverage, min: 70, artifact: coverage } }
      - { id: pentest, title: Pen test, signoff: { by: "@me", date: 2026-11-01 } }
      - { id: grp, title: Group, required: false, items: [{ id: child, title: Child, check: { type: secret-scanning, max: 2 } }] }
      - { id: vulns, title: Vulns, check: { type: dependabot, severity: critical } }
      - { id: extra, title: Extra }
`)
    const changes = diffChecklists(base, head).map(c => `${c.kind} ${c.id}${c.detail ? `: ${c.detail}` : ''}`)
    expect(changes).toEqual([
      'relaxed lint: `name` no longer lists `format`',
      'relaxed lint: `allow` widened with `failure`',
      'relaxed cov: `min` 80 → 70',
      'relaxed pentest: sign-off added (by @me on 2026-11-01)',
      'relaxed grp: no longer required',
      'relaxed child: no longer required',
      'relaxed child: `max` 0 → 2',
      'relaxed vulns: `severity` high → critical (fewer alerts count)',
      'added extra'
    ])
  })

  it('counts narrowing code scanning to one tool as a relaxation', () => {
    const scan = (tool: string) =>
      checklist(`      - { id: scan, title: Scan, check: { type: code-scanning${tool} } }\n`)
    expect(diffChecklists(scan(''), scan(', tool: CodeQL')).map(c => [c.kind, c.detail])).toEqual([
      ['relaxed', '`tool` narrowed to `CodeQL`']
    ])
    expect(diffChecklists(scan(', tool: CodeQL'), scan('')).map(c => c.kind)).toEqual(['tightened'])
  })

  it('reports a removed item and a removed check', () => {
    const head = checklist(`      - { id: lint, title: Lint }
      - { id: cov, title: Coverage, check: { type: coverage, min: 90, artifact: coverage } }
      - { id: grp, title: Group, items: [{ id: child, title: Child, check: { type: secret-scanning } }] }
      - { id: vulns, title: Vulns, check: { type: dependabot, severity: high } }
`)
    expect(diffChecklists(base, head).map(c => [c.kind, c.id, c.detail])).toEqual([
      ['removed', 'pentest', undefined],
      ['relaxed', 'lint', '`checks` check removed'],
      ['tightened', 'cov', '`min` 80 → 90']
    ])
  })
})

describe('diffChecklists on check parameters', () => {
  const one = (check: string) => checklist(`      - { id: x, title: X, check: ${check} }\n`)
  const diff = (from: string, to: string) =>
    diffChecklists(one(from), one(to)).map(c => `${c.kind}: ${c.detail}`)

  it('reports every changed parameter no rule proves stricter as `changed`', () => {
    expect(
      diff(
        '{ type: branch-rules, branch: main, require-reviews: 1 }',
        '{ type: branch-rules, branch: release, require-reviews: 1 }'
      )
    ).toEqual(['changed: `branch` `main` → `release`'])
    expect(
      diff(
        '{ type: branch-rules, require-reviews: 1 }',
        '{ type: branch-rules, branch: release, require-reviews: 1 }'
      )
    ).toEqual(['changed: `branch` unset → `release`'])
    expect(
      diff(
        '{ type: coverage, min: 80, artifact: cov, format: lcov }',
        '{ type: coverage, min: 80, artifact: cov, format: cobertura }'
      )
    ).toEqual(['changed: `format` `lcov` → `cobertura`'])
  })

  it('compares parameters no rule knows yet, so a new one is never edited unnoticed', () => {
    const base = one('{ type: file, path: x }')
    const head = one('{ type: file, path: x }')
    const check = head.sections[0].items[0].check as unknown as Record<string, unknown>
    check['future-key'] = ['TODO']
    expect(diffChecklists(base, head).map(c => [c.kind, c.detail])).toEqual([
      ['changed', '`future-key` unset → [`TODO`]']
    ])
  })

  it('calls a change tightened only when a rule proves it stricter', () => {
    expect(diff('{ type: reviews }', '{ type: reviews, fresh: true }')).toEqual([
      'tightened: `fresh` turned on'
    ])
    expect(diff('{ type: checks, name: x }', '{ type: checks, name: x, allow: [success] }')).toEqual([
      'tightened: `allow` no longer accepts `neutral`, `skipped`'
    ])
    expect(
      diff('{ type: checks, name: x, allow: [success] }', '{ type: checks, name: x, allow: [neutral] }')
    ).toEqual(['relaxed: `allow` widened with `neutral`'])
    expect(diff('{ type: dependabot, severity: high }', '{ type: dependabot, severity: medium }')).toEqual([
      'tightened: `severity` high → medium'
    ])
  })

  it('lists `changed` with the relaxations, before additions', () => {
    const head = checklist(`      - { id: lint, title: Lint, check: { type: checks, name: [lint, format] } }
      - { id: cov, title: Coverage, check: { type: coverage, min: 80, artifact: coverage, format: go } }
      - { id: pentest, title: Pen test }
      - { id: grp, title: Group, items: [{ id: child, title: Child, check: { type: secret-scanning } }] }
      - { id: vulns, title: Vulns, check: { type: dependabot, severity: high } }
      - { id: extra, title: Extra }
`)
    expect(diffChecklists(base, head).map(c => c.kind)).toEqual(['changed', 'added'])
  })
})
