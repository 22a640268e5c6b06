/**
 * Security alerts: code scanning (per ref, page numbers), secret scanning (page numbers, `hide_secret`)
 * and Dependabot (cursors only: `after`/`before` with Link headers). Each answers with GitHub's own
 * error bodies when its feature is off.
 */
import { paginate } from '../paginate.js'
import type { SecuritySeverity } from '../scenario-security.js'
import {
  codeScanningAlert,
  codeScanningAnalysis,
  dependabotAlert,
  fullRef,
  secretScanningAlert
} from '../security-factories.js'
import { type Reply, type Route, type RouteRequest, error, ok } from './route.js'

const DOCS = {
  code: 'https://docs.github.com/rest/code-scanning/code-scanning#list-code-scanning-alerts-for-a-repository',
  secret:
    'https://docs.github.com/rest/secret-scanning/secret-scanning#list-secret-scanning-alerts-for-a-repository',
  dependabot: 'https://docs.github.com/rest/dependabot/alerts#list-dependabot-alerts-for-a-repository'
}

/** GitHub's words when a feature is off (as reported by people who hit them; docs/check-types.md quotes them). */
export const FEATURE_OFF = {
  noGhas: 'Advanced Security must be enabled for this repository to use code scanning.',
  codeScanningDisabled:
    'Code scanning is not enabled for this repository. Please enable code scanning in the repository settings.',
  noAnalysis: 'no analysis found',
  secretScanningDisabled: 'Secret scanning is disabled on this repository.',
  dependabotDisabled: 'Dependabot alerts are disabled for this repository.'
}

const CODE_STATES = ['open', 'closed', 'dismissed', 'fixed']
const ANALYSES_DOCS =
  'https://docs.github.com/rest/code-scanning/code-scanning#list-code-scanning-analyses-for-a-repository'

/** Analyses of a ref, newest first: the scenario's, or (when it lists none) one per asked ref. */
function listAnalyses({ state, query, url }: RouteRequest): Reply {
  const sec = state.security
  if (sec.codeScanning === 'no-ghas') return error(403, FEATURE_OFF.noGhas, ANALYSES_DOCS)
  if (sec.codeScanning === 'disabled') return error(403, FEATURE_OFF.codeScanningDisabled, ANALYSES_DOCS)
  if (sec.codeScanning === 'no-analysis') return error(404, FEATURE_OFF.noAnalysis, ANALYSES_DOCS)
  const ref = query.ref ? fullRef(query.ref) : undefined
  const specs = sec.codeScanningAnalyses ?? (ref ? [{ ref, tool: query.tool_name }] : [])
  const matching = specs
    .map((spec, i) => ({ spec, id: 7_000_001 + i }))
    .filter(
      ({ spec }) =>
        (!ref || fullRef(spec.ref) === ref) &&
        (!query.tool_name || (spec.tool ?? 'CodeQL') === query.tool_name)
    )
    .reverse()
  const page = paginate(matching, query, url)
  return ok(
    page.items.map(({ spec, id }) => codeScanningAnalysis(state, spec, id)),
    200,
    linkHeader(page.link)
  )
}
const severityOrder: SecuritySeverity[] = ['critical', 'high', 'medium', 'low']

const linkHeader = (link: string | undefined) => (link ? { link } : undefined)

/** Newest first (GitHub's default `sort=created&direction=desc`), then by number. */
function newestFirst<T extends { number: number; created: string }>(
  list: T[],
  query: Record<string, string>
): T[] {
  const sorted = [...list].sort((a, b) =>
    a.created === b.created ? b.number - a.number : a.created < b.created ? 1 : -1
  )
  return query.direction === 'asc' ? sorted.reverse() : sorted
}

function listCodeScanning({ state, query, url }: RouteRequest): Reply {
  const sec = state.security
  if (sec.codeScanning === 'no-ghas') return error(403, FEATURE_OFF.noGhas, DOCS.code)
  if (sec.codeScanning === 'disabled') return error(403, FEATURE_OFF.codeScanningDisabled, DOCS.code)
  if (sec.codeScanning === 'no-analysis') return error(404, FEATURE_OFF.noAnalysis, DOCS.code)
  if (query.state !== undefined && !CODE_STATES.includes(query.state)) {
    return error(422, `Invalid state: ${query.state}`, DOCS.code)
  }
  if (query.tool_name !== undefined && query.tool_guid !== undefined) {
    return error(422, 'Only one of tool_name or tool_guid may be specified.', DOCS.code)
  }
  const ref = fullRef(query.ref ?? state.defaultBranch)
  const all = (sec.codeScanningAlerts ?? []).map((spec, i) => ({
    spec,
    number: spec.number ?? i + 1,
    created: spec.created_at ?? '2026-11-01T09:00:00Z'
  }))
  const onRef = all.filter(({ spec }) => (spec.refs ?? [state.defaultBranch]).map(fullRef).includes(ref))
  const wanted = onRef.filter(({ spec }) => {
    const alertState = spec.state ?? 'open'
    if (query.state === 'closed' && alertState === 'open') return false
    if (query.state && query.state !== 'closed' && query.state !== alertState) return false
    if (query.tool_name !== undefined && (spec.tool ?? 'CodeQL') !== query.tool_name) return false
    if (query.severity !== undefined) {
      const level = spec.rule.security_severity_level ?? spec.rule.severity
      if (level !== query.severity) return false
    }
    return true
  })
  const page = paginate(newestFirst(wanted, query), query, url)
  const body = page.items.map(({ spec, number }) => {
    const instance =
      spec.state && spec.state !== 'open'
        ? spec.state
        : (spec.fixed_on ?? []).map(fullRef).includes(ref)
          ? 'fixed'
          : 'open'
    return codeScanningAlert(state, spec, number, ref, instance)
  })
  return ok(body, 200, linkHeader(page.link))
}

function listSecretScanning({ state, query, url }: RouteRequest): Reply {
  const sec = state.security
  if (sec.secretScanning === 'disabled') return error(404, FEATURE_OFF.secretScanningDisabled, DOCS.secret)
  if (query.state !== undefined && !['open', 'resolved'].includes(query.state)) {
    return error(422, `Invalid state: ${query.state}`, DOCS.secret)
  }
  const hide = query.hide_secret === 'true'
  const all = (sec.secretScanningAlerts ?? []).map((spec, i) => ({
    spec,
    number: spec.number ?? i + 1,
    created: spec.created_at ?? '2026-11-01T09:00:00Z'
  }))
  const wanted = all.filter(({ spec }) => !query.state || (spec.state ?? 'open') === query.state)
  const page = paginate(newestFirst(wanted, query), query, url)
  return ok(
    page.items.map(({ spec, number }) => secretScanningAlert(state, spec, number, hide)),
    200,
    linkHeader(page.link)
  )
}

const cursorOf = (n: number) => Buffer.from(`v2:${n}`).toString('base64url')
function numberOf(cursor: string): number | undefined {
  const m = /^v2:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  return m ? Number(m[1]) : undefined
}

function listDependabot({ state, query, url }: RouteRequest): Reply {
  const sec = state.security
  if (sec.dependabot === 'disabled') return error(403, FEATURE_OFF.dependabotDisabled, DOCS.dependabot)
  if (query.page !== undefined || query.first !== undefined || query.last !== undefined) {
    return error(
      400,
      'Pagination using the `page`, `first` or `last` parameters is not supported; use the `before` or `after` cursors from the Link header.',
      DOCS.dependabot
    )
  }
  const states = query.state?.split(',').map(s => s.trim())
  const severities = query.severity?.split(',').map(s => s.trim())
  if (severities?.some(s => !severityOrder.includes(s as SecuritySeverity))) {
    return error(400, `Invalid severity: ${query.severity}`, DOCS.dependabot)
  }
  const perPage = Math.min(Math.max(Number.parseInt(query.per_page ?? '30', 10) || 30, 1), 100)
  const all = newestFirst(
    (sec.dependabotAlerts ?? []).map((spec, i) => ({
      spec,
      number: spec.number ?? i + 1,
      created: spec.created_at ?? '2026-11-01T09:00:00Z'
    })),
    query
  ).filter(
    ({ spec }) =>
      (!states || states.includes(spec.state ?? 'open')) &&
      (!severities || severities.includes(spec.severity))
  )
  let start = 0
  let end = all.length
  if (query.after !== undefined && query.after !== '') {
    const n = numberOf(query.after)
    const at = all.findIndex(a => a.number === n)
    if (n === undefined || at < 0) return error(400, 'Invalid cursor', DOCS.dependabot)
    start = at + 1
  }
  if (query.before !== undefined && query.before !== '') {
    const n = numberOf(query.before)
    const at = all.findIndex(a => a.number === n)
    if (n === undefined || at < 0) return error(400, 'Invalid cursor', DOCS.dependabot)
    end = at
    start = Math.max(0, end - perPage)
  }
  const items = all.slice(start, Math.min(end, start + perPage))
  const { after: _after, before: _before, ...rest } = query
  const href = (cursor: Record<string, string>) =>
    `<${url}?${new URLSearchParams({ ...rest, per_page: String(perPage), ...cursor }).toString()}>`
  const links: string[] = []
  if (start > 0 && items.length > 0) links.push(`${href({ before: cursorOf(items[0].number) })}; rel="prev"`)
  if (start + items.length < end && items.length > 0)
    links.push(`${href({ after: cursorOf(items[items.length - 1].number) })}; rel="next"`)
  return ok(
    items.map(({ spec, number }) => dependabotAlert(state, spec, number)),
    200,
    links.length > 0 ? { link: links.join(', ') } : undefined
  )
}

export const securityRoutes: Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/code-scanning/analyses',
    docs: ANALYSES_DOCS,
    permissions: [[['security_events', 'read']]],
    handle: listAnalyses
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/code-scanning/alerts',
    docs: DOCS.code,
    permissions: [[['security_events', 'read']]],
    handle: listCodeScanning
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/secret-scanning/alerts',
    docs: DOCS.secret,
    // GitHub's GITHUB_TOKEN can never hold this permission; GitHub Apps and fine-grained tokens can.
    permissions: [[['secret_scanning_alerts', 'read']]],
    handle: listSecretScanning
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/dependabot/alerts',
    docs: DOCS.dependabot,
    permissions: [[['vulnerability_alerts', 'read']]],
    handle: listDependabot
  }
]
