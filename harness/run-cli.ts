// The CLI as a person runs it: the bundled `readiness-gate` (dist/cli/index.js, the package's `bin`)
// as a child process, with only the environment given here.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { sourceHash } from '../scripts/source-hash.js'

export const CLI_BUNDLE = resolve('dist/cli/index.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

let checked = false

/** Refuses a dist/ that `npm run bundle` did not build from the sources as they are. */
function assertFreshBundle(): void {
  if (checked) return
  const stamp = existsSync('dist/sources.sha256') ? readFileSync('dist/sources.sha256', 'utf8').trim() : ''
  if (!existsSync(CLI_BUNDLE) || stamp !== sourceHash()) {
    throw new Error(
      'dist/ is not built from the current sources: run `npm run bundle`, then the tests again.'
    )
  }
  checked = true
}

/** `readiness-gate <args>` in `cwd`, its environment `env` (plus PATH), stdout not a terminal. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {}
): Promise<CliRun> {
  assertFreshBundle()
  return new Promise(done => {
    execFile(
      process.execPath,
      [CLI_BUNDLE, ...args],
      {
        cwd: options.cwd ?? process.cwd(),
        env: { PATH: process.env.PATH ?? '', ...options.env },
        timeout: 30_000,
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        done({ code, stdout, stderr })
      }
    )
  })
}
