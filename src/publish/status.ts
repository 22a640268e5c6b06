import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import type { Report } from '../report/report.js'
import { statusDescription, statusState } from '../render/status.js'
import { confirmed, refused, type PublishOutcome } from './outcome.js'

const ENDPOINT = 'POST /repos/{owner}/{repo}/statuses/{sha}'

/** The verdict as a commit status on the target commit (the PR head, never the merge commit). */
export async function publishStatus(
  gh: GitHub,
  repo: RepoRef,
  target: Target,
  report: Report
): Promise<PublishOutcome> {
  try {
    const response = await gh.request(ENDPOINT, {
      ...repo,
      sha: target.sha,
      state: statusState(report),
      context: target.statusName,
      description: statusDescription(report),
      ...(report.run_url ? { target_url: report.run_url } : {})
    })
    return confirmed(response.data, ENDPOINT, 'commit status')
  } catch (error) {
    return refused(error, ENDPOINT, 'commit statuses')
  }
}
