import { checklistEdit } from './checklist-edit.js'
import { loadChecklist, type LoadResult } from './load-checklist.js'
import type { ChecklistItem } from '../checklist/model.js'
import { allLeaves } from '../checklist/lookup.js'
import { parseChecklistFile } from '../checklist/parse-file.js'
import { addDays, checkWarnings } from '../checklist/semantics.js'
import { noAttestations, type Attestations } from '../attestations/model.js'
import { commandIssue, readAttestations } from '../attestations/read.js'
import type { ConfigError } from '../errors/config-error.js'
import { formatConfigError } from '../errors/config-error.js'
import type { RunnerContext } from '../event/runner-context.js'
import type { Target } from '../event/target.js'
import type { GitHub } from '../github/client.js'
import type { IssueComment } from '../github/shapes.js'
import { Gateway } from '../github/gateway.js'
import { code, say } from '../text/phrase.js'
import { handledLater } from '../publish/handled-later.js'
import { logLine } from '../publish/log.js'
import { buildErrorReport, buildReport, type Report } from '../report/report.js'
import type { Settings } from '../settings.js'
import { evaluateChecklist, type Evaluation, type LeafResult } from '../evaluate/evaluate-checklist.js'

/**
 * The API clients of a run: `security` reads security alerts (from `security-token` when given),
 * `members` team memberships (from `members-token` when given).
 */
export interface Clients {
  main: GitHub
  security: GitHub
  members?: GitHub
}

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

/** A checklist read from disk rather than from the repository (the CLI's `--checklist-file`). */
export interface LocalChecklist {
  file: string
  text: string
}

export interface ReportOptions {
  local?: LocalChecklist
  /** Called once the checklist is loaded, with the number of leaf items to evaluate. */
  onLoaded?: (leaves: number) => void
  /** Called as each leaf item's outcome is known (progress for long audits). */
  onLeaf?: (leaf: LeafResult) => void
  /** Where poll lines go: the job log by default; the CLI keeps its stdout for the report. */
  log?: (line: string) => void
  /** The PR's comments, when publishing has started reading them already (read once). */
  comments?: Promise<IssueComment[]>
}

/** The report on one target, and the checklist's errors and warnings for the edge to show. */
export interface TargetReport {
  report: Report
  errors: ConfigError[]
  warnings: ConfigError[]
  /** Warnings of this run (a membership that could not be read, a waiver about to end). */
  runWarnings: string[]
  /** Sign-offs, waivers and the judged command comments (reactions are the publisher's). */
  attestations: Attestations
}

/**
 * One target through the engine's reading half — checklist → evidence → verdict → report — without
 * publishing anything: the action publishes the result (`gateTarget`), the CLI prints it.
 */
export async function reportTarget(
  clients: Clients,
  settings: Settings,
  runner: RunnerContext,
  target: Target,
  options: ReportOptions = {}
): Promise<TargetReport> {
  const gh = clients.main
  const repo = { owner: runner.owner, repo: runner.repo }
  const gateway = new Gateway(gh, repo)
  const today = new Date().toISOString().slice(0, 10)
  const { local } = options
  const source = local
    ? { path: local.file, ref: 'local', label: 'local file' }
    : { path: settings.checklistPath, ref: target.checklistRef, label: target.checklistRefLabel }
  const base = { repo: `${runner.owner}/${runner.repo}`, target, checklist: source, runUrl: runUrl(runner) }

  const loaded: LoadResult = local
    ? await localChecklist(local, today)
    : await loadChecklist(gateway, settings.checklistPath, target, today)
  if (!loaded.ok)
    return {
      report: buildErrorReport(loaded.errors, base),
      errors: loaded.errors,
      warnings: [],
      runWarnings: [],
      attestations: noAttestations()
    }

  // The PR head's copy of the checklist is read beside the evidence, not after it, and parsed only
  // when its text differs from the copy the verdict uses (a 2,000-item checklist takes a while).
  const edit = local
    ? undefined
    : handledLater(
        sameText(gateway, settings.checklistPath, target).then(same =>
          same ? undefined : checklistEdit(gateway, settings.checklistPath, target, loaded.checklist, today)
        )
      )
  // Comments are read while the checks are evaluated: only manual items and waivers wait for them.
  const reading = handledLater(
    readAttestations(
      loaded.checklist,
      target,
      commandIssue(target, settings.signoffIssue),
      {
        gateway,
        members: new Gateway(clients.members ?? gh, repo),
        membersToken: settings.membersToken !== '',
        comments: target.pr ? options.comments : undefined
      },
      Date.now()
    )
  )
  options.onLoaded?.(allLeaves(loaded.checklist).length)
  const evaluation = await evaluateUntilFinal(settings.waitTimeoutSeconds, options.log ?? logLine, waiting =>
    evaluateChecklist(
      loaded.checklist,
      {
        target,
        gateway: new Gateway(gh, repo),
        securityGateway: new Gateway(clients.security, repo),
        settings,
        runner,
        today,
        waiting,
        now: Date.now(),
        attestations: reading.then(a => a.attestations)
      },
      options.onLeaf
    )
  )
  const attested = await reading
  const { attestations } = attested
  const runWarnings = [...(attested.warning ? [attested.warning] : []), ...waiverWarnings(evaluation, today)]
  const warnings = checkWarnings(loaded.checklist).map(w => ({ file: source.path, ref: source.label, ...w }))
  const report = buildReport(evaluation, {
    ...base,
    title: loaded.checklist.title,
    edit: await edit,
    warnings: [...warnings.map(formatConfigError), ...runWarnings],
    judgements: attestations.judgements
  })
  return { report, errors: [], warnings, runWarnings, attestations }
}

/**
 * A checklist from disk. A checked box in it signs nothing off: who checked it is known only from
 * the blame of a committed copy, so the item stays outstanding.
 */
async function localChecklist(local: LocalChecklist, today: string): Promise<LoadResult> {
  const parsed = await parseChecklistFile(local.text, { file: local.file, today })
  if (!parsed.ok) return parsed
  const visit = (item: ChecklistItem) => {
    item.items?.forEach(visit)
    if (item.checkbox?.checked && !item.check && !item.signoff)
      item.checkbox.unverified = {
        state: 'manual',
        reason: say`the box is checked in the local file ${code(local.file)}, which signs nothing off`,
        fix: 'Commit the checked box to the branch the gate reads: the author of that commit signs off.'
      }
  }
  parsed.checklist.sections.forEach(s => s.items.forEach(visit))
  return parsed
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
  log: (line: string) => void,
  evaluate: (waiting: boolean) => Promise<Evaluation>
): Promise<Evaluation> {
  const deadline = Date.now() + waitSeconds * 1000
  let delay = pollMs()
  for (let poll = 1; ; poll++) {
    const canWait = Date.now() + delay <= deadline
    const evaluation = await evaluate(canWait)
    if (evaluation.verdict !== 'pending' || !canWait) return evaluation
    const pending = evaluation.leaves.filter(l => l.outcome.state === 'pending').map(l => l.item.id)
    log(
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
