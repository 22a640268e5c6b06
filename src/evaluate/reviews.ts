import type { CheckSpec } from '../checklist/schema.js'
import type { Gateway } from '../github/gateway.js'
import type { Review } from '../github/shapes.js'
import { code, join, plainText, say, type Phrase } from '../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type ReviewsCheck = Extract<CheckSpec, { type: 'reviews' }>

/** Reviews that express a decision; comments and unsubmitted drafts do not change one. */
const DECISIONS = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission'

/**
 * Whether a review's author can write to the repository, from the review's `author_association`:
 * the owner can; a contributor, first-timer, mannequin or anyone without an association cannot
 * (write access comes only from being a collaborator or a member); a MEMBER or COLLABORATOR may hold
 * read or triage only, so for them (and any association this version does not know) GitHub is asked.
 */
export function writeAccessOf(association: string | undefined): 'yes' | 'no' | 'ask' {
  if (association === 'OWNER') return 'yes'
  if (
    ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'].includes(association ?? '')
  )
    return 'no'
  return 'ask'
}

/** The legacy `permission` of the permission endpoint: maintain is reported as write, triage as read. */
const WRITE_PERMISSIONS = new Set(['admin', 'write'])

type Access = { review: Review; access: 'yes' | 'no' } | { review: Review; access: 'unknown'; error: unknown }

/** A reviewer's write access: by association, else by the collaborator permission endpoint. */
async function accessOf(review: Review, gateway: Gateway): Promise<Access> {
  const rule = writeAccessOf(review.author_association)
  if (rule !== 'ask') return { review, access: rule }
  try {
    const { permission } = await gateway.collaboratorPermission(review.user?.login ?? '')
    return { review, access: WRITE_PERMISSIONS.has(permission) ? 'yes' : 'no' }
  } catch (error) {
    // Any refusal, a 404 included, leaves the approval unverified: it never counts as a pass.
    return { review, access: 'unknown', error }
  }
}

/**
 * `reviews` (docs/check-types.md): at least `min` distinct reviewers — not the PR's author, not bots, and able to
 * write to the repository, as GitHub's required reviews count them — whose latest decision is an
 * approval (of the head commit, with `fresh`). Not a PR: `skipped`.
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
  const approvals = [...latest.values()].filter(
    r => r.state === 'APPROVED' && (!check.fresh || r.commit_id === pr.headSha)
  )
  const access = await Promise.all(approvals.map(r => accessOf(r, ctx.gateway)))
  const approvers = access.filter(a => a.access === 'yes').map(a => a.review)
  const readers = access.filter(a => a.access === 'no').map(a => a.review)
  const unverified = access.filter(a => a.access === 'unknown')
  const stale = check.fresh
    ? [...latest.values()].filter(r => r.state === 'APPROVED' && r.commit_id !== pr.headSha)
    : []
  const blocking = [...latest.values()].filter(r => r.state === 'CHANGES_REQUESTED')
  const names = (rs: Review[]) => join(rs.map(r => code(r.user?.login ?? '?')))
  const parts: Phrase[] = [
    say`${approvers.length} of ${min} approval${min === 1 ? '' : 's'}${approvers.length > 0 && say` (${names(approvers)})`}`
  ]
  if (readers.length > 0) parts.push(say`approvals without write access do not count: ${names(readers)}`)
  if (stale.length > 0) parts.push(say`approvals of an older commit do not count: ${names(stale)}`)
  if (blocking.length > 0) parts.push(say`changes requested by ${names(blocking)}`)
  if (approvers.length >= min) return { state: 'pass', summary: join(parts, '; ') }
  if (unverified.length > 0 && approvers.length + unverified.length >= min) {
    // Enough approvals, but whether they count could not be checked: never a pass.
    const { summary } = unknownFromError(unverified[0].error, PERMISSION, 'metadata: read')
    return {
      state: 'unknown',
      summary: say`${join(parts, '; ')}; could not check whether ${names(unverified.map(u => u.review))} can write to the repository (${plainText(summary).replace(/^could not verify: /, '')})`,
      fix: 'Use a token that may read collaborator permissions: the workflow GITHUB_TOKEN or a GitHub App token can; a personal access token must belong to someone with push access to the repository.'
    }
  }
  return { state: 'fail', summary: join(parts, '; ') }
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
