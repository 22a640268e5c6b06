/** Routes of the security area (filled in with that check type). */
import type { Route } from './route.js'

export const securityRoutes: Route[] = []
