// The client's fetch: an answer's body stays readable until it is read, however long that takes.
import { afterEach, describe, expect, it } from '@jest/globals'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { startSimulator, type Simulator } from '../sim/server.js'
import { TOKENS, defaultScenario } from '../sim/scenario.js'
import { gitHubFetch } from '../src/github/transport.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

let sim: Simulator
afterEach(() => sim.close())

describe("the client's fetch", () => {
  it('keeps a body readable when its Response is collected first (Octokit keeps only the body)', async () => {
    sim = await startSimulator(defaultScenario())
    // A time limit far beyond the test's, so a loaded machine's slow collections do not abort the bodies.
    const fetch = gitHubFetch(sim.url, 60_000)
    const bodies: ReadableStream<Uint8Array>[] = []
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${sim.url}/repos/acme/widgets`, {
        headers: { authorization: `token ${TOKENS.gate}` }
      })
      bodies.push(response.body!)
    }
    // The Responses are unreachable now; undici cancels the body of a collected Response.
    gc()
    await new Promise(resolve => setTimeout(resolve, 50))
    gc()
    await new Promise(resolve => setTimeout(resolve, 50))
    for (const body of bodies) {
      expect(JSON.parse(await new Response(body).text())).toMatchObject({ full_name: 'acme/widgets' })
    }
  })
})
