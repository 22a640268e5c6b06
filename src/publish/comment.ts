import type { Target } from '../event/target.js'
import { toApiError } from '../github/api-error.js'
import type { GitHub } from '../github/client.js'
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
 * The PR's comments, listed while the checklist is evaluated (a busy PR has thousands, 100 a
 * page): publishing then waits for none of them. Nothing is lost by listing early: a comment another
 * run creates meanwhile is found by the listing after this run's own creation, as in any race.
 */
export function prefetchComments(
  gh: GitHub,
  repo: RepoRef,
  target: Target
): Promise<IssueComment[]> | undefined {
  return target.pr ? handledLater(listComments(gh, repo, target.pr.number)) : undefined
}

/** The PR as it is now: read when publishing starts, beside the verdict's own writes. */
export function readPull(gh: GitHub, repo: RepoRef, target: Target): Promise<PullSummary> | undefined {
  const pr = target.pr
  if (!pr) return undefined
  return handledLater(
    gh.request(PULL, { ...repo, pull_number: pr.number }).then(response => PullShape.parse(response.data))
  )
}

/** Reads started before `publishComment`: the PR (required) and its comments (read then if absent). */
export interface CommentReads {
  pull: Promise<PullSummary>
  comments?: Promise<IssueComment[]>
}

/**
 * One sticky comment per PR and checklist: found again by its marker among the comments the gate's
 * own identity wrote (every page), updated in place, created only when there is none. A person's
 * comment is never edited, even when it quotes the marker. When two runs race and both create one,
 * the oldest is kept and the others are deleted, so every run converges on a single comment.
 */
export async function publishComment(
  gh: GitHub,
  repo: RepoRef,
  target: Target,
  checklistPath: string,
  body: string,
  /** The gate's login when a status or check run it just posted told it. */
  author?: string,
  reads?: CommentReads
): Promise<PublishOutcome> {
  const pr = target.pr
  if (!pr) return { posted: false, reason: 'not a pull request' }
  const marker = commentMarker(checklistPath)
  let endpoint = PULL
  try {
    // A run for an older head must not overwrite the comment of a newer one.
    const current = await (reads?.pull ?? readPull(gh, repo, target)!)
    if (current.head.sha !== target.sha) {
      return {
        posted: false,
        reason: `the PR's head moved to ${current.head.sha.slice(0, 7)}; the newer run owns the comment`
      }
    }
    endpoint = LIST
    const listed = await (reads?.comments ?? listComments(gh, repo, pr.number))
    const isOurs = author ? (c: IssueComment) => c.user?.login === author : await identityMatcher(gh)
    const ours = listed.filter(c => c.body?.startsWith(marker) && isOurs(c))
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
      (await gh.request(CREATE, { ...repo, issue_number: pr.number, body })).data
    )
    endpoint = LIST
    const after = (await listComments(gh, repo, pr.number)).filter(
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
async function listComments(gh: GitHub, repo: RepoRef, issue: number): Promise<IssueComment[]> {
  const all = await readPages(gh, LIST, { ...repo, issue_number: issue }, data =>
    CommentShape.array().parse(data)
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
