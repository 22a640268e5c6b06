/** Workflow jobs of a run (all attempts or one). */
import { job } from '../factories.js'
import { paginate } from '../paginate.js'
import type { StoredJob } from '../state.js'
import { type Reply, type Route, type RouteRequest, notFound, ok } from './route.js'

const DOCS = {
  forRun: 'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run',
  forAttempt: 'https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run-attempt'
}

function reply({ state, query, url }: RouteRequest, jobs: StoredJob[]): Reply {
  const page = paginate(jobs, query, url)
  const body = { total_count: jobs.length, jobs: page.items.map(j => job(state, j)) }
  return ok(body, 200, page.link ? { link: page.link } : undefined)
}

export const actionsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    docs: DOCS.forRun,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: req => {
      const jobs = req.state.jobs.filter(j => String(j.run_id) === req.params.run_id)
      if (jobs.length === 0) return notFound(DOCS.forRun)
      // filter=latest (the default) keeps the jobs of the latest attempt; all keeps every attempt's.
      const latest = Math.max(...jobs.map(j => j.run_attempt))
      return reply(req, req.query.filter === 'all' ? jobs : jobs.filter(j => j.run_attempt === latest))
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    docs: DOCS.forAttempt,
    permissions: [[['actions', 'read']]],
    publicRead: true,
    handle: req => {
      const jobs = req.state.jobs.filter(
        j => String(j.run_id) === req.params.run_id && String(j.run_attempt) === req.params.attempt_number
      )
      return jobs.length === 0 ? notFound(DOCS.forAttempt) : reply(req, jobs)
    }
  }
]
