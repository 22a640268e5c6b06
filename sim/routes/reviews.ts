/** PR reviews, the rules that apply to a branch, and classic branch protection. */
import { authorAssociation, nodeId, simpleUser } from '../factories.js'
import { paginate } from '../paginate.js'
import type { RepositoryRole } from '../scenario-reviews.js'
import type { SimState } from '../state.js'
import { type Route, error, notFound, ok } from './route.js'

const DOCS = {
  reviews: 'https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request',
  permission:
    'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user',
  rules: 'https://docs.github.com/rest/repos/rules#get-rules-for-a-branch',
  protection: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection'
}

function review(
  s: SimState,
  pull: number,
  r: NonNullable<SimState['reviews']['reviews']>[number],
  id: number
) {
  const html = `https://github.com/${s.fullName}/pull/${pull}`
  return {
    id,
    node_id: nodeId('PRR', id),
    user: simpleUser(s, s.user(r.user)),
    body: r.body ?? '',
    state: r.state,
    html_url: `${html}#pullrequestreview-${id}`,
    pull_request_url: `${s.baseUrl}/repos/${s.fullName}/pulls/${pull}`,
    _links: {
      html: { href: `${html}#pullrequestreview-${id}` },
      pull_request: { href: `${s.baseUrl}/repos/${s.fullName}/pulls/${pull}` }
    },
    submitted_at: r.submitted_at ?? '2026-11-20T12:00:00Z',
    commit_id: r.commit_id,
    author_association: r.author_association ?? authorAssociation(s, s.user(r.user))
  }
}

/** The legacy base permission GitHub reports next to the role: maintain → write, triage → read. */
const LEGACY: Record<RepositoryRole, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none'
}
const RANK: RepositoryRole[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin']

/** A person's role: the scenario's, else `write`; the owner is admin; on a public repository at least read. */
function roleOf(s: SimState, login: string): RepositoryRole {
  const role = login === s.owner ? 'admin' : (s.reviews.roles?.[login] ?? 'write')
  return s.visibility === 'public' && role === 'none' ? 'read' : role
}

function permissionBody(s: SimState, login: string) {
  const role = roleOf(s, login)
  const at = (min: RepositoryRole) => RANK.indexOf(role) >= RANK.indexOf(min)
  return {
    permission: LEGACY[role],
    role_name: role,
    user: {
      ...simpleUser(s, s.user({ login })),
      permissions: {
        pull: at('read'),
        triage: at('triage'),
        push: at('write'),
        maintain: at('maintain'),
        admin: at('admin')
      },
      role_name: role
    }
  }
}

export const reviewsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    docs: DOCS.reviews,
    permissions: [[['pull_requests', 'read']]],
    publicRead: true,
    handle: ({ state, params, query, url }) => {
      const number = Number(params.pull_number)
      if (!state.pull(number)) return notFound(DOCS.reviews)
      // Review ids follow their order in the scenario, so they are stable across requests.
      const all = (state.reviews.reviews ?? [])
        .map((r, i) => ({ r, id: 8_000_001 + i }))
        .filter(({ r }) => r.pull_number === number)
      const page = paginate(all, query, url)
      return ok(
        page.items.map(({ r, id }) => review(state, number, r, id)),
        200,
        page.link ? { link: page.link } : undefined
      )
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    docs: DOCS.permission,
    // Metadata for installation tokens; a person's token needs push access to the repository.
    permissions: [],
    handle: ({ state, params, token }) => {
      if (token.type === 'User' && token.permissions.contents !== 'write')
        return error(403, 'Must have push access to view collaborator permission.', DOCS.permission)
      return ok(permissionBody(state, params.username))
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/rules/branches/{branch}',
    docs: DOCS.rules,
    // Metadata only: any token that can see the repository may read the rules of a branch.
    permissions: [],
    handle: ({ state, params, query, url }) => {
      const rules = (state.reviews.branch_rules?.[params.branch] ?? []).map(rule => ({
        type: rule.type,
        ...(rule.parameters ? { parameters: rule.parameters } : {}),
        ruleset_source_type: 'Repository',
        ruleset_source: state.fullName,
        ruleset_id: rule.ruleset_id ?? 1
      }))
      const page = paginate(rules, query, url)
      return ok(page.items, 200, page.link ? { link: page.link } : undefined)
    }
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/branches/{branch}/protection',
    docs: DOCS.protection,
    permissions: [[['administration', 'read']]],
    handle: ({ state, params }) => {
      if (!(params.branch in state.branches)) return notFound(DOCS.protection, 'Branch not found')
      const p = state.reviews.protection?.[params.branch]
      if (p === undefined) return notFound(DOCS.protection, 'Branch not protected')
      const base = `${state.baseUrl}/repos/${state.fullName}/branches/${params.branch}/protection`
      return ok({
        url: base,
        required_status_checks: {
          url: `${base}/required_status_checks`,
          strict: false,
          contexts: p.required_checks ?? [],
          checks: (p.required_checks ?? []).map(context => ({ context, app_id: null })),
          contexts_url: `${base}/required_status_checks/contexts`
        },
        ...(p.required_reviews !== undefined
          ? {
              required_pull_request_reviews: {
                url: `${base}/required_pull_request_reviews`,
                dismiss_stale_reviews: false,
                require_code_owner_reviews: false,
                required_approving_review_count: p.required_reviews
              }
            }
          : {}),
        enforce_admins: { url: `${base}/enforce_admins`, enabled: false }
      })
    }
  }
]
