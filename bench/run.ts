// `npm run bench`: the speed goals as ratios measured in one run, each beside its goal. Every figure
// comes from the bundle (dist/index.js) started as a runner starts it, against the simulator.
// `BENCH_BASELINE=/path/to/other/checkout npm run bench` runs the same scenarios against that
// checkout's dist/index.js too (built there with `npm run bundle`), interleaved with this one's, and
// shows both side by side. Figures, not assertions: speed goals live here, never in a timed test.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { sourceHash } from '../scripts/source-hash.js'
import { issueCommentEvent } from '../harness/events.js'
import { CHECKLIST_PATH, HEAD_SHA, OWNER, RELEASE_PR, REPO } from '../harness/sample-repo.js'
import type { Scenario } from '../sim/scenario.js'
import { renderComment } from '../src/render/comment.js'
import { renderCheckRun } from '../src/render/check-run.js'
import type { Report } from '../src/report/report.js'
import { countStates } from '../src/verdict/states.js'
import { containsNeedle } from '../src/text/needle.js'
import { coreOnlyBundle, measureRun, measureStart, median, type Measured } from './measure.js'
import { cpuSplit } from './cpu-split.js'
import { MERGE_REF, MERGE_SHA, SCALE, SECURITY_TOKEN, scaleScenario, typicalScenario } from './scenarios.js'
import { printTable, type Row } from './table.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 1)
const VERBOSE = process.env.BENCH_VERBOSE === '1'
/** A round trip to api.github.com from a runner far from it. */
const LATENCY_MS = 150

/**
 * The requests the typical PR cannot do without, each read once: the checklist, and the PR head's
 * copy for the checklist-edit notice; check runs, statuses and the run's jobs (checks, and telling
 * the gate's own job apart); the runbook (file); the artifact list, its download URL and the archive
 * from blob storage (coverage); reviews and the approver's permission (reviews); branch rules
 * (branch-rules); the code-scanning analyses, the analysed merge commit and the alerts, the secret
 * and Dependabot alerts; the status; the PR, its comments, the new sticky comment and the listing
 * after it that finds a racing run's comment.
 */
const TYPICAL_MINIMUM_REQUESTS = 22
/**
 * The typical PR's critical path, in the issue's stages: the checklist → the artifact list → the
 * archive (its download URL from the API, then blob storage) → the writes. The longest chain of
 * requests is 6 deep (the archive is two requests; the re-listing after a new comment follows it).
 */
const TYPICAL_CRITICAL_PATH = 4

interface Subject {
  label: string
  entry: string
}

function subjects(): Subject[] {
  if (readFileSync('dist/sources.sha256', 'utf8').trim() !== sourceHash()) {
    throw new Error('dist/ is not built from the current sources: run `npm run bundle` first.')
  }
  const list = [{ label: 'after', entry: resolve('dist/index.js') }]
  const baseline =
    process.env.BENCH_BASELINE ?? process.argv.find(a => a.startsWith('--baseline='))?.slice(11)
  if (baseline) {
    const entry = resolve(baseline, 'dist/index.js')
    if (!existsSync(entry))
      throw new Error(`${entry} does not exist: run \`npm ci && npm run bundle\` in ${baseline}.`)
    list.unshift({ label: 'before', entry })
  }
  return list
}

const typicalRun = {
  sha: MERGE_SHA,
  ref: MERGE_REF,
  inputs: { 'security-token': SECURITY_TOKEN }
}
/**
 * The cold start: a run that ends before its first request, on the comment the gate's sticky comment
 * itself triggers (`issue_comment` by a bot, which the gate ignores): starting up is all it does.
 */
const coldRun = {
  ...typicalRun,
  eventName: 'issue_comment',
  payload: issueCommentEvent({
    owner: OWNER,
    repo: REPO,
    number: RELEASE_PR,
    login: 'github-actions[bot]',
    type: 'Bot'
  })
}

function checked(label: string, m: Measured, expectRequests?: number): Measured {
  const planned =
    expectRequests !== undefined ? m.requests === expectRequests && m.run.code === 0 : m.run.report
  if (!planned) {
    throw new Error(`${label}: the run did not go as planned\n${m.run.stdout}${m.run.stderr}`)
  }
  if (VERBOSE) {
    console.log(`${label}: ${m.requests} requests, chain ${m.chain}\n  ${m.log.join('\n  ')}`)
    console.log(`  longest chain:\n    ${m.chainPath.join('\n    ')}`)
  }
  return m
}

interface Figures {
  cold: number[]
  typical0: Measured[]
  typical150: Measured[]
  scale0: Measured[]
  scale150: Measured[]
}

async function measureAll(list: Subject[]): Promise<{ core: number; figures: Map<string, Figures> }> {
  const typical = await typicalScenario()
  const scale = await scaleScenario()
  const coreEntry = coreOnlyBundle()
  const core: number[] = []
  const figures = new Map(
    list.map(s => [s.label, { cold: [], typical0: [], typical150: [], scale0: [], scale150: [] } as Figures])
  )
  const run = (s: Subject, what: string, scenario: Scenario, latency: number, more = typicalRun) =>
    measureRun(s.entry, scenario, latency, more).then(m => checked(`${s.label} ${what}`, m))
  // Interleaved, so a busy moment on the machine weighs on every subject alike.
  for (let i = 0; i < RUNS; i++) {
    core.push(await measureStart(coreEntry))
    for (const s of list) {
      const f = figures.get(s.label)!
      f.cold.push(checked(`${s.label} cold start`, await measureRun(s.entry, typical, 0, coldRun), 0).wallMs)
      f.typical0.push(await run(s, 'typical PR', typical, 0))
      f.typical150.push(await run(s, `typical PR at ${LATENCY_MS} ms`, typical, LATENCY_MS))
    }
  }
  for (let i = 0; i < SCALE_RUNS; i++) {
    for (const s of list) {
      const f = figures.get(s.label)!
      f.scale0.push(await run(s, 'scale', scale, 0))
      f.scale150.push(await run(s, `scale at ${LATENCY_MS} ms`, scale, LATENCY_MS))
    }
  }
  return { core: median(core), figures }
}

const wall = (ms: Measured[]) => median(ms.map(m => m.wallMs))

function rows(core: number, f: Figures): Row[] {
  const cold = median(f.cold)
  const typical0 = wall(f.typical0)
  const scale0 = wall(f.scale0)
  // Rounds of latency a run waits through: its longest chain of requests, each sent only after the
  // one before it was answered (so each link costs a round trip), at LATENCY_MS. The wall time added
  // over the 0 ms run, divided by LATENCY_MS, is shown beside it but not judged: it subtracts two
  // wall times of seconds each, so on a busy machine a few hundred ms of noise read as rounds. (A
  // link may also be a request held back by CPU work rather than by an answer: the chain errs high.)
  const rounds = (at: Measured[]) => median(at.map(m => m.chain))
  const byWall = (at: Measured[], base: number) =>
    `${((wall(at) - base) / 1000).toFixed(2)} s added (${((wall(at) - base) / LATENCY_MS).toFixed(1)} rounds by wall time)`
  return [
    {
      measure: 'cold start ÷ bare @actions/core bundle',
      value: cold / core,
      goal: 1.5,
      unit: '×',
      detail: `${cold.toFixed(0)} ms ÷ ${core.toFixed(0)} ms`
    },
    {
      measure: 'typical PR, 0 ms latency ÷ cold start',
      value: typical0 / cold,
      goal: 2.5,
      unit: '×',
      detail: `${typical0.toFixed(0)} ms`
    },
    {
      measure: `typical PR, latency rounds at ${LATENCY_MS} ms (longest request chain)`,
      value: rounds(f.typical150),
      goal: 1.5 * TYPICAL_CRITICAL_PATH,
      unit: '',
      detail: `critical path ${TYPICAL_CRITICAL_PATH} stages; ${byWall(f.typical150, typical0)}`
    },
    {
      measure: 'typical PR requests ÷ minimum',
      value: median(f.typical0.map(m => m.requests)) / TYPICAL_MINIMUM_REQUESTS,
      goal: 1.2,
      unit: '×',
      detail: `${median(f.typical0.map(m => m.requests))} ÷ ${TYPICAL_MINIMUM_REQUESTS}`
    },
    {
      measure: 'scale: CPU ÷ cold start',
      value: median(f.scale0.map(m => m.cpuMs)) / cold,
      goal: 25,
      unit: '×',
      detail: `${(median(f.scale0.map(m => m.cpuMs)) / 1000).toFixed(2)} s CPU, ${(scale0 / 1000).toFixed(2)} s wall`
    },
    {
      measure: 'scale: peak memory (MB)',
      value: median(f.scale0.map(m => m.maxRssMb)),
      goal: 200,
      unit: '',
      detail: 'peak RSS'
    },
    {
      measure: `scale: latency rounds at ${LATENCY_MS} ms (longest request chain)`,
      value: rounds(f.scale150),
      goal: 12,
      unit: '',
      detail: `${median(f.scale0.map(m => m.requests))} requests; ${byWall(f.scale150, scale0)}`
    }
  ]
}

/**
 * Where the typical run's time goes, from one more run of each bundle under the CPU profiler (which
 * slows it, so its figures stay out of the table), and what is left when the gate's own code is
 * taken out: the libraries, loading and waiting alone hold the run near this ratio.
 */
async function typicalSplit(list: Subject[], figures: Map<string, Figures>): Promise<void> {
  const typical = await typicalScenario()
  console.log('Where a typical run goes (one more run under the CPU profiler, which slows it; ms):')
  for (const s of list) {
    const dir = mkdtempSync(join(tmpdir(), 'gate-profile-'))
    try {
      checked(
        `${s.label} profiled typical PR`,
        await measureRun(s.entry, typical, 0, typicalRun, ['--cpu-prof', `--cpu-prof-dir=${dir}`])
      )
      const split = cpuSplit(join(dir, readdirSync(dir)[0]))
      const total = Object.values(split).reduce((a, b) => a + b, 0)
      const f = figures.get(s.label)!
      const withoutGate = (wall(f.typical0) * (1 - split.gateMs / total)) / median(f.cold)
      const ms = (n: number) => n.toFixed(0)
      console.log(
        `  ${s.label}: loading code ${ms(split.loadingMs)} · libraries ${ms(split.librariesMs)} · the gate's own code (src/) ${ms(split.gateMs)} · Node and V8 ${ms(split.runtimeMs)} · GC ${ms(split.gcMs)} · waiting ${ms(split.idleMs)} (of ${ms(total)}). ` +
          `With its own code free, the typical PR would still take ${withoutGate.toFixed(2)}× the cold start.`
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

function renderLarge(): void {
  const items = Array.from({ length: 2000 }, (_, i) => ({
    id: `item-${i}`,
    path: `group/item-${i}`,
    line: i + 1,
    title: `Checklist item number ${i} with a realistic title`,
    section: 'Section',
    groups: ['Group'],
    owner: '@acme/team',
    required: true,
    state: (i % 3 === 0 ? 'fail' : i % 3 === 1 ? 'manual' : 'pass') as 'fail' | 'manual' | 'pass',
    summary: '`job (matrix, 20)` (failure) is not success/neutral/skipped',
    summary_parts: [{ code: 'job (matrix, 20)' }, ' (failure) is not success/neutral/skipped'],
    url: 'https://github.com/acme/shop/runs/1',
    fix: null
  }))
  const report: Report = {
    version: 1,
    result: 'fail',
    title: 'Large',
    checklist: { path: CHECKLIST_PATH, ref: 'main', label: 'main' },
    target: { repo: 'acme/shop', sha: HEAD_SHA, pr: 1, kind: 'pull-request', name: 'Readiness gate' },
    counts: countStates(items.map(i => i.state)),
    items,
    errors: [],
    warnings: [],
    run_url: null,
    checklist_edit: null
  }
  const t0 = performance.now()
  const comment = renderComment(report)
  const check = renderCheckRun(report)
  const ms = performance.now() - t0
  console.log(
    `${'render a 2,000-item report'.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms · comment ${comment.length} chars (limit 65,536) · check summary ${Buffer.byteLength(check.summary)} bytes (limit 65,535) · ${check.annotations.length} annotations`
  )
}

/** Catastrophic-for-backtracking patterns on a 1 MB one-line file: RE2 keeps each in linear time. */
function patternsOnLargeFile(): void {
  const text = 'a'.repeat(1e6) + '!'
  for (const pattern of ['/(a+)+$/', '/(a|aa)+$/', '/(.*a){12}$/', '/^(\\w+\\s?)+$/i']) {
    const t0 = performance.now()
    const found = containsNeedle(text, pattern)
    const ms = performance.now() - t0
    console.log(
      `${`${pattern} on a 1 MB line`.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms · ${found ? 'found' : 'not found'} (goal: well under 1 s)`
    )
  }
}

const list = subjects()
console.log(
  `Bundles: ${list.map(s => `${s.label} = ${s.entry}`).join(', ')}\n` +
    `Typical PR: 12 items of every kind; scale: ${SCALE.items} items, ${SCALE.runs} check runs, ${SCALE.comments} comments. ` +
    `Medians of ${RUNS} runs (scale: ${SCALE_RUNS}); latency ${LATENCY_MS} ms per round trip (API and blob storage).\n`
)
const { core, figures } = await measureAll(list)
printTable(list.map(s => ({ label: s.label, rows: rows(core, figures.get(s.label)!) })))
console.log('')
await typicalSplit(list, figures)
console.log('')
renderLarge()
patternsOnLargeFile()
