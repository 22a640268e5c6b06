import type { ChecklistSource } from '../checklist/model.js'
import type { ChecklistEdit } from '../checklist/diff.js'
import type { ConfigError } from '../errors/config-error.js'
import type { Target } from '../event/target.js'
import type { Judgement } from '../attestations/model.js'
import type { Evaluation } from '../evaluate/evaluate-checklist.js'
import type { SignoffRecord, WaiverRecord } from '../evaluate/outcome.js'
import { markdownsOf } from '../text/markdown.js'
import { plainText, type Phrase } from '../text/phrase.js'
import { countStates, type Counts, type LeafState, type Verdict } from '../verdict/states.js'

/** One leaf item of the JSON report (docs/publishing.md), with `groups` and `fix` for the renderers. */
export interface ReportItem {
  id: string
  path: string
  line: number
  title: string
  section: string
  groups: string[]
  owner: string | null
  required: boolean
  state: LeafState
  /** What was found, as Markdown made safe (outside text escaped, names in code spans). */
  summary: string
  /** The same as structured text: plain strings, `{ code }` names and `{ text, url }` links. */
  summary_parts: Phrase
  url: string | null
  fix: string | null
  /** Who signed the item off, when and where (signed-off items). */
  signoff?: SignoffRecord
  /** The waiver that holds on the item. */
  waiver?: WaiverRecord
}

/** A command that was refused, with the reason (the latest ten are reported). */
export interface RefusedCommand {
  by: string
  at: string
  url: string
  /** The command line as written (untrusted). */
  command: string
  reason: string
  reason_parts: Phrase
}

/** How many refused commands the report keeps: the latest. */
export const MAX_REFUSED = 10

/** The report model every renderer reads; serialised as the JSON report. */
export interface Report {
  version: 1
  result: Verdict
  title: string
  checklist: ChecklistSource
  target: { repo: string; sha: string; pr: number | null; kind: Target['kind']; name: string }
  counts: Counts
  items: ReportItem[]
  /** Configuration errors; when present, `items` is empty and the result is `fail`. */
  errors: ConfigError[]
  /** Checklist warnings: valid, but not meaning what it says (e.g. a required group that never blocks). */
  warnings: string[]
  /** Link to the run's job summary. */
  run_url: string | null
  /** What the PR does to its own copy of the checklist (effective after merge); null when nothing. */
  checklist_edit: ChecklistEdit | null
  /** The latest refused commands, newest last. */
  refused_commands?: RefusedCommand[]
}

interface ReportBase {
  repo: string
  target: Target
  checklist: ChecklistSource
  title?: string
  runUrl?: string
  edit?: ChecklistEdit
  warnings?: string[]
  judgements?: Judgement[]
}

function baseOf(b: ReportBase) {
  return {
    version: 1 as const,
    title: b.title ?? 'Production readiness',
    checklist: b.checklist,
    target: {
      repo: b.repo,
      sha: b.target.sha,
      pr: b.target.pr?.number ?? null,
      kind: b.target.kind,
      name: b.target.statusName
    },
    run_url: b.runUrl ?? null,
    checklist_edit: b.edit ?? null,
    refused_commands: (b.judgements ?? [])
      .filter(j => !j.applied)
      .slice(-MAX_REFUSED)
      .map((j): RefusedCommand => ({
        by: j.by,
        at: j.at,
        url: j.url,
        command: j.command,
        reason: plainText(j.reason ?? []),
        reason_parts: j.reason ?? []
      }))
  }
}

export function buildReport(evaluation: Evaluation, base: ReportBase): Report {
  const summaries = markdownsOf(evaluation.leaves.map(l => l.outcome.summary))
  const items = evaluation.leaves.map((l, i): ReportItem => ({
    id: l.item.id,
    path: l.path,
    line: l.item.line,
    title: l.item.title,
    section: l.section,
    groups: l.groups,
    owner: l.item.owner ?? null,
    required: l.required,
    state: l.outcome.state,
    summary: summaries[i],
    summary_parts: l.outcome.summary,
    url: l.outcome.url ?? null,
    fix: l.outcome.fix ?? null,
    ...(l.outcome.signoff ? { signoff: l.outcome.signoff } : {}),
    ...(l.waiver ? { waiver: l.waiver } : {})
  }))
  return {
    ...baseOf(base),
    result: evaluation.verdict,
    counts: countStates(items.map(i => i.state)),
    items,
    errors: [],
    warnings: base.warnings ?? []
  }
}

/** A configuration error is a failing verdict whose text is the error. */
export function buildErrorReport(errors: ConfigError[], base: ReportBase): Report {
  return { ...baseOf(base), result: 'fail', counts: countStates([]), items: [], errors, warnings: [] }
}
