import type { Checklist, ChecklistItem } from './model.js'
import type { CheckSpec } from './schema.js'

type ItemsCheck = Extract<CheckSpec, { type: 'items' }>

/** One item of the checklist with where it sits: what `items` roll-ups refer to. */
export interface IndexedItem {
  item: ChecklistItem
  /** Ids from the top-level item down, joined with `/` (as `LeafResult.path`). */
  path: string
  section: string
  /** It and every group above it are required. */
  required: boolean
  /** The leaves at or under it (itself, for a leaf). */
  leaves: IndexedItem[]
}

export interface ChecklistIndex {
  byId: Map<string, IndexedItem>
  byPath: Map<string, IndexedItem>
  sections: Map<string, IndexedItem[]>
}

/** Every item by id and by path, and every section's leaves by title. */
export function indexChecklist(checklist: Checklist): ChecklistIndex {
  const index: ChecklistIndex = { byId: new Map(), byPath: new Map(), sections: new Map() }
  const visit = (item: ChecklistItem, section: string, parent?: IndexedItem): IndexedItem => {
    const entry: IndexedItem = {
      item,
      path: parent ? `${parent.path}/${item.id}` : item.id,
      section,
      required: (parent?.required ?? true) && item.required,
      leaves: []
    }
    if (!index.byId.has(item.id)) index.byId.set(item.id, entry)
    index.byPath.set(entry.path, entry)
    entry.leaves = item.items ? item.items.flatMap(child => visit(child, section, entry).leaves) : [entry]
    return entry
  }
  for (const section of checklist.sections) {
    const leaves = section.items.flatMap(item => visit(item, section.title).leaves)
    index.sections.set(section.title, [...(index.sections.get(section.title) ?? []), ...leaves])
  }
  return index
}

const many = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v]

export interface Named {
  /** Every leaf the roll-up names, once each, in checklist order of naming. */
  leaves: IndexedItem[]
  /** References that name no item (by id or path). */
  unknownItems: string[]
  /** References that name no section title. */
  unknownSections: string[]
}

/** The leaves an `items` roll-up names: the items (or groups' leaves) by id or path, and sections' leaves. */
export function namedLeaves(check: ItemsCheck, index: ChecklistIndex): Named {
  const seen = new Set<string>()
  const named: Named = { leaves: [], unknownItems: [], unknownSections: [] }
  const add = (leaves: IndexedItem[]) => {
    for (const leaf of leaves) {
      if (seen.has(leaf.path)) continue
      seen.add(leaf.path)
      named.leaves.push(leaf)
    }
  }
  for (const ref of many(check.items)) {
    const entry = index.byPath.get(ref) ?? index.byId.get(ref)
    if (entry) add(entry.leaves)
    else named.unknownItems.push(ref)
  }
  for (const title of many(check.sections)) {
    const leaves = index.sections.get(title)
    if (leaves) add(leaves)
    else named.unknownSections.push(title)
  }
  return named
}

const rollUpOf = (item: ChecklistItem): ItemsCheck | undefined =>
  item.check?.type === 'items' ? item.check : undefined

/**
 * A roll-up that names itself, directly (its own id, a group or section it is in) or through other
 * roll-ups, could never be evaluated: the cycle, as the ids that form it, or undefined.
 */
export function rollUpCycle(start: IndexedItem, index: ChecklistIndex): string[] | undefined {
  const onPath: IndexedItem[] = []
  const visited = new Set<string>()
  // Reachability of `start` from itself: a node seen before either led back to it or never will.
  const walk = (entry: IndexedItem): string[] | undefined => {
    if (entry === start && onPath.length > 0) return [...onPath, start].map(e => e.item.id)
    const check = rollUpOf(entry.item)
    if (!check || visited.has(entry.path)) return undefined
    visited.add(entry.path)
    onPath.push(entry)
    for (const leaf of namedLeaves(check, index).leaves) {
      const cycle = walk(leaf)
      if (cycle) return cycle
    }
    onPath.pop()
    return undefined
  }
  return walk(start)
}
