import type { Checklist, ChecklistItem } from '../checklist/model.js'
import { evaluateCheck } from './evaluators.js'
import { evaluateManual } from './manual.js'
import type { EvalContext, Outcome } from './outcome.js'
import { verdictOf, type Verdict } from '../verdict/states.js'

/** One leaf item with its outcome and where it sits in the checklist. */
export interface LeafResult {
  item: ChecklistItem
  /** Item ids from the top-level item down, joined with `/`. */
  path: string
  section: string
  /** Titles of the groups above the item, outermost first. */
  groups: string[]
  /** Required only if it and every group above it are required. */
  required: boolean
  outcome: Outcome
}

export interface Evaluation {
  leaves: LeafResult[]
  verdict: Verdict
}

/**
 * Evaluates every leaf concurrently (the gateway shares identical reads), then takes the verdict.
 * `onLeaf` hears of each leaf as its outcome is known (the CLI's progress).
 */
export async function evaluateChecklist(
  checklist: Checklist,
  ctx: EvalContext,
  onLeaf?: (leaf: LeafResult) => void
): Promise<Evaluation> {
  const pending: Promise<LeafResult>[] = []
  const visit = (item: ChecklistItem, section: string, groups: ChecklistItem[]) => {
    if (item.items) {
      for (const child of item.items) visit(child, section, [...groups, item])
      return
    }
    const chain = [...groups, item]
    pending.push(
      outcomeOf(item, ctx).then(outcome => {
        const leaf = {
          item,
          path: chain.map(i => i.id).join('/'),
          section,
          groups: groups.map(g => g.title),
          required: chain.every(i => i.required),
          outcome
        }
        onLeaf?.(leaf)
        return leaf
      })
    )
  }
  for (const section of checklist.sections) for (const item of section.items) visit(item, section.title, [])
  const leaves = await Promise.all(pending)
  return { leaves, verdict: verdictOf(leaves.filter(l => l.required).map(l => l.outcome.state)) }
}

function outcomeOf(item: ChecklistItem, ctx: EvalContext): Promise<Outcome> {
  return item.check ? evaluateCheck(item.check, ctx) : Promise.resolve(evaluateManual(item, ctx.today))
}
