// The fault matrix (docs/reliability.md): every endpoint the gate uses × the ways GitHub fails. Transient faults
// must end in the fault-free verdict; every other fault in `unknown` or `fail` naming the endpoint,
// never a false `pass`, and nothing is ever posted twice. The whole matrix runs in-process, through the
// same entry, in two halves (e2e-faults and e2e-faults-b); the bundle (its own copy of the client:
// undici, the Octokit plugins) meets every fault class once, in two runs, one in each half.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { checkRun } from '../sim/scenario.js'
import { templateRegex } from '../sim/openapi.js'
import type { RunResult, Via } from './run-action.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  RELEASE_PR,
  TOKEN,
  approvedReleasePr,
  coverageArtifact,
  gateReleasePr,
  releaseChecklist,
  sampleScenario
} from './sample-repo.js'
import type { Reply } from '../sim/routes/route.js'

const SECURITY_TOKEN = 'github_pat_security_reader'

/**
 * A release PR where everything passes; `long`: with lists long enough to page (so a page can go
 * missing, and a retried page is followed by the next), else with two of each (a cheaper run).
 */
async function passingScenario(long = true) {
  const n = (count: number) => (long ? count : 2)
  const s = sampleScenario()
  s.tokens[TOKEN.gate].permissions.security_events = 'read'
  s.tokens[TOKEN.gate].permissions.vulnerability_alerts = 'read'
  s.tokens[SECURITY_TOKEN] = {
    login: 'octocat',
    type: 'User',
    permissions: { secret_scanning_alerts: 'read', security_events: 'read', vulnerability_alerts: 'read' }
  }
  s.artifacts = await coverageArtifact({ 'lcov.info': 'SF:src/a.ts\nDA:1,1\nDA:2,1\nend_of_record\n' })
  s.security = {
    // Alerts that do not count: fixed, dismissed, low, resolved; plenty of them, so every list pages.
    codeScanningAlerts: Array.from({ length: n(120) }, (_, i) => ({
      state: 'fixed' as const,
      rule: { id: `r${i}`, security_severity_level: 'high' as const }
    })),
    secretScanningAlerts: Array.from({ length: n(110) }, () => ({ state: 'resolved' as const })),
    dependabotAlerts: [{ severity: 'low' as const }]
  }
  const extra = `      - id: reviewed
        title: Reviewed
        check: { type: reviews }
      - id: rules
        title: Rules
        check: { type: branch-rules, require-checks: [lint] }
      - id: coverage
        title: Coverage
        check: { type: coverage, min: 80, artifact: coverage }
      - id: code-alerts
        title: No code-scanning alerts
        check: { type: code-scanning }
      - id: secrets
        title: No secret alerts
        check: { type: secret-scanning }
      - id: vulns
        title: No vulnerable dependencies
        check: { type: dependabot }
`
  s.commits[MAIN_SHA].files![CHECKLIST_PATH] = releaseChecklist({ pentestSignedOff: true }).replace(
    '  - title: Documentation\n',
    `${extra}  - title: Documentation\n`
  )
  s.check_runs = s.check_runs!.map(r => (r.name === 'lint' ? { ...r, conclusion: 'success' as const } : r))
  s.check_runs.push(...Array.from({ length: n(120) }, (_, i) => checkRun(`build (${i})`, HEAD_SHA)))
  s.statuses!.push(
    ...Array.from({ length: n(110) }, (_, i) => ({
      sha: HEAD_SHA,
      context: `preview/${i}`,
      state: 'success' as const
    }))
  )
  s.comments!.push(
    ...Array.from({ length: n(105) }, (_, i) => ({
      issue_number: RELEASE_PR,
      user: { login: 'octocat' },
      body: `note ${i}`
    }))
  )
  s.reviews = approvedReleasePr()
  return s
}

type Fault = {
  name: string
  transient: boolean
  times: number
  /** The reply instead of GitHub's; `lost` holds the request past the client's timeout and drops it. */
  reply: (ex: { path: string; query: Record<string, string> }) => Reply | 'lost' | undefined
}
const retryReset = () => String(Math.floor(Date.now() / 1000) + 1)
const FAULTS: Fault[] = [
  {
    name: '500 once',
    transient: true,
    times: 1,
    reply: () => ({ status: 500, body: { message: 'Server Error' } })
  },
  {
    name: '502 twice',
    transient: true,
    times: 2,
    reply: () => ({ status: 502, body: { message: 'Bad Gateway' } })
  },
  { name: 'timeout', transient: true, times: 1, reply: () => 'lost' },
  {
    // Headers and half the body, the rest past the client's 2 s limit. The archive request's answer
    // is a redirect without a body: nothing there can stall.
    name: 'body stalls',
    transient: true,
    times: 1,
    reply: ex =>
      ex.path.endsWith('/zip')
        ? undefined
        : { status: 200, body: { message: 'x'.repeat(4000) }, stallMs: 2600 }
  },
  {
    name: '403 rate limit with reset',
    transient: true,
    times: 1,
    reply: () => ({
      status: 403,
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest'
      },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': retryReset() }
    })
  },
  {
    name: '429 retry-after',
    transient: true,
    times: 1,
    reply: () => ({
      status: 429,
      body: {
        message: 'You have exceeded a secondary rate limit.',
        documentation_url: 'https://docs.github.com/rest'
      },
      headers: { 'retry-after': '1' }
    })
  },
  {
    // A bare 429 (no rate-limit message, remaining > 0), as a proxy or GitHub may send: Retry-After rules.
    name: '429 retry-after, no rate-limit message',
    transient: true,
    times: 1,
    reply: () => ({ status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '1' } })
  },
  {
    name: '404',
    transient: false,
    times: 99,
    reply: () => ({ status: 404, body: { message: 'Not Found' } })
  },
  {
    name: '403 no permission',
    transient: false,
    times: 99,
    reply: () => ({ status: 403, body: { message: 'Resource not accessible by integration' } })
  },
  { name: 'malformed JSON', transient: false, times: 99, reply: () => ({ status: 200, body: '{"oops": [' }) },
  {
    name: 'a page missing',
    transient: false,
    times: 99,
    reply: ex => (ex.query.page === '2' ? { status: 404, body: { message: 'Not Found' } } : undefined)
  }
]

/**
 * Short waits; the request time limit short only where a request is lost on purpose (a cell with
 * the timeout fault): elsewhere a generous one, so that a loaded machine is not mistaken for a fault.
 */
const env = (faults: Fault[] = []) => ({
  READINESS_GATE_RETRY_BASE_MS: '20',
  READINESS_GATE_TIMEOUT_MS: faults.some(f => f.name === 'timeout' || f.name === 'body stalls')
    ? '2000'
    : '15000',
  READINESS_GATE_MAX_RATE_LIMIT_WAIT: '3'
})

async function gateOnce(sim: Simulator, via: Via = 'in-process', faults: Fault[] = []): Promise<RunResult> {
  return gateReleasePr(sim.url, { inputs: { 'security-token': SECURITY_TOKEN }, env: env(faults), via })
}

/** One fault on one endpoint (`METHOD /template`), and how many requests it answered. */
interface Injection {
  endpoint: string
  fault: Fault
  injected: number
}

interface Cell {
  injections: Injection[]
  run: RunResult
  sim: Simulator
}

/** Runs the gate on the passing release PR (`long` lists or not) with each fault on its endpoint. */
async function runCell(
  faults: { endpoint: string; fault: Fault }[],
  { via = 'in-process', long = true }: { via?: Via; long?: boolean } = {}
): Promise<Cell> {
  const sim = await startSimulator(await passingScenario(long))
  const injections = faults.map(f => ({ ...f, injected: 0 }))
  const matchers = injections.map(i => {
    const [method, template] = i.endpoint.split(' ')
    return { injection: i, method, re: templateRegex(template) }
  })
  sim.onRequest = ex => {
    const hit = matchers.find(m => ex.method === m.method && m.re.test(ex.path))
    if (!hit || hit.injection.injected >= hit.injection.fault.times) return
    const reply = hit.injection.fault.reply(ex)
    if (!reply) return
    hit.injection.injected++
    if (reply === 'lost') {
      // Past the client's 2 s limit, and never applied. (A write applied after its response was
      // lost is a known limit: the next run's de-duplication removes a comment created twice.)
      const late: Reply = { status: 504, body: { message: 'Gateway Timeout' } }
      return new Promise<Reply>(resolve => setTimeout(() => resolve(late), 2600))
    }
    return reply
  }
  const run = await gateOnce(
    sim,
    via,
    faults.map(f => f.fault)
  )
  await sim.close()
  return { injections, run, sim }
}

/** Runs `work` over `items`, `limit` at a time (the cells are independent runs and servers). */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await work(items[i])
      }
    })
  )
  return out
}

/** Lookups that only help: the jobs API (own job), GET /user (the gate's identity). */
const OPTIONAL = new Set(['GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', 'GET /user'])
/** Reads that serve publishing the comment, not the verdict. */
const PUBLISHING = new Set([
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
])

const gateComments = (sim: Simulator) =>
  sim.state.comments.filter(c => c.body.includes('<!-- readiness-gate'))
const gateStatuses = (sim: Simulator) => sim.state.statuses.filter(s => s.context === 'Readiness gate')
const states = (run: RunResult) => run.report?.items.map(i => `${i.id}:${i.state}`)

/** What went wrong in a cell, one line per broken promise; empty when the cell holds. */
function judge({ injections, run, sim }: Cell, clean: RunResult): string[] {
  const broken: string[] = []
  const where = injections.map(i => `${i.endpoint} × ${i.fault.name}`).join(' + ')
  if (gateComments(sim).length > 1 || gateStatuses(sim).length > 1) broken.push(`${where}: posted twice`)
  for (const { endpoint, fault, injected } of injections) {
    const here = `${endpoint} × ${fault.name}`
    if (injected === 0) continue // e.g. a page missing from a list that fits on one page
    if (fault.transient) {
      if (run.outputs.result !== 'pass' || JSON.stringify(states(run)) !== JSON.stringify(states(clean))) {
        broken.push(
          `${here}: transient fault changed the verdict to ${run.outputs.result} (${run.stdout.slice(-300)})`
        )
      }
      continue
    }
    const named = endpoint
      .split(' ')[1]
      .replace(/\{[^}]+\}/g, '')
      .split('/')
      .filter(Boolean)
      .pop()!
    if (OPTIONAL.has(endpoint)) {
      // Aids, not evidence: without them the gate falls back (own job by name, identity by type).
      if (run.outputs.result !== 'pass') broken.push(`${here}: an optional lookup changed the verdict`)
      continue
    }
    if (PUBLISHING.has(endpoint) || !endpoint.startsWith('GET ')) {
      // A refused write is reported, with the endpoint, and posts nothing that could read as a pass.
      if (!run.stdout.includes('was not posted')) broken.push(`${here}: a refused write went unmentioned`)
      continue
    }
    if (run.outputs.result === 'pass') broken.push(`${here}: false pass`)
    const text = `${run.stdout}\n${JSON.stringify(run.report ?? {})}`
    // A 404 from the contents API means the file is missing: the reason names the file instead.
    const missingFile =
      fault.name === '404' && named === 'contents' && /does not exist|no checklist file/.test(text)
    if (!text.includes(named) && !missingFile)
      broken.push(`${here}: the reason does not name the endpoint (${named})`)
  }
  return broken
}

/**
 * Where the bundle meets each fault class: transient ones all in one run, the others in another,
 * each on its own endpoint (reads and writes, both tokens' clients, paged lists) so that each
 * reason can be told apart.
 */
const ON_THE_BUNDLE: Record<string, string> = {
  '500 once': 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  '502 twice': 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  timeout: 'POST /repos/{owner}/{repo}/statuses/{sha}',
  'body stalls': 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  '403 rate limit with reset': 'GET /repos/{owner}/{repo}/contents/{path}',
  '429 retry-after': 'GET /repos/{owner}/{repo}/code-scanning/alerts',
  '429 retry-after, no rate-limit message': 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  '404': 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  '403 no permission': 'POST /repos/{owner}/{repo}/statuses/{sha}',
  'malformed JSON': 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  // Not the statuses: the checks item reads them beside the check runs, and would name whichever
  // failed first.
  'a page missing': 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
}

/**
 * The fault matrix's half `half` (of two: its cells alternate between two test files, so that two
 * Jest workers share it), and the bundle's run of the transient (half 0) or other (half 1) faults.
 */
export function describeFaultMatrix(half: 0 | 1): void {
  describe(`the fault matrix (half ${half + 1} of 2)`, () => {
    let clean: RunResult
    let baseline: Simulator
    let short: Simulator
    let cleanShort: RunResult
    const transient = half === 0
    let bundled: Promise<Cell>
    beforeAll(async () => {
      // The bundle's run starts now and is judged last: it mostly waits out timeouts and rate-limit
      // resets, while the in-process cells keep the CPU busy.
      bundled = runCell(
        FAULTS.filter(f => f.transient === transient).map(fault => ({
          endpoint: ON_THE_BUNDLE[fault.name],
          fault
        })),
        { via: 'bundle' }
      )
      bundled.catch(() => {}) // awaited by its test
      baseline = await startSimulator(await passingScenario(), { validate: true })
      short = await startSimulator(await passingScenario(false), { validate: true })
      ;[clean, cleanShort] = await Promise.all([gateOnce(baseline), gateOnce(short)])
      await Promise.all([baseline.close(), short.close()])
    }, 60_000)

    it('starts from a fault-free run that passes every required item, with long lists or short', () => {
      expect([...baseline.problems, ...short.problems]).toEqual([])
      expect(
        clean.report?.items.filter(i => i.state !== 'pass' && i.state !== 'signed-off' && i.required)
      ).toEqual([])
      expect(clean.outputs.result).toBe('pass')
      // The same verdict item by item, so either run is the one a transient fault must end in.
      expect(states(cleanShort)).toEqual(states(clean))
      // The same questions asked, only fewer pages.
      const asked = (sim: Simulator) =>
        [...new Set(sim.requests.map(r => `${r.method} ${r.template}`))].sort()
      expect(asked(short)).toEqual(asked(baseline))
    })

    it('holds in every cell: transient faults change nothing, others never pass, nothing is posted twice', async () => {
      const endpoints = [...new Set(baseline.requests.map(r => `${r.method} ${r.template}`))].sort()
      expect(endpoints.length).toBeGreaterThanOrEqual(10)
      // A fault that would answer none of the fault-free run's requests (a page missing from a list
      // that fits on one page) makes no cell.
      const touches = (endpoint: string, fault: Fault) =>
        baseline.requests.some(r => `${r.method} ${r.template}` === endpoint && fault.reply(r) !== undefined)
      const cells = endpoints.flatMap(endpoint =>
        FAULTS.filter(fault => touches(endpoint, fault)).map(fault => ({ endpoint, fault }))
      )
      expect(cells.filter(c => c.fault.name === 'a page missing').length).toBeGreaterThanOrEqual(3)
      // Cells on a list that pages keep the long lists (a page to lose, a retried page followed by the
      // next); the others run on short ones, which change nothing for them and cost less.
      const paged = new Set(
        baseline.requests.filter(r => r.query.page === '2').map(r => `${r.method} ${r.template}`)
      )
      const alone = (c: (typeof cells)[number]) => runCell([c], { long: paged.has(c.endpoint) })
      // A transient fault must change nothing wherever it strikes, so each class meets every endpoint
      // in one run; only a run that breaks is repeated an endpoint at a time, to name the endpoint.
      // Every other fault ends differently on each endpoint: it meets one at a time.
      const together = FAULTS.filter(f => f.transient).filter((_, i) => i % 2 === half)
      const single = cells.filter(c => !c.fault.transient).filter((_, i) => i % 2 === half)
      const runs = await pool<Fault | (typeof cells)[number], string[]>(
        [...together, ...single],
        8,
        async job => {
          if (!('endpoint' in job)) {
            const mine = cells.filter(c => c.fault === job)
            const cell = await runCell(mine, { long: true })
            const unmet = cell.injections.filter(i => i.injected === 0)
            const broken = [
              ...judge(cell, clean),
              ...unmet.map(i => `${i.endpoint} × ${i.fault.name}: the fault met no request`)
            ]
            if (broken.length === 0) return []
            const named = (await pool(mine, 8, alone)).flatMap(c => judge(c, clean))
            return named.length > 0 ? named : broken
          }
          return judge(await alone(job), clean)
        }
      )
      expect(runs.flat()).toEqual([])
      console.log(
        `fault matrix: ${endpoints.length} endpoints × ${FAULTS.length} faults, ${cells.length} cells; here ${together.length} transient classes on every endpoint at once, ${single.length} cells alone`
      )
    }, 300_000)

    it(`holds on the bundled client: every ${transient ? 'transient' : 'other'} fault class in one run`, async () => {
      expect(Object.keys(ON_THE_BUNDLE).sort()).toEqual(FAULTS.map(f => f.name).sort())
      const cell = await bundled
      // Each fault met a request of the run…
      expect(cell.injections.filter(i => i.injected === 0).map(i => i.fault.name)).toEqual([])
      // …and the run kept every promise about each.
      expect(judge(cell, clean)).toEqual([])
    }, 60_000)
  })
}
