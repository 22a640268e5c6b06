import type { Attestations } from '../attestations/model.js'
import { findItem, leavesOf } from '../checklist/lookup.js'
import type { Checklist, ChecklistItem } from '../checklist/model.js'
import { indexChecklist, namedLeaves, rollUpCycle, type IndexedItem } from '../checklist/references.js'
import { evaluateCheck } from './evaluators.js'
import { evaluateManual } from './manual.js'
import type { EvalContext, NamedOutcome, Outcome, WaiverRecord } from './outcome.js'
import { code, link, say } from '../text/phrase.js'
import { OPEN_STATES, verdictOf, type Verdict } from '../verdict/states.js'

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
  /** The waiver that holds on the item today, if any. */
  waiver?: WaiverRecord
}

export interface Evaluation {
  leaves: LeafResult[]
  verdict: Verdict
}

/**
 * Evaluates every leaf concurrently (the gateway shares identical reads), then takes the verdict.
 * An `items` roll-up waits for the outcomes of the leaves it names: each leaf's outcome (waiver
 * included) is one shared promise, so what a roll-up names is evaluated first (the parser refuses
 * cycles; one that slipped through would be `unknown`, not a hang).
 *
 * `onLeaf` hears of each leaf as its outcome is known (the CLI's progress).
 */
export async function evaluateChecklist(
  checklist: Checklist,
  ctx: EvalContext,
  onLeaf?: (leaf: LeafResult) => void
): Promise<Evaluation> {
  const index = indexChecklist(checklist)
  const attestations = Promise.resolve(ctx.attestations)
  const waivers = attestations.then(a => waiversByPath(checklist, ctx, a))
  const waiverOf = async (entry: IndexedItem) =>
    entry.required ? (await waivers).get(entry.path) : undefined
  const outcomes = new Map<string, Promise<Outcome>>()

  const outcomeOf = (entry: IndexedItem): Promise<Outcome> => {
    let outcome = outcomes.get(entry.path)
    if (!outcome) {
      outcome = ownOutcome(entry).then(async own => {
        const waiver = await waiverOf(entry)
        return waiver ? waived(own, waiver) : own
      })
      // Awaited later (a leaf asks before its waiver is known): a failure meanwhile is not unhandled.
      outcome.catch(() => {})
      outcomes.set(entry.path, outcome)
    }
    return outcome
  }
  const ownOutcome = async (entry: IndexedItem): Promise<Outcome> => {
    const { item } = entry
    if (!item.check) {
      return evaluateManual(item, {
        today: ctx.today,
        comment: (await attestations)?.signoffs.get(entry.path),
        maxAge: checklist.signoffMaxAge,
        lineUrl: line => lineUrl(ctx, line)
      })
    }
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
        // The evidence is asked for first: a waiver waits for every comment, the evidence need not.
        const outcome = outcomeOf(entry)
        const waiver = await waiverOf(entry)
        const leaf: LeafResult = {
          item: entry.item,
          path: entry.path,
          section: entry.section,
          groups: groups.map(g => g.title),
          required: entry.required,
          outcome: await outcome,
          ...(waiver ? { waiver } : {})
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

/** A waived item that would block reads `waived`, keeping what it found; one that holds anyway keeps its state. */
function waived(own: Outcome, w: WaiverRecord): Outcome {
  if (!OPEN_STATES.includes(own.state)) return own
  return {
    state: 'waived',
    summary: say`waived by ${code(w.by)} until ${w.until}${w.url ? say` in ${link('a comment', w.url)}` : ''}: ${w.reason} (by itself: ${own.state} — ${own.summary})`,
    url: own.url
  }
}

/**
 * The waivers that hold today, by leaf path: committed ones (a group stands for its required
 * leaves), then those given by comment, which are later and win.
 */
function waiversByPath(
  checklist: Checklist,
  ctx: EvalContext,
  attestations: Attestations | undefined
): Map<string, WaiverRecord> {
  const out = new Map<string, WaiverRecord>()
  for (const w of checklist.waivers ?? []) {
    const found = findItem(checklist, w.item)
    if (!found || w.until < ctx.today) continue
    for (const leaf of leavesOf(found).filter(l => l.required)) {
      out.set(leaf.path, {
        by: w.by,
        until: w.until,
        reason: w.reason,
        source: 'checklist',
        url: lineUrl(ctx, w.line) ?? null
      })
    }
  }
  for (const [path, w] of attestations?.waivers ?? []) {
    if (w.until < ctx.today) continue
    out.set(path, { by: `@${w.by}`, until: w.until, reason: w.reason, source: 'comment', url: w.url ?? null })
  }
  return out
}

/** A line of the committed checklist on the web, where the run knows its server. */
function lineUrl(ctx: EvalContext, line: number): string | undefined {
  const { runner, target, settings } = ctx
  if (!runner?.serverUrl) return undefined
  return `${runner.serverUrl}/${runner.owner}/${runner.repo}/blob/${target.checklistRef}/${settings.checklistPath}#L${line}`
}
