import * as core from '@actions/core'
import { loadChecklist } from './checklist/load.js'
import { formatConfigError } from './errors/config-error.js'
import type { RunnerContext } from './event/runner-context.js'
import type { Target } from './event/target.js'
import type { GitHub } from './github/client.js'
import { Gateway } from './github/gateway.js'
import { writeJsonReport } from './publish/outputs.js'
import { publishVerdict } from './publish/publish.js'
import { writeJobSummary } from './publish/summary.js'
import { countsLine } from './render/body.js'
import { buildErrorReport, buildReport, type Report } from './report/report.js'
import type { Settings } from './settings.js'
import { evaluateChecklist } from './verdict/evaluate-checklist.js'

export interface GateResult {
  report: Report
  reportPath: string
}

/** One target through the pipeline: checklist → evidence → verdict → report → publish. */
export async function gateTarget(
  gh: GitHub,
  settings: Settings,
  runner: RunnerContext,
  target: Target
): Promise<GateResult> {
  const repo = { owner: runner.owner, repo: runner.repo }
  const gateway = new Gateway(gh, repo)
  const today = new Date().toISOString().slice(0, 10)
  const base = {
    repo: `${runner.owner}/${runner.repo}`,
    target,
    checklist: { path: settings.checklistPath, ref: target.checklistRefLabel },
    runUrl: runUrl(runner)
  }

  const loaded = await loadChecklist(gateway, settings.checklistPath, target, today)
  let report: Report
  if (loaded.ok) {
    const evaluation = await evaluateChecklist(loaded.checklist, { target, gateway, settings, runner, today })
    report = buildReport(evaluation, { ...base, title: loaded.checklist.title })
  } else {
    report = buildErrorReport(loaded.errors, base)
    for (const e of loaded.errors) {
      core.error(formatConfigError(e), {
        title: 'Checklist error',
        file: e.file,
        startLine: e.line,
        startColumn: e.column
      })
    }
  }
  logReport(report)

  const { notes } = await publishVerdict(gh, repo, settings, target, report, [])
  for (const n of notes) core.warning(n)
  writeJobSummary(report, notes)
  const reportPath = writeJsonReport(report, runner.runnerTemp)
  core.info(`Gate evidence cost ${gateway.requests} API request(s).`)
  return { report, reportPath }
}

function runUrl(runner: RunnerContext): string | undefined {
  if (!runner.runId) return undefined
  const attempt = runner.runAttempt > 1 ? `/attempts/${runner.runAttempt}` : ''
  return `${runner.serverUrl}/${runner.owner}/${runner.repo}/actions/runs/${runner.runId}${attempt}`
}

function logReport(report: Report): void {
  const on = report.target.pr
    ? `PR #${report.target.pr} (${report.target.sha.slice(0, 7)})`
    : report.target.sha.slice(0, 7)
  if (report.errors.length > 0) {
    core.info(`${report.target.name} on ${on}: configuration error`)
    return
  }
  core.info(`${report.target.name} on ${on}: ${report.result} — ${countsLine(report)}`)
  for (const item of report.items) {
    if (item.required && ['fail', 'unknown', 'pending', 'manual'].includes(item.state)) {
      core.info(`  ${item.state.padEnd(7)} ${item.path}: ${item.summary.replace(/`/g, '')}`)
    }
  }
}
