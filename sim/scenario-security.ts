/** Scenario data for code-scanning, secret-scanning and Dependabot alerts, and whether each feature is on. */

export type SecuritySeverity = 'low' | 'medium' | 'high' | 'critical'
export type RuleSeverity = 'none' | 'note' | 'warning' | 'error'

export interface CodeScanningAlertSpec {
  /** Default: its position in the list, from 1. */
  number?: number
  /** Default `open`. */
  state?: 'open' | 'dismissed' | 'fixed'
  rule: {
    id: string
    severity?: RuleSeverity | null
    security_severity_level?: SecuritySeverity | null
    description?: string
  }
  /** Default `CodeQL`. */
  tool?: string
  /**
   * The refs the alert is found on, with its state there (`open` unless `fixed_on` says otherwise).
   * Default: the default branch. Branches may be written `main` or `refs/heads/main`.
   */
  refs?: string[]
  /** Refs on which the alert's most recent instance is fixed although the alert is open. */
  fixed_on?: string[]
  path?: string
  created_at?: string
}

export interface CodeScanningAnalysisSpec {
  /** e.g. `refs/pull/42/merge` or `refs/heads/main`. */
  ref: string
  /** The analysed commit. Default: the ref's current commit (a PR's merge ref: its test merge commit). */
  commit_sha?: string
  /** Default `CodeQL`. */
  tool?: string
  /** The analysis configuration (code scanning keeps alerts per tool and category). */
  category?: string
  created_at?: string
}

export interface SecretScanningAlertSpec {
  number?: number
  /** Default `open`. */
  state?: 'open' | 'resolved'
  /** Default `github_personal_access_token`. */
  secret_type?: string
  secret_type_display_name?: string
  /** The leaked value; the API returns it unless `hide_secret=true`. */
  secret?: string
  created_at?: string
}

export interface DependabotAlertSpec {
  number?: number
  /** Default `open`. */
  state?: 'open' | 'dismissed' | 'fixed' | 'auto_dismissed'
  severity: SecuritySeverity
  /** Default `lodash`. */
  package?: string
  /** Default `npm`. */
  ecosystem?: string
  manifest_path?: string
  ghsa_id?: string
  summary?: string
  created_at?: string
}

export interface SecurityScenario {
  /**
   * `enabled` (default); `no-ghas`: a private repository without GitHub Code Security; `disabled`:
   * code scanning not set up; `no-analysis`: enabled but nothing analysed yet.
   */
  codeScanning?: 'enabled' | 'no-ghas' | 'disabled' | 'no-analysis'
  secretScanning?: 'enabled' | 'disabled'
  dependabot?: 'enabled' | 'disabled'
  codeScanningAlerts?: CodeScanningAlertSpec[]
  /**
   * Code-scanning analyses, newest last. Absent: every ref counts as analysed (one CodeQL analysis
   * each); present: only these refs have results, as when the code-scanning workflow has not run yet.
   */
  codeScanningAnalyses?: CodeScanningAnalysisSpec[]
  secretScanningAlerts?: SecretScanningAlertSpec[]
  dependabotAlerts?: DependabotAlertSpec[]
}
