// Two runs of the gate on the same PR at once (matrix jobs, quick pushes) end with one comment.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { RELEASE_PR, gateReleasePr, sampleScenario } from '../harness/sample-repo.js'

// Two runs in this process at once (the harness gives each its own environment and output), racing
// for one comment as two jobs' processes would.
let sim: Simulator
afterEach(() => closeAndCheck(sim))

const run = () => gateReleasePr(sim.url)

describe('two gate runs racing on one PR', () => {
  it('converge on exactly one sticky comment, the oldest, and leave the person’s comment alone', async () => {
    sim = await startSimulator(sampleScenario(), { validate: true })
    // Hold every run at its first "list comments" until both have asked: both then see no comment
    // of the gate's and both create one, the race that matrix jobs and quick pushes produce.
    let waiting: (() => void)[] = []
    let held = 0
    sim.onRequest = ex => {
      if (ex.method !== 'GET' || !ex.path.endsWith(`/issues/${RELEASE_PR}/comments`) || held >= 2) return
      held++
      return new Promise<void>(resolve => {
        waiting.push(resolve)
        if (waiting.length === 2) {
          waiting.forEach(release => release())
          waiting = []
        }
      })
    }
    const [a, b] = await Promise.all([run(), run()])
    expect([a.code, b.code]).toEqual([1, 1])
    expect(a.stdout + b.stdout).not.toMatch(/was not posted/)

    const posts = sim.requests.filter(r => r.method === 'POST' && r.path.endsWith('/comments'))
    expect(posts).toHaveLength(2) // the race really happened
    const gateComments = sim.state.comments.filter(c => c.body.includes('<!-- readiness-gate'))
    expect(gateComments).toHaveLength(1)
    expect(gateComments[0].id).toBe(Math.min(...posts.map(p => (p.responseBody as { id: number }).id)))
    expect(sim.state.comments.filter(c => c.user.login === 'octocat')).toHaveLength(1)

    // A duplicate left behind some other way (a lost response) is removed by the next run…
    sim.state.comments.push({ ...gateComments[0], id: 3_999_999, created_at: '2026-12-01T00:00:00Z' })
    // …which finds the one comment and updates it in place.
    await run()
    expect(sim.state.comments.filter(c => c.body.includes('<!-- readiness-gate'))).toEqual([
      expect.objectContaining({ id: gateComments[0].id })
    ])
  })
})
