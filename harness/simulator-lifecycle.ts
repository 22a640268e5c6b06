// The end-to-end tests' teardown: every simulator they start is closed and its OpenAPI check enforced.
import type { Simulator } from '../sim/server.js'

/** Closes the simulator, then throws if any request the gate made, or any answer, broke GitHub's OpenAPI description. */
export async function closeAndCheck(sim: Simulator): Promise<void> {
  await sim.close()
  if (sim.problems.length > 0) throw new Error(`OpenAPI problems:\n${sim.problems.join('\n')}`)
}
