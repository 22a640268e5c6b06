/** Scenario data for PR reviews and branch rules. */
import type { UserRef } from './scenario.js'

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER'
/** A person's role on the repository, from all their grants (repository, teams, organisation). */
export type RepositoryRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export interface ReviewSpec {
  pull_number: number
  user: UserRef
  state: ReviewState
  /** The commit the review was made on. */
  commit_id: string
  submitted_at?: string
  body?: string
  /** Default: OWNER for the repository's owner, NONE for bots, MEMBER otherwise. */
  author_association?: AuthorAssociation
}

/** One active rule as the rules API reports it (`parameters` as GitHub spells them). */
export interface BranchRuleSpec {
  type: string
  parameters?: Record<string, unknown>
  ruleset_id?: number
}

/** Classic branch protection of one branch (reading it needs administration: read). */
export interface ClassicProtectionSpec {
  required_checks?: string[]
  required_reviews?: number
}

export interface ReviewsScenario {
  reviews?: ReviewSpec[]
  /** People's roles on the repository (the collaborator permission endpoint); not listed: `write`. */
  roles?: Record<string, RepositoryRole>
  /** Active rules per branch name (from every ruleset that targets it). */
  branch_rules?: Record<string, BranchRuleSpec[]>
  /** Classic protection per branch name; a branch not listed is not protected. */
  protection?: Record<string, ClassicProtectionSpec>
}
