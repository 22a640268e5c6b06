// One bundled run of the gate against a fresh simulator, measured from outside (wall time, requests,
// the longest chain of requests that waited on each other) and from inside (CPU time, peak memory,
// written by the usage.cjs preload).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startSimulator } from '../sim/server.js'
import type { Scenario } from '../sim/scenario.js'
import { runAction, type RunResult } from '../harness/run-action.js'
import { gateReleasePr, type ReleasePrRun } from '../harness/sample-repo.js'

export interface Measured {
  wallMs: number
  cpuMs: number
  maxRssMb: number
  /** API requests plus blob-storage downloads. */
  requests: number
  /** The longest sequence of requests each sent after the previous one was answered. */
  chain: number
  /** That sequence: `METHOD path`, and the ms between the previous answer and this request. */
  chainPath: string[]
  /** `METHOD path` of every request, in the order they arrived (for BENCH_VERBOSE). */
  log: string[]
  run: RunResult
}

const USAGE = resolve('bench/usage.mjs')

/**
 * Runs `entry` (a dist/index.js) on the release PR of `scenario`, `latencyMs` per round trip;
 * `nodeArgs` are passed on to node (a CPU profile's, say).
 */
export async function measureRun(
  entry: string,
  scenario: Scenario,
  latencyMs: number,
  more: ReleasePrRun = {},
  nodeArgs: string[] = []
): Promise<Measured> {
  const sim = await startSimulator(scenario, { latencyMs })
  const dir = mkdtempSync(join(tmpdir(), 'gate-bench-'))
  const usageFile = join(dir, 'usage.json')
  try {
    const t0 = performance.now()
    const run = await gateReleasePr(sim.url, {
      ...more,
      via: 'bundle',
      entry,
      nodeArgs: ['--import', USAGE, ...nodeArgs],
      env: { ...more.env, BENCH_USAGE_FILE: usageFile }
    })
    const wallMs = performance.now() - t0
    if (!existsSync(usageFile)) {
      throw new Error(
        `${entry} ended without reaching its exit (code ${run.code}):\n${run.stderr.slice(-2000)}`
      )
    }
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMb: number }
    const spans = [
      ...sim.requests.map(r => ({
        ...r,
        what: `${r.method} ${r.path}${r.query.page ? ` page ${r.query.page}` : ''}`
      })),
      ...sim.blobs.requests.map(r => ({ ...r, what: 'GET (blob storage)' }))
    ]
    const path = longestChainPath(spans)
    return {
      wallMs,
      ...usage,
      requests: spans.length,
      chain: path.length,
      chainPath: path.map(
        (span, i) =>
          `${span.what}${i > 0 ? ` (+${(span.receivedAt - path[i - 1].answeredAt).toFixed(0)} ms)` : ''}`
      ),
      log: [
        ...sim.requests.map(r => ({
          at: r.receivedAt,
          what: `${r.method} ${r.path}${r.query.page ? ` page ${r.query.page}` : ''}`
        })),
        ...sim.blobs.requests.map(r => ({ at: r.receivedAt, what: `GET (blob storage)` }))
      ]
        .sort((a, b) => a.at - b.at)
        .map(r => r.what),
      run
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await sim.close()
  }
}

/**
 * The longest sequence of requests that waited on each other (each received after the one before it
 * was answered), first request first.
 */
export function longestChainPath<T extends { receivedAt: number; answeredAt: number }>(
  spans: readonly T[]
): T[] {
  const sorted = [...spans].sort((a, b) => a.receivedAt - b.receivedAt)
  const depth: number[] = []
  const previous: number[] = []
  sorted.forEach((span, i) => {
    let before = 0
    let from = -1
    for (let j = 0; j < i; j++)
      if (sorted[j].answeredAt <= span.receivedAt && depth[j] > before) {
        before = depth[j]
        from = j
      }
    depth.push(before + 1)
    previous.push(from)
  })
  const path: T[] = []
  for (let i = depth.indexOf(Math.max(0, ...depth)); i >= 0; i = previous[i]) path.unshift(sorted[i])
  return path
}

/**
 * The bare @actions/core bundle (bench/core-only.ts), built with the checkout's ncc once per lock
 * file and kept in node_modules/.cache (out of git, lint and formatting).
 */
export function coreOnlyBundle(): string {
  const hash = createHash('sha256')
    .update(readFileSync('package-lock.json'))
    .update(readFileSync('bench/core-only.ts'))
    .digest('hex')
    .slice(0, 12)
  const out = resolve(`node_modules/.cache/readiness-gate-bench/core-only-${hash}`)
  const entry = join(out, 'index.js')
  if (!existsSync(entry)) {
    mkdirSync(out, { recursive: true })
    execFileSync(resolve('node_modules/.bin/ncc'), ['build', 'bench/core-only.ts', '-o', out, '--quiet'], {
      stdio: 'inherit'
    })
  }
  return entry
}

/** Wall time of one start of a bundle that makes no request (the bare @actions/core one). */
export async function measureStart(entry: string): Promise<number> {
  const t0 = performance.now()
  await runAction({ apiUrl: 'http://127.0.0.1:9', eventName: 'push', payload: {}, via: 'bundle', entry })
  return performance.now() - t0
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
