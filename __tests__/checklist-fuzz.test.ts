// Any byte string yields a checklist or positioned errors: never a crash, never a hang.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parseChecklist } from '../src/checklist/parse.js'

const opts = { file: '.github/readiness.yml', ref: 'main', today: '2026-11-28' }
const production = readFileSync('checklist/production.yml', 'utf8')

/** The parser's contract: a result, and every error has a message and sane positions. */
function holdsContract(text: string): boolean {
  const result = parseChecklist(text, opts)
  if (result.ok) return result.checklist.sections.length > 0
  const lines = text.split('\n').length
  return (
    result.errors.length > 0 &&
    result.errors.every(
      e =>
        e.message.length > 0 &&
        e.file === opts.file &&
        (e.line === undefined || (Number.isInteger(e.line) && e.line >= 1 && e.line <= lines + 1)) &&
        (e.column === undefined || (Number.isInteger(e.column) && e.column >= 1))
    )
  )
}

/** Bytes as a runner would decode them: UTF-8 with replacement characters. */
const bytes = fc.uint8Array({ maxLength: 2048 }).map(b => Buffer.from(b).toString('utf8'))

/** YAML-ish text: fragments of the real checklist's vocabulary, indentation and punctuation. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'version: 1\n',
        'sections:\n',
        '  - title: A\n',
        '    items:\n',
        '      - id: a\n',
        '        title: T\n'
      ),
      fc.constantFrom(
        'check: { type: checks, name: x }\n',
        'signoff: { by: x, date: 2026-01-01 }\n',
        'items:\n',
        'required: false\n'
      ),
      fc.constantFrom(
        '&a ',
        '*a',
        '<<: *a\n',
        '- ',
        ': ',
        '{',
        '}',
        '[',
        ']',
        '"',
        "'",
        '#',
        '|\n',
        '>\n',
        '---\n',
        '\t',
        '\n'
      ),
      fc.string({ maxLength: 12 })
    ),
    { maxLength: 60 }
  )
  .map(parts => parts.join(''))

/** The production checklist with a slice cut out and random text put in its place. */
const mutated = fc
  .tuple(fc.nat(production.length), fc.nat(200), fc.string({ maxLength: 40 }))
  .map(([at, cut, insert]) => production.slice(0, at) + insert + production.slice(at + cut))

describe('the checklist parser under fuzzing', () => {
  it('never throws on arbitrary bytes', () => {
    expect(() => fc.assert(fc.property(bytes, holdsContract), { numRuns: 400 })).not.toThrow()
  })

  it('never throws on YAML-shaped noise', () => {
    expect(() => fc.assert(fc.property(yamlish, holdsContract), { numRuns: 400 })).not.toThrow()
  })

  it('never throws on a mutated real checklist, and positions stay inside the file', () => {
    // Each case parses the whole 24 KB production checklist (about 20 ms of YAML parsing): 100 cases
    // rather than 300 keep each case as strong and cost a third. fast-check draws a new seed every
    // run, so the cut positions covered grow run after run; a failure prints its seed to replay.
    expect(() => fc.assert(fc.property(mutated, holdsContract), { numRuns: 100 })).not.toThrow()
  })

  it('refuses deep alias expansion (billion laughs) instead of exhausting memory', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const result = parseChecklist(levels.join('\n'), opts)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0].message).toMatch(/alias/i)
  })
})
