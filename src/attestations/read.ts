/**
 * The reads behind attestations: the comments of the PR (or launch issue) that hold commands, and
 * the team memberships their authority depends on; then the pure `applyCommands`.
 */
import type { Checklist } from '../checklist/model.js'
import type { Target } from '../event/target.js'
import { explainApiError, toApiError } from '../github/api-error.js'
import type { Gateway } from '../github/gateway.js'
import type { IssueComment } from '../github/shapes.js'
import { applyCommands, membershipQuestions } from './apply.js'
import { mayHoldCommands } from '../text/command-line.js'
import {
  membershipKey,
  noAttestations,
  type Attestations,
  type CommandComment,
  type Membership
} from './model.js'

export interface AttestationReads {
  /** Reads the comments (the `token` gateway). */
  gateway: Gateway
  /** Reads team memberships (the `members-token` gateway, or the same). */
  members: Gateway
  membersToken: boolean
  /** The comments, when publishing already reads them. */
  comments?: Promise<IssueComment[]>
}

/** Where commands are read from: the PR itself (also when it is in a merge queue), or an audit's launch issue. */
export function commandIssue(target: Target, signoffIssue: number | undefined): number | undefined {
  if (target.pr) return target.pr.number
  if (target.queuedPr !== undefined) return target.queuedPr
  return target.kind === 'audit' ? signoffIssue : undefined
}

export type AttestationResult = { attestations: Attestations; warning?: string }

/** Sign-offs and waivers by comment; a failed read is a warning and no attestations (fail closed). */
export async function readAttestations(
  checklist: Checklist,
  target: Target,
  issue: number | undefined,
  reads: AttestationReads,
  now: number
): Promise<AttestationResult> {
  if (issue === undefined) return { attestations: noAttestations() }
  const where = target.kind === 'audit' ? `launch issue #${issue}` : `#${issue}`
  let listed: IssueComment[]
  let author = target.pr?.author
  try {
    // A queued PR's author is not in the merge_group event: the separation of duties needs it.
    if (target.queuedPr !== undefined) author = (await reads.gateway.pull(issue)).user?.login ?? ''
    listed = await (reads.comments ?? reads.gateway.issueComments(issue))
  } catch (error) {
    const { reason, fix } = explainApiError(
      toApiError(error, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments')
    )
    return {
      attestations: noAttestations(where),
      warning: `Sign-offs by comment on ${where} could not be read (${reason}); none were counted. ${fix}`
    }
  }
  const candidates = listed
    .filter(c => c.body !== undefined && mayHoldCommands(c.body) && c.user !== null)
    // The gate's own sticky comment quotes refused commands; it is never a command.
    .filter(c => !c.body?.startsWith('<!-- readiness-gate'))
  // The GFM parser loads only when some comment may hold a command: most PRs have none.
  const { commandsIn } = candidates.length > 0 ? await import('./commands.js') : { commandsIn: () => [] }
  const comments: CommandComment[] = candidates.map(c => ({
    id: c.id,
    url: c.html_url,
    login: c.user?.login ?? '',
    userType: c.user?.type ?? '',
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    body: c.body ?? '',
    commands: commandsIn(c.body ?? ''),
    ...(c.reactions ? { reacted: c.reactions } : {})
  }))
  const memberships = new Map<string, Membership>()
  await Promise.all(
    membershipQuestions(checklist, comments).map(async ([team, login]) => {
      const [org, slug] = team.replace(/^@/, '').split('/')
      try {
        memberships.set(membershipKey(team, login), await reads.members.teamMembership(org, slug, login))
      } catch (error) {
        const apiError = toApiError(error, 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}')
        memberships.set(membershipKey(team, login), {
          unreadable: `GitHub answered ${apiError.status || apiError.message}`
        })
      }
    })
  )
  const attestations = applyCommands(comments, {
    checklist,
    author,
    memberships,
    membersToken: reads.membersToken,
    now,
    where
  })
  return { attestations }
}
