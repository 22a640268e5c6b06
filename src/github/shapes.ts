import { z } from 'zod'

/**
 * The parts of GitHub's responses the gate relies on. Checked on every response, so a malformed
 * answer becomes an explained `unknown` instead of quietly reading as "nothing there".
 */
export const CheckRunShape = z.object({
  id: z.number(),
  name: z.string(),
  status: z.string(),
  conclusion: z.string().nullable(),
  started_at: z.string().nullable().optional(),
  html_url: z.string().nullable().optional(),
  details_url: z.string().nullable().optional(),
  app: z.object({ id: z.number(), slug: z.string().optional() }).nullable().optional()
})
export const CheckRunPageShape = z.object({ total_count: z.number(), check_runs: z.array(CheckRunShape) })
export type CheckRun = z.infer<typeof CheckRunShape>

export const CommitStatusShape = z.object({
  id: z.number(),
  context: z.string(),
  state: z.string(),
  description: z.string().nullable().optional(),
  target_url: z.string().nullable().optional(),
  created_at: z.string()
})
export type CommitStatus = z.infer<typeof CommitStatusShape>

export const FileShape = z.object({
  type: z.literal('file'),
  encoding: z.string().optional(),
  content: z.string().optional(),
  size: z.number(),
  html_url: z.string().nullable().optional()
})

export const CommitShape = z.object({
  sha: z.string(),
  html_url: z.string().optional(),
  parents: z.array(z.object({ sha: z.string() })).optional()
})

export const PullShape = z.object({
  number: z.number(),
  state: z.string(),
  title: z.string(),
  user: z.object({ login: z.string() }).nullable(),
  head: z.object({
    sha: z.string(),
    ref: z.string(),
    repo: z.object({ full_name: z.string() }).nullable().optional()
  }),
  base: z.object({ sha: z.string(), ref: z.string() })
})
export type PullSummary = z.infer<typeof PullShape>

export const JobShape = z.object({
  id: z.number(),
  name: z.string(),
  run_attempt: z.number().optional(),
  status: z.string(),
  runner_name: z.string().nullable().optional(),
  check_run_url: z.string().optional()
})
export const JobsPageShape = z.object({ total_count: z.number(), jobs: z.array(JobShape) })
export type Job = z.infer<typeof JobShape>

export const CommentShape = z.object({
  id: z.number(),
  body: z.string().optional(),
  html_url: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  user: z.object({ login: z.string(), type: z.string() }).nullable(),
  /** Counts of each kind of reaction (GitHub's reaction rollup). */
  reactions: z.object({ '+1': z.number(), confused: z.number() }).optional()
})
export type IssueComment = z.infer<typeof CommentShape>

export const TeamMembershipShape = z.object({ state: z.enum(['active', 'pending']) })
export const ReactionShape = z.object({ id: z.number(), content: z.string() })

export const ReviewShape = z.object({
  id: z.number(),
  user: z.object({ login: z.string(), type: z.string().optional() }).nullable(),
  state: z.string(),
  commit_id: z.string().nullable().optional(),
  submitted_at: z.string().optional(),
  html_url: z.string().optional(),
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN, NONE. */
  author_association: z.string().optional()
})
export type Review = z.infer<typeof ReviewShape>

/** The collaborator permission endpoint: `permission` is admin, write, read or none (maintain → write). */
export const CollaboratorPermissionShape = z.object({
  permission: z.string(),
  role_name: z.string().optional()
})
export type CollaboratorPermission = z.infer<typeof CollaboratorPermissionShape>

export const BranchRuleShape = z.object({
  type: z.string(),
  parameters: z.record(z.string(), z.unknown()).optional()
})
export type BranchRule = z.infer<typeof BranchRuleShape>

export const RepositoryShape = z.object({ default_branch: z.string() })

export const ClassicProtectionShape = z.object({
  required_status_checks: z
    .object({
      contexts: z.array(z.string()).optional(),
      checks: z.array(z.object({ context: z.string() })).optional()
    })
    .nullable()
    .optional(),
  required_pull_request_reviews: z
    .object({ required_approving_review_count: z.number().optional() })
    .nullable()
    .optional()
})
export type ClassicProtection = z.infer<typeof ClassicProtectionShape>

export const RefShape = z.object({ ref: z.string(), object: z.object({ sha: z.string() }) })

// Security alerts (code scanning, secret scanning, Dependabot) and code-scanning analyses.
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const
export type Severity = (typeof SEVERITIES)[number]

const severity = z.enum(SEVERITIES)

export const CodeScanningAlertShape = z.object({
  number: z.number(),
  state: z.enum(['open', 'dismissed', 'fixed']).nullable(),
  html_url: z.string(),
  rule: z.object({
    id: z.string().nullable().optional(),
    name: z.string().optional(),
    description: z.string().optional(),
    severity: z.enum(['none', 'note', 'warning', 'error']).nullable().optional(),
    security_severity_level: severity.nullable().optional()
  }),
  tool: z.object({ name: z.string().optional() }).optional(),
  most_recent_instance: z
    .object({
      ref: z.string().optional(),
      state: z.enum(['open', 'dismissed', 'fixed']).nullable().optional()
    })
    .nullable()
    .optional()
})
export type CodeScanningAlert = z.infer<typeof CodeScanningAlertShape>

/** The secret's value is not part of the shape: zod drops it even if GitHub sent it. */
export const SecretScanningAlertShape = z.object({
  number: z.number(),
  state: z.enum(['open', 'resolved']),
  html_url: z.string(),
  secret_type: z.string().optional(),
  secret_type_display_name: z.string().optional()
})
export type SecretScanningAlert = z.infer<typeof SecretScanningAlertShape>

export const DependabotAlertShape = z.object({
  number: z.number(),
  state: z.enum(['auto_dismissed', 'dismissed', 'fixed', 'open']),
  html_url: z.string(),
  dependency: z.object({
    package: z.object({ ecosystem: z.string(), name: z.string() }).optional(),
    manifest_path: z.string().optional()
  }),
  security_advisory: z.object({ ghsa_id: z.string(), summary: z.string(), severity }),
  security_vulnerability: z.object({ severity })
})
export type DependabotAlert = z.infer<typeof DependabotAlertShape>
export const CodeScanningAnalysisShape = z.object({
  id: z.number(),
  ref: z.string(),
  commit_sha: z.string(),
  created_at: z.string(),
  analysis_key: z.string().optional(),
  environment: z.string().optional(),
  category: z.string().optional(),
  tool: z.object({ name: z.string().nullable().optional() }).optional()
})
export type CodeScanningAnalysis = z.infer<typeof CodeScanningAnalysisShape>

// Workflow artifacts, runs and comparisons.
export const ArtifactShape = z.object({
  id: z.number(),
  name: z.string(),
  size_in_bytes: z.number(),
  expired: z.boolean(),
  created_at: z.string().nullable(),
  workflow_run: z.object({ id: z.number().optional(), head_sha: z.string().optional() }).nullable().optional()
})
export type Artifact = z.infer<typeof ArtifactShape>
export const ArtifactsPageShape = z.object({ total_count: z.number(), artifacts: z.array(ArtifactShape) })

export const WorkflowRunShape = z.object({
  id: z.number(),
  name: z.string().nullable().optional(),
  status: z.string().nullable(),
  html_url: z.string(),
  created_at: z.string()
})
export type WorkflowRun = z.infer<typeof WorkflowRunShape>
export const RunsPageShape = z.object({ total_count: z.number(), workflow_runs: z.array(WorkflowRunShape) })
/** A run of one workflow, with what the `workflow` check reads: its conclusion and when it completed. */
export const WorkflowRunDetailShape = WorkflowRunShape.extend({
  conclusion: z.string().nullable(),
  updated_at: z.string(),
  head_sha: z.string(),
  head_branch: z.string().nullable(),
  event: z.string(),
  run_number: z.number()
})
export type WorkflowRunDetail = z.infer<typeof WorkflowRunDetailShape>
export const WorkflowRunsPageShape = z.object({
  total_count: z.number(),
  workflow_runs: z.array(WorkflowRunDetailShape)
})

// Deployments, their statuses and environments.
export const DeploymentShape = z.object({
  id: z.number(),
  sha: z.string(),
  ref: z.string(),
  environment: z.string(),
  created_at: z.string()
})
export type Deployment = z.infer<typeof DeploymentShape>
export const DeploymentStatusShape = z.object({
  id: z.number(),
  state: z.string(),
  created_at: z.string(),
  target_url: z.string().nullable().optional(),
  log_url: z.string().nullable().optional()
})
export type DeploymentStatus = z.infer<typeof DeploymentStatusShape>
export const EnvironmentShape = z.object({
  name: z.string(),
  html_url: z.string(),
  protection_rules: z
    .array(z.object({ type: z.string(), reviewers: z.array(z.unknown()).optional() }))
    .optional(),
  deployment_branch_policy: z
    .object({ protected_branches: z.boolean(), custom_branch_policies: z.boolean() })
    .nullable()
    .optional()
})
export type Environment = z.infer<typeof EnvironmentShape>

export const CompareShape = z.object({ merge_base_commit: z.object({ sha: z.string() }) })

/** A check run with its output texts (where coverage tools write their figure). */
export const NamedRunShape = z.object({
  id: z.number(),
  name: z.string(),
  status: z.string(),
  started_at: z.string().nullable().optional(),
  html_url: z.string().nullable().optional(),
  details_url: z.string().nullable().optional(),
  output: z
    .object({
      title: z.string().nullable().optional(),
      summary: z.string().nullable().optional(),
      text: z.string().nullable().optional()
    })
    .optional()
})
export type NamedRun = z.infer<typeof NamedRunShape>
export const NamedRunsShape = z.object({ total_count: z.number(), check_runs: z.array(NamedRunShape) })

/** What a write's answer must hold to confirm it. */
export const CreatedShape = z.object({
  id: z.number(),
  html_url: z.string().nullable().optional(),
  // Statuses name their creator; check runs their app (whose bot login is `<slug>[bot]`).
  creator: z.object({ login: z.string() }).nullable().optional(),
  app: z.object({ slug: z.string().optional() }).nullable().optional()
})

/** One range of a file's GraphQL `blame`: the lines and the commit that last changed them. */
export const BlameRangeShape = z.object({
  startingLine: z.number(),
  endingLine: z.number(),
  commit: z.object({
    oid: z.string(),
    url: z.string(),
    committedDate: z.string(),
    author: z
      .object({ name: z.string().nullable().optional(), user: z.object({ login: z.string() }).nullable() })
      .nullable()
  })
})
export type BlameRange = z.infer<typeof BlameRangeShape>
export const BlameShape = z.object({
  repository: z
    .object({
      object: z.object({ blame: z.object({ ranges: z.array(BlameRangeShape) }).optional() }).nullable()
    })
    .nullable()
})
