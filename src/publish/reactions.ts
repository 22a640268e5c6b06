import type { GitHub } from '../github/client.js'
import type { RepoRef } from '../github/gateway.js'
import { refused } from './outcome.js'

const CREATE = 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions'

/**
 * The gate's only answer to a command comment: `+1` when applied, `confused` when refused. GitHub
 * keeps one reaction of each kind per person (asking again answers the existing one), so a re-run
 * adds nothing. A refused write is a note, never a failed run.
 */
export async function publishReactions(
  gh: GitHub,
  repo: RepoRef,
  reactions: { commentId: number; content: '+1' | 'confused' }[]
): Promise<string[]> {
  const notes: string[] = []
  for (const r of reactions) {
    try {
      await gh.request(CREATE, { ...repo, comment_id: r.commentId, content: r.content })
    } catch (error) {
      const outcome = refused(error, CREATE, 'reactions on command comments')
      if (!outcome.posted) notes.push(`Reactions on command comments were not added: ${outcome.reason}`)
      break
    }
  }
  return notes
}
