import type { CheckSpec } from '../checklist/schema.js'
import { code, list, phrase, say } from '../text/phrase.js'
import { OPEN_STATES, SEVERITY_ORDER } from '../verdict/states.js'
import type { EvalContext, NamedOutcome, Outcome } from './outcome.js'

type ItemsCheck = Extract<CheckSpec, { type: 'items' }>

/** `items` (docs/check-types.md): a roll-up of the required leaves it names. */
export async function evaluateItems(check: ItemsCheck, ctx: EvalContext): Promise<Outcome> {
  if (!ctx.named) {
    return {
      state: 'unknown',
      summary: say`a roll-up is evaluated with the rest of its checklist`,
      fix: 'Evaluate the whole checklist.'
    }
  }
  return rollUp(await ctx.named(check))
}

/**
 * Done when every named leaf is in a state the verdict counts as done (passed, signed off, and the
 * like: whatever is not open); otherwise the worst open state, naming the items that hold it up
 * (`manual` reads `fail` here).
 */
export function rollUp(leaves: readonly NamedOutcome[]): Outcome {
  const open = leaves.filter(l => OPEN_STATES.includes(l.state))
  if (open.length === 0) {
    const n = leaves.length
    return { state: 'pass', summary: [`all ${n} required item${n === 1 ? ' is' : 's are'} done`] }
  }
  const rank = (l: NamedOutcome) => SEVERITY_ORDER.indexOf(l.state)
  const sorted = [...open].sort((a, b) => rank(a) - rank(b))
  // Waiting only for sign-offs fails as a manual item does, but the roll-up itself cannot be signed
  // off: listing it with the sign-offs would send a person to the wrong item.
  const worst = sorted[0].state === 'manual' ? 'fail' : sorted[0].state
  return {
    state: worst,
    summary: phrase(
      `${open.length} of ${leaves.length} required items not done: `,
      list(sorted.map(l => say`${code(l.path)} (${l.state})`))
    )
  }
}
