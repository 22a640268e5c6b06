import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import type { Report } from '../report/report.js'
import { renderComment } from '../render/comment.js'
import type { Settings } from '../settings.js'
import { publishCheckRun } from './check-run.js'
import { publishComment } from './comment.js'
import type { PublishOutcome } from './outcome.js'
import { publishStatus } from './status.js'

export interface Published {
  /** What a person should know about what was (not) posted, for the log and the job summary. */
  notes: string[]
}

/**
 * Posts the rendered verdict where the settings ask: commit status and/or check run on the target
 * commit, then the sticky comment on PRs. Everything is rendered before the first write.
 */
export async function publishVerdict(
  gh: GitHub,
  repo: RepoRef,
  settings: Settings,
  target: Target,
  report: Report,
  notices: string[]
): Promise<Published> {
  const comment = target.pr && settings.comment === 'auto' ? renderComment(report, { notices }) : undefined
  const notes: string[] = []
  // Who GitHub says wrote the status or check run is who the gate is: its comments are that author's.
  let author: string | undefined
  const note = (what: string, outcome: PublishOutcome) => {
    if (!outcome.posted) notes.push(`The ${what} was not posted: ${outcome.reason}`)
    else author ??= outcome.author
  }
  if (settings.status === 'commit-status' || settings.status === 'both') {
    note('commit status', await publishStatus(gh, repo, target, report))
  }
  if (settings.status === 'check-run' || settings.status === 'both') {
    note('check run', await publishCheckRun(gh, repo, target, report))
  }
  if (comment !== undefined) {
    note('PR comment', await publishComment(gh, repo, target, report.checklist.path, comment, author))
  }
  return { notes }
}
