import { appendFileSync } from 'node:fs'
import type { Report } from '../report/report.js'
import { renderBody, utf8Bytes } from '../render/body.js'
import { inlineMarkdown, text } from '../text/markdown.js'

/** GitHub shows at most 1 MiB of job summary per step; leave room for what other steps wrote. */
export const SUMMARY_BYTES = 1024 * 1024 - 1024

/** Appends the report to the job summary file; a local run without one simply skips it. */
export function writeJobSummary(
  report: Report,
  notes: string[],
  file = process.env.GITHUB_STEP_SUMMARY
): boolean {
  if (!file) return false
  const noteLines = notes.map(n => `> ${inlineMarkdown(text(n))}`).join('\n')
  const body = renderBody(
    { ...report, run_url: null },
    { budget: SUMMARY_BYTES - utf8Bytes(noteLines) - 4, measure: utf8Bytes, elsewhere: 'the JSON report' }
  )
  appendFileSync(file, `${body}${noteLines ? `\n${noteLines}\n` : ''}\n`)
  return true
}
