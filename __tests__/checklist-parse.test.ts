import { describe, expect, it } from '@jest/globals'
import { parseChecklist, closest } from '../src/checklist/parse.js'
import { checkWarnings } from '../src/checklist/semantics.js'
import { formatConfigError } from '../src/errors/config-error.js'

const opts = { file: '.github/readiness.yml', ref: 'main', today: '2026-11-28' }

function errorsOf(text: string) {
  const r = parseChecklist(text, opts)
  if (r.ok) throw new Error('expected errors')
  return r.errors
}

const valid = `version: 1
title: Release
sections:
  - title: Testing
    items:
      - id: unit-tests
        title: Unit tests passed
        check: { type: checks, name: "test*" }
      - id: secrets
        title: Secrets
        required: false
        items:
          - id: vault
            title: Vault configured
            owner: "@acme/platform"
            signoff: { by: "@alice", date: 2026-11-20, expires: 2027-05-20 }
`

describe('parseChecklist', () => {
  it('builds the model with defaults, nesting and line numbers', () => {
    const r = parseChecklist(valid, opts)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const [section] = r.checklist.sections
    expect(section.title).toBe('Testing')
    expect(section.items[0]).toMatchObject({ id: 'unit-tests', required: true, line: 6, column: 9 })
    expect(section.items[0].check).toEqual({ type: 'checks', name: 'test*' })
    expect(section.items[1]).toMatchObject({ id: 'secrets', required: false, line: 9 })
    expect(section.items[1].items?.[0]).toMatchObject({
      id: 'vault',
      line: 13,
      signoff: { by: '@alice', date: '2026-11-20', expires: '2027-05-20' }
    })
  })

  it('names file, ref, line, column and the unknown key, and suggests the right one', () => {
    const [e] = errorsOf(valid.replace('        check: { type: checks', '        chek: { type: checks'))
    expect(e).toMatchObject({ file: '.github/readiness.yml', ref: 'main', line: 8, column: 9 })
    expect(e.message).toBe('item `unit-tests`: unknown key `chek`')
    expect(e.fix).toMatch(/^Did you mean `check`\?/)
    expect(formatConfigError(e)).toMatch(
      /^\.github\/readiness\.yml at main, line 8, column 9: item `unit-tests`/
    )
  })

  it('rejects unknown keys at every level: file, section, check, signoff', () => {
    const text = `version: 1
titel: x
sections:
  - title: A
    color: red
    items:
      - id: a
        title: A
        check: { type: checks, name: x, alow: [success] }
      - id: b
        title: B
        signoff: { by: "@a", date: 2026-01-01, expire: 2027-01-01 }
`
    const messages = errorsOf(text).map(e => `${e.line}:${e.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        '2:the checklist: unknown key `titel`',
        '5:section 1 (A): unknown key `color`',
        '9:item `a`: unknown key `alow` in `check`',
        '12:item `b`: unknown key `expire` in `signoff`'
      ])
    )
  })

  it('explains a wrong check type, a wrong enum value and a wrong type', () => {
    const text = `version: 1
sections:
  - title: A
    items:
      - id: a
        title: A
        check: { type: chekcs, name: x }
      - id: b
        title: B
        check: { type: checks, name: x, allow: [succes] }
      - id: c
        title: C
        required: "yes"
`
    const errors = errorsOf(text)
    expect(errors.map(e => [e.line, e.message])).toEqual([
      [7, 'item `a`: unknown check type `chekcs`'],
      [
        10,
        'item `b`: `check.allow[0]` is `succes`; expected one of `success`, `neutral`, `skipped`, `failure`, `cancelled`, `timed_out`, `action_required`, `stale`'
      ],
      [13, 'item `c`: `required` must be a boolean, not `yes`']
    ])
    expect(errors[0].fix).toMatch(/Did you mean `checks`\?/)
    expect(errors[1].fix).toBe('Did you mean `success`?')
  })

  it('reports a missing key at its parent', () => {
    const [e] = errorsOf('version: 1\nsections:\n  - title: A\n    items:\n      - id: a\n')
    expect(e).toMatchObject({ line: 5, message: 'item `a`: missing `title`' })
  })

  it('rejects bad ids and duplicate ids with the first occurrence', () => {
    const text = `version: 1
sections:
  - title: A
    items:
      - { id: Bad_Id, title: x }
      - { id: same, title: x }
      - { id: same, title: y }
`
    const bad = errorsOf(text)
    expect(bad[0]).toMatchObject({ line: 5, message: expect.stringContaining('`id` must be lower-case') })
    const dup = errorsOf(text.replace('Bad_Id', 'good'))
    expect(dup).toEqual([
      expect.objectContaining({ line: 7, message: 'item `same`: duplicate id `same` (first used on line 6)' })
    ])
  })

  it('enforces the shape of items and sign-offs', () => {
    const base = (item: string) => `version: 1\nsections:\n  - title: A\n    items:\n      - ${item}\n`
    expect(
      errorsOf(base('{ id: a, title: A, check: { type: checks, name: x }, items: [{ id: b, title: B }] }'))[0]
        .message
    ).toBe('item `a`: has both `check` and `items`')
    expect(
      errorsOf(
        base('{ id: a, title: A, check: { type: checks, name: x }, signoff: { by: x, date: 2026-01-01 } }')
      )[0].message
    ).toBe('item `a`: has a `signoff` but is not a manual item')
    expect(errorsOf(base('{ id: a, title: A, signoff: { by: x, date: 2026-12-01 } }'))[0].message).toMatch(
      /in the future/
    )
    expect(
      errorsOf(base('{ id: a, title: A, signoff: { by: x, date: 2026-01-01, expires: 2026-01-01 } }'))[0]
        .message
    ).toMatch(/is not after/)
    expect(errorsOf(base('{ id: a, title: A, signoff: { by: x, date: 2026-02-30 } }'))[0].message).toMatch(
      /real calendar date/
    )
    expect(errorsOf(base('{ id: a, title: A, check: { type: coverage, min: 80 } }'))[0].message).toMatch(
      /exactly one source/
    )
    expect(
      errorsOf(base('{ id: a, title: A, check: { type: file, path: x, contains: "/(/" } }'))[0].message
    ).toMatch(/not a valid regular expression/)
  })

  it('gives YAML syntax errors a position and survives empty files and alias bombs', () => {
    const [syntax] = errorsOf('version: 1\nsections:\n  - title: "A\n')
    expect(syntax.message).toMatch(/^YAML syntax:/)
    expect(syntax.line).toBeGreaterThanOrEqual(3)
    expect(errorsOf('')[0].message).toBe('the file is empty')
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const n of ['b', 'c', 'd', 'e', 'f'])
      bomb.push(
        `${n}: &${n} [${Array(9)
          .fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`)
          .join(', ')}]`
      )
    expect(errorsOf(bomb.join('\n'))[0].message).toMatch(/alias/i)
    expect(errorsOf('- just\n- a list\n')[0].message).toMatch(/must be a mapping, not a list/)
  })

  it('refuses a checklist without a required item, at the `required: false` that makes it so', () => {
    const advisoryOnly = `version: 1
sections:
  - title: Testing
    items:
      - id: tests
        title: Tests
        required: false
        items:
          - { id: unit, title: Unit, check: { type: checks, name: unit } }
      - { id: lint, title: Lint, required: false, check: { type: checks, name: lint } }
`
    expect(errorsOf(advisoryOnly)).toEqual([
      {
        file: '.github/readiness.yml',
        ref: 'main',
        line: 5,
        column: 9,
        message:
          'the checklist has no required item: every item is advisory (`required: false`, or in a group that is), so the verdict would pass whatever the evidence says',
        fix: 'Make the items that must hold before release required: remove `required: false` from them and from the groups they are in.'
      }
    ])
    // One required leaf anywhere is enough, however deep.
    expect(
      parseChecklist(
        advisoryOnly.replace('{ id: unit, title: Unit,', '{ id: unit, title: Unit, required: true,'),
        opts
      ).ok
    ).toBe(false)
    expect(parseChecklist(advisoryOnly.replace(/required: false\n {8}items/, 'items'), opts).ok).toBe(true)
  })

  it('warns about the outermost required group whose items are all advisory', () => {
    const r = parseChecklist(
      `version: 1
sections:
  - title: Release
    items:
      - { id: unit, title: Unit, check: { type: checks, name: unit } }
      - id: security
        title: Security
        items:
          - { id: pentest, title: Pentest, required: false }
          - id: scans
            title: Scans
            items:
              - { id: sast, title: SAST, required: false, check: { type: code-scanning } }
      - id: docs
        title: Docs
        required: false
        items:
          - { id: runbook, title: Runbook, required: false }
      - id: ops
        title: Ops
        items:
          - { id: oncall, title: On-call, required: false }
          - { id: alerts, title: Alerts }
`,
      opts
    )
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(checkWarnings(r.checklist)).toEqual([
      {
        line: 6,
        column: 9,
        message:
          'group `security` is required, but every item in it is advisory (`required: false`), so it never blocks the verdict',
        fix: 'Make the items that must hold required, or mark the group `required: false` to say it is advisory.'
      }
    ])
    // An advisory group is said to be advisory: nothing to warn about.
    const plain = parseChecklist(valid, opts)
    expect(plain.ok && checkWarnings(plain.checklist)).toEqual([])
  })

  it('suggests only close words', () => {
    expect(closest('chek', ['check', 'items'])).toBe('check')
    expect(closest('zzzz', ['check', 'items'])).toBeUndefined()
  })
})
