import type { CheckSpec } from '../checklist/schema.js'
import type { Review } from '../github/shapes.js'
import { code, join, say, type Phrase } from '../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type ReviewsCheck = Extract<CheckSpec, { type: 'reviews' }>

/** Reviews that express a decision; comments and unsubmitted drafts do not change one. */
const DECISIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

/**
 * `reviews` (docs/check-types.md): at least `min` distinct reviewers — not the PR's author, not bots — whose
 * latest decision is an approval (of the head commit, with `fresh`). Not a PR: `skipped`.
 */
export async function evaluateReviews(check: ReviewsCheck, ctx: EvalContext): Promise<Outcome> {
  const pr = ctx.target.pr
  if (!pr) return { state: 'skipped', summary: ['not a pull request'] }
  let reviews: Review[]
  try {
    reviews = await ctx.gateway.reviews(pr.number)
  } catch (error) {
    return unknownFromError(
      error,
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      'pull-requests: read'
    )
  }
  const min = check.min ?? 1
  const latest = latestDecisions(reviews, pr.author)
  const approvers = [...latest.values()].filter(
    r => r.state === 'APPROVED' && (!check.fresh || r.commit_id === pr.headSha)
  )
  const stale = check.fresh
    ? [...latest.values()].filter(r => r.state === 'APPROVED' && r.commit_id !== pr.headSha)
    : []
  const blocking = [...latest.values()].filter(r => r.state === 'CHANGES_REQUESTED')
  const names = (rs: Review[]) => join(rs.map(r => code(r.user?.login ?? '?')))
  const parts: Phrase[] = [
    say`${approvers.length} of ${min} approval${min === 1 ? '' : 's'}${approvers.length > 0 && say` (${names(approvers)})`}`
  ]
  if (stale.length > 0) parts.push(say`approvals of an older commit do not count: ${names(stale)}`)
  if (blocking.length > 0) parts.push(say`changes requested by ${names(blocking)}`)
  return { state: approvers.length >= min ? 'pass' : 'fail', summary: join(parts, '; ') }
}

/** The latest decision of each eligible reviewer, in submission order. */
export function latestDecisions(reviews: readonly Review[], author: string): Map<string, Review> {
  const latest = new Map<string, Review>()
  const ordered = [...reviews].sort(
    (a, b) => (a.submitted_at ?? '').localeCompare(b.submitted_at ?? '') || a.id - b.id
  )
  for (const r of ordered) {
    const login = r.user?.login
    if (!login || login === author || r.user?.type === 'Bot' || login.endsWith('[bot]')) continue
    if (DECISIONS.has(r.state)) latest.set(login, r)
  }
  return latest
}
