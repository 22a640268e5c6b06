// The runner stand-in: runs the bundled action the way a GitHub-hosted runner does (tests and the demo).
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Report } from '../src/report/report.js'

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
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    resolve => {
      execFile(process.execPath, ['dist/index.js'], { env, timeout: 60_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      })
    }
  )
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
  const report =
    outputs.report && existsSync(outputs.report)
      ? (JSON.parse(readFileSync(outputs.report, 'utf8')) as Report)
      : undefined
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), report }
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}
