import type { CommentSignoff } from '../attestations/model.js'
import type { ChecklistItem } from '../checklist/model.js'
import { code, link, say } from '../text/phrase.js'
import type { Outcome } from './outcome.js'

export interface ManualContext {
  today: string
  /** The standing sign-off by comment, when there is one. */
  comment?: CommentSignoff
  /** `signoff-max-age` as written, for the expiry message. */
  maxAge?: string
  /** Link to a line of the committed checklist (the source of a committed sign-off). */
  lineUrl?: (line: number) => string | undefined
}

/**
 * A manual item is outstanding until a sign-off attests it: by comment on the PR (or launch issue)
 * or committed as `signoff`, the two being alternatives. A committed sign-off holds through its
 * `expires` date inclusive (UTC); one by comment while its comment stands, not revoked, and not
 * older than `signoff-max-age`.
 */
export function evaluateManual(item: ChecklistItem, ctx: ManualContext | string): Outcome {
  const { today, comment, maxAge, lineUrl } =
    typeof ctx === 'string' ? ({ today: ctx } as ManualContext) : ctx
  const owner = item.owner ? say` by ${code(item.owner)}` : []
  if (comment && !comment.expired) {
    const day = comment.at.slice(0, 10)
    return {
      state: 'signed-off',
      summary: say`signed off by ${code(`@${comment.by}`)} on ${day} in ${link('a comment', comment.url)}${comment.note ? ` (${comment.note})` : ''}`,
      signoff: {
        by: `@${comment.by}`,
        at: comment.at,
        source: 'comment',
        url: comment.url,
        note: comment.note ?? null
      }
    }
  }
  const s = item.signoff
  const box = item.checkbox?.unverified
  const expiredComment = comment?.expired
    ? say`sign-off by ${code(`@${comment.by}`)} on ${comment.at.slice(0, 10)} is older than ${code(`signoff-max-age: ${maxAge ?? ''}`)}; `
    : []
  if (!s && box)
    return { state: box.state, summary: say`${expiredComment}${box.reason}${owner}`, fix: box.fix }
  if (!s) return { state: 'manual', summary: say`${expiredComment}awaiting sign-off${owner}` }
  if (s.expires !== undefined && today > s.expires) {
    return {
      state: 'manual',
      summary: say`${expiredComment}sign-off by ${code(s.by)} expired on ${s.expires}; sign off again${owner}`
    }
  }
  const until = s.expires ? `, valid until ${s.expires}` : ''
  const note = s.note ? ` (${s.note})` : ''
  // A box checked in a Markdown checklist links to its commit; a YAML sign-off to its line.
  const url = s.url ?? lineUrl?.(item.line) ?? null
  return {
    state: 'signed-off',
    summary: say`signed off by ${code(s.by)} on ${s.date}${until}${note}`,
    ...(s.url ? { url: s.url } : {}),
    signoff: { by: s.by, at: s.date, source: 'checklist', url, note: s.note ?? null }
  }
}
