// `file` extensions on plain values: selectors, structural `match`, and how the checklist accepts them.
import { describe, expect, it } from '@jest/globals'
import { matchProblems } from '../src/evaluate/file.js'
import { parseSelector, select } from '../src/text/selector.js'
import { parseChecklist } from '../src/checklist/parse.js'
import { diffChecklists } from '../src/checklist/diff.js'
import type { Phrase } from '../src/text/phrase.js'

const plainText = (p: Phrase) =>
  p.map(part => (typeof part === 'string' ? part : 'code' in part ? `\`${part.code}\`` : part.text)).join('')

const COMPOSE = `services:
  web:
    image: shop
    restart: always
    healthcheck: { test: [CMD, curl, -f, http://localhost/] }
  db:
    image: postgres:16
    restart: "no"
`

const problems = (text: string, match: Record<string, true | string>) => {
  const r = matchProblems(text, match)
  return 'problems' in r ? r.problems.map(plainText) : r
}

describe('selectors', () => {
  it('select every key or index with *, and name each missing key by its concrete path', () => {
    const steps = (s: string) => {
      const p = parseSelector(s)
      if (!p.ok) throw new Error(p.message)
      return p.steps
    }
    const doc = { a: [{ b: 1 }, { c: 2 }], m: {} }
    expect(select(doc, steps('a.*.b'))).toEqual({ found: [{ path: 'a.0.b', value: 1 }], missing: ['a.1.b'] })
    expect(select(doc, steps('a.1.c'))).toEqual({ found: [{ path: 'a.1.c', value: 2 }], missing: [] })
    expect(select(doc, steps('a.2'))).toEqual({ found: [], missing: ['a.2'] })
    expect(select(doc, steps('m.*'))).toEqual({ found: [], missing: [] })
    expect(parseSelector('a..b')).toMatchObject({ ok: false, message: 'selector `a..b` has an empty step' })
  })
})

describe('structural match', () => {
  it('passes when every selected node exists or is a matching scalar', () => {
    expect(problems(COMPOSE, { 'services.*.image': true, 'services.web.restart': 'always' })).toEqual([])
    expect(problems(COMPOSE, { 'services.*.restart': '/^(always|unless-stopped|no)$/' })).toEqual([])
    // JSON is read the same way.
    expect(problems('{"engines": {"node": ">=20"}}', { 'engines.node': '/^>=2\\d$/' })).toEqual([])
  })

  it('fails on each node that is missing or does not match, and on a selector selecting nothing', () => {
    expect(
      problems(COMPOSE, {
        'services.*.healthcheck': true,
        'services.*.restart': '/^(always|unless-stopped)$/',
        'volumes.*': true,
        'services.web.healthcheck': 'yes'
      })
    ).toEqual([
      '`services.db.healthcheck` is missing',
      '`services.db.restart` is `no` (expected `/^(always|unless-stopped)$/`)',
      '`volumes` is missing',
      '`services.web.healthcheck` is a map (expected `yes`)'
    ])
    expect(problems('services: {}\n', { 'services.*.image': true })).toEqual([
      '`services.*.image` selects nothing'
    ])
  })

  it('compares plain values exactly and numbers by their text', () => {
    expect(problems('replicas: 3\n', { replicas: '3' })).toEqual([])
    expect(problems('restart: always-on\n', { restart: 'always' })).toEqual([
      '`restart` is `always-on` (expected `always`)'
    ])
  })

  it('calls a document it cannot read unreadable, aliases bombs included', () => {
    expect(problems('a: [1, 2\n', { a: true })).toMatchObject({ unreadable: expect.any(String) })
    const bomb = [
      'a: &a [x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [*${i === 0 ? 'a' : 'b'.repeat(i)}, *${i === 0 ? 'a' : 'b'.repeat(i)}]`
      )
    ].join('\n')
    expect(problems(bomb, { a: true })).toMatchObject({ unreadable: expect.stringMatching(/alias/i) })
  })
})

const parse = (check: string) =>
  parseChecklist(
    `version: 1\nsections:\n  - title: S\n    items:\n      - { id: f, title: F, check: ${check} }\n`,
    {
      file: 'c.yml',
      today: '2026-11-28'
    }
  )

describe('the checklist accepts the new keys and refuses contradictions at their position', () => {
  it('accepts absent, not-contains and match', () => {
    expect(parse('{ type: file, path: .env, absent: true }')).toMatchObject({ ok: true })
    expect(parse('{ type: file, path: a, not-contains: [TODO, "/FIXME/i"] }')).toMatchObject({ ok: true })
    expect(parse('{ type: file, path: a.yml, match: { "x.*.y": true, z: "/^a$/" } }')).toMatchObject({
      ok: true
    })
  })

  it('refuses absent with content rules, empty selector steps, bad patterns and an empty match', () => {
    const errors = (check: string) => {
      const r = parse(check)
      return r.ok ? [] : r.errors.map(e => `${e.line}:${e.column} ${e.message}`)
    }
    expect(errors('{ type: file, path: a, absent: true, contains: x }')).toEqual([
      expect.stringMatching(/^5:\d+ .*`absent: true` cannot be combined/)
    ])
    expect(errors('{ type: file, path: a, absent: false }')).toEqual([
      expect.stringMatching(/^5:\d+ .*absent/)
    ])
    expect(errors('{ type: file, path: a, match: { "a..b": true } }')).toEqual([
      expect.stringMatching(/^5:\d+ .*empty step/)
    ])
    expect(errors('{ type: file, path: a, match: { a: "/(?=x)/" } }')).toEqual([
      expect.stringMatching(/^5:\d+ .*lookahead/)
    ])
    expect(errors('{ type: file, path: a, match: {} }')).toEqual([
      expect.stringMatching(/at least one selector/)
    ])
  })
})

describe('checklist diff of the file extensions', () => {
  const one = (check: string) => {
    const r = parse(check)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    return r.checklist
  }
  const diff = (a: string, b: string) => diffChecklists(one(a), one(b)).map(c => `${c.kind}: ${c.detail}`)

  it('reads removing a match, a not-contains or absent as a relaxation', () => {
    expect(
      diff(
        '{ type: file, path: a, match: { x: true, y: "1" } }',
        '{ type: file, path: a, match: { y: "1" } }'
      )
    ).toEqual(['relaxed: `match` no longer checks `x`'])
    expect(diff('{ type: file, path: a, match: { y: "1" } }', '{ type: file, path: a }')).toEqual([
      'relaxed: `match` no longer checks `y`'
    ])
    expect(
      diff('{ type: file, path: a, match: { y: "1" } }', '{ type: file, path: a, match: { y: true } }')
    ).toEqual(['relaxed: `match` `y` `1` → any value'])
    expect(
      diff('{ type: file, path: a, not-contains: [a, b] }', '{ type: file, path: a, not-contains: a }')
    ).toEqual(['relaxed: `not-contains` no longer lists `b`'])
    expect(diff('{ type: file, path: a, absent: true }', '{ type: file, path: a }')).toEqual([
      'relaxed: `absent` removed'
    ])
  })
})
