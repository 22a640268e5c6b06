import type { ChecklistItem } from '../checklist/model.js'
import { code, say } from '../text/phrase.js'
import type { Outcome } from './outcome.js'

/**
 * A manual item is outstanding until a committed `signoff` attests it; a sign-off holds through its
 * `expires` date inclusive (UTC), after which the item is outstanding again.
 */
export function evaluateManual(item: ChecklistItem, today: string): Outcome {
  const owner = item.owner ? say` by ${code(item.owner)}` : []
  const s = item.signoff
  const box = item.checkbox?.unverified
  if (!s && box) return { state: box.state, summary: say`${box.reason}${owner}`, fix: box.fix }
  if (!s) return { state: 'manual', summary: say`awaiting sign-off${owner}` }
  if (s.expires !== undefined && today > s.expires) {
    return {
      state: 'manual',
      summary: say`sign-off by ${code(s.by)} expired on ${s.expires}; sign off again${owner}`
    }
  }
  const until = s.expires ? `, valid until ${s.expires}` : ''
  const note = s.note ? ` (${s.note})` : ''
  return {
    state: 'signed-off',
    summary: say`signed off by ${code(s.by)} on ${s.date}${until}${note}`,
    ...(s.url ? { url: s.url } : {})
  }
}
