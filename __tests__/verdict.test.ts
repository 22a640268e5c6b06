import { readable } from '../harness/readable.js'
import { describe, expect, it } from '@jest/globals'
import { countStates, verdictOf } from '../src/verdict/states.js'
import { evaluateManual } from '../src/evaluate/manual.js'
import type { ChecklistItem } from '../src/checklist/model.js'

describe('states and verdict', () => {
  it('takes the verdict over required items', () => {
    expect(verdictOf(['pass', 'signed-off', 'skipped'])).toBe('pass')
    expect(verdictOf(['pass', 'unknown'])).toBe('fail')
    expect(verdictOf(['pending', 'manual'])).toBe('pending')
    expect(verdictOf(['pending', 'fail'])).toBe('fail')
    expect(verdictOf(['pass', 'manual'])).toBe('fail')
  })

  it('counts passed as pass + signed-off and leaves skipped out of the others', () => {
    expect(
      readable(countStates(['pass', 'signed-off', 'fail', 'manual', 'skipped', 'unknown', 'pending']))
    ).toEqual({
      passed: 2,
      failed: 1,
      pending: 1,
      unknown: 1,
      manual: 1,
      waived: 0,
      skipped: 1,
      total: 7
    })
  })
})

describe('manual items and sign-offs', () => {
  const item = (signoff?: ChecklistItem['signoff']): ChecklistItem => ({
    id: 'pentest',
    title: 'Pen test',
    required: true,
    owner: '@acme/security',
    signoff,
    line: 1,
    column: 1
  })

  it('is outstanding without a sign-off and names the owner', () => {
    expect(readable(evaluateManual(item(), '2026-11-28'))).toEqual({
      state: 'manual',
      summary: 'awaiting sign-off by `@acme/security`'
    })
  })

  it('holds through the expiry date inclusive, then is outstanding again', () => {
    const s = { by: '@alice', date: '2026-01-01', expires: '2026-11-28' }
    expect(readable(evaluateManual(item(s), '2026-11-28').state)).toBe('signed-off')
    const expired = evaluateManual(item(s), '2026-11-29')
    expect(readable(expired.state)).toBe('manual')
    expect(readable(expired.summary)).toMatch(/expired on 2026-11-28/)
  })

  it('holds forever without an expiry', () => {
    expect(readable(evaluateManual(item({ by: '@alice', date: '2020-01-01' }), '2026-11-28'))).toMatchObject({
      state: 'signed-off',
      summary: 'signed off by `@alice` on 2020-01-01'
    })
  })
})
