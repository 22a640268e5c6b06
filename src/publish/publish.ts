import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import type { Report } from '../report/report.js'
import { renderComment } from '../render/comment.js'
import type { Settings } from '../settings.js'
import { publishCheckRun } from './check-run.js'
import { publishComment, type CommentReads } from './comment.js'
import { publishStatus } from './status.js'

export interface Published {
  /** What a person should know about what was (not) posted, for the log and the job summary. */
  notes: string[]
}

/**
 * Posts the rendered verdict where the settings ask: commit status and/or check run on the target
 * commit, and the sticky comment on PRs. Everything is rendered before the first write. The writes
 * go out together; updating the comment waits for the author GitHub records on the status or check
 * run (see `publishComment`). `early` are the comment's reads, when started while evaluating.
 */
export async function publishVerdict(
  gh: GitHub,
  repo: RepoRef,
  settings: Settings,
  target: Target,
  report: Report,
  notices: string[],
  early?: CommentReads
): Promise<Published> {
  const launchIssue = target.kind === 'audit' ? settings.signoffIssue : undefined
  const comment =
    (target.pr || launchIssue !== undefined) && settings.comment === 'auto'
      ? renderComment(report, { notices })
      : undefined
  const status =
    settings.status === 'commit-status' || settings.status === 'both'
      ? publishStatus(gh, repo, target, report)
      : undefined
  const checkRun =
    settings.status === 'check-run' || settings.status === 'both'
      ? publishCheckRun(gh, repo, target, report)
      : undefined
  // Who GitHub says wrote the status or check run is who the gate is: its comments are that author's.
  const author = Promise.all([status, checkRun]).then(outcomes =>
    outcomes.map(o => (o?.posted ? o.author : undefined)).find(Boolean)
  )
  const posted = await Promise.all([
    status,
    checkRun,
    comment !== undefined
      ? publishComment(gh, repo, target, report.checklist.path, comment, author, early, launchIssue)
      : undefined
  ])
  const notes: string[] = []
  for (const [what, outcome] of [
    ['commit status', posted[0]],
    ['check run', posted[1]],
    [launchIssue !== undefined ? 'launch issue comment' : 'PR comment', posted[2]]
  ] as const) {
    if (outcome && !outcome.posted) notes.push(`The ${what} was not posted: ${outcome.reason}`)
  }
  return { notes }
}
