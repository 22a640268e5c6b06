// Needles: plain text or RE2 patterns, matched in time linear in the text.
import { describe, expect, it } from '@jest/globals'
import { containsNeedle, findNeedle, literalPattern, parseNeedle } from '../src/text/needle.js'

const needle = (raw: string) => {
  const parsed = parseNeedle(raw)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  return parsed.needle
}

describe('parseNeedle', () => {
  it('reads `/…/flags` as a pattern and anything else as plain text', () => {
    expect(needle('/on-?call/i')).toMatchObject({ kind: 'pattern', source: 'on-?call', flags: 'i' })
    expect(needle('## Escalation')).toEqual({ kind: 'text', text: '## Escalation' })
    expect(needle('/api/v1')).toEqual({ kind: 'text', text: '/api/v1' })
  })

  it('gives i, m and s their meaning, and ignores g', () => {
    expect(findNeedle('ON CALL', needle('/on.call/i'))).toBe(true)
    expect(findNeedle('ON CALL', needle('/on.call/'))).toBe(false)
    expect(findNeedle('a\nRollback\nb', needle('/^Rollback$/m'))).toBe(true)
    expect(findNeedle('a\nRollback\nb', needle('/^Rollback$/'))).toBe(false)
    expect(findNeedle('a\nb', needle('/a.b/s'))).toBe(true)
    expect(findNeedle('a\nb', needle('/a.b/'))).toBe(false)
    expect(findNeedle('xyz', needle('/y/g'))).toBe(true)
  })

  it('matches plain text literally and case-sensitively', () => {
    expect(findNeedle('see (a+)+ here', needle('(a+)+'))).toBe(true)
    expect(findNeedle('RTO', needle('rto'))).toBe(false)
  })

  it('refuses what RE2 cannot run in linear time, and unknown flags', () => {
    for (const [raw, words] of [
      ['/(a)\\1/', 'a backreference (`\\1`)'],
      ['/(?<q>a)\\k<q>/', 'a named backreference'],
      ['/a(?=b)/', 'a lookahead'],
      ['/(?<!a)b/', 'a lookbehind'],
      ['/x/y', 'unsupported flag `y`'],
      ['/x/d', 'unsupported flag `d`'],
      ['/(/', 'missing closing )']
    ]) {
      const parsed = parseNeedle(raw)
      expect(parsed.ok).toBe(false)
      expect(!parsed.ok && parsed.problem.message).toContain(words)
      expect(!parsed.ok && parsed.problem.fix.length).toBeGreaterThan(10)
    }
  })

  it('offers a literal pattern that matches exactly the text it was given', () => {
    for (const text of ['/etc/passwd', '/a+b/', 'x.y*(z)', '[1]{2}|^$\\']) {
      const pattern = literalPattern(text)
      expect(findNeedle(`before ${text} after`, needle(pattern))).toBe(true)
      expect(findNeedle(text.replace(/./, '_'), needle(pattern))).toBe(false)
    }
  })
})

describe('containsNeedle on large input', () => {
  const line = 'a'.repeat(1e6) + '!'

  // A backtracking engine takes exponential time on these; RE2 answers in linear time. Speed goals
  // live in the bench; the limit here only keeps a hang from passing unnoticed.
  it.each(['/(a+)+$/', '/(a|aa)+$/', '/(.*a){12}$/', '/^(a|a?)+$/'])(
    '%s on a 1 MB line finishes',
    pattern => {
      const started = Date.now()
      expect(containsNeedle(line, pattern)).toBe(false)
      expect(Date.now() - started).toBeLessThan(5000)
    }
  )

  it('still finds what is there', () => {
    expect(containsNeedle(line, '/(a+)+!$/')).toBe(true)
    expect(containsNeedle(line, '/a{1000}!/')).toBe(true)
  })

  it('throws on a needle the validator would refuse (never reached from a valid checklist)', () => {
    expect(() => containsNeedle('x', '/(a)\\1/')).toThrow(/backreference/)
  })
})
