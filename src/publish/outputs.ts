import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import type { Report } from '../report/report.js'

/** Writes the JSON report under RUNNER_TEMP (the OS temp dir locally) and returns its path. */
export function writeJsonReport(report: Report, runnerTemp: string): string {
  const dir = join(runnerTemp || tmpdir(), 'readiness-gate')
  mkdirSync(dir, { recursive: true })
  const name = report.target.pr
    ? `report-pr-${report.target.pr}.json`
    : `report-${report.target.sha.slice(0, 12)}.json`
  const path = join(dir, name)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

/** The step outputs that action.yml declares. */
export function outputsOf(report: Report, reportPath: string): Record<string, string> {
  const c = report.counts
  return {
    result: report.result,
    passed: String(c.passed),
    failed: String(c.failed),
    pending: String(c.pending),
    unknown: String(c.unknown),
    manual: String(c.manual),
    waived: String(c.waived),
    report: reportPath
  }
}
