/** The authenticated user. */
import { privateUser } from '../factories.js'
import { type Route, error, ok } from './route.js'

const DOCS = 'https://docs.github.com/rest/users/users#get-the-authenticated-user'

export const usersRoutes: Route[] = [
  {
    method: 'GET',
    template: '/user',
    docs: DOCS,
    permissions: [],
    // Installation tokens have no user behind them.
    handle: ({ state, token }) =>
      token.type === 'Bot'
        ? error(403, 'Resource not accessible by integration', DOCS)
        : ok(privateUser(state, state.user({ login: token.login, type: 'User' })))
  }
]
