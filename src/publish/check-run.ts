import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import type { Report } from '../report/report.js'
import { ANNOTATIONS_PER_REQUEST, renderCheckRun } from '../render/check-run.js'
import { confirmed, refused, type PublishOutcome } from './outcome.js'

const CREATE = 'POST /repos/{owner}/{repo}/check-runs'
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'

/** The verdict as a check run: the report as summary, annotations 50 to a request. */
export async function publishCheckRun(
  gh: GitHub,
  repo: RepoRef,
  target: Target,
  report: Report
): Promise<PublishOutcome> {
  const out = renderCheckRun(report)
  const batches: (typeof out.annotations)[] = []
  for (let i = 0; i < out.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(out.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = (annotations: typeof out.annotations) => ({
    title: out.title,
    summary: out.summary,
    annotations
  })
  let endpoint = CREATE
  try {
    const created = await gh.request(CREATE, {
      ...repo,
      name: target.statusName,
      head_sha: target.sha,
      status: out.status,
      ...(out.conclusion ? { conclusion: out.conclusion } : {}),
      ...(report.run_url ? { details_url: report.run_url } : {}),
      output: output(batches[0] ?? [])
    })
    const outcome = confirmed(created.data, CREATE, 'check run')
    if (!outcome.posted || outcome.id === undefined) return outcome
    endpoint = UPDATE
    for (const batch of batches.slice(1)) {
      await gh.request(UPDATE, { ...repo, check_run_id: outcome.id, output: output(batch) })
    }
    return { posted: true, url: outcome.url, author: outcome.author }
  } catch (error) {
    return refused(error, endpoint, 'check runs')
  }
}
