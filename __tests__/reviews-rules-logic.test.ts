import { readable } from '../harness/readable.js'
import { describe, expect, it } from '@jest/globals'
import { evaluateReviews, latestDecisions, writeAccessOf } from '../src/evaluate/reviews.js'
import { requirementsOfRules } from '../src/evaluate/branch-rules.js'
import type { EvalContext } from '../src/evaluate/outcome.js'
import { ApiError } from '../src/github/api-error.js'
import type { Gateway } from '../src/github/gateway.js'
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

describe('who can approve: people with write access, as GitHub counts required reviews', () => {
  it('decides by association where it is certain, and asks GitHub for members and collaborators', () => {
    expect(writeAccessOf('OWNER')).toBe('yes')
    for (const none of ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'])
      expect(writeAccessOf(none)).toBe('no')
    // A member may hold only the organisation's base permission (read), a collaborator only triage.
    expect(writeAccessOf('MEMBER')).toBe('ask')
    expect(writeAccessOf('COLLABORATOR')).toBe('ask')
    expect(writeAccessOf(undefined)).toBe('ask')
    expect(writeAccessOf('SOMETHING_NEW')).toBe('ask')
  })

  /** evaluateReviews over these reviews, with `permissions` as the permission endpoint's answers. */
  function evaluate(
    reviews: Review[],
    permissions: Record<string, string | ApiError>,
    min = 1
  ): { outcome: ReturnType<typeof evaluateReviews>; asked: string[] } {
    const asked: string[] = []
    const gateway = {
      reviews: async () => reviews,
      collaboratorPermission: async (login: string) => {
        asked.push(login)
        const answer = permissions[login]
        if (answer instanceof ApiError) throw answer
        return { permission: answer ?? 'none' }
      }
    } as unknown as Gateway
    const ctx = {
      target: {
        kind: 'pull-request',
        sha: 'head',
        pr: { number: 7, author: 'author', headSha: 'head' }
      },
      gateway
    } as unknown as EvalContext
    return { outcome: evaluateReviews({ type: 'reviews', min }, ctx), asked }
  }
  const approval = (id: number, login: string, association: string): Review => ({
    ...review(id, login, 'APPROVED', `2026-11-0${id}T00:00:00Z`),
    author_association: association
  })

  it('does not count approvals of people who cannot write, whatever they are called', async () => {
    const { outcome, asked } = evaluate(
      [
        approval(1, 'drive-by', 'CONTRIBUTOR'),
        approval(2, 'first', 'FIRST_TIME_CONTRIBUTOR'),
        approval(3, 'reader', 'MEMBER'),
        approval(4, 'triager', 'COLLABORATOR')
      ],
      { reader: 'read', triager: 'read' }
    )
    expect(readable(await outcome)).toEqual({
      state: 'fail',
      summary:
        '0 of 1 approval; approvals without write access do not count: `drive-by`, `first`, `reader`, `triager`'
    })
    // Only the ambiguous associations cost a request.
    expect(asked.sort()).toEqual(['reader', 'triager'])
  })

  it('counts the owner, and members or collaborators with write, maintain (write) or admin', async () => {
    const { outcome } = evaluate(
      [approval(1, 'owner', 'OWNER'), approval(2, 'dev', 'MEMBER'), approval(3, 'ops', 'COLLABORATOR')],
      { dev: 'write', ops: 'admin' },
      3
    )
    expect(readable(await outcome)).toEqual({
      state: 'pass',
      summary: '3 of 3 approvals (`owner`, `dev`, `ops`)'
    })
  })

  it('is `unknown` with the fix when write access cannot be checked and it decides the item', async () => {
    const refused = new ApiError(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      403,
      'Must have push access to view collaborator permission.'
    )
    const { outcome } = evaluate([approval(1, 'dev', 'MEMBER')], { dev: refused })
    expect(readable(await outcome)).toEqual({
      state: 'unknown',
      summary:
        '0 of 1 approval; could not check whether `dev` can write to the repository (GET /repos/{owner}/{repo}/collaborators/{username}/permission answered 403: Must have push access to view collaborator permission.)',
      fix: expect.stringContaining('a personal access token must belong to someone with push access')
    })
    // Enough verified approvals without the unverified one: the refusal does not matter.
    const enough = evaluate([approval(1, 'owner', 'OWNER'), approval(2, 'dev', 'MEMBER')], { dev: refused })
    expect(readable((await enough.outcome).state)).toBe('pass')
    // Too few approvals even if it counted: a plain fail.
    const few = evaluate([approval(2, 'dev', 'MEMBER')], { dev: refused }, 2)
    expect(readable((await few.outcome).state)).toBe('fail')
  })

  it('takes a 404 from the permission endpoint as unverified, never as write access', async () => {
    const gone = new ApiError(
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      404,
      'Not Found'
    )
    const { outcome } = evaluate([approval(1, 'ghost', 'COLLABORATOR')], { ghost: gone })
    expect(readable(await outcome)).toMatchObject({
      state: 'unknown',
      summary: expect.stringContaining('permission answered 404: Not Found')
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
