// Files the test harness builds once and every test worker then reads: kept under
// node_modules/.cache/readiness-gate (out of git, lint and formatting), else in the system's temp
// directory, else nowhere (the caller builds them again).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIRS = [
  fileURLToPath(new URL('../node_modules/.cache/readiness-gate', import.meta.url)),
  join(tmpdir(), 'readiness-gate')
]

/** A cached file's text, from the first place that has it. */
export function cachedText(name: string): string | undefined {
  for (const dir of DIRS) {
    try {
      return readFileSync(join(dir, name), 'utf8')
    } catch {
      // not cached there (yet)
    }
  }
  return undefined
}

/** Keeps `text` as `name` in the first writable cache place (or nowhere). */
export function keepText(name: string, text: string): void {
  for (const dir of DIRS) {
    try {
      mkdirSync(dir, { recursive: true })
      // Written aside, then renamed: another test worker may be reading the same name.
      const temp = join(dir, `${name}.${process.pid}.tmp`)
      writeFileSync(temp, text)
      renameSync(temp, join(dir, name))
      return
    } catch {
      // not writable: try the next place
    }
  }
}
