/**
 * Security alerts in GitHub's shapes (code scanning per the GHEC description, which is the current one
 * for that operation; secret scanning; Dependabot), complete enough to pass the OpenAPI schemas.
 */
import { repoApi } from './factories.js'
import type {
  CodeScanningAlertSpec,
  CodeScanningAnalysisSpec,
  DependabotAlertSpec,
  SecretScanningAlertSpec
} from './scenario-security.js'
import type { SimState } from './state.js'

type Json = Record<string, unknown>
const WEB = 'https://github.com'
const CREATED = '2026-11-01T09:00:00Z'

/** `main` → `refs/heads/main`; full refs stay as they are. */
export function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/heads/${ref}`
}

export function codeScanningAlert(
  s: SimState,
  spec: CodeScanningAlertSpec,
  number: number,
  ref: string,
  instanceState: 'open' | 'dismissed' | 'fixed'
): Json {
  const url = `${repoApi(s)}/code-scanning/alerts/${number}`
  const state = spec.state ?? 'open'
  const created = spec.created_at ?? CREATED
  const tool = spec.tool ?? 'CodeQL'
  return {
    number,
    created_at: created,
    updated_at: created,
    url,
    html_url: `${WEB}/${s.fullName}/security/code-scanning/${number}`,
    instances_url: `${url}/instances`,
    state,
    fixed_at: state === 'fixed' ? created : null,
    dismissed_by: null,
    dismissed_at: state === 'dismissed' ? created : null,
    dismissed_reason: state === 'dismissed' ? "won't fix" : null,
    dismissed_comment: null,
    rule: {
      id: spec.rule.id,
      name: spec.rule.id.split('/').pop(),
      severity: spec.rule.severity ?? null,
      security_severity_level: spec.rule.security_severity_level ?? null,
      description: spec.rule.description ?? `Rule ${spec.rule.id}`,
      full_description: spec.rule.description ?? `Rule ${spec.rule.id}`,
      tags: ['security'],
      help: null,
      help_uri: null
    },
    tool: { name: tool, guid: null, version: tool === 'CodeQL' ? '2.23.1' : '1.0.0' },
    most_recent_instance: {
      ref,
      analysis_key: '.github/workflows/codeql.yml:analyze',
      environment: '{"language":"javascript-typescript"}',
      category: '/language:javascript-typescript',
      state: instanceState,
      commit_sha: s.resolveRef(ref) ?? '0'.repeat(40),
      message: { text: spec.rule.description ?? 'Found a problem.' },
      location: {
        path: spec.path ?? 'src/app.ts',
        start_line: 10,
        end_line: 10,
        start_column: 5,
        end_column: 20
      },
      classifications: []
    },
    dismissal_approved_by: null,
    assignees: []
  }
}

export function secretScanningAlert(
  s: SimState,
  spec: SecretScanningAlertSpec,
  number: number,
  hideSecret: boolean
): Json {
  const url = `${repoApi(s)}/secret-scanning/alerts/${number}`
  const state = spec.state ?? 'open'
  const created = spec.created_at ?? CREATED
  const alert: Json = {
    number,
    created_at: created,
    updated_at: created,
    url,
    html_url: `${WEB}/${s.fullName}/security/secret-scanning/${number}`,
    locations_url: `${url}/locations`,
    state,
    resolution: state === 'resolved' ? 'revoked' : null,
    resolved_at: state === 'resolved' ? created : null,
    resolved_by: null,
    resolution_comment: null,
    secret_type: spec.secret_type ?? 'github_personal_access_token',
    secret_type_display_name: spec.secret_type_display_name ?? 'GitHub Personal Access Token',
    provider: 'GitHub',
    provider_slug: 'github',
    push_protection_bypassed: false,
    push_protection_bypassed_by: null,
    push_protection_bypassed_at: null,
    push_protection_bypass_request_reviewer: null,
    push_protection_bypass_request_reviewer_comment: null,
    push_protection_bypass_request_comment: null,
    push_protection_bypass_request_html_url: null,
    validity: 'unknown',
    publicly_leaked: false,
    multi_repo: false,
    is_base64_encoded: false,
    has_more_locations: false
  }
  // `hide_secret=true` leaves the value out of the response.
  if (!hideSecret) alert.secret = spec.secret ?? `ghp_${'x'.repeat(36)}`
  return alert
}

export function dependabotAlert(s: SimState, spec: DependabotAlertSpec, number: number): Json {
  const state = spec.state ?? 'open'
  const created = spec.created_at ?? CREATED
  const pkg = { ecosystem: spec.ecosystem ?? 'npm', name: spec.package ?? 'lodash' }
  const ghsa = spec.ghsa_id ?? `GHSA-${String(number).padStart(4, '0')}-abcd-efgh`
  const vulnerability = {
    package: pkg,
    severity: spec.severity,
    vulnerable_version_range: '< 4.17.21',
    first_patched_version: { identifier: '4.17.21' }
  }
  return {
    number,
    state,
    dependency: {
      package: pkg,
      manifest_path: spec.manifest_path ?? 'package-lock.json',
      scope: 'runtime',
      relationship: 'direct'
    },
    security_advisory: {
      ghsa_id: ghsa,
      cve_id: null,
      summary: spec.summary ?? `Vulnerability in ${pkg.name}`,
      description: `A vulnerability in ${pkg.name}.`,
      vulnerabilities: [vulnerability],
      severity: spec.severity,
      cvss: { score: 0, vector_string: null },
      cwes: [],
      identifiers: [{ type: 'GHSA', value: ghsa }],
      references: [{ url: `${WEB}/advisories/${ghsa}` }],
      published_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      withdrawn_at: null
    },
    security_vulnerability: vulnerability,
    url: `${repoApi(s)}/dependabot/alerts/${number}`,
    html_url: `${WEB}/${s.fullName}/security/dependabot/${number}`,
    created_at: created,
    updated_at: created,
    dismissed_at: state === 'dismissed' ? created : null,
    dismissed_by: null,
    dismissed_reason: state === 'dismissed' ? 'tolerable_risk' : null,
    dismissed_comment: null,
    fixed_at: state === 'fixed' ? created : null,
    auto_dismissed_at: state === 'auto_dismissed' ? created : null
  }
}

/** A code-scanning analysis as GET /code-scanning/analyses lists it. */
export function codeScanningAnalysis(s: SimState, spec: CodeScanningAnalysisSpec, id: number): Json {
  const tool = spec.tool ?? 'CodeQL'
  return {
    ref: fullRef(spec.ref),
    commit_sha:
      spec.commit_sha ?? s.resolveRef(fullRef(spec.ref)) ?? s.branches[s.defaultBranch] ?? '0'.repeat(40),
    analysis_key: '.github/workflows/codeql.yml:analyze',
    environment: '{"language":"javascript"}',
    category: spec.category ?? '.github/workflows/codeql.yml:analyze/language:javascript',
    error: '',
    created_at: spec.created_at ?? '2026-11-20T12:00:00Z',
    results_count: 0,
    rules_count: 100,
    id,
    url: `${s.baseUrl}/repos/${s.fullName}/code-scanning/analyses/${id}`,
    sarif_id: `sarif-${id}`,
    tool: { name: tool, guid: null, version: tool === 'CodeQL' ? '2.23.1' : '1.0.0' },
    deletable: true,
    warning: ''
  }
}
