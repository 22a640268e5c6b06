// `npm run demo:serve`: the GitHub API simulator with the demo's repository (acme/shop, release PR #42),
// kept running so that the CLI can audit it from another terminal. Ctrl-C stops it.
import { startSimulator } from '../sim/server.js'
import { OWNER, RELEASE_PR, REPO, TOKEN, sampleScenario } from '../harness/sample-repo.js'

const sim = await startSimulator(sampleScenario(), { validate: true })
console.log(`GitHub API simulator on ${sim.url} with ${OWNER}/${REPO} (release PR #${RELEASE_PR}). In another terminal:

  export GITHUB_API_URL=${sim.url} GITHUB_TOKEN=${TOKEN.readOnly}
  npx readiness-gate audit --repo ${OWNER}/${REPO} --pr ${RELEASE_PR}
  npx readiness-gate audit --repo ${OWNER}/${REPO} --ref main --json

Ctrl-C stops the simulator.`)
process.on('SIGINT', () => {
  void sim.close().then(() => {
    if (sim.problems.length > 0) console.error(`OpenAPI problems:\n${sim.problems.join('\n')}`)
    process.exit(0)
  })
})
