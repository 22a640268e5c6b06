import type { Phrase } from '../text/phrase.js'
import type { CheckSpec, Signoff } from './schema.js'

/** A checklist item after validation, with defaults applied and its place in the file. */
export interface ChecklistItem {
  id: string
  title: string
  description?: string
  /** As written on the item; whether it blocks also depends on its groups (see `LeafResult.required`). */
  required: boolean
  /** The owners as written, joined with ", " (for display). */
  owner?: string
  /** Each owner: `@user` or `@org/team`. */
  owners?: string[]
  check?: CheckSpec
  signoff?: CommittedSignoff
  items?: ChecklistItem[]
  line: number
  column: number
  /** Markdown checklists: the task item's box, as written in the file. */
  checkbox?: Checkbox
}

/**
 * A committed attestation: a YAML `signoff`, or a checked box in a Markdown checklist attributed
 * through the blame of its line (then `url` links the commit that checked it).
 */
export interface CommittedSignoff extends Signoff {
  url?: string
}

/** A Markdown task item's box. A checked box on a manual item is a sign-off once its commit is known. */
export interface Checkbox {
  checked: boolean
  /**
   * Why a checked box counts for nothing (yet): the blame of its line could not be read, or the copy
   * is not the base branch's. `state` is what the item is then: `unknown` (cannot verify) or `manual`.
   */
  unverified?: { state: 'unknown' | 'manual'; reason: Phrase; fix: string }
}

export interface ChecklistSection {
  title: string
  items: ChecklistItem[]
  line: number
}

/** A committed waiver, with its place in the file. */
export interface CommittedWaiver {
  item: string
  by: string
  until: string
  reason: string
  line: number
  column: number
}

export interface Checklist {
  version: 1
  title?: string
  /** Release managers: `@user` or `@org/team`. */
  approvers?: string[]
  /** Whether a PR's author may sign off and waive items of their own PR. */
  selfSignoff?: boolean
  /** `signoff-max-age` as written (e.g. `7d`), when set. */
  signoffMaxAge?: string
  waivers?: CommittedWaiver[]
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
