import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseReportFile } from '../report/report-file.js'
import {
  renderRollup,
  rollupOf,
  rowOf,
  unreadableRow,
  type Rollup,
  type RollupRow
} from '../render/rollup.js'
import { EXIT, type Io } from './io.js'

/**
 * `rollup <report.json ...>`: many repositories' JSON reports as one Markdown table (for a job
 * summary) or `--json`. Exit code: 3 when a file holds no readable report, else the worst result
 * (a repository whose checklist could not be loaded counts as failing).
 */
export async function rollup(files: string[], options: { json?: boolean }, io: Io): Promise<number> {
  const rows: RollupRow[] = []
  let unreadable = 0
  for (const file of files) {
    let text: string
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8')
    } catch (error) {
      unreadable++
      rows.push(
        unreadableRow(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
      )
      continue
    }
    const parsed = parseReportFile(text)
    if (parsed.ok) rows.push(rowOf(file, parsed.report))
    else {
      unreadable++
      rows.push(unreadableRow(file, parsed.problem))
    }
  }
  const result = rollupOf(rows)
  io.out(options.json ? JSON.stringify(result, null, 2) : renderRollup(result))
  if (unreadable > 0) io.err(`${unreadable} of ${files.length} files held no readable report.`)
  return unreadable > 0 ? EXIT.error : rollupExit(result)
}

export function rollupExit(r: Rollup): number {
  if (r.totals.fail > 0 || r.totals.error > 0) return EXIT.fail
  if (r.totals.pending > 0) return EXIT.pending
  return EXIT.pass
}
