/** Pull requests: get one, list those whose head is a commit. */
import { pullRequest } from '../factories.js'
import { paginate } from '../paginate.js'
import { type Route, noCommit, notFound, ok } from './route.js'

const DOCS = {
  get: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  forCommit: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit'
}

export const pullsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}',
    docs: DOCS.get,
    permissions: [[['pull_requests', 'read']]],
    publicRead: true,
    handle: ({ state, params }) => {
      const pr = state.pull(Number(params.pull_number))
      return pr ? ok(pullRequest(state, pr, true)) : notFound(DOCS.get)
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    docs: DOCS.forCommit,
    permissions: [[['pull_requests', 'read']]],
    publicRead: true,
    handle: ({ state, params, query, url }) => {
      const sha = state.resolveRef(params.commit_sha)
      if (!sha) return noCommit(DOCS.forCommit, params.commit_sha)
      const prs = state.pulls.filter(p => p.head.sha === sha).sort((a, b) => a.number - b.number)
      const page = paginate(prs, query, url)
      return ok(
        page.items.map(p => pullRequest(state, p, false)),
        200,
        page.link ? { link: page.link } : undefined
      )
    }
  }
]
