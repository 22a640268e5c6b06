/** Team membership of a user (organisation permission "Members: read"). */
import { teamMembership } from '../factories.js'
import { type Route, error, notFound, ok } from './route.js'

const DOCS = 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user'

export const teamsRoutes: Route[] = [
  {
    method: 'GET',
    template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    docs: DOCS,
    permissions: [[['members', 'read']]],
    // A repository's GITHUB_TOKEN cannot see the organisation's teams at all: GitHub answers 404,
    // as for a non-member. Other tokens without the permission get the usual 403.
    refusal: token =>
      token.login === 'github-actions[bot]'
        ? notFound(DOCS)
        : error(
            403,
            token.type === 'Bot'
              ? 'Resource not accessible by integration'
              : 'Resource not accessible by personal access token',
            DOCS
          ),
    handle: ({ state, params }) => {
      const members = state.people.teams?.[`${params.org}/${params.team_slug}`.toLowerCase()]
      const found = Object.entries(members ?? {}).find(
        ([login]) => login.toLowerCase() === params.username.toLowerCase()
      )
      if (!found) return notFound(DOCS)
      return ok(teamMembership(state, params.org, params.team_slug, found[0], found[1]))
    }
  }
]
