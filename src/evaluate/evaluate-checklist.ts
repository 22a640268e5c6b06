import type { Checklist, ChecklistItem } from '../checklist/model.js'
import { indexChecklist, namedLeaves, rollUpCycle, type IndexedItem } from '../checklist/references.js'
import { evaluateCheck } from './evaluators.js'
import { evaluateManual } from './manual.js'
import type { EvalContext, NamedOutcome, Outcome } from './outcome.js'
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
 * An `items` roll-up waits for the outcomes of the leaves it names: each leaf's outcome is one shared
 * promise, so what a roll-up names is evaluated first (the parser refuses cycles; one that slipped
 * through would be `unknown`, not a hang).
 *
 * `onLeaf` hears of each leaf as its outcome is known (the CLI's progress).
 */
export async function evaluateChecklist(
  checklist: Checklist,
  ctx: EvalContext,
  onLeaf?: (leaf: LeafResult) => void
): Promise<Evaluation> {
  const index = indexChecklist(checklist)
  const outcomes = new Map<string, Promise<Outcome>>()

  const outcomeOf = (entry: IndexedItem): Promise<Outcome> => {
    let outcome = outcomes.get(entry.path)
    if (!outcome) {
      outcome = evaluateLeaf(entry)
      outcomes.set(entry.path, outcome)
    }
    return outcome
  }
  const evaluateLeaf = async (entry: IndexedItem): Promise<Outcome> => {
    const { item } = entry
    if (!item.check) return evaluateManual(item, ctx.today)
    if (item.check.type !== 'items') return evaluateCheck(item.check, ctx)
    const named = async (check: Extract<typeof item.check, { type: 'items' }>): Promise<NamedOutcome[]> => {
      if (rollUpCycle(entry, index)) throw new Error('the roll-up names itself')
      const leaves = namedLeaves(check, index).leaves.filter(l => l.required)
      return Promise.all(
        leaves.map(async l => ({ path: l.path, id: l.item.id, state: (await outcomeOf(l)).state }))
      )
    }
    return evaluateCheck(item.check, { ...ctx, named })
  }

  const leaves = await Promise.all(
    [...index.byPath.values()]
      .filter(entry => !entry.item.items)
      .map(async (entry): Promise<LeafResult> => {
        const groups = groupsOf(entry, index)
        const leaf = {
          item: entry.item,
          path: entry.path,
          section: entry.section,
          groups: groups.map(g => g.title),
          required: entry.required,
          outcome: await outcomeOf(entry)
        }
        onLeaf?.(leaf)
        return leaf
      })
  )
  return { leaves, verdict: verdictOf(leaves.filter(l => l.required).map(l => l.outcome.state)) }
}

/** The groups above an entry, outermost first, from its path. */
function groupsOf(entry: IndexedItem, index: ReturnType<typeof indexChecklist>): ChecklistItem[] {
  const ids = entry.path.split('/')
  return ids.slice(0, -1).map((_, i) => index.byPath.get(ids.slice(0, i + 1).join('/'))!.item)
}
