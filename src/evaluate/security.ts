import type { CheckSpec } from '../checklist/schema.js'
import { explainAlertError, type AlertKind } from '../github/alert-errors.js'
import {
  CODE_SCANNING_ALERTS,
  DEPENDABOT_ALERTS,
  SECRET_SCANNING_ALERTS,
  SEVERITIES,
  hasCodeScanningAnalysis,
  openCodeScanningAlerts,
  openDependabotAlerts,
  openSecretScanningAlerts,
  type CodeScanningAlert,
  type Severity
} from '../github/alerts.js'
import { toApiError } from '../github/api-error.js'
import { code, join, link, say, type Phrase } from '../text/phrase.js'
import type { EvalContext, Outcome } from './outcome.js'

type CodeScanningCheck = Extract<CheckSpec, { type: 'code-scanning' }>
type SecretScanningCheck = Extract<CheckSpec, { type: 'secret-scanning' }>
type DependabotCheck = Extract<CheckSpec, { type: 'dependabot' }>

/** How many alerts an item links to before "and N more". */
export const SHOWN_ALERTS = 3

/** One counted alert, ready to show: its link label and what it is. */
interface Shown {
  number: number
  url: string
  severity?: Severity
  what: Phrase
}

/** A failed read: `unknown` with the reason and the fix for that kind of alert. */
function unknownFromAlertError(error: unknown, endpoint: string, kind: AlertKind, ctx: EvalContext): Outcome {
  const { reason, fix } = explainAlertError(
    toApiError(error, endpoint),
    kind,
    ctx.settings.securityToken !== ''
  )
  return { state: 'unknown', summary: say`could not verify: ${reason}`, fix }
}

/** Severities at or above `min`, most severe first. */
export function severitiesFrom(min: Severity): Severity[] {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(min) + 1)
}

const RULE_SEVERITY: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low' }

/**
 * A code-scanning alert's severity: its security severity when it has one, else the rule's severity
 * mapped error→high, warning→medium, note→low; an alert with neither counts as low (never dropped).
 */
export function codeScanningSeverity(alert: CodeScanningAlert): Severity {
  return alert.rule.security_severity_level ?? RULE_SEVERITY[alert.rule.severity ?? ''] ?? 'low'
}

/** Open on the asked ref: the alert is open, and so is its most recent instance on that ref. */
function openOnRef(alert: CodeScanningAlert): boolean {
  return alert.state === 'open' && (alert.most_recent_instance?.state ?? 'open') === 'open'
}

/**
 * The ref whose code-scanning results apply (code scanning keeps results per ref, not per commit): a
 * PR's merge ref (`refs/pull/N/merge`, so alerts the PR introduces count), a merge group's base branch,
 * an audited branch or tag. An audited bare SHA has no ref to ask about.
 */
export function codeScanningRef(ctx: EvalContext): string | undefined {
  const { target } = ctx
  if (target.pr) return `refs/pull/${target.pr.number}/merge`
  if (target.auditedRef) return target.auditedRef
  if (target.branch) return `refs/heads/${target.branch}`
  return undefined
}

/**
 * No analysis of the ref yet: on a PR the code-scanning workflow is most likely still running
 * (pending; a `workflow_run` event re-evaluates); on an audit nothing will come (unknown).
 */
function notAnalysed(ref: string, ctx: EvalContext): Outcome {
  const summary = say`code scanning has not analysed ${code(ref)} yet, so its alert list proves nothing`
  if (ctx.target.pr) return { state: 'pending', summary: say`${summary}; waiting for the analysis` }
  return {
    state: 'unknown',
    summary,
    fix: 'Run the code-scanning workflow on this branch or tag, then audit again.'
  }
}

/** `code-scanning` (docs/check-types.md): open alerts at or above `severity` on the gated ref, at most `max`. */
export async function evaluateCodeScanning(check: CodeScanningCheck, ctx: EvalContext): Promise<Outcome> {
  const min = check.severity ?? 'high'
  const max = check.max ?? 0
  const ref = codeScanningRef(ctx)
  if (!ref) {
    return {
      state: 'unknown',
      summary: say`code scanning keeps its results per branch, tag or pull request, not per commit: ${code(ctx.target.sha.slice(0, 7))} has no ref to ask about`,
      fix: 'Audit a branch or a tag (e.g. `ref: main`), or run the audit on a branch.'
    }
  }
  let alerts: CodeScanningAlert[]
  try {
    if (!(await hasCodeScanningAnalysis(ctx.securityGateway, ref, check.tool))) return notAnalysed(ref, ctx)
    alerts = await openCodeScanningAlerts(ctx.securityGateway, ref, check.tool)
  } catch (error) {
    const endpoint = (error as { endpoint?: string }).endpoint ?? CODE_SCANNING_ALERTS
    return unknownFromAlertError(error, endpoint, 'code-scanning', ctx)
  }
  const wanted = new Set(severitiesFrom(min))
  const counted = alerts
    .filter(a => openOnRef(a) && (!check.tool || a.tool?.name === undefined || a.tool.name === check.tool))
    .map(a => ({ alert: a, severity: codeScanningSeverity(a) }))
    .filter(a => wanted.has(a.severity))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
  const shown: Shown[] = counted.map(({ alert, severity }) => ({
    number: alert.number,
    url: alert.html_url,
    severity,
    what: [code(alert.rule.id ?? alert.rule.name ?? 'rule')]
  }))
  const tool = check.tool ? say` from ${code(check.tool)}` : []
  const query = ctx.target.pr
    ? `is:open pr:${ctx.target.pr.number}`
    : ref.startsWith('refs/heads/')
      ? `is:open branch:${ref.slice('refs/heads/'.length)}`
      : 'is:open'
  return verdict({
    noun: 'code-scanning alert',
    scope: say` at or above ${min}${tool} on ${code(ref)}`,
    max,
    shown,
    list: securityUrl(ctx, `code-scanning?query=${encodeURIComponent(query)}`)
  })
}

/** `secret-scanning` (docs/check-types.md): open alerts of the repository, at most `max`. Never shows a secret. */
export async function evaluateSecretScanning(check: SecretScanningCheck, ctx: EvalContext): Promise<Outcome> {
  let alerts
  try {
    alerts = await openSecretScanningAlerts(ctx.securityGateway)
  } catch (error) {
    return unknownFromAlertError(error, SECRET_SCANNING_ALERTS, 'secret-scanning', ctx)
  }
  const shown: Shown[] = alerts
    .filter(a => a.state === 'open')
    .map(a => ({
      number: a.number,
      url: a.html_url,
      what: [code(a.secret_type_display_name ?? a.secret_type ?? 'secret')]
    }))
  return verdict({
    noun: 'secret-scanning alert',
    scope: [],
    max: check.max ?? 0,
    shown,
    list: securityUrl(ctx, 'secret-scanning')
  })
}

/** `dependabot` (docs/check-types.md): open Dependabot alerts at or above `severity`, at most `max`. */
export async function evaluateDependabot(check: DependabotCheck, ctx: EvalContext): Promise<Outcome> {
  const min = check.severity ?? 'high'
  const severities = severitiesFrom(min)
  let alerts
  try {
    alerts = await openDependabotAlerts(ctx.securityGateway, severities)
  } catch (error) {
    return unknownFromAlertError(error, DEPENDABOT_ALERTS, 'dependabot', ctx)
  }
  const wanted = new Set<Severity>(severities)
  const shown: Shown[] = alerts
    .filter(a => a.state === 'open' && wanted.has(a.security_advisory.severity))
    .map(a => ({
      number: a.number,
      url: a.html_url,
      severity: a.security_advisory.severity,
      what: say`${code(a.dependency.package?.name ?? 'dependency')} ${code(a.security_advisory.ghsa_id)}`
    }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
  return verdict({
    noun: 'Dependabot alert',
    scope: [` at or above ${min}`],
    max: check.max ?? 0,
    shown,
    list: securityUrl(ctx, `dependabot?q=${encodeURIComponent('is:open')}`)
  })
}

function securityUrl(ctx: EvalContext, path: string): string {
  const { serverUrl, owner, repo } = ctx.runner
  return `${serverUrl}/${owner}/${repo}/security/${path}`
}

/** Pass when the counted alerts are at most `max`; the text counts them by severity and links a few. */
function verdict(args: { noun: string; scope: Phrase; max: number; shown: Shown[]; list: string }): Outcome {
  const { noun, scope, max, shown, list } = args
  const n = shown.length
  const allowed = max > 0 ? ` (at most ${max} allowed)` : ''
  if (n === 0) return { state: 'pass', summary: say`no open ${noun}s${scope}`, url: list }
  const bySeverity = SEVERITIES.map(s => [s, shown.filter(a => a.severity === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => `${count} ${s}`)
  const counts = bySeverity.length > 0 ? `: ${bySeverity.join(', ')}` : ''
  const links = shown
    .slice(0, SHOWN_ALERTS)
    .map(a => say`${link(`#${a.number}`, a.url)} ${a.what}${a.severity ? ` (${a.severity})` : ''}`)
  const more = n > SHOWN_ALERTS ? ` and ${n - SHOWN_ALERTS} more` : ''
  return {
    state: n <= max ? 'pass' : 'fail',
    summary: say`${n} open ${noun}${n === 1 ? '' : 's'}${scope}${allowed}${counts} — ${join(links)}${more}`,
    url: n > max && n === 1 ? shown[0].url : list
  }
}
