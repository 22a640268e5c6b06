import type { Checklist, ChecklistItem } from './model.js'

/** A leaf with its path of ids from the top-level item down, and whether it blocks. */
export interface LeafRef {
  item: ChecklistItem
  path: string
  /** It and every group above it are required. */
  required: boolean
}

/** Every item with its path (`group/child`) and whether it and its groups are required. */
function* walk(checklist: Checklist): Generator<LeafRef> {
  function* visit(item: ChecklistItem, path: string, required: boolean): Generator<LeafRef> {
    const here = { item, path, required: required && item.required }
    yield here
    for (const child of item.items ?? []) yield* visit(child, `${path}/${child.id}`, here.required)
  }
  for (const section of checklist.sections)
    for (const item of section.items) yield* visit(item, item.id, true)
}

/** The item an id or a path names (ids are unique in the file), or undefined. */
export function findItem(checklist: Checklist, ref: string): LeafRef | undefined {
  const wanted = ref.replace(/^\/+|\/+$/g, '')
  for (const entry of walk(checklist)) {
    if (entry.path === wanted || entry.item.id === wanted) return entry
  }
  return undefined
}

/** The leaves at or under an item (the item itself when it is a leaf). */
export function leavesOf(entry: LeafRef): LeafRef[] {
  if (!entry.item.items) return [entry]
  return entry.item.items.flatMap(child =>
    leavesOf({ item: child, path: `${entry.path}/${child.id}`, required: entry.required && child.required })
  )
}

/** Every leaf of the checklist, in file order. */
export function allLeaves(checklist: Checklist): LeafRef[] {
  return [...walk(checklist)].filter(e => !e.item.items)
}
