// Faults end to end, part one: the first half of the fault matrix (harness/fault-matrix.ts) with the
// bundle's run of every transient fault class; the permission a refusal names.
import { describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { templateRegex } from '../sim/openapi.js'
import { checkSuiteEvent } from '../harness/events.js'
import { describeFaultMatrix } from '../harness/fault-matrix.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import {
  HEAD_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  gateReleasePr,
  sampleScenario,
  releasePrComment
} from '../harness/sample-repo.js'

describeFaultMatrix(0)

describe('the permission a refusal names', () => {
  /** A 403 without x-accepted-github-permissions (a classic PAT, or a proxy in the way). */
  const refuse = (sim: Simulator, template: string) => {
    const re = templateRegex(template)
    sim.onRequest = ex =>
      re.test(ex.path)
        ? { status: 403, body: { message: 'Resource not accessible by personal access token' } }
        : undefined
  }

  it('is the refused endpoint’s, not `contents: read`, when the run cannot start', async () => {
    const sim = await startSimulator(sampleScenario())
    refuse(sim, '/repos/{owner}/{repo}/pulls/{pull_number}')
    const comment = await gateReleasePr(sim.url, {
      eventName: 'issue_comment',
      payload: releasePrComment()
    })
    refuse(sim, '/repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs')
    const suite = await gateReleasePr(sim.url, {
      eventName: 'check_suite',
      payload: checkSuiteEvent({
        owner: OWNER,
        repo: REPO,
        id: 77,
        headSha: HEAD_SHA,
        pullRequests: [RELEASE_PR]
      })
    })
    await closeAndCheck(sim)
    expect(comment.stdout).toContain(
      '::error::Readiness gate could not run: GET /repos/{owner}/{repo}/pulls/{pull_number} answered 403: Resource not accessible by personal access token. Grant the workflow job `permissions: { pull-requests: read }`'
    )
    expect(suite.stdout).toContain(
      '::error::Readiness gate could not run: GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs answered 403: Resource not accessible by personal access token. Grant the workflow job `permissions: { checks: read }`'
    )
    expect(sim.requests.filter(r => r.method !== 'GET')).toEqual([])
  }, 60_000)
})
