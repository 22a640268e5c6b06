import type { Checklist, ChecklistItem } from './model.js'

export interface SemanticProblem {
  line: number
  column: number
  message: string
  fix: string
}

/**
 * Rules the schema cannot express: ids unique in the file, an item is a check, a group or a manual
 * item (never two of these), sign-offs only on manual items with sensible dates.
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
  return problems
}
