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
  user: z.object({ login: z.string(), type: z.string() }).nullable()
})
export type IssueComment = z.infer<typeof CommentShape>

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
