import * as core from '@actions/core'
import { checklistEdit } from './checklist-edit.js'
import { loadChecklist } from './load-checklist.js'
import { checkWarnings } from '../checklist/semantics.js'
import { formatConfigError } from '../errors/config-error.js'
import type { RunnerContext } from '../event/runner-context.js'
import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import { Gateway } from '../github/gateway.js'
import { writeJsonReport } from '../publish/outputs.js'
import { prefetchCommentReads } from '../publish/comment.js'
import { handledLater } from '../publish/handled-later.js'
import { publishVerdict } from '../publish/publish.js'
import { logLine } from '../publish/log.js'
import { writeJobSummary } from '../publish/summary.js'
import { plainText } from '../text/phrase.js'
import { OPEN_STATES } from '../verdict/states.js'
import { countsLine } from '../render/body.js'
import { buildErrorReport, buildReport, type Report } from '../report/report.js'
import type { Settings } from '../settings.js'
import { evaluateChecklist, type Evaluation } from '../evaluate/evaluate-checklist.js'
import { noAttestations } from '../attestations/model.js'
import { commandIssue, readAttestations } from '../attestations/read.js'
import { publishReactions } from '../publish/reactions.js'
import { addDays } from '../checklist/semantics.js'

/** How long before a waiver ends the run warns. */
const WAIVER_WARNING_DAYS = 7

/** A waiver that ends within a week is said in time: then the item blocks again. */
function waiverWarnings(evaluation: Evaluation, today: string): string[] {
  const soon = addDays(today, WAIVER_WARNING_DAYS)
  return evaluation.leaves
    .filter(l => l.required && l.waiver && l.waiver.until <= soon)
    .map(
      l =>
        `The waiver of \`${l.path}\` ends on ${l.waiver?.until ?? ''}: after that the item counts by its own state (${l.outcome.state === 'waived' ? 'today it would block' : 'today it holds anyway'}). Renew or resolve it.`
    )
}

/**
 * The API clients of a run: `security` reads security alerts (from `security-token` when given),
 * `members` team memberships (from `members-token` when given).
 */
export interface Clients {
  main: GitHub
  security: GitHub
  members?: GitHub
}

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
  const gateway = new Gateway(gh, repo)
  const today = new Date().toISOString().slice(0, 10)
  const base = {
    repo: `${runner.owner}/${runner.repo}`,
    target,
    checklist: { path: settings.checklistPath, ref: target.checklistRef, label: target.checklistRefLabel },
    runUrl: runUrl(runner)
  }

  // The PR and its comments are read while the checklist is read and evaluated: publishing needs them last.
  const commentReads = settings.comment === 'auto' ? prefetchCommentReads(gh, repo, target) : undefined
  const loaded = await loadChecklist(gateway, settings.checklistPath, target, today)
  let report: Report
  let attestations = noAttestations()
  if (loaded.ok) {
    // The PR head's copy of the checklist is read beside the evidence, not after it, and parsed only
    // when its text differs from the copy the verdict uses (a 2,000-item checklist takes a while).
    const edit = handledLater(
      sameText(gateway, settings.checklistPath, target).then(same =>
        same ? undefined : checklistEdit(gateway, settings.checklistPath, target, loaded.checklist, today)
      )
    )
    const issue = commandIssue(target, settings.signoffIssue)
    const attested = await readAttestations(
      loaded.checklist,
      target,
      issue,
      {
        gateway,
        members: new Gateway(clients.members ?? gh, repo),
        membersToken: settings.membersToken !== '',
        comments: target.pr ? commentReads?.comments : undefined
      },
      Date.now()
    )
    attestations = attested.attestations
    const evaluation = await evaluateUntilFinal(settings.waitTimeoutSeconds, waiting =>
      evaluateChecklist(loaded.checklist, {
        target,
        gateway: new Gateway(gh, repo),
        securityGateway: new Gateway(clients.security, repo),
        settings,
        runner,
        today,
        waiting,
        attestations
      })
    )
    const runWarnings = [
      ...(attested.warning ? [attested.warning] : []),
      ...waiverWarnings(evaluation, today)
    ]
    for (const w of runWarnings) core.warning(w)
    const warnings = checkWarnings(loaded.checklist).map(w => ({
      file: settings.checklistPath,
      ref: target.checklistRefLabel,
      ...w
    }))
    for (const w of warnings) {
      core.warning(formatConfigError(w), {
        title: 'Checklist warning',
        file: w.file,
        startLine: w.line,
        startColumn: w.column
      })
    }
    report = buildReport(evaluation, {
      ...base,
      title: loaded.checklist.title,
      edit: await edit,
      warnings: [...warnings.map(formatConfigError), ...runWarnings],
      judgements: attestations.judgements
    })
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

/** Whether the PR head's copy of the checklist is, to the byte, the copy the verdict is judged by. */
async function sameText(gateway: Gateway, path: string, target: Target): Promise<boolean> {
  const head = target.pr?.headSha
  if (!head || head === target.checklistRef) return false
  try {
    const [judged, headCopy] = await Promise.all([
      gateway.file(path, target.checklistRef),
      gateway.file(path, head)
    ])
    return judged.found && headCopy.found && judged.text === headCopy.text
  } catch {
    return false // checklistEdit reads it again and says what it can.
  }
}

/** First poll delay; doubles up to POLL_MAX_MS. Settable so tests need not wait in real time. */
const pollMs = () => Number(process.env.READINESS_GATE_POLL_MS ?? 5000)
const POLL_MAX_MS = 60_000

/**
 * With `wait-timeout`, re-evaluates (asking GitHub again, on purpose) while the verdict is pending
 * and time remains; the last evaluation no longer waits, so evidence that never appeared fails.
 */
async function evaluateUntilFinal(
  waitSeconds: number,
  evaluate: (waiting: boolean) => Promise<Evaluation>
): Promise<Evaluation> {
  const deadline = Date.now() + waitSeconds * 1000
  let delay = pollMs()
  for (let poll = 1; ; poll++) {
    const canWait = Date.now() + delay <= deadline
    const evaluation = await evaluate(canWait)
    if (evaluation.verdict !== 'pending' || !canWait) return evaluation
    const pending = evaluation.leaves.filter(l => l.outcome.state === 'pending').map(l => l.item.id)
    logLine(
      `Poll ${poll}: still pending (${pending.join(', ')}); checking again in ${Math.round(delay / 1000)}s.`
    )
    await new Promise(resolve => setTimeout(resolve, delay))
    delay = Math.min(delay * 2, POLL_MAX_MS)
  }
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
