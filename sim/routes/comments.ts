/** Issue and pull-request comments: list, create, update, delete. */
import { issueComment } from '../factories.js'
import { paginate } from '../paginate.js'
import type { Access, Permission } from '../scenario.js'
import type { SimState, StoredComment } from '../state.js'
import {
  type Reply,
  type Route,
  type RouteRequest,
  bodyOf,
  invalidRequest,
  notFound,
  ok,
  validationFailed
} from './route.js'

const DOCS = {
  list: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  create: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  update: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  delete: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment'
}
const MAX_BODY = 65536
const WRITE: [Permission, Access][][] = [[['issues', 'write']], [['pull_requests', 'write']]]

/** The body of a create/update request, or the 422 GitHub answers. */
function commentBody(req: RouteRequest, docs: string): string | Reply {
  const body = bodyOf(req).body
  if (typeof body !== 'string') return invalidRequest(docs, '"body" wasn\'t supplied.')
  if (body.length > MAX_BODY) {
    return validationFailed(docs, [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: `Body is too long (maximum is ${MAX_BODY} characters)`
      }
    ])
  }
  return body
}

const findComment = (state: SimState, id: string): StoredComment | undefined =>
  state.comments.find(c => String(c.id) === id)

export const commentsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: DOCS.list,
    permissions: [[['issues', 'read']], [['pull_requests', 'read']]],
    publicRead: true,
    handle: ({ state, params, query, url }) => {
      const n = Number(params.issue_number)
      if (!state.issueExists(n)) return notFound(DOCS.list)
      // Oldest first.
      const all = state.comments.filter(c => c.issue_number === n).sort((a, b) => a.id - b.id)
      const page = paginate(all, query, url)
      return ok(
        page.items.map(c => issueComment(state, c)),
        200,
        page.link ? { link: page.link } : undefined
      )
    }
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    docs: DOCS.create,
    permissions: WRITE,
    handle: req => {
      const { state, params, token } = req
      const n = Number(params.issue_number)
      if (!state.issueExists(n)) return notFound(DOCS.create)
      const body = commentBody(req, DOCS.create)
      if (typeof body !== 'string') return body
      const at = state.tick()
      const comment: StoredComment = {
        id: state.nextId('comment'),
        issue_number: n,
        user: state.user({ login: token.login, type: token.type }),
        body,
        created_at: at,
        updated_at: at
      }
      state.comments.push(comment)
      const json = issueComment(state, comment)
      return ok(json, 201, { location: json.url as string })
    }
  },
  {
    method: 'PATCH',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: DOCS.update,
    permissions: WRITE,
    handle: req => {
      const comment = findComment(req.state, req.params.comment_id)
      if (!comment) return notFound(DOCS.update)
      const body = commentBody(req, DOCS.update)
      if (typeof body !== 'string') return body
      comment.body = body
      comment.updated_at = req.state.tick()
      return ok(issueComment(req.state, comment))
    }
  },
  {
    method: 'DELETE',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    docs: DOCS.delete,
    permissions: WRITE,
    handle: ({ state, params }) => {
      const comment = findComment(state, params.comment_id)
      if (!comment) return notFound(DOCS.delete)
      state.comments.splice(state.comments.indexOf(comment), 1)
      // Its reactions go with it.
      for (let i = state.reactions.length - 1; i >= 0; i--) {
        if (state.reactions[i].comment_id === comment.id) state.reactions.splice(i, 1)
      }
      state.tick()
      return { status: 204 }
    }
  }
]
