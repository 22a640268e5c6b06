import type { CheckSpec } from '../checklist/schema.js'
import { ARTIFACT_ENDPOINTS } from '../github/artifacts.js'
import { CODE_SCANNING_ALERTS, CODE_SCANNING_ANALYSES, DEPENDABOT_ALERTS } from '../github/alerts.js'
import { permissionFor } from '../github/permissions.js'
import { code, join, say, type Phrase } from '../text/phrase.js'

/**
 * What an item needs before the gate can verify it: the evidence in words, the endpoints its
 * evaluator reads, and the `permissions:` keys those endpoints need (from the one endpoint table,
 * `permissionFor`). `explain` shows it, and derives the checklist's `permissions:` block from it.
 */
export interface Needs {
  /** The check type, or `manual`. */
  type: string
  evidence: Phrase
  /** Endpoints the evaluator reads (`GET /repos/{owner}/{repo}/…`). */
  reads: string[]
  /** `permissions:` entries, e.g. `checks: read`. */
  permissions: string[]
  /** What no `permissions:` key grants (a token other than GITHUB_TOKEN), or what is optional. */
  notes: string[]
}

const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'
const STATUSES = 'GET /repos/{owner}/{repo}/commits/{ref}/statuses'
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}'
const COMMIT = 'GET /repos/{owner}/{repo}/commits/{ref}'
const REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews'
const ARTIFACTS = [ARTIFACT_ENDPOINTS.runs, ARTIFACT_ENDPOINTS.runArtifacts, ARTIFACT_ENDPOINTS.download]
const WORKFLOW_RUNS = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
const DEPLOYMENTS = 'GET /repos/{owner}/{repo}/deployments'
const DEPLOYMENT_STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
const ENVIRONMENT = 'GET /repos/{owner}/{repo}/environments/{environment_name}'
const SECURITY_TOKEN_NOTE = 'or a `security-token` with that alert permission'

const many = (v: string | string[]) => (Array.isArray(v) ? v : [v])
/** `a`, `b` or `c`. */
const either = (parts: Phrase[number][]) =>
  parts.length < 2 ? join(parts) : say`${join(parts.slice(0, -1))} or ${parts.at(-1)}`

/** The evidence one check reads, and what reading it takes. */
export function needsOf(check: CheckSpec): Needs {
  const { evidence, reads, also = [], notes = [] } = describe(check)
  const permissions = [...reads.map(permissionFor), ...also].filter((p): p is string => p !== undefined)
  return { type: check.type, evidence, reads, permissions: [...new Set(permissions)], notes }
}

/** A manual item: a person's sign-off, committed in the checklist. */
export const MANUAL_NEEDS: Needs = {
  type: 'manual',
  evidence: say`a person's sign-off: ${code('signoff: { by, date }')} on the item`,
  reads: [],
  permissions: [],
  notes: []
}

/** A manual item of a Markdown checklist: its box, checked in the copy the gate reads (GraphQL blame). */
export const MARKDOWN_MANUAL_NEEDS: Needs = {
  type: 'manual',
  evidence: say`a person's sign-off: the box checked in a commit on the branch the gate reads (its author signs off), or ${code('signoff')} in the item's annotation`,
  reads: ['POST /graphql'],
  permissions: ['contents: read'],
  notes: []
}

interface Described {
  evidence: Phrase
  reads: string[]
  /** Permissions the evaluator names although its endpoints' table entries do not (see docs/permissions.md). */
  also?: string[]
  notes?: string[]
}

function describe(check: CheckSpec): Described {
  switch (check.type) {
    case 'checks':
      return {
        evidence: say`check runs or commit statuses named ${join(many(check.name).map(code))} on the commit, concluded ${either((check.allow ?? ['success', 'neutral', 'skipped']).map(code))}`,
        reads: [CHECK_RUNS, STATUSES],
        notes: ['`actions: read` (recommended) lets the gate recognise its own job in every attempt']
      }
    case 'coverage': {
      const source =
        check.artifact !== undefined
          ? {
              what: say`the artifact ${code(check.artifact)} from the commit's workflow runs`,
              reads: ARTIFACTS
            }
          : check.status !== undefined
            ? {
                what: say`the text of the check or status ${code(check.status)}`,
                reads: [CHECK_RUNS, STATUSES]
              }
            : {
                what: say`the report ${code(check.path ?? '')} in the workspace of the job that runs the gate`,
                reads: []
              }
      const drop = check['max-drop'] === undefined ? [] : [ARTIFACT_ENDPOINTS.compare]
      return {
        evidence: say`line coverage of at least ${check.min}% from ${source.what}${check['max-drop'] === undefined ? '' : say`, at most ${check['max-drop']} points below the merge base`}`,
        reads: [...source.reads, ...drop]
      }
    }
    case 'code-scanning':
      return {
        evidence: say`at most ${check.max ?? 0} open code-scanning alerts of severity ${code(check.severity ?? 'high')} or above${check.tool ? say` from ${code(check.tool)}` : ''}`,
        reads: [CODE_SCANNING_ALERTS, CODE_SCANNING_ANALYSES, COMMIT],
        notes: [`\`security-events: read\`, ${SECURITY_TOKEN_NOTE}`]
      }
    case 'secret-scanning':
      return {
        evidence: say`at most ${check.max ?? 0} open secret-scanning alerts`,
        reads: ['GET /repos/{owner}/{repo}/secret-scanning/alerts'],
        notes: [
          'secret-scanning alerts: not GITHUB_TOKEN; pass a `security-token` (GitHub App or fine-grained token with "Secret scanning alerts: read")'
        ]
      }
    case 'dependabot':
      return {
        evidence: say`at most ${check.max ?? 0} open Dependabot alerts of severity ${code(check.severity ?? 'high')} or above`,
        reads: [DEPENDABOT_ALERTS],
        notes: [`\`vulnerability-alerts: read\`, ${SECURITY_TOKEN_NOTE}`]
      }
    case 'file': {
      const paths = join(many(check.path).map(code))
      const plural = many(check.path).length > 1 ? 's' : ''
      if (check.absent) return { evidence: say`no file at ${paths} at the commit`, reads: [CONTENTS] }
      const rules = [
        check.contains === undefined ? undefined : say`containing ${join(many(check.contains).map(code))}`,
        check['not-contains'] === undefined
          ? undefined
          : say`not containing ${join(many(check['not-contains']).map(code))}`,
        check.match === undefined ? undefined : say`where ${join(Object.keys(check.match).map(code))} match`
      ].filter(r => r !== undefined)
      return {
        evidence: say`the file${plural} ${paths} at the commit${rules.length > 0 ? say`, ${join(rules, ', ')}` : ''}`,
        reads: [CONTENTS]
      }
    }
    case 'workflow': {
      const age = check['max-age'] === undefined ? '' : say` within ${code(check['max-age'])}`
      return {
        evidence: say`the latest completed run of the workflow ${code(String(check.workflow))} on ${check.branch ? code(check.branch) : 'the default branch'}${check.event ? say` (event ${code(check.event)})` : ''} concluded ${either((check.allow ?? ['success']).map(code))}${age}`,
        reads: [WORKFLOW_RUNS]
      }
    }
    case 'deployment': {
      const age = check['max-age'] === undefined ? '' : say` within ${code(check['max-age'])}`
      return {
        evidence: say`the latest deployment${check.sha === 'target' ? ' of the commit' : ''} to ${code(check.environment)} succeeded${age}${check.protected ? ', to an environment with required reviewers or a branch policy' : ''}`,
        reads: [DEPLOYMENTS, DEPLOYMENT_STATUSES, ...(check.protected ? [ENVIRONMENT] : [])]
      }
    }
    case 'metric': {
      const bounds = [
        check.min === undefined ? undefined : say`at least ${check.min}`,
        check.max === undefined ? undefined : say`at most ${check.max}`
      ].filter(b => b !== undefined)
      const source =
        check.artifact !== undefined
          ? say`${code(check.path ?? '')} in the artifact ${code(check.artifact)} from the commit's workflow runs`
          : say`the file ${code(check.file ?? '')} at the commit`
      return {
        evidence: say`the value ${code(check.value)} of ${source}, ${join(bounds, ' and ')}`,
        reads: check.artifact !== undefined ? ARTIFACTS : [CONTENTS]
      }
    }
    case 'items':
      return {
        evidence: say`every required item of ${join([...many(check.items ?? []).map(code), ...many(check.sections ?? []).map(t => say`section ${code(t)}`)])} done (passed, signed off or waived)`,
        reads: [],
        notes: ['the items a roll-up names need their own permissions']
      }
    case 'http':
      return {
        evidence: say`a live answer of ${code(check.url)} with status ${check.status ?? 200}${check['max-ms'] === undefined ? '' : say` within ${check['max-ms']} ms (median)`}${check['tls-days'] === undefined ? '' : say`, a certificate valid for ${check['tls-days']} more days`}`,
        reads: [],
        notes: ['`http` items ask the service from the runner; no token or cookie is sent']
      }
    case 'reviews':
      return {
        evidence: say`${check.min ?? 1} approving review${(check.min ?? 1) > 1 ? 's' : ''} by people other than the author${check.fresh ? ' of the head commit' : ''} (pull requests only)`,
        reads: [REVIEWS]
      }
    case 'branch-rules': {
      const wants = [
        check['require-checks'] ? say`the checks ${join(check['require-checks'].map(code))}` : undefined,
        check['require-reviews'] !== undefined
          ? say`${check['require-reviews']} approving reviews`
          : undefined
      ].filter(w => w !== undefined)
      return {
        evidence: say`rules on ${check.branch ? code(check.branch) : 'the branch'} that require ${join(wants, ' and ')}`,
        reads: ['GET /repos/{owner}/{repo}/rules/branches/{branch}'],
        also: ['contents: read'],
        notes: ['classic branch protection is read only with a token that has "Administration: read"']
      }
    }
  }
}
