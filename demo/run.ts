// `npm run demo`: the real bundled gate (dist/index.js) against the local GitHub API simulator, on a sample
// release PR with evidence of every kind (checks, files, a drill's workflow runs, a deployment, a metric
// in an artifact, a live HTTPS service), three times: failing; after the lint fix, still waiting for the
// pen test's sign-off; then after alice of @acme/security signs it off in a comment. Prints what GitHub
// received.
import { startSimulator } from '../sim/server.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  TOKEN,
  commentOnReleasePr,
  gateReleasePr,
  releasePrEvent,
  sampleScenario
} from '../harness/sample-repo.js'
import { addEvidence } from '../harness/evidence.js'
import { addLiveEvidence } from './live.js'

const rule = (title: string) =>
  console.log(`\n\u001b[1m── ${title} ${'─'.repeat(Math.max(0, 96 - title.length))}\u001b[0m`)
const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map(l => `  │ ${l}`)
    .join('\n')

async function main(): Promise<void> {
  const scenario = sampleScenario()
  await addEvidence(scenario, CHECKLIST_PATH)
  const live = await addLiveEvidence(scenario, CHECKLIST_PATH)
  const sim = await startSimulator(scenario, { validate: true })
  console.log(`GitHub API simulator listening on ${sim.url} with ${OWNER}/${REPO}: release PR #${RELEASE_PR}`)
  console.log('(lint fails on the PR head; the penetration test has not been signed off; a backup drill,')
  console.log(
    ' a staging deployment and a load test’s p95 are read from workflow runs, deployments and an artifact;'
  )
  console.log(
    ` a compose file is checked by structure, a Go/No-Go row rolls up sections, and ${live.service.url}`
  )
  console.log(' answers live over HTTPS with a test certificate)')
  try {
    for (const round of [
      'first run',
      'second run, after a lint re-run passed (the pen test still awaits its sign-off)',
      'third run, on alice’s comment "/readiness sign-off pentest -- report in SEC-123"'
    ]) {
      const seen = sim.requests.length
      const third = round.startsWith('third')
      const run = await gateReleasePr(sim.url, {
        sha: 'f'.repeat(40),
        eventName: third ? 'issue_comment' : 'pull_request',
        payload: third
          ? commentOnReleasePr(sim.state, 'alice', '/readiness sign-off pentest -- report in SEC-123')
          : releasePrEvent(),
        inputs: { 'members-token': TOKEN.members },
        via: 'bundle',
        env: live.env
      })
      const requests = sim.requests.slice(seen)
      rule(`${round}: node dist/index.js exited ${run.code}`)
      console.log(indent(run.stdout.replace(/^::(\w+)[^:]*::/gm, '[$1] ')))
      rule('commit status received')
      for (const s of sim.state.statuses.filter(s => s.context.startsWith('Readiness gate')).slice(-1)) {
        console.log(indent(`${s.context} on ${s.sha.slice(0, 7)}: ${s.state} — "${s.description}"`))
      }
      rule('PR comment (the one sticky comment)')
      for (const c of sim.state.comments.filter(c => c.body.includes('<!-- readiness-gate'))) {
        console.log(indent(`comment ${c.id} by ${c.user.login}, updated ${c.updated_at}:\n${c.body}`))
      }
      rule('job summary')
      console.log(indent(run.summary))
      rule('outputs')
      console.log(
        indent(
          Object.entries(run.outputs)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n')
        )
      )
      rule(`API requests: ${requests.length}`)
      console.log(indent(requests.map(r => `${r.method} ${r.path} → ${r.status}`).join('\n')))

      // After the first round: the lint job is re-run and passes.
      if (round !== 'first run') continue
      sim.state.checkRuns.push({
        ...sim.state.checkRuns.find(r => r.name === 'lint' && r.head_sha === HEAD_SHA)!,
        id: 1_999_999,
        conclusion: 'success',
        started_at: '2026-12-01T00:00:00Z'
      })
    }
    if (sim.problems.length > 0) {
      console.error(`\nOpenAPI problems:\n${sim.problems.join('\n')}`)
      process.exitCode = 1
    } else {
      console.log('\nEvery request and response matched GitHub’s OpenAPI description.')
    }
  } finally {
    await sim.close()
    await live.service.close()
  }
}

main().catch(error => {
  console.error(error)
  process.exitCode = 1
})
