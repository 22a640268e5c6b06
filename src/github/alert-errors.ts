import {
  describeFailure,
  explainApiError,
  permissionKey,
  type ApiError,
  type Explanation
} from './api-error.js'
import { permissionFor } from './permissions.js'
import { PagingError } from './paging.js'

/** The three alert lists, and what each needs. */
export type AlertKind = 'code-scanning' | 'secret-scanning' | 'dependabot'

/**
 * The permission's name for GitHub Apps and fine-grained tokens; the `permissions:` entry of a workflow
 * job comes from the endpoint (GITHUB_TOKEN has none for secret scanning).
 */
const TOKEN_PERMISSION: Record<AlertKind, string> = {
  'code-scanning': 'Code scanning alerts: read',
  'secret-scanning': 'Secret scanning alerts: read',
  dependabot: 'Dependabot alerts: read'
}

const SETTINGS = 'Settings → Advanced Security'

/**
 * How GitHub says that a feature is off (messages as GitHub words them; matched loosely, since the
 * wording has changed over time).
 */
const FEATURE_OFF: { kind: AlertKind; status: number; match: RegExp; reason: string; fix: string }[] = [
  {
    kind: 'code-scanning',
    status: 403,
    match: /Advanced Security must be enabled|Code Security or GitHub Advanced Security is not enabled/i,
    reason: 'code scanning is not available on this repository (it needs GitHub Code Security)',
    fix: `Enable GitHub Code Security for the repository (${SETTINGS}), or make this item manual or \`required: false\`.`
  },
  {
    kind: 'code-scanning',
    status: 403,
    match: /Code scanning is not enabled/i,
    reason: 'code scanning is not enabled on this repository',
    fix: `Enable code scanning (${SETTINGS} → Code scanning: default setup, or a CodeQL workflow).`
  },
  {
    kind: 'code-scanning',
    status: 404,
    match: /no analysis found/i,
    reason: 'code scanning has not analysed this repository yet',
    fix: 'Set up code scanning (default setup or a CodeQL workflow that runs on pushes and pull requests) and let it finish an analysis.'
  },
  {
    kind: 'secret-scanning',
    status: 404,
    match: /Secret scanning is disabled/i,
    reason: 'secret scanning is disabled on this repository',
    fix: `Enable secret scanning (${SETTINGS} → Secret Protection), or make this item manual or \`required: false\`.`
  },
  {
    kind: 'dependabot',
    status: 403,
    match: /Dependabot alerts are disabled/i,
    reason: 'Dependabot alerts are disabled on this repository',
    fix: `Enable Dependabot alerts (${SETTINGS} → Dependabot alerts), or make this item manual or \`required: false\`.`
  }
]

/** The fix a GITHUB_TOKEN gets for secret scanning: it can never hold that permission. */
export const GITHUB_TOKEN_SECRET_SCANNING_FIX =
  'GITHUB_TOKEN can never read secret-scanning alerts: pass a GitHub App or fine-grained token with "Secret scanning alerts: read" as `security-token`.'

/**
 * Why an alert list could not be read, and what to change. `securityToken`: whether the
 * `security-token` input was given (then `permissions:` of the job do not apply to it).
 */
export function explainAlertError(error: ApiError, kind: AlertKind, securityToken: boolean): Explanation {
  if (error instanceof PagingError) return error.explain()
  const what = describeFailure(error)
  const tokenPermission = TOKEN_PERMISSION[kind]
  const workflowPermission = permissionFor(error.endpoint)
  const off = FEATURE_OFF.find(
    f => f.kind === kind && f.status === error.status && f.match.test(error.message)
  )
  if (off) return { reason: `${off.reason} (${what})`, fix: off.fix }

  if (error.status === 401) {
    const input = securityToken ? 'security-token' : 'token'
    return {
      reason: what,
      fix: `The token was refused: check that the \`${input}\` input is a valid, unexpired token.`
    }
  }
  const refused = error.status === 403 && !/rate limit/i.test(error.message)
  if (refused || (error.status === 404 && error.acceptedPermissions)) {
    if (securityToken) {
      const admin =
        kind === 'secret-scanning' ? ' (a fine-grained token must belong to a repository administrator)' : ''
      return {
        reason: what,
        fix: `Give the \`security-token\` "${tokenPermission}" on this repository${admin}.`
      }
    }
    if (kind === 'secret-scanning') return { reason: what, fix: GITHUB_TOKEN_SECRET_SCANNING_FIX }
    const key = permissionKey(error.acceptedPermissions) ?? workflowPermission
    const grant = key ? `Grant the workflow job \`permissions: { ${key} }\`, or pass` : 'Pass'
    return { reason: what, fix: `${grant} a token with "${tokenPermission}" as \`security-token\`.` }
  }
  return explainApiError(error)
}
