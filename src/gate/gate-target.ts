import * as core from '@actions/core'
import { reportTarget, type Clients } from './report-target.js'
import { formatConfigError } from '../errors/config-error.js'
import type { RunnerContext } from '../event/runner-context.js'
import type { Target } from '../event/target.js'
import { writeJsonReport } from '../publish/outputs.js'
import { prefetchCommentReads } from '../publish/comment.js'
import { publishVerdict } from '../publish/publish.js'
import { publishReactions } from '../publish/reactions.js'
import { logLine } from '../publish/log.js'
import { writeJobSummary } from '../publish/summary.js'
import { plainText } from '../text/phrase.js'
import { OPEN_STATES } from '../verdict/states.js'
import { countsLine } from '../render/body.js'
import type { Report } from '../report/report.js'
import type { Settings } from '../settings.js'

export type { Clients } from './report-target.js'

export interface GateResult {
  report: Report
  reportPath: string
}

/** One target through the pipeline: checklist → evidence → verdict → report → publish. */
export async function gateTarget(
  clients: Clients,
  settings: Settings,
  runner: RunnerContext,
  target: Target
): Promise<GateResult> {
  const gh = clients.main
  const repo = { owner: runner.owner, repo: runner.repo }

  // The PR and its comments are read while the checklist is read and evaluated: publishing needs them last.
  const commentReads = settings.comment === 'auto' ? prefetchCommentReads(gh, repo, target) : undefined
  const { report, errors, warnings, runWarnings, attestations } = await reportTarget(
    clients,
    settings,
    runner,
    target,
    { comments: commentReads?.comments }
  )
  for (const w of runWarnings) core.warning(w)
  for (const w of warnings) {
    core.warning(formatConfigError(w), {
      title: 'Checklist warning',
      file: w.file,
      startLine: w.line,
      startColumn: w.column
    })
  }
  for (const e of errors) {
    core.error(formatConfigError(e), {
      title: 'Checklist error',
      file: e.file,
      startLine: e.line,
      startColumn: e.column
    })
  }
  logReport(report)

  const [{ notes }, reacted] = await Promise.all([
    publishVerdict(gh, repo, settings, target, report, [], commentReads),
    publishReactions(gh, repo, attestations.reactions)
  ])
  notes.push(...reacted)
  for (const n of notes) core.warning(n)
  writeJobSummary(report, notes)
  const reportPath = writeJsonReport(report, runner.runnerTemp)
  return { report, reportPath }
}

function logReport(report: Report): void {
  const on = report.target.pr
    ? `PR #${report.target.pr} (${report.target.sha.slice(0, 7)})`
    : report.target.sha.slice(0, 7)
  if (report.errors.length > 0) {
    logLine(`${report.target.name} on ${on}: configuration error`)
    return
  }
  logLine(`${report.target.name} on ${on}: ${report.result} — ${countsLine(report)}`)
  for (const item of report.items) {
    if (item.required && OPEN_STATES.includes(item.state)) {
      logLine(`  ${item.state.padEnd(7)} ${item.path}: ${plainText(item.summary_parts)}`)
    }
  }
}
