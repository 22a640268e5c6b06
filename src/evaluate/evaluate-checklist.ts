import { findItem, leavesOf } from '../checklist/lookup.js'
import type { Checklist, ChecklistItem } from '../checklist/model.js'
import { evaluateCheck } from './evaluators.js'
import { evaluateManual } from './manual.js'
import type { EvalContext, Outcome, WaiverRecord } from './outcome.js'
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

/** Evaluates every leaf concurrently (the gateway shares identical reads), then takes the verdict. */
export async function evaluateChecklist(checklist: Checklist, ctx: EvalContext): Promise<Evaluation> {
  const waivers = waiversByPath(checklist, ctx)
  const pending: Promise<LeafResult>[] = []
  const visit = (item: ChecklistItem, section: string, groups: ChecklistItem[]) => {
    if (item.items) {
      for (const child of item.items) visit(child, section, [...groups, item])
      return
    }
    const chain = [...groups, item]
    const path = chain.map(i => i.id).join('/')
    const required = chain.every(i => i.required)
    const waiver = waivers.get(path)
    pending.push(
      outcomeOf(item, path, checklist, ctx).then(own => ({
        item,
        path,
        section,
        groups: groups.map(g => g.title),
        required,
        outcome: waiver && required ? waived(own, waiver) : own,
        waiver
      }))
    )
  }
  for (const section of checklist.sections) for (const item of section.items) visit(item, section.title, [])
  const leaves = await Promise.all(pending)
  return { leaves, verdict: verdictOf(leaves.filter(l => l.required).map(l => l.outcome.state)) }
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
function waiversByPath(checklist: Checklist, ctx: EvalContext): Map<string, WaiverRecord> {
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
  for (const [path, w] of ctx.attestations?.waivers ?? []) {
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

function outcomeOf(
  item: ChecklistItem,
  path: string,
  checklist: Checklist,
  ctx: EvalContext
): Promise<Outcome> {
  if (item.check) return evaluateCheck(item.check, ctx)
  return Promise.resolve(
    evaluateManual(item, {
      today: ctx.today,
      comment: ctx.attestations?.signoffs.get(path),
      maxAge: checklist.signoffMaxAge,
      lineUrl: line => lineUrl(ctx, line)
    })
  )
}
