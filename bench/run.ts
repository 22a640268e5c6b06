// `npm run bench`: how long a gate run takes and what it costs in API requests, on the sample
// release PR and on a busy commit, and how fast a 2,000-item report renders within GitHub's limits.
// Figures, not assertions: speed goals live here, never in a timed test.
import { performance } from 'node:perf_hooks'
import { startSimulator } from '../sim/server.js'
import { checkRun } from '../sim/scenario.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  gateReleasePr,
  releasePrEvent,
  sampleScenario
} from '../harness/sample-repo.js'
import { renderComment } from '../src/render/comment.js'
import { renderCheckRun } from '../src/render/check-run.js'
import type { Report } from '../src/report/report.js'
import { countStates } from '../src/verdict/states.js'
import { containsNeedle } from '../src/text/needle.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
// Built once, outside the timed runs.
const payload = releasePrEvent()

async function gateRuns(label: string, scenario: ReturnType<typeof sampleScenario>): Promise<void> {
  const times: number[] = []
  const requests: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const sim = await startSimulator(scenario)
    const t0 = performance.now()
    const run = await gateReleasePr(sim.url, { payload })
    times.push(performance.now() - t0)
    requests.push(sim.requests.length)
    await sim.close()
    if (!run.report) throw new Error(`${label}: no report\n${run.stdout}${run.stderr}`)
  }
  const byKind = `${requests[0]} requests`
  console.log(
    `${label.padEnd(44)} median ${median(times).toFixed(0).padStart(5)} ms over ${RUNS} runs · ${byKind}`
  )
}

function busyScenario(runs: number) {
  const s = sampleScenario()
  const checklist = `version: 1\nsections:\n  - title: CI\n    items:\n      - { id: tests, title: Tests, check: { type: checks, name: "test (shard *)" } }\n`
  s.commits[MAIN_SHA].files![CHECKLIST_PATH] = checklist
  s.check_runs = Array.from({ length: runs }, (_, i) => checkRun(`test (shard ${i + 1})`, HEAD_SHA))
  return s
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
    `${'render a 2,000-item report'.padEnd(44)} ${ms.toFixed(0).padStart(12)} ms · comment ${comment.length} chars (limit 65,536) · check summary ${Buffer.byteLength(check.summary)} bytes (limit 65,535) · ${check.annotations.length} annotations`
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
      `${`${pattern} on a 1 MB line`.padEnd(44)} ${ms.toFixed(0).padStart(12)} ms · ${found ? 'found' : 'not found'} (goal: well under 1 s)`
    )
  }
}

await gateRuns('sample release PR (7 items)', sampleScenario())
await gateRuns('busy commit: 250 check runs', busyScenario(250))
await gateRuns('busy commit: 1,000 check runs', busyScenario(1000))
renderLarge()
patternsOnLargeFile()
