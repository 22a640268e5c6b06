import { describe, expect, it } from '@jest/globals'
import { latestDecisions } from '../src/evaluate/reviews.js'
import { requirementsOfRules } from '../src/evaluate/branch-rules.js'
import type { Review } from '../src/github/shapes.js'

const review = (id: number, login: string, state: string, at: string, type = 'User'): Review => ({
  id,
  user: { login, type },
  state,
  commit_id: 'head',
  submitted_at: at
})

describe('latest review decision per reviewer', () => {
  it('lets a later decision replace an earlier one, ignoring comments, the author and bots', () => {
    const latest = latestDecisions(
      [
        review(1, 'alice', 'APPROVED', '2026-11-01T00:00:00Z'),
        review(2, 'alice', 'COMMENTED', '2026-11-02T00:00:00Z'),
        review(3, 'bob', 'APPROVED', '2026-11-01T00:00:00Z'),
        review(4, 'bob', 'CHANGES_REQUESTED', '2026-11-03T00:00:00Z'),
        review(5, 'carol', 'APPROVED', '2026-11-01T00:00:00Z'),
        review(6, 'carol', 'DISMISSED', '2026-11-04T00:00:00Z'),
        review(7, 'author', 'APPROVED', '2026-11-01T00:00:00Z'),
        review(8, 'renovate[bot]', 'APPROVED', '2026-11-01T00:00:00Z', 'Bot')
      ],
      'author'
    )
    expect(Object.fromEntries([...latest].map(([login, r]) => [login, r.state]))).toEqual({
      alice: 'APPROVED',
      bob: 'CHANGES_REQUESTED',
      carol: 'DISMISSED'
    })
  })
})

describe('requirements of branch rules', () => {
  it('collects required contexts and the highest review count across rulesets', () => {
    expect(
      requirementsOfRules([
        {
          type: 'required_status_checks',
          parameters: { required_status_checks: [{ context: 'test' }, { context: 'lint' }] }
        },
        { type: 'pull_request', parameters: { required_approving_review_count: 1 } },
        { type: 'pull_request', parameters: { required_approving_review_count: 2 } },
        { type: 'deletion' }
      ])
    ).toEqual({ checks: new Set(['test', 'lint']), reviews: 2 })
  })
})
