import { appendFileSync } from 'node:fs'
import type { Report } from '../report/report.js'
import { renderBody } from '../render/body.js'

/** GitHub shows at most 1 MiB of job summary per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024

/** Appends the report to the job summary file; a local run without one simply skips it. */
export function writeJobSummary(
  report: Report,
  notes: string[],
  file = process.env.GITHUB_STEP_SUMMARY
): boolean {
  if (!file) return false
  const noteLines = notes.map(n => `> ${n}`).join('\n')
  const body = renderBody(
    { ...report, run_url: null },
    SUMMARY_LIMIT / 4 - noteLines.length,
    'the JSON report'
  )
  appendFileSync(file, `${body}${noteLines ? `\n${noteLines}\n` : ''}\n`)
  return true
}
