import type { Gateway } from './gateway.js'
import {
  CodeScanningAlertShape,
  CodeScanningAnalysisShape,
  DependabotAlertShape,
  SecretScanningAlertShape,
  type CodeScanningAlert,
  type CodeScanningAnalysis,
  type DependabotAlert,
  type SecretScanningAlert,
  type Severity
} from './shapes.js'
export {
  SEVERITIES,
  type Severity,
  type CodeScanningAlert,
  type CodeScanningAnalysis,
  type DependabotAlert,
  type SecretScanningAlert
} from './shapes.js'

/**
 * Readers of the three security-alert lists (code scanning, secret scanning, Dependabot). They use the
 * security gateway (built from `security-token` when given), read every page, and shape-check every
 * response: a malformed page is an ApiError (hence `unknown`), never an empty list.
 */

export const CODE_SCANNING_ALERTS = 'GET /repos/{owner}/{repo}/code-scanning/alerts'
export const SECRET_SCANNING_ALERTS = 'GET /repos/{owner}/{repo}/secret-scanning/alerts'
export const DEPENDABOT_ALERTS = 'GET /repos/{owner}/{repo}/dependabot/alerts'

/** Open code-scanning alerts on a ref (`refs/pull/N/merge`, `refs/heads/…`), optionally of one tool. */
export function openCodeScanningAlerts(
  gateway: Gateway,
  ref: string,
  tool?: string
): Promise<CodeScanningAlert[]> {
  const params: Record<string, unknown> = { ref, state: 'open' }
  if (tool) params.tool_name = tool
  return gateway.cached(`code-scanning:${ref}:${tool ?? ''}`, () =>
    gateway.readAll(CODE_SCANNING_ALERTS, params, CodeScanningAlertShape.array(), page => page)
  )
}

export const CODE_SCANNING_ANALYSES = 'GET /repos/{owner}/{repo}/code-scanning/analyses'

/** How many of a ref's newest analyses are read: one page, more than any one commit uploads. */
export const ANALYSES_READ = 100

/**
 * The newest analyses of `ref` (at most ANALYSES_READ, newest first), optionally of one tool. Without
 * an analysis the alert list is empty whatever the code holds, so "no alerts" would prove nothing.
 */
export function codeScanningAnalyses(
  gateway: Gateway,
  ref: string,
  tool?: string
): Promise<CodeScanningAnalysis[]> {
  return gateway.cached(`code-scanning-analyses:${ref}:${tool ?? ''}`, () => {
    const params: Record<string, unknown> = { ref, per_page: ANALYSES_READ }
    if (tool) params.tool_name = tool
    // A repository with no analysis at all answers 404 "no analysis found": that is left to the
    // caller's error mapping (code scanning not set up), unlike a ref not analysed yet.
    return gateway.read(CODE_SCANNING_ANALYSES, params, CodeScanningAnalysisShape.array())
  })
}

/** Open secret-scanning alerts, with `hide_secret=true` so the secrets never reach the runner. */
export function openSecretScanningAlerts(gateway: Gateway): Promise<SecretScanningAlert[]> {
  return gateway.cached('secret-scanning', () =>
    gateway.readAll(
      SECRET_SCANNING_ALERTS,
      { state: 'open', hide_secret: true },
      SecretScanningAlertShape.array(),
      page => page
    )
  )
}

/** Open Dependabot alerts of the given severities (this endpoint pages with cursors: Link rel="next"). */
export function openDependabotAlerts(
  gateway: Gateway,
  severities: readonly Severity[]
): Promise<DependabotAlert[]> {
  const list = severities.join(',')
  return gateway.cached(`dependabot:${list}`, () =>
    gateway.readAll(
      DEPENDABOT_ALERTS,
      { state: 'open', severity: list },
      DependabotAlertShape.array(),
      page => page
    )
  )
}
