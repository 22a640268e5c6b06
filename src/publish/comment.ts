import type { Target } from '../event/target.js'
import { toApiError } from '../github/api-error.js'
import { BACKGROUND, type GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import { readPages } from '../github/paging.js'
import { CommentShape, PullShape, type IssueComment, type PullSummary } from '../github/shapes.js'
import { commentMarker } from '../render/comment.js'
import { handledLater } from './handled-later.js'
import { refused, type PublishOutcome } from './outcome.js'

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'
const DELETE = 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}'

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}'

/**
 * How old a read of the PR may be and still stand for "now" when the comment is written: a run for
 * a newer head that started after the read cannot have finished and commented within it.
 */
export const PULL_FRESH_MS = 5_000

/** The reads the sticky comment needs, started before it is written. */
export interface CommentReads {
  /** The PR (its head): `answeredAt` once GitHub answered, `failed` when it could not be read. */
  pull: { read: Promise<PullSummary>; answeredAt?: number; failed?: boolean }
  /** Its comments, every page. */
  comments: Promise<IssueComment[]>
}

/**
 * The PR and its comments, read while the checklist is evaluated (a busy PR has thousands of
 * comments, 100 a page): publishing then waits for neither. Nothing is lost by listing early: a
 * comment another run creates meanwhile is found by the listing after this run's own creation, as
 * in any race; the PR is read again at publishing when this read is no longer fresh.
 */
export function prefetchCommentReads(gh: GitHub, repo: RepoRef, target: Target): CommentReads | undefined {
  if (!target.pr) return undefined
  return {
    pull: readPull(gh, repo, target.pr.number, BACKGROUND),
    comments: handledLater(listComments(gh, repo, target.pr.number, { background: true }))
  }
}

/**
 * The reads for publishing now: `early` where still usable; the PR read again when the early read
 * failed or was answered more than PULL_FRESH_MS ago (one still on its way is as fresh as any).
 */
export function commentReads(
  gh: GitHub,
  repo: RepoRef,
  target: Target,
  early?: CommentReads
): CommentReads | undefined {
  const pr = target.pr
  if (!pr) return undefined
  const pull = early?.pull
  const fresh =
    pull !== undefined &&
    !pull.failed &&
    (pull.answeredAt === undefined || Date.now() - pull.answeredAt <= PULL_FRESH_MS)
  return {
    pull: fresh ? pull : readPull(gh, repo, pr.number),
    comments: early?.comments ?? handledLater(listComments(gh, repo, pr.number))
  }
}

function readPull(gh: GitHub, repo: RepoRef, number: number, request = {}): CommentReads['pull'] {
  const pull: CommentReads['pull'] = {
    read: handledLater(
      gh.request(PULL, { ...repo, pull_number: number, request }).then(
        response => {
          pull.answeredAt = Date.now()
          return PullShape.parse(response.data)
        },
        (error: unknown) => {
          pull.failed = true
          throw error
        }
      )
    )
  }
  return pull
}

/**
 * One sticky comment per PR and checklist: found again by its marker among the comments the gate's
 * own identity wrote (every page), updated in place, created only when there is none. A person's
 * comment is never edited, even when it quotes the marker. When two runs race and both create one,
 * the oldest is kept and the others are deleted, so every run converges on a single comment.
 * `author` is awaited only when a comment carries the marker: a first comment goes out beside the
 * verdict's status, an update after it.
 */
export async function publishComment(
  gh: GitHub,
  repo: RepoRef,
  target: Target,
  checklistPath: string,
  body: string,
  /** The gate's login when a status or check run it just posted told it. */
  author?: string | Promise<string | undefined>,
  early?: CommentReads,
  /** An audit's launch issue: its sticky comment holds the audit's report (no head to compare). */
  launchIssue?: number
): Promise<PublishOutcome> {
  const pr = target.pr
  const reads: { pull?: CommentReads['pull']; comments: Promise<IssueComment[]> } | undefined =
    commentReads(gh, repo, target, early) ??
    (launchIssue !== undefined ? { comments: handledLater(listComments(gh, repo, launchIssue)) } : undefined)
  const issueNumber = pr?.number ?? launchIssue
  if (issueNumber === undefined || !reads) return { posted: false, reason: 'not a pull request' }
  const marker = commentMarker(checklistPath)
  let endpoint = PULL
  try {
    // A run for an older head must not overwrite the comment of a newer one.
    const current = reads.pull ? await reads.pull.read : undefined
    if (current && current.head.sha !== target.sha) {
      return {
        posted: false,
        reason: `the PR's head moved to ${current.head.sha.slice(0, 7)}; the newer run owns the comment`
      }
    }
    endpoint = LIST
    const marked = (await reads.comments).filter(c => c.body?.startsWith(marker))
    let ours: IssueComment[] = []
    if (marked.length > 0) {
      const login = await author
      const isOurs = login ? (c: IssueComment) => c.user?.login === login : await identityMatcher(gh)
      ours = marked.filter(isOurs)
    }
    const keep = ours[0]
    if (keep) {
      endpoint = DELETE
      // Left behind by an earlier race or a write whose answer was lost: the oldest one stays.
      for (const extra of ours.slice(1)) await deleteComment(gh, repo, extra.id)
      endpoint = UPDATE
      if (keep.body !== body) await gh.request(UPDATE, { ...repo, comment_id: keep.id, body })
      return { posted: true, url: keep.html_url }
    }
    endpoint = CREATE
    const created = CommentShape.parse(
      (await gh.request(CREATE, { ...repo, issue_number: issueNumber, body })).data
    )
    endpoint = LIST
    const after = (await listComments(gh, repo, issueNumber)).filter(
      c => c.body?.startsWith(marker) && c.user?.login === created.user?.login
    )
    const oldest = after[0] ?? created
    endpoint = DELETE
    for (const extra of after.slice(1)) await deleteComment(gh, repo, extra.id)
    if (oldest.id !== created.id && oldest.body !== body) {
      endpoint = UPDATE
      await gh.request(UPDATE, { ...repo, comment_id: oldest.id, body })
    }
    return { posted: true, url: oldest.html_url }
  } catch (error) {
    return refused(error, endpoint, 'PR comments')
  }
}

/** Deletes a duplicate; another run converging at the same time may have deleted it already (404). */
async function deleteComment(gh: GitHub, repo: RepoRef, id: number): Promise<void> {
  try {
    await gh.request(DELETE, { ...repo, comment_id: id })
  } catch (error) {
    if (toApiError(error, DELETE).status !== 404) throw error
  }
}

/** All comments on the issue, oldest first, every page. */
async function listComments(
  gh: GitHub,
  repo: RepoRef,
  issue: number,
  options: { background?: boolean } = {}
): Promise<IssueComment[]> {
  const all = await readPages(
    gh,
    LIST,
    { ...repo, issue_number: issue },
    data => CommentShape.array().parse(data),
    options
  )
  return all.sort((a, b) =>
    a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1
  )
}

/**
 * Who the gate posts as, when nothing it posted said so. A user token (PAT) can ask GET /user; an
 * installation token (GITHUB_TOKEN, GitHub Apps) cannot, and then writes as a bot: only
 * bot-authored comments can be the gate's.
 */
async function identityMatcher(gh: GitHub): Promise<(c: IssueComment) => boolean> {
  try {
    const me = (await gh.request('GET /user')).data as { login?: string }
    if (me.login) return c => c.user?.login === me.login
  } catch (error) {
    const status = toApiError(error, 'GET /user').status
    if (status !== 403 && status !== 401) throw error
  }
  return c => c.user?.type === 'Bot'
}
