/**
 * The `permissions:` entry a workflow job needs for each endpoint the gate calls: the one place a
 * refusal's advice comes from, so a refused read or write names the permission of that endpoint.
 * Endpoints missing here need only metadata (every token has it), or a permission no workflow job
 * can grant GITHUB_TOKEN (secret scanning, classic branch protection): their callers say what to do.
 */
export const ENDPOINT_PERMISSIONS: Readonly<Record<string, string>> = {
  'GET /repos/{owner}/{repo}/contents/{path}': 'contents: read',
  'GET /repos/{owner}/{repo}/commits/{ref}': 'contents: read',
  'GET /repos/{owner}/{repo}/git/ref/{ref}': 'contents: read',
  'GET /repos/{owner}/{repo}/compare/{basehead}': 'contents: read',
  'POST /graphql (blame)': 'contents: read',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': 'checks: read',
  'GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs': 'checks: read',
  'POST /repos/{owner}/{repo}/check-runs': 'checks: write',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': 'checks: write',
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses': 'statuses: read',
  'POST /repos/{owner}/{repo}/statuses/{sha}': 'statuses: write',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': 'pull-requests: read',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': 'pull-requests: read',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': 'pull-requests: read',
  // A PR's comments are issue comments; GitHub accepts `pull-requests` (or `issues`) for them.
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 'pull-requests: read',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 'pull-requests: write',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': 'pull-requests: write',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': 'pull-requests: write',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs': 'actions: read',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs': 'actions: read',
  'GET /repos/{owner}/{repo}/actions/runs': 'actions: read',
  'GET /repos/{owner}/{repo}/actions/artifacts': 'actions: read',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': 'actions: read',
  'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': 'actions: read',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': 'actions: read',
  'GET /repos/{owner}/{repo}/environments/{environment_name}': 'actions: read',
  'GET /repos/{owner}/{repo}/deployments': 'deployments: read',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': 'deployments: read',
  'GET /repos/{owner}/{repo}/code-scanning/alerts': 'security-events: read',
  'GET /repos/{owner}/{repo}/code-scanning/analyses': 'security-events: read',
  'GET /repos/{owner}/{repo}/dependabot/alerts': 'vulnerability-alerts: read',
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': 'pull-requests: read',
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': 'pull-requests: write'
}

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}` → `pull-requests: read`; undefined when none applies. */
export function permissionFor(endpoint: string): string | undefined {
  return Object.hasOwn(ENDPOINT_PERMISSIONS, endpoint) ? ENDPOINT_PERMISSIONS[endpoint] : undefined
}
