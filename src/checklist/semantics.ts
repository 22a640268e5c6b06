import { findItem } from './lookup.js'
import type { Checklist, ChecklistItem } from './model.js'
import { closest } from '../text/closest.js'
import { indexChecklist, namedLeaves, rollUpCycle } from './references.js'

/** The longest a waiver may hold, from the day it is given (committed: from the evaluation). */
export const MAX_WAIVER_DAYS = 90

/** `YYYY-MM-DD` plus `days` days (UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

export interface SemanticProblem {
  line: number
  column: number
  message: string
  fix: string
}

/**
 * Rules the schema cannot express: ids unique in the file, an item is a check, a group or a manual
 * item (never two of these), sign-offs only on manual items with sensible dates, and at least one
 * required item (a checklist of advisory items only would pass whatever the evidence says).
 */
export function checkSemantics(checklist: Checklist, today: string): SemanticProblem[] {
  const problems: SemanticProblem[] = []
  const seen = new Map<string, ChecklistItem>()
  const problem = (item: ChecklistItem, message: string, fix: string) =>
    problems.push({ line: item.line, column: item.column, message: `item \`${item.id}\`: ${message}`, fix })

  const visit = (item: ChecklistItem) => {
    const first = seen.get(item.id)
    if (first) {
      problem(
        item,
        `duplicate id \`${item.id}\` (first used on line ${first.line})`,
        'Give each item its own id.'
      )
    } else {
      seen.set(item.id, item)
    }
    if (item.check && item.items) {
      problem(
        item,
        'has both `check` and `items`',
        'An item is a check, a group (`items`) or a manual item: move the check into an item of the group.'
      )
    }
    if (item.signoff) {
      if (item.check || item.items) {
        problem(
          item,
          'has a `signoff` but is not a manual item',
          'Only manual items (no `check`, no `items`) are signed off: remove `signoff`.'
        )
      }
      const { date, expires } = item.signoff
      if (date > today) {
        problem(
          item,
          `signoff.date \`${date}\` is in the future (today is ${today} UTC)`,
          'Use the day it was signed off.'
        )
      }
      if (expires !== undefined && expires <= date) {
        problem(
          item,
          `signoff.expires \`${expires}\` is not after signoff.date \`${date}\``,
          'Set `expires` after `date`.'
        )
      }
    }
    item.items?.forEach(visit)
  }
  checklist.sections.forEach(s => s.items.forEach(visit))

  for (const w of checklist.waivers ?? []) {
    const at = { line: w.line, column: w.column }
    if (!findItem(checklist, w.item)) {
      problems.push({
        ...at,
        message: `waiver of \`${w.item}\`: no item has that id or path`,
        fix: 'Name an item of this checklist by its id or path.'
      })
    }
    const latest = addDays(today, MAX_WAIVER_DAYS)
    if (w.until > latest) {
      problems.push({
        ...at,
        message: `waiver of \`${w.item}\`: until \`${w.until}\` is more than ${MAX_WAIVER_DAYS} days ahead (today is ${today} UTC)`,
        fix: `A waiver holds at most ${MAX_WAIVER_DAYS} days: set \`until\` to ${latest} or earlier, and renew it then if still needed.`
      })
    }
  }

  problems.push(...checkRollUps(checklist))

  const top = checklist.sections.flatMap(s => s.items)
  if (!top.some(hasRequiredLeaf)) {
    // Point at the first `required: false` that makes its items advisory (one always exists here).
    const advisory = firstAdvisory(top) ?? top[0]
    problems.push({
      line: advisory.line,
      column: advisory.column,
      message:
        'the checklist has no required item: every item is advisory (`required: false`, or in a group that is), so the verdict would pass whatever the evidence says',
      fix: 'Make the items that must hold before release required: remove `required: false` from them and from the groups they are in.'
    })
  }
  return problems
}

/** Whether some leaf at or under `item` blocks the verdict: it and every group down to it are required. */
function hasRequiredLeaf(item: ChecklistItem): boolean {
  if (!item.required) return false
  return item.items ? item.items.some(hasRequiredLeaf) : true
}

function firstAdvisory(items: readonly ChecklistItem[]): ChecklistItem | undefined {
  for (const item of items) {
    const found = !item.required ? item : firstAdvisory(item.items ?? [])
    if (found) return found
  }
  return undefined
}

/**
 * What is valid but cannot mean what it says: a required group whose items are all advisory never
 * blocks the verdict. Only the outermost such group is named (the groups inside it are covered).
 */
export function checkWarnings(checklist: Checklist): SemanticProblem[] {
  const warnings: SemanticProblem[] = []
  const visit = (item: ChecklistItem) => {
    if (!item.items || !item.required) return
    if (!item.items.some(hasRequiredLeaf)) {
      warnings.push({
        line: item.line,
        column: item.column,
        message: `group \`${item.id}\` is required, but every item in it is advisory (\`required: false\`), so it never blocks the verdict`,
        fix: 'Make the items that must hold required, or mark the group `required: false` to say it is advisory.'
      })
      return
    }
    item.items.forEach(visit)
  }
  checklist.sections.forEach(s => s.items.forEach(visit))
  return warnings
}

/**
 * `items` roll-ups: every reference names an item or section of this file, at least one named leaf
 * is required (else the roll-up would pass whatever the evidence says), and no roll-up names itself,
 * directly or through other roll-ups.
 */
function checkRollUps(checklist: Checklist): SemanticProblem[] {
  const index = indexChecklist(checklist)
  const problems: SemanticProblem[] = []
  for (const entry of index.byPath.values()) {
    const { item } = entry
    if (item.check?.type !== 'items') continue
    const problem = (message: string, fix: string) =>
      problems.push({ line: item.line, column: item.column, message: `item \`${item.id}\`: ${message}`, fix })
    const named = namedLeaves(item.check, index)
    for (const ref of named.unknownItems) {
      const near = closest(ref, [...index.byId.keys(), ...index.byPath.keys()])
      problem(
        `\`check.items\` names \`${ref}\`, which is no item id or path in this file`,
        near
          ? `Did you mean \`${near}\`?`
          : 'Name an item by its id, or by the ids from its section down joined with `/`.'
      )
    }
    for (const title of named.unknownSections) {
      const near = closest(title, [...index.sections.keys()])
      problem(
        `\`check.sections\` names \`${title}\`, which is no section title in this file`,
        near ? `Did you mean \`${near}\`?` : 'Write the section title exactly as in its `title:`.'
      )
    }
    if (named.unknownItems.length + named.unknownSections.length > 0) continue
    const cycle = rollUpCycle(entry, index)
    if (cycle) {
      problem(
        cycle.length === 2
          ? 'the roll-up names itself (directly, or through a group or section it is in)'
          : `the roll-up names itself through ${cycle
              .slice(1, -1)
              .map(id => `\`${id}\``)
              .join(' → ')}`,
        'A roll-up cannot wait for its own result: leave it (and the roll-ups that name it) out of what it names.'
      )
      continue
    }
    if (!named.leaves.some(l => l.required)) {
      problem(
        'the roll-up names no required item, so it would pass whatever the evidence says',
        'Name the items that must hold, or make them required.'
      )
    }
  }
  return problems
}
