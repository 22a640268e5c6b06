/** Routes of the artifacts area (filled in with that check type). */
import type { Route } from './route.js'

export const artifactsRoutes: Route[] = []
