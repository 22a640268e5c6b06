// The runner stand-in: runs the action the way a GitHub-hosted runner does (tests, demo, bench) — the
// bundle as a child process, or the same entry (`run()` of src/main.ts) in this process, which is
// what most scenarios need and costs no process start.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Report } from '../src/report/report.js'
import { sourceHash } from '../scripts/source-hash.js'

/** `bundle`: dist/index.js as a child process; `in-process`: src/main.ts's `run()` here. */
export type Via = 'bundle' | 'in-process'
let defaultVia: Via = 'in-process'

/** For suites about what only the bundle shows (the runner contract, the real client under faults). */
export function useBundle(): void {
  defaultVia = 'bundle'
}

/** The inputs action.yml declares, with their defaults, as a runner passes them. */
export function declaredInputs(): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }
  return Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? '']))
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
  /** How to run it; the suite's default (see `useBundle`) when not given. */
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
    (options.via ?? defaultVia) === 'bundle'
      ? await runBundle(env, options.entry, options.nodeArgs)
      : await runHere(env)
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
        resolve({ code, stdout, stderr })
      }
    )
  })
}

/** One in-process run at a time: the environment, stdout and the exit code are the process's own. */
let queue: Promise<unknown> = Promise.resolve()

/**
 * `run()` of src/main.ts with the runner's environment in place of this process's, its stdout and
 * stderr captured (where @actions/core writes workflow commands), and its exit code taken from
 * `process.exitCode` as Node would.
 */
function runHere(env: Record<string, string>): Promise<Exit> {
  const next = queue.then(async () => {
    const { run } = await import('../src/main.js')
    const saved = { env: process.env, out: process.stdout.write, err: process.stderr.write }
    const stdout: string[] = []
    const stderr: string[] = []
    const capture = (into: string[]) =>
      ((chunk: string | Uint8Array) => {
        into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
        return true
      }) as typeof process.stdout.write
    process.env = { ...env }
    process.exitCode = undefined
    process.stdout.write = capture(stdout)
    process.stderr.write = capture(stderr)
    try {
      await run()
    } finally {
      process.env = saved.env
      process.stdout.write = saved.out
      process.stderr.write = saved.err
    }
    const code = Number(process.exitCode ?? 0)
    process.exitCode = undefined
    return { code, stdout: stdout.join(''), stderr: stderr.join('') }
  })
  queue = next.catch(() => undefined)
  return next
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}
