/**
 * Scenario data for deployments, their statuses and the repository's environments (the `deployment`
 * check type). Timestamps default to the fake clock's start.
 */

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress'

export interface DeploymentStatusSpec {
  state: DeploymentState
  created_at?: string
  /** Where the deployment's log is (the status' `log_url` and `target_url`). */
  log_url?: string
}

export interface DeploymentSpec {
  /** Default: its position in the list, from 9_000_001. */
  id?: number
  sha: string
  /** The ref that was deployed; default: the SHA. */
  ref?: string
  environment: string
  /** Default `deploy`. */
  task?: string
  created_at?: string
  creator?: string
  /** Oldest first, as they were posted (GitHub lists them newest first). */
  statuses?: DeploymentStatusSpec[]
}

export interface EnvironmentSpec {
  name: string
  /** Logins (or `org/team` slugs) whose approval a deployment needs: a `required_reviewers` rule. */
  reviewers?: string[]
  /** Minutes a deployment waits: a `wait_timer` rule. */
  wait_timer?: number
  /** Which branches may deploy: only protected ones, or those matching custom patterns. */
  branch_policy?: 'protected' | 'custom'
  created_at?: string
}

export interface DeploymentsScenario {
  deployments?: DeploymentSpec[]
  environments?: EnvironmentSpec[]
}
