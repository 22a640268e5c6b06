// The runner stand-in: runs the action the way a GitHub-hosted runner does (tests, demo, bench) — the
// bundle as a child process, or the same entry (`run()` of src/main.ts) in this process, which is
// what most scenarios need and costs no process start.
import { AsyncLocalStorage } from 'node:async_hooks'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Report } from '../src/report/report.js'
import { sourceHash } from '../scripts/source-hash.js'

/**
 * `bundle`: dist/index.js as a child process, for what only the bundle shows (the runner contract,
 * the bundled client); `in-process`: src/main.ts's `run()` here, for everything else.
 */
export type Via = 'bundle' | 'in-process'

let inputs: Record<string, string> | undefined

/** The inputs action.yml declares, with their defaults, as a runner passes them (read once). */
export function declaredInputs(): Record<string, string> {
  if (!inputs) {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    inputs = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])
    )
  }
  return { ...inputs }
}

export interface RunOptions {
  apiUrl: string
  eventName: string
  payload: unknown
  /** Inputs the test sets; every other declared input gets its default, like on a real runner. */
  inputs?: Record<string, string>
  repository?: string
  sha?: string
  ref?: string
  env?: Record<string, string>
  /** How to run it; in-process when not given. */
  via?: Via
  /** With `via: 'bundle'`: the bundle to start instead of this checkout's dist/index.js (the bench's baseline). */
  entry?: string
  /** With `via: 'bundle'`: Node options before the entry (the bench's resource-usage preload). */
  nodeArgs?: string[]
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** The JSON report the run wrote (its path is the `report` output). */
  report?: Report
}

/**
 * Runs the bundled action (dist/index.js) as a child process with the environment a runner sets:
 * GITHUB_EVENT_PATH, GITHUB_API_URL, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP.
 */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-e2e-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = { ...declaredInputs(), ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'Codertocat/Hello-World',
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000001',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '9001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    RUNNER_NAME: 'GitHub Actions 1',
    ...Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
    ),
    ...options.env
  }
  const { code, stdout, stderr } =
    options.via === 'bundle' ? await runBundle(env, options.entry, options.nodeArgs) : await runHere(env)
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
  const report =
    outputs.report && existsSync(outputs.report)
      ? (JSON.parse(readFileSync(outputs.report, 'utf8')) as Report)
      : undefined
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), report }
}

interface Exit {
  code: number
  stdout: string
  stderr: string
}

let checkedDist = false

/**
 * dist/index.js as a child process, after making sure it is built from the sources as they are
 * (another checkout's bundle, given as `entry`, is taken as it is).
 */
function runBundle(env: Record<string, string>, entry?: string, nodeArgs: string[] = []): Promise<Exit> {
  if (!entry && !checkedDist) {
    const stamp = existsSync('dist/sources.sha256') ? readFileSync('dist/sources.sha256', 'utf8').trim() : ''
    if (stamp !== sourceHash()) {
      throw new Error(
        'dist/ is not built from the current sources: run `npm run bundle`, then the tests again.'
      )
    }
    checkedDist = true
  }
  return new Promise(resolve => {
    const args = [...nodeArgs, entry ?? 'dist/index.js']
    execFile(
      process.execPath,
      args,
      { env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        // A run stopped by the time limit (or any signal) says so, rather than pass for a failed run.
        const killed = error?.signal
          ? `\n[harness] the run was stopped by ${error.signal} (limit 60 s)\n`
          : ''
        resolve({ code, stdout, stderr: stderr + killed })
      }
    )
  })
}

/** What one in-process run sees as its process: its runner's environment, and where its output goes. */
interface Scope {
  env: Record<string, string | undefined>
  stdout: string[]
  stderr: string[]
}

/**
 * In-process runs may overlap (a suite runs its scenarios concurrently): process.env, stdout and
 * stderr are the process's own, so while any run is under way they are routed to the scope of the
 * run whose asynchronous work is asking (AsyncLocalStorage), and to the real ones outside any run.
 */
const scopes = new AsyncLocalStorage<Scope>()
let routed:
  { env: NodeJS.ProcessEnv; out: typeof process.stdout.write; err: typeof process.stderr.write } | undefined
let running = 0

function routeProcess(): void {
  if (running++ > 0) return
  const saved = { env: process.env, out: process.stdout.write, err: process.stderr.write }
  routed = saved
  const env = () => scopes.getStore()?.env ?? saved.env
  process.env = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_, name) => (typeof name === 'string' ? env()[name] : undefined),
    set: (_, name, value) => (typeof name === 'string' ? ((env()[name] = String(value)), true) : false),
    has: (_, name) => typeof name === 'string' && name in env(),
    deleteProperty: (_, name) => (typeof name === 'string' ? delete env()[name] : true),
    ownKeys: () => Object.keys(env()),
    getOwnPropertyDescriptor: (_, name) =>
      typeof name === 'string' && name in env()
        ? { value: env()[name], writable: true, enumerable: true, configurable: true }
        : undefined
  })
  const capture = (stream: 'stdout' | 'stderr', original: typeof process.stdout.write) =>
    function (this: unknown, chunk: string | Uint8Array, ...rest: unknown[]) {
      const scope = scopes.getStore()
      if (!scope) return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
      scope[stream].push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      const done = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
      if (done) queueMicrotask(done)
      return true
    } as typeof process.stdout.write
  process.stdout.write = capture('stdout', saved.out)
  process.stderr.write = capture('stderr', saved.err)
}

function unrouteProcess(): void {
  if (--running > 0 || !routed) return
  process.env = routed.env
  process.stdout.write = routed.out
  process.stderr.write = routed.err
  routed = undefined
}

/**
 * `run()` of src/main.ts with the runner's environment in place of this process's, its stdout and
 * stderr captured (where @actions/core writes workflow commands), and the exit code it set.
 */
async function runHere(env: Record<string, string>): Promise<Exit> {
  const { run } = await import('../src/main.js')
  const scope: Scope = { env: { ...env }, stdout: [], stderr: [] }
  routeProcess()
  try {
    const code = await scopes.run(scope, run)
    return { code, stdout: scope.stdout.join(''), stderr: scope.stderr.join('') }
  } finally {
    unrouteProcess()
    // @actions/core's setFailed also sets the process's exit code; this process's is not the run's.
    process.exitCode = undefined
  }
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}
