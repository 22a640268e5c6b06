/** Reactions on issue comments: list (with the `content` filter and paging) and create. */
import { reaction } from '../factories.js'
import { paginate } from '../paginate.js'
import type { ReactionContent, StoredReaction } from '../state.js'
import { type Route, bodyOf, notFound, notOneOf, invalidRequest, ok } from './route.js'

const DOCS = {
  list: 'https://docs.github.com/rest/reactions/reactions#list-reactions-for-an-issue-comment',
  create: 'https://docs.github.com/rest/reactions/reactions#create-reaction-for-an-issue-comment'
}
const CONTENTS: readonly ReactionContent[] = [
  '+1',
  '-1',
  'laugh',
  'confused',
  'heart',
  'hooray',
  'rocket',
  'eyes'
]
const isContent = (v: unknown): v is ReactionContent => CONTENTS.includes(v as ReactionContent)

export const reactionsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    docs: DOCS.list,
    permissions: [[['issues', 'read']], [['pull_requests', 'read']]],
    publicRead: true,
    handle: ({ state, params, query, url }) => {
      const id = Number(params.comment_id)
      if (!state.comments.some(c => c.id === id)) return notFound(DOCS.list)
      if (query.content !== undefined && !isContent(query.content)) {
        return invalidRequest(DOCS.list, notOneOf('content', query.content, CONTENTS))
      }
      // Oldest first, as GitHub lists them.
      const all = state.reactions
        .filter(r => r.comment_id === id && (query.content === undefined || r.content === query.content))
        .sort((a, b) => a.id - b.id)
      const page = paginate(all, query, url)
      return ok(
        page.items.map(r => reaction(state, r)),
        200,
        page.link ? { link: page.link } : undefined
      )
    }
  },
  {
    method: 'POST',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    docs: DOCS.create,
    permissions: [[['issues', 'write']], [['pull_requests', 'write']]],
    handle: req => {
      const { state, params, token } = req
      const id = Number(params.comment_id)
      if (!state.comments.some(c => c.id === id)) return notFound(DOCS.create)
      const content = bodyOf(req).content
      if (!isContent(content)) return invalidRequest(DOCS.create, notOneOf('content', content, CONTENTS))
      const user = state.user({ login: token.login, type: token.type })
      // One reaction of each content per person: asking again answers the existing one with 200.
      const existing = state.reactions.find(
        r => r.comment_id === id && r.content === content && r.user.login === user.login
      )
      if (existing) return ok(reaction(state, existing), 200)
      const created: StoredReaction = {
        id: state.nextId('reaction'),
        comment_id: id,
        user,
        content,
        created_at: state.tick()
      }
      state.reactions.push(created)
      return ok(reaction(state, created), 201)
    }
  }
]
