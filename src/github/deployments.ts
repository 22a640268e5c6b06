/**
 * The evidence of the `workflow` and `deployment` check types: the newest runs of one workflow, the
 * newest deployment to an environment with its newest status, and an environment's protection rules.
 * "Newest" is what GitHub lists first (most recently created), so one item of one page answers it.
 */
import type { ApiError } from './api-error.js'
import type { Gateway } from './gateway.js'
import {
  DeploymentShape,
  DeploymentStatusShape,
  EnvironmentShape,
  WorkflowRunsPageShape,
  type Deployment,
  type DeploymentStatus,
  type Environment,
  type WorkflowRunDetail
} from './shapes.js'
export type { Deployment, DeploymentStatus, Environment, WorkflowRunDetail } from './shapes.js'

export const DEPLOYMENT_ENDPOINTS = {
  workflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  deployments: 'GET /repos/{owner}/{repo}/deployments',
  statuses: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
  environment: 'GET /repos/{owner}/{repo}/environments/{environment_name}'
} as const

export interface RunFilter {
  workflow: string | number
  branch: string
  event?: string
  /** `completed`, or undefined for runs in any state. */
  status?: 'completed'
}

/** The newest run of a workflow that matches; undefined when none does; `missing` when GitHub knows no such workflow. */
export function newestRun(
  gateway: Gateway,
  f: RunFilter
): Promise<WorkflowRunDetail | undefined | 'missing'> {
  const key = `workflow-run:${f.workflow}:${f.branch}:${f.event ?? ''}:${f.status ?? ''}`
  return gateway.cached(key, async () => {
    try {
      const page = await gateway.read(
        DEPLOYMENT_ENDPOINTS.workflowRuns,
        {
          workflow_id: f.workflow,
          branch: f.branch,
          ...(f.event ? { event: f.event } : {}),
          ...(f.status ? { status: f.status } : {}),
          exclude_pull_requests: true,
          per_page: 1
        },
        WorkflowRunsPageShape
      )
      return page.workflow_runs[0]
    } catch (error) {
      if ((error as ApiError).status === 404) return 'missing'
      throw error
    }
  })
}

/** The newest deployment to `environment` (of `sha`, when given); undefined when there is none. */
export function newestDeployment(
  gateway: Gateway,
  environment: string,
  sha?: string
): Promise<Deployment | undefined> {
  return gateway.cached(`deployment:${environment}:${sha ?? ''}`, async () => {
    const list = await gateway.read(
      DEPLOYMENT_ENDPOINTS.deployments,
      { environment, ...(sha ? { sha } : {}), per_page: 1 },
      DeploymentShape.array()
    )
    return list[0]
  })
}

/** The newest status of a deployment; undefined when it has none yet. */
export function newestStatus(gateway: Gateway, deploymentId: number): Promise<DeploymentStatus | undefined> {
  return gateway.cached(`deployment-status:${deploymentId}`, async () => {
    const list = await gateway.read(
      DEPLOYMENT_ENDPOINTS.statuses,
      { deployment_id: deploymentId, per_page: 1 },
      DeploymentStatusShape.array()
    )
    return list[0]
  })
}

/** An environment with its protection rules; undefined when GitHub answers 404. */
export function environment(gateway: Gateway, name: string): Promise<Environment | undefined> {
  return gateway.cached(`environment:${name}`, async () => {
    try {
      return await gateway.read(
        DEPLOYMENT_ENDPOINTS.environment,
        { environment_name: name },
        EnvironmentShape
      )
    } catch (error) {
      if ((error as ApiError).status === 404) return undefined
      throw error
    }
  })
}
