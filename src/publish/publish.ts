import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import type { IssueComment } from '../github/shapes.js'
import type { Report } from '../report/report.js'
import { renderComment } from '../render/comment.js'
import type { Settings } from '../settings.js'
import { publishCheckRun } from './check-run.js'
import { publishComment, readPull } from './comment.js'
import type { PublishOutcome } from './outcome.js'
import { publishStatus } from './status.js'

export interface Published {
  /** What a person should know about what was (not) posted, for the log and the job summary. */
  notes: string[]
}

/**
 * Posts the rendered verdict where the settings ask: commit status and/or check run on the target
 * commit, then the sticky comment on PRs. Everything is rendered before the first write. The status,
 * the check run and the read of the PR go out together; the comment follows, because which comments
 * are the gate's own depends on the author GitHub records for them. `comments` is the PR's comment
 * list when it was started earlier (see `prefetchComments`).
 */
export async function publishVerdict(
  gh: GitHub,
  repo: RepoRef,
  settings: Settings,
  target: Target,
  report: Report,
  notices: string[],
  comments?: Promise<IssueComment[]>
): Promise<Published> {
  const comment = target.pr && settings.comment === 'auto' ? renderComment(report, { notices }) : undefined
  const notes: string[] = []
  // Who GitHub says wrote the status or check run is who the gate is: its comments are that author's.
  let author: string | undefined
  const note = (what: string, outcome: PublishOutcome | undefined) => {
    if (!outcome) return
    if (!outcome.posted) notes.push(`The ${what} was not posted: ${outcome.reason}`)
    else author ??= outcome.author
  }
  const pull = comment !== undefined ? readPull(gh, repo, target) : undefined
  const [status, checkRun] = await Promise.all([
    settings.status === 'commit-status' || settings.status === 'both'
      ? publishStatus(gh, repo, target, report)
      : undefined,
    settings.status === 'check-run' || settings.status === 'both'
      ? publishCheckRun(gh, repo, target, report)
      : undefined
  ])
  note('commit status', status)
  note('check run', checkRun)
  if (comment !== undefined && pull) {
    note(
      'PR comment',
      await publishComment(gh, repo, target, report.checklist.path, comment, author, { pull, comments })
    )
  }
  return { notes }
}
