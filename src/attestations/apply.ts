/**
 * Applies the commands of a PR's (or launch issue's) comments in posting order: pure, so every rule
 * of who may do what is tested with plain values. Team memberships are asked beforehand
 * (`membershipQuestions`) and passed in; an answer that could not be read refuses, never allows.
 */
import { allLeaves, findItem, leavesOf, type LeafRef } from '../checklist/lookup.js'
import type { Checklist } from '../checklist/model.js'
import { addDays, MAX_WAIVER_DAYS } from '../checklist/semantics.js'
import { durationMs } from '../checklist/duration.js'
import { code, join, say, type Phrase } from '../text/phrase.js'
import type { Command } from './commands.js'
import {
  membershipKey,
  type Attestations,
  type CommandComment,
  type Judgement,
  type Membership
} from './model.js'

export interface ApplyContext {
  checklist: Checklist
  /** The PR's author (may not sign off or waive their own PR unless `self-signoff: allowed`). */
  author?: string
  /** Answers to `membershipQuestions`, by `membershipKey`. */
  memberships: Map<string, Membership>
  /** Whether `members-token` was given (a 404 from `token` may only mean "cannot read"). */
  membersToken: boolean
  /** Now, in ms since the epoch. */
  now: number
  where: string
}

export const MEMBERS_FIX: Phrase = say`set the input ${code('members-token')} to a GitHub App or fine-grained token with Organization "Members: read" (GITHUB_TOKEN cannot read team membership)`

/** The comments in posting order (oldest first; ties by id). */
export const inPostingOrder = (comments: CommandComment[]): CommandComment[] =>
  [...comments].sort((a, b) =>
    a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1
  )

const isTeam = (who: string): boolean => who.includes('/')
const sameLogin = (who: string, login: string): boolean =>
  who.replace(/^@/, '').toLowerCase() === login.toLowerCase()

/** The team memberships to read before `applyCommands`: [`@org/team`, login] pairs. */
export function membershipQuestions(checklist: Checklist, comments: CommandComment[]): [string, string][] {
  const pairs = new Map<string, [string, string]>()
  const approvers = checklist.approvers ?? []
  for (const c of comments) {
    if (!countsAsPerson(c)) continue
    for (const command of c.commands) {
      if (command.verb === 'invalid' || command.verb === 'recheck') continue
      const owners = command.ids.flatMap(id => {
        const found = findItem(checklist, id)
        return found ? leavesOf(found).flatMap(l => l.item.owners ?? []) : []
      })
      const people =
        command.verb === 'waive' || command.verb === 'unwaive' ? approvers : [...approvers, ...owners]
      for (const team of people.filter(isTeam)) pairs.set(membershipKey(team, c.login), [team, c.login])
    }
  }
  return [...pairs.values()]
}

const countsAsPerson = (c: CommandComment): boolean => c.userType === 'User'

/** Whether `login` is one of `people`; when not, why (naming teams that could not be read). */
function isOneOf(
  login: string,
  people: string[],
  ctx: ApplyContext
): { ok: true } | { ok: false; unread: { team: string; why: string }[] } {
  const unread: { team: string; why: string }[] = []
  for (const who of people) {
    if (!isTeam(who)) {
      if (sameLogin(who, login)) return { ok: true }
      continue
    }
    const answer = ctx.memberships.get(membershipKey(who, login))
    if (answer === 'active') return { ok: true }
    if (answer === undefined) unread.push({ team: who, why: 'not asked' })
    else if (typeof answer === 'object') unread.push({ team: who, why: answer.unreadable })
    // A 404 to a token that may not read teams looks exactly like "not a member".
    else if (answer === 'none' && !ctx.membersToken) unread.push({ team: who, why: 'GitHub answered 404' })
  }
  return { ok: false, unread }
}

function notAllowed(login: string, role: Phrase, unread: { team: string; why: string }[]): Phrase {
  const base = say`${code(`@${login}`)} is not ${role}`
  if (unread.length === 0) return base
  const teams = join(unread.map(u => code(u.team)))
  const why = [...new Set(unread.map(u => u.why))].join('; ')
  return say`${base}, or their membership of ${teams} could not be read (${why}): ${MEMBERS_FIX}`
}

/** Applies every command of `comments` (any order given; posting order used). */
export function applyCommands(comments: CommandComment[], ctx: ApplyContext): Attestations {
  const { checklist } = ctx
  const approvers = checklist.approvers ?? []
  // The schema accepted the duration, so it reads.
  const maxAgeMs = checklist.signoffMaxAge ? durationMs(checklist.signoffMaxAge) : undefined
  const today = new Date(ctx.now).toISOString().slice(0, 10)
  const out: Attestations = {
    signoffs: new Map(),
    waivers: new Map(),
    judgements: [],
    reactions: [],
    where: ctx.where
  }

  for (const comment of inPostingOrder(comments)) {
    const { commands } = comment
    if (commands.length === 0) continue
    const judged: Judgement[] = []
    const judge = (command: Command, reason?: Phrase) =>
      judged.push({
        commentId: comment.id,
        url: comment.url,
        by: comment.login,
        at: comment.createdAt,
        command: command.text,
        applied: reason === undefined,
        reason
      })
    for (const command of commands) {
      if (!countsAsPerson(comment)) {
        judge(command, say`posted by ${code(comment.login)}, not a person: only people's commands count`)
        continue
      }
      if (comment.updatedAt !== comment.createdAt) {
        judge(command, say`edited after posting: post the command again`)
        continue
      }
      if (command.verb === 'invalid') {
        judge(command, say`${command.problem}`)
        continue
      }
      if (command.verb === 'recheck') {
        judge(command)
        continue
      }
      const resolved: LeafRef[] = []
      const unknown = command.ids.filter(id => {
        const found = findItem(checklist, id)
        if (found) resolved.push(found)
        return !found
      })
      if (unknown.length > 0) {
        judge(
          command,
          say`unknown id ${join(unknown.map(id => code(id.slice(0, 80))))}: use an item id or path of the checklist`
        )
        continue
      }
      const isAuthor = ctx.author !== undefined && sameLogin(ctx.author, comment.login)
      if ((command.verb === 'sign-off' || command.verb === 'waive') && isAuthor && !checklist.selfSignoff) {
        judge(
          command,
          say`${code(`@${comment.login}`)} wrote this PR and may not ${command.verb === 'waive' ? 'waive' : 'sign off'} its items (separation of duties); the checklist may set ${code('self-signoff: allowed')}`
        )
        continue
      }
      const reason =
        command.verb === 'sign-off' || command.verb === 'revoke'
          ? signOffOrRevoke(command, resolved, comment, ctx, approvers, out, maxAgeMs)
          : waiveOrUnwaive(command, resolved, comment, ctx, approvers, out, today)
      judge(command, reason)
    }
    out.judgements.push(...judged)
    const content = judged.every(j => j.applied) ? '+1' : 'confused'
    // Each reaction is a paced write: a comment already carrying this one (from an earlier run, as a
    // rule) is not asked again, so a PR's runs do not slow down with its number of commands.
    if ((comment.reacted?.[content] ?? 0) === 0) out.reactions.push({ commentId: comment.id, content })
  }
  return out
}

function signOffOrRevoke(
  command: Extract<Command, { verb: 'sign-off' | 'revoke' }>,
  resolved: LeafRef[],
  comment: CommandComment,
  ctx: ApplyContext,
  approvers: string[],
  out: Attestations,
  maxAgeMs: number | undefined
): Phrase | undefined {
  // Each named item: a manual leaf the commenter may sign off, or a group standing for every such leaf.
  const targets: LeafRef[] = []
  for (const entry of resolved) {
    const manual = leavesOf(entry).filter(l => !l.item.check)
    if (manual.length === 0) return say`${code(entry.item.id)} is checked by evidence, not signed off`
    const allowed = manual.filter(
      l => isOneOf(comment.login, [...(l.item.owners ?? []), ...approvers], ctx).ok
    )
    if (allowed.length === 0) {
      const leaf = manual[0]
      const check = isOneOf(comment.login, [...(leaf.item.owners ?? []), ...approvers], ctx)
      const owners = leaf.item.owners ?? []
      const role =
        owners.length > 0
          ? say`an owner of ${code(entry.item.id)} (${join(owners.map(o => code(o)))}) nor an approver`
          : say`an approver (${code(entry.item.id)} has no owner)`
      return notAllowed(comment.login, role, check.ok ? [] : check.unread)
    }
    // A leaf named directly must be allowed; a group stands for the leaves the commenter may sign off.
    targets.push(...allowed)
  }
  const expired = maxAgeMs !== undefined && ctx.now - Date.parse(comment.createdAt) > maxAgeMs
  for (const leaf of targets) {
    if (command.verb === 'revoke') out.signoffs.delete(leaf.path)
    else
      out.signoffs.set(leaf.path, {
        by: comment.login,
        at: comment.createdAt,
        url: comment.url,
        note: command.note,
        expired
      })
  }
  return undefined
}

function waiveOrUnwaive(
  command: Extract<Command, { verb: 'waive' | 'unwaive' }>,
  resolved: LeafRef[],
  comment: CommandComment,
  ctx: ApplyContext,
  approvers: string[],
  out: Attestations,
  today: string
): Phrase | undefined {
  const may = isOneOf(comment.login, approvers, ctx)
  if (!may.ok) {
    const role =
      approvers.length > 0
        ? say`an approver (${join(approvers.map(a => code(a)))}); only approvers ${command.verb}`
        : say`an approver: the checklist names no ${code('approvers')}, so nobody may ${command.verb} by comment`
    return notAllowed(comment.login, role, may.unread)
  }
  const leaves = resolved.flatMap(leavesOf).filter(l => command.verb === 'unwaive' || l.required)
  if (leaves.length === 0)
    return say`${code(resolved[0].item.id)} is advisory: it never blocks, so there is nothing to waive`
  if (command.verb === 'unwaive') {
    for (const leaf of leaves) out.waivers.delete(leaf.path)
    return undefined
  }
  const given = comment.createdAt.slice(0, 10)
  const latest = addDays(given, MAX_WAIVER_DAYS)
  if (command.until > latest)
    return say`until ${command.until} is more than ${MAX_WAIVER_DAYS} days after the waiver was given (${given}): waive until ${latest} at the latest`
  if (command.until < today) return say`until ${command.until} is already past`
  for (const leaf of leaves) {
    out.waivers.set(leaf.path, {
      by: comment.login,
      at: comment.createdAt,
      until: command.until,
      reason: command.reason,
      source: 'comment',
      url: comment.url
    })
  }
  return undefined
}

/** Every leaf path, for callers that list what a checklist holds. */
export const leafPaths = (checklist: Checklist): string[] => allLeaves(checklist).map(l => l.path)
