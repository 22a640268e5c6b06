import { describe, expect, it } from '@jest/globals'
import { globMatches } from '../src/evaluate/glob.js'
import { contextKey, latestRuns, latestStatuses } from '../src/evaluate/checks.js'
import { ownCheckRunIds } from '../src/evaluate/own-job.js'
import type { RunnerContext } from '../src/event/runner-context.js'
import type { CheckRun, CommitStatus, Job } from '../src/github/shapes.js'

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

  it('groups contexts case-insensitively, as GitHub does: a later `CI/test` replaces `ci/test`', () => {
    const s = (id: number, context: string, state: string, at: string): CommitStatus => ({
      id,
      context,
      state,
      created_at: at
    })
    const hidden = latestStatuses([
      s(1, 'ci/test', 'success', '2026-01-01T00:00:01Z'),
      s(2, 'CI/test', 'failure', '2026-01-01T00:00:02Z'),
      s(3, 'ci/lint', 'success', '2026-01-01T00:00:01Z')
    ])
    expect(hidden.map(x => [x.context, x.state])).toEqual([
      ['CI/test', 'failure'],
      ['ci/lint', 'success']
    ])
    const replaced = latestStatuses([
      s(4, 'CI/Test', 'failure', '2026-01-01T00:00:01Z'),
      s(5, 'ci/test', 'success', '2026-01-01T00:00:02Z')
    ])
    expect(replaced.map(x => x.id)).toEqual([5])
    expect(contextKey('CI/Test')).toBe(contextKey('ci/test'))
  })
})

describe("the gate's own job", () => {
  const runner: RunnerContext = {
    eventName: 'pull_request',
    payload: {},
    owner: 'acme',
    repo: 'shop',
    sha: '',
    ref: '',
    job: 'gate',
    runId: 9001,
    runAttempt: 3,
    runnerName: 'GitHub Actions 2',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runnerTemp: ''
  }
  const job = (id: number, name: string, attempt: number, status: string, runnerName: string): Job => ({
    id,
    name,
    run_attempt: attempt,
    status,
    runner_name: runnerName,
    check_run_url: `https://api.github.com/repos/acme/shop/check-runs/${id}`
  })

  it('is the in-progress job on this runner and the same job in every earlier attempt, nothing else', () => {
    const ids = ownCheckRunIds(
      [
        job(1, 'Release readiness', 1, 'completed', 'GitHub Actions 9'),
        job(2, 'Release readiness', 2, 'completed', 'GitHub Actions 4'),
        job(3, 'Release readiness', 3, 'in_progress', 'GitHub Actions 2'),
        job(4, 'test (20)', 3, 'in_progress', 'GitHub Actions 5'),
        job(5, 'test (20)', 1, 'completed', 'GitHub Actions 9')
      ],
      runner
    )
    expect([...ids].sort()).toEqual([1, 2, 3])
  })

  it('is nothing when no job of this attempt runs on this runner (the caller then falls back to GITHUB_JOB)', () => {
    expect(
      ownCheckRunIds([job(1, 'Release readiness', 3, 'completed', 'GitHub Actions 2')], runner).size
    ).toBe(0)
  })
})
