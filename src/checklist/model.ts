import type { CheckSpec, Signoff } from './schema.js'

/** A checklist item after validation, with defaults applied and its place in the file. */
export interface ChecklistItem {
  id: string
  title: string
  description?: string
  /** As written on the item; whether it blocks also depends on its groups (see `LeafResult.required`). */
  required: boolean
  owner?: string
  check?: CheckSpec
  signoff?: Signoff
  items?: ChecklistItem[]
  line: number
  column: number
}

export interface ChecklistSection {
  title: string
  items: ChecklistItem[]
  line: number
}

export interface Checklist {
  version: 1
  title?: string
  sections: ChecklistSection[]
}

/** Where a checklist was read from. */
export interface ChecklistSource {
  path: string
  /** The ref it was read at: a branch name (a PR's base) or a commit SHA. */
  ref: string
  /** The same for a person, e.g. "main (base of #42)". */
  label: string
}
