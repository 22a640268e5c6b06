import { describe, expect, it } from '@jest/globals'
import { globMatches } from '../src/evaluate/glob.js'
import { latestRuns, latestStatuses } from '../src/evaluate/checks.js'
import type { CheckRun, CommitStatus } from '../src/github/shapes.js'

describe('check-name globs', () => {
  it('lets * span spaces and slashes, ? match one character, and is case-sensitive', () => {
    expect(globMatches('test*', 'test (ubuntu, 20)')).toBe(true)
    expect(globMatches('ci/*', 'ci/build/linux')).toBe(true)
    expect(globMatches('lint?', 'lint2')).toBe(true)
    expect(globMatches('lint?', 'lint')).toBe(false)
    expect(globMatches('Test*', 'test')).toBe(false)
  })

  it('treats every other character literally', () => {
    expect(globMatches('test (ubuntu, 20)', 'test (ubuntu, 20)')).toBe(true)
    expect(globMatches('a.b', 'axb')).toBe(false)
    expect(globMatches('[x]', 'x')).toBe(false)
    expect(globMatches('{a,b}', 'a')).toBe(false)
  })
})

describe('latest run per (app, name)', () => {
  const run = (id: number, name: string, started: string, conclusion: string, app = 1): CheckRun => ({
    id,
    name,
    status: 'completed',
    conclusion,
    started_at: started,
    app: { id: app }
  })

  it('a re-run replaces the earlier run, whichever way it went', () => {
    const failedThenPassed = latestRuns([
      run(1, 'test', '2026-11-28T10:00:00Z', 'failure'),
      run(2, 'test', '2026-11-28T10:05:00Z', 'success')
    ])
    expect(failedThenPassed.map(r => r.conclusion)).toEqual(['success'])
    const passedThenFailed = latestRuns([
      run(3, 'test', '2026-11-28T10:05:00Z', 'failure'),
      run(4, 'test', '2026-11-28T10:00:00Z', 'success')
    ])
    expect(passedThenFailed.map(r => r.conclusion)).toEqual(['failure'])
  })

  it('breaks a tie in start time by the higher id and keeps apps apart', () => {
    const runs = latestRuns([
      run(5, 'test', '2026-11-28T10:00:00Z', 'failure'),
      run(6, 'test', '2026-11-28T10:00:00Z', 'success'),
      run(7, 'test', '2026-11-28T09:00:00Z', 'failure', 2)
    ])
    expect(runs.map(r => r.id).sort()).toEqual([6, 7])
  })

  it('takes the newest status per context', () => {
    const s = (id: number, state: string, at: string): CommitStatus => ({
      id,
      context: 'ci',
      state,
      created_at: at
    })
    expect(
      latestStatuses([s(1, 'failure', '2026-01-01T00:00:01Z'), s(2, 'success', '2026-01-01T00:00:02Z')])
    ).toEqual([expect.objectContaining({ id: 2 })])
  })
})
