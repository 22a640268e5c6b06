// Jest's global setup: the simulator's OpenAPI validators compiled into their cache once, before the
// test files start, so that no test file compiles them again on a cold cache (see warmValidators in
// sim/openapi.ts). Jest loads a global setup outside its own module resolution, so tsx loads the
// TypeScript source here, as the project's scripts do.
import { tsImport } from 'tsx/esm/api'

export default async function warm() {
  const { warmValidators } = await tsImport('../sim/openapi.ts', import.meta.url)
  warmValidators()
}
