/** The one route table of the simulator. */
import { actionsRoutes } from './actions.js'
import { artifactsRoutes } from './artifacts.js'
import { checksRoutes } from './checks.js'
import { commentsRoutes } from './comments.js'
import { contentsRoutes } from './contents.js'
import { deploymentsRoutes } from './deployments.js'
import { pullsRoutes } from './pulls.js'
import { reactionsRoutes } from './reactions.js'
import { reviewsRoutes } from './reviews.js'
import type { Route } from './route.js'
import { securityRoutes } from './security.js'
import { statusesRoutes } from './statuses.js'
import { teamsRoutes } from './teams.js'
import { usersRoutes } from './users.js'
import { workflowsRoutes } from './workflows.js'

export const ROUTES: Route[] = [
  ...contentsRoutes,
  ...checksRoutes,
  ...statusesRoutes,
  ...commentsRoutes,
  ...pullsRoutes,
  ...actionsRoutes,
  ...usersRoutes,
  ...reviewsRoutes,
  ...securityRoutes,
  ...artifactsRoutes,
  ...workflowsRoutes,
  ...deploymentsRoutes,
  ...reactionsRoutes,
  ...teamsRoutes
]

export type { Route, RouteRequest, Reply, Method } from './route.js'
