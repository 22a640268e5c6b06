import type { CheckSpec } from '../checklist/schema.js'
import { explainAlertError, type AlertKind } from '../github/alert-errors.js'
import {
  CODE_SCANNING_ALERTS,
  CODE_SCANNING_ANALYSES,
  DEPENDABOT_ALERTS,
  SECRET_SCANNING_ALERTS,
  SEVERITIES,
  codeScanningAnalyses,
  openCodeScanningAlerts,
  openDependabotAlerts,
  openSecretScanningAlerts,
  type CodeScanningAlert,
  type CodeScanningAnalysis,
  type Severity
} from '../github/alerts.js'
import { toApiError } from '../github/api-error.js'
import { code, join, link, say, type Phrase } from '../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'
import { othersStillRunning } from './own-job.js'

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
 * Code scanning keeps each configuration's alerts (a tool and a category, e.g. one CodeQL language)
 * from that configuration's latest upload: the newest analysis of each is what the alert list is about.
 */
export function newestPerConfiguration(analyses: readonly CodeScanningAnalysis[]): CodeScanningAnalysis[] {
  const newest = new Map<string, CodeScanningAnalysis>()
  for (const a of analyses) {
    const key = `${a.tool?.name ?? ''}\u0000${a.category ?? `${a.analysis_key ?? ''}${a.environment ?? ''}`}`
    const seen = newest.get(key)
    if (!seen || a.created_at > seen.created_at || (a.created_at === seen.created_at && a.id > seen.id))
      newest.set(key, a)
  }
  return [...newest.values()]
}

const COMMIT = 'GET /repos/{owner}/{repo}/commits/{ref}'

/**
 * The configurations whose newest analysis is not about the gated commit. An audit's results must be
 * of the audited commit; a PR's (on `refs/pull/N/merge`) of a merge commit of its head — the current
 * test merge commit, or one made before the base branch moved (its parents are the base and the head).
 * A merge group is judged on its base branch's results, which are never of the group's own commit.
 */
async function staleConfigurations(
  configs: readonly CodeScanningAnalysis[],
  ctx: EvalContext
): Promise<Stale[]> {
  const { target } = ctx
  if (target.kind === 'merge-group') return []
  const about = async (sha: string): Promise<true | string> => {
    if (sha === target.sha) return true
    if (!target.pr) return 'an older commit'
    try {
      const parents = (await ctx.gateway.commit(sha)).parents ?? []
      return parents.some(p => p.sha === target.sha) || 'not a merge of this head'
    } catch (error) {
      // A commit GitHub no longer knows cannot be shown to be a merge of this head.
      const e = toApiError(error, COMMIT)
      if (e.status === 404 || e.status === 422)
        return `which GitHub does not know (${e.endpoint} answered ${e.status})`
      throw error
    }
  }
  const checked = await Promise.all(
    configs.map(async analysis => {
      const verdict = await about(analysis.commit_sha)
      return verdict === true ? [] : [{ analysis, why: verdict }]
    })
  )
  return checked.flat()
}

/** A configuration whose newest analysis is of another commit, and how that commit differs. */
interface Stale {
  analysis: CodeScanningAnalysis
  why: string
}

/**
 * No analysis of the gated commit: the ref was never analysed, or each configuration named in `stale`
 * last analysed another commit, so the alert list is not about this one. Pending while other checks
 * (the code-scanning workflow among them) still run or `wait-timeout` still runs; then fail.
 */
async function noAnalysis(
  ref: string,
  ctx: EvalContext,
  stale: readonly Stale[],
  configurations: number
): Promise<Outcome> {
  const { target } = ctx
  const short = code(target.sha.slice(0, 7))
  let summary: Phrase
  if (stale.length === 0) {
    summary = say`code scanning has not analysed ${code(ref)} yet, so its alert list proves nothing`
  } else {
    const { analysis: first, why } = stale[0]
    const tool = first.tool?.name ? say` by ${code(first.tool.name)}` : []
    const category = configurations > 1 && first.category ? say` (${code(first.category)})` : []
    const more =
      stale.length > 1 ? ` (and ${stale.length - 1} more configuration${stale.length > 2 ? 's' : ''})` : ''
    summary = say`code scanning has no analysis of ${short}${target.pr ? ` (head of #${target.pr.number})` : ''} on ${code(ref)}: the newest${tool}${category} is of ${code(first.commit_sha.slice(0, 7))}, ${why}${more}, so its alerts are not about this commit`
  }
  let running = false
  try {
    running = await othersStillRunning(ctx)
  } catch {
    // Without `checks: read` nothing is known to be running: the missing analysis stands.
  }
  if (running || ctx.waiting) {
    const why = running ? say`other checks are still running` : [code('wait-timeout')]
    return { state: 'pending', summary: say`${summary}; waiting for the analysis (${why})` }
  }
  return {
    state: 'fail',
    summary,
    fix: target.pr
      ? "Let the code-scanning workflow analyse the PR's latest commit (it runs on `pull_request`), then re-run the gate; to re-evaluate when an analysis lands, also run the gate on `workflow_run` of that workflow."
      : `Run the code-scanning workflow on \`${ref}\` so that it analyses \`${target.sha.slice(0, 7)}\`, then run the gate again.`
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
  let configs: CodeScanningAnalysis[]
  try {
    configs = newestPerConfiguration(await codeScanningAnalyses(ctx.securityGateway, ref, check.tool))
  } catch (error) {
    return unknownFromAlertError(error, CODE_SCANNING_ANALYSES, 'code-scanning', ctx)
  }
  let stale: Stale[]
  try {
    stale = await staleConfigurations(configs, ctx)
  } catch (error) {
    return unknownFromError(error, COMMIT, 'contents: read')
  }
  if (configs.length === 0 || stale.length > 0) return noAnalysis(ref, ctx, stale, configs.length)
  let alerts: CodeScanningAlert[]
  try {
    alerts = await openCodeScanningAlerts(ctx.securityGateway, ref, check.tool)
  } catch (error) {
    return unknownFromAlertError(error, CODE_SCANNING_ALERTS, 'code-scanning', ctx)
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
