/** Routes of the reviews area (filled in with that check type). */
import type { Route } from './route.js'

export const reviewsRoutes: Route[] = []
