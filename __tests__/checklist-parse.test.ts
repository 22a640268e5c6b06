import { describe, expect, it } from '@jest/globals'
import { parseChecklist } from '../src/checklist/parse.js'
import { closest } from '../src/text/closest.js'
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
      [13, 'item `c`: `required` is the text `yes`; expected `true` or `false`']
    ])
    expect(errors[0].fix).toMatch(/Did you mean `checks`\?/)
    expect(errors[1].fix).toBe('Did you mean `success`?')
    expect(errors[2].fix).toBe('Write `required: true` (YAML 1.2 reads `yes` as text).')
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
    expect(bad[0]).toMatchObject({
      line: 5,
      message: expect.stringContaining('`id` is `Bad_Id`; it must be lower-case'),
      fix: 'Write it as `bad_id`.'
    })
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
    ).toMatch(/is `\/\(\/`, which is not a valid regular expression: missing closing \)/)
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
    expect(errorsOf('- just\n- a list\n')[0].message).toBe(
      'the checklist is a list; expected a mapping (`key: value` lines)'
    )
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

describe('checklist errors in words a YAML author recognises', () => {
  const one = (item: string) => `version: 1\nsections:\n  - title: A\n    items:\n      - ${item}\n`
  const only = (text: string) => {
    const errors = errorsOf(text)
    expect(errors).toHaveLength(1)
    return errors[0]
  }

  it('tells a quoted number from a number, and says to drop the quotes', () => {
    const e = only('version: "1"\nsections:\n  - title: A\n    items:\n      - { id: a, title: A }\n')
    expect(e).toMatchObject({
      line: 1,
      column: 10,
      message: 'the checklist: `version` is the text "1" (in quotes, so not a number); expected the number 1',
      fix: 'Write `version: 1` without quotes.'
    })
    expect(only(one('{ id: a, title: A, check: { type: reviews, min: "2" } }'))).toMatchObject({
      message: 'item `a`: `check.min` is the text "2" (in quotes, so not a number); expected a number',
      fix: 'Write `min: 2` without quotes.'
    })
    expect(only('version: 2\nsections: [{ title: A, items: [{ id: a, title: A }] }]\n')).toMatchObject({
      message: 'the checklist: `version` is the number 2; expected `1`',
      fix: 'Write `version: 1`.'
    })
  })

  it('names each unknown key at its own position with the nearest known key', () => {
    const errors = errorsOf(one('{ id: a, title: A, requird: false, ownr: "@x", colour: red }'))
    expect(errors.map(e => [e.column, e.message, e.fix?.split('?')[0]])).toEqual([
      [28, 'item `a`: unknown key `requird`', 'Did you mean `required`'],
      [44, 'item `a`: unknown key `ownr`', 'Did you mean `owner`'],
      [56, 'item `a`: unknown key `colour`', expect.stringMatching(/^Remove it; allowed keys: id, title/)]
    ])
    expect(
      only(one('{ id: a, title: A, check: { type: coverage, min: 80, artifact: c, formt: lcov } }'))
    ).toMatchObject({
      message: 'item `a`: unknown key `formt` in `check`',
      fix: expect.stringMatching(/^Did you mean `format`\?/)
    })
  })

  it('says which kind of value was given and which is expected', () => {
    const cases: [string, string, string][] = [
      [
        '{ id: a, title: A, description: 12 }',
        'item `a`: `description` is the number 12; expected text',
        'Quote it: `description: "12"`.'
      ],
      [
        '{ id: a, title: A, owner: }',
        'item `a`: `owner` is empty (null); expected text or a list of texts',
        'Write `owner: some-text` or `owner: [one, two]`.'
      ],
      [
        '{ id: a, title: A, check: { type: reviews, min: 1.5 } }',
        'item `a`: `check.min` is the number 1.5; expected a whole number',
        'Use a whole number, e.g. `min: 2`.'
      ],
      [
        '{ id: a, title: A, check: { type: file, path: 3 } }',
        'item `a`: `check.path` is the number 3; expected text or a list of texts',
        'Write `path: some-text` or `path: [one, two]`.'
      ],
      [
        '{ id: a, title: A, check: { type: 3 } }',
        'item `a`: `check.type` is the number 3; expected the name of a check type',
        expect.stringMatching(/^Check types: `checks`, `coverage`/) as unknown as string
      ],
      [
        '{ id: a, title: A, check: { name: x } }',
        'item `a`: missing `check.type`',
        expect.stringMatching(/^Add `type:` with one of `checks`/) as unknown as string
      ]
    ]
    for (const [item, message, fix] of cases) expect(only(one(item))).toMatchObject({ message, fix })
    // A wrong entry in a list is named and pointed at, not the whole list.
    expect(only(one('{ id: a, title: A, check: { type: file, path: x, contains: [ok, 1] } }'))).toMatchObject(
      {
        column: 73,
        message: 'item `a`: `check.contains[1]` is the number 1; expected text',
        fix: 'Quote it: `"1"`.'
      }
    )
    expect(only(one('{ id: a, title: A, required: "true" }'))).toMatchObject({
      message:
        'item `a`: `required` is the text "true" (in quotes, so not a true/false value); expected `true` or `false`',
      fix: 'Write `required: true` without quotes.'
    })
    expect(only('sections: [{ title: A, items: [{ id: a, title: A }] }]\n')).toMatchObject({
      message: 'the checklist: missing `version`',
      fix: 'Add `version: 1`.'
    })
    expect(only('version: 1\nsections: { title: A }\n')).toMatchObject({
      message: 'the checklist: `sections` is a mapping (`key: value` lines); expected a list',
      fix: 'Write each entry on its own line starting with `- `, or as `sections: [a, b]`.'
    })
  })

  it('lists the allowed values of an enum and suggests the nearest', () => {
    expect(
      only(one('{ id: a, title: A, check: { type: coverage, min: 80, artifact: c, format: lcv } }'))
    ).toMatchObject({
      message:
        'item `a`: `check.format` is `lcv`; expected one of `lcov`, `cobertura`, `istanbul`, `jacoco`, `go`, `auto`',
      fix: 'Did you mean `lcov`?'
    })
    expect(only(one('{ id: a, title: A, check: { type: dependabot, severity: 3 } }'))).toMatchObject({
      message:
        'item `a`: `check.severity` is the number 3; expected one of `critical`, `high`, `medium`, `low`',
      fix: 'Write one of `critical`, `high`, `medium`, `low`.'
    })
  })

  it('says what is too small or too big, with the bound', () => {
    const cases: [string, string, string][] = [
      [
        '{ id: a, title: A, check: { type: coverage, min: 120, artifact: c } }',
        'item `a`: `check.min` is 120; it must be at most 100',
        'Use 100 or less.'
      ],
      [
        '{ id: a, title: A, check: { type: dependabot, max: -1 } }',
        'item `a`: `check.max` is -1; it must be 0 or more',
        'Use 0 or more.'
      ],
      [
        '{ id: a, title: A, check: { type: checks, name: x, allow: [] } }',
        'item `a`: `check.allow` is an empty list; it must list at least one entry',
        'List at least one entry under `allow`.'
      ],
      [
        '{ id: a, title: A, items: [] }',
        'item `a`: `items` is an empty list; a group needs at least one item',
        'List at least one entry under `items`.'
      ],
      ['{ id: a, title: "" }', 'item `a`: `title` is empty', 'Write a value after `title:`.']
    ]
    for (const [item, message, fix] of cases) expect(only(one(item))).toMatchObject({ message, fix })
  })

  it('gives one error for a date that is no date, and says why a wrong day is wrong', () => {
    expect(only(one('{ id: a, title: A, signoff: { by: x, date: yesterday } }'))).toMatchObject({
      message: 'item `a`: `signoff.date` is `yesterday`; it must be a date written YYYY-MM-DD',
      fix: 'Write it as YYYY-MM-DD, e.g. `date: 2026-11-20`.'
    })
    expect(only(one('{ id: a, title: A, signoff: { by: x, date: 2026-02-30 } }'))).toMatchObject({
      message: 'item `a`: `signoff.date` is `2026-02-30`, which is not a real calendar date',
      fix: 'Use a day that exists in that month.'
    })
  })
})

describe('regular expressions in the checklist', () => {
  const file = (contains: string) =>
    `version: 1\nsections:\n  - title: A\n    items:\n      - id: a\n        title: A\n        check:\n          type: file\n          path: x\n          contains:\n            - plain\n            - ${contains}\n`
  const problem = (contains: string) => {
    const errors = errorsOf(file(contains))
    expect(errors).toHaveLength(1)
    // Positioned at the offending entry itself.
    expect(errors[0]).toMatchObject({ line: 12, column: 15 })
    return errors[0]
  }

  it('accepts RE2 syntax with the flags i, m and s (and ignores g)', () => {
    for (const ok of ["'/^## Rollback$/m'", "'/on-?call/i'", "'/a.b/s'", "'/x/g'", "'/(?P<n>a)|(?<m>b)/'"])
      expect(parseChecklist(file(ok), opts).ok).toBe(true)
  })

  it('refuses backreferences and lookaround, naming the construct and the fix', () => {
    expect(problem("'/(a)x\\1/'")).toMatchObject({
      message: expect.stringMatching(
        /^item `a`: `check\.contains\[1\]` is `.*`, which uses a backreference \(`\\1`\): .*RE2 syntax, which matches in time linear in the file and has no backreferences$/
      ),
      fix: expect.stringMatching(/^Match each form the text can take instead/)
    })
    expect(problem("'/\\k<q>/'").message).toMatch(/uses a named backreference/)
    expect(problem("'/foo(?=bar)/'").message).toMatch(/uses a lookahead \(`\(\?=…\)`\).*has no lookaround$/)
    expect(problem("'/foo(?!bar)/'").message).toMatch(/uses a lookahead \(`\(\?!…\)`\)/)
    expect(problem("'/(?<=a)b/'").message).toMatch(/uses a lookbehind \(`\(\?<=…\)`\)/)
    expect(problem("'/(?<!a)b/'").message).toMatch(/uses a lookbehind \(`\(\?<!…\)`\)/)
    expect(problem("'/\\u00e9/'").fix).toBe(
      'Write the code point as `\\x{…}`, e.g. `\\x{00e9}` for `\\u00e9`.'
    )
  })

  it('refuses flags other than i, m, s and g, and shows how to match the text literally', () => {
    expect(problem("'/x/y'")).toMatchObject({
      message: expect.stringContaining('`x` with the unsupported flag `y` (`y` (sticky) would anchor'),
      fix: expect.stringContaining('to match the text `/x/y` itself, write `/\\/x\\/y/`')
    })
    expect(problem('/etc/passwd').message).toContain('with the unsupported flags `p`, `a`, `w`, `d`')
    expect(problem("'/x/u'").message).toContain('`u` is not needed')
  })

  it('refuses other invalid patterns with RE2 words', () => {
    expect(problem("'/a{2000}/'").message).toContain('a repeat count over 1000')
    expect(problem("'/a**/'").message).toContain('a repeat of a repeat')
    expect(problem("'/[a/'").message).toContain('is not a valid regular expression: missing closing ]')
  })
})

describe('nesting limits', () => {
  /** `groups` nested groups in flow style (one line), with a leaf item at the bottom. */
  const nested = (groups: number) => {
    let item = '{ id: leaf, title: Leaf, check: { type: file, path: x, contains: [a] } }'
    for (let i = groups; i >= 1; i--) item = `{ id: g${i}, title: G, items: [${item}] }`
    return `version: 1\nsections:\n  - title: S\n    items:\n      - ${item}\n`
  }

  it('accepts items inside 32 groups', () => {
    expect(parseChecklist(nested(32), opts).ok).toBe(true)
  })

  it('refuses an item inside 33 groups, at that item', () => {
    const text = nested(33)
    const [e, ...rest] = errorsOf(text)
    expect(rest).toEqual([])
    expect(e).toMatchObject({
      line: 5,
      column: text.split('\n')[4].indexOf('{ id: leaf') + 1,
      message: 'item `leaf` sits inside 33 nested groups; groups nest at most 32 deep',
      fix: 'Flatten the groups: an item may sit inside at most 32 groups.'
    })
  })

  it('refuses 10,000 levels with a positioned error instead of overflowing the stack', () => {
    const [e, ...rest] = errorsOf(nested(10_000))
    expect(rest).toEqual([])
    expect(e).toMatchObject({
      line: 5,
      message: 'the YAML nests more than 128 levels deep here',
      fix: 'Flatten the groups: an item may sit inside at most 32 groups.'
    })
    expect(e.column).toBeGreaterThan(1)
    // Deep block sequences on one line are refused the same way.
    expect(errorsOf(`version: 1\nsections:\n${'- '.repeat(10_000)}x\n`)[0].message).toBe(
      'the YAML nests more than 128 levels deep here'
    )
  })

  it('refuses thousands of aliases before composing them (which takes quadratic time)', () => {
    const lines = ['version: 1', 'x0: &x0 [a]']
    for (let i = 1; i <= 20_000; i++) lines.push(`x${i}: &x${i} [*x${i - 1}]`)
    const [e] = errorsOf(lines.join('\n'))
    expect(e).toMatchObject({ line: 1003, message: 'the YAML has more than 1000 aliases (`*name`)' })
  })
})
