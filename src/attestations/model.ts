import type { Command } from './commands.js'
import type { Phrase } from '../text/phrase.js'

/** A comment that may hold commands, as the API lists it. */
export interface CommandComment {
  id: number
  url: string
  login: string
  /** `User` for a person; `Bot`, `Organization`, … otherwise. */
  userType: string
  createdAt: string
  updatedAt: string
  body: string
  /** The commands in `body`, parsed once (`commandsIn`). */
  commands: Command[]
  /** How many `+1` and `confused` reactions the comment carries already (unknown: none). */
  reacted?: { '+1': number; confused: number }
}

/** What GitHub said about one person in one team. */
export type Membership = 'active' | 'pending' | 'none' | { unreadable: string }

/** `@org/team` + login → the lookup key of `memberships`. */
export const membershipKey = (team: string, login: string): string =>
  `${team.replace(/^@/, '').toLowerCase()}|${login.toLowerCase()}`

/** A sign-off given by comment and still standing. */
export interface CommentSignoff {
  by: string
  /** When the command comment was posted (ISO 8601). */
  at: string
  url: string
  note?: string
  /** Past `signoff-max-age`: no longer holds, shown as expired. */
  expired?: boolean
}

/** A waiver given by comment or committed. */
export interface Waiver {
  by: string
  /** When it was given: the comment's time; for a committed waiver, undefined. */
  at?: string
  until: string
  reason: string
  source: 'comment' | 'checklist'
  url?: string
}

/** One command and how it was judged. */
export interface Judgement {
  commentId: number
  url: string
  by: string
  at: string
  /** The command line as written (untrusted text: rendered inert). */
  command: string
  applied: boolean
  /** Why it was refused. */
  reason?: Phrase
}

/** Every sign-off, waiver and judgement that the comments make, applied in posting order. */
export interface Attestations {
  /** Leaf path → the standing comment sign-off. */
  signoffs: Map<string, CommentSignoff>
  /** Leaf path → the standing comment waiver. */
  waivers: Map<string, Waiver>
  judgements: Judgement[]
  /** Per command comment: `+1` when all its commands applied, `confused` when any was refused. */
  reactions: { commentId: number; content: '+1' | 'confused' }[]
  /** Where commands were read from (for messages), e.g. "#42" or "launch issue #7". */
  where: string
}

export const noAttestations = (where = ''): Attestations => ({
  signoffs: new Map(),
  waivers: new Map(),
  judgements: [],
  reactions: [],
  where
})
