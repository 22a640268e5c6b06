import type { ListItem, PhrasingContent } from 'mdast'
import { formatConfigError } from '../errors/config-error.js'
import type { RefusedCommand, Report, ReportItem } from '../report/report.js'
import { progressTable } from './progress.js'
import { BLOCKING_STATES, OPEN_STATES, SEVERITY_ORDER, type LeafState } from '../verdict/states.js'
import {
  authoredPhrasing,
  inlineCode,
  inlineMarkdown,
  itemMarkdown,
  itemsMarkdown,
  linkNode,
  listItem,
  html,
  phrasing,
  strong,
  text,
  words
} from '../text/markdown.js'

export const ICON: Record<LeafState, string> = {
  pass: '✅',
  fail: '❌',
  unknown: '❔',
  pending: '⏳',
  manual: '📝',
  waived: '🏳️',
  'signed-off': '✍️',
  skipped: '⏭️'
}
const VERDICT_ICON = { pass: '✅', fail: '❌', pending: '⏳' } as const

/**
 * "2 failing · 1 unknown · 3 manual outstanding · 1 advisory open · 20 passed": what blocks first
 * (required items only), then advisory items that are not done, then what passed.
 */
export function countsLine(report: Report): string {
  const required = (state: LeafState) => report.items.filter(i => i.required && i.state === state).length
  const advisoryOpen = report.items.filter(i => !i.required && OPEN_STATES.includes(i.state)).length
  const c = report.counts
  const parts = [
    required('fail') && `${required('fail')} failing`,
    required('unknown') && `${required('unknown')} unknown`,
    required('pending') && `${required('pending')} pending`,
    required('manual') && `${required('manual')} manual outstanding`,
    advisoryOpen && `${advisoryOpen} advisory open`,
    `${c.passed} passed`,
    c.skipped && `${c.skipped} skipped`
  ]
  return parts.filter(Boolean).join(' · ')
}

/** The headline as plain text (check-run title, log). */
export function headlineText(report: Report): string {
  if (report.errors.length > 0) return `${report.target.name}: configuration error`
  return `${report.target.name}: ${report.result} — ${report.title}`
}

function headline(report: Report): string {
  const icon = report.errors.length > 0 ? VERDICT_ICON.fail : VERDICT_ICON[report.result]
  return `### ${inlineMarkdown(text(`${icon} ${headlineText(report)}`))}`
}

const EDIT_VERB = {
  removed: 'removes',
  relaxed: 'relaxes',
  added: 'adds',
  changed: 'changes',
  tightened: 'tightens'
}

/** A GitHub note on what the PR does to its own checklist copy (untrusted text): relaxations first. */
function editNotice(report: Report): string[] {
  const edit = report.checklist_edit
  if (!edit) return []
  const lead = inlineMarkdown(
    text('This PR edits '),
    inlineCode(report.checklist.path),
    text(". Edits take effect after merge: this verdict uses the base branch's copy.")
  )
  const lines = [lead]
  if (edit.status === 'deleted') lines.push('The PR deletes the file.')
  if (edit.status === 'invalid') {
    lines.push(
      inlineMarkdown(
        text("The PR's copy has an error and would fail the gate: "),
        ...authoredPhrasing(edit.error)
      )
    )
  }
  if (edit.status === 'changed') {
    for (const c of edit.changes.slice(0, 20)) {
      const detail = c.detail ? [text(': '), ...authoredPhrasing(c.detail)] : []
      lines.push(
        itemMarkdown(
          listItem([text(`${EDIT_VERB[c.kind]} `), inlineCode(c.id), text(` (${c.title})`), ...detail])
        )
      )
    }
    if (edit.changes.length > 20) lines.push(`- …and ${edit.changes.length - 20} more changes`)
  }
  // A GitHub alert: every line of the quote is `> `-prefixed Markdown the serialiser wrote.
  return ['> [!NOTE]', ...lines.flatMap(l => l.split('\n')).map(l => `> ${l}`), '']
}

function whereNodes(item: ReportItem): PhrasingContent[] {
  return [html('<br>'), html('<sub>'), text([item.section, ...item.groups].join(' › ')), html('</sub>')]
}

/** Checklist warnings, quoted under the verdict: valid, but not what the author meant. */
function warningNotice(report: Report): string[] {
  if (report.warnings.length === 0) return []
  const lines = report.warnings.map(w => itemMarkdown(listItem(authoredPhrasing(w))))
  return ['> [!WARNING]', ...lines.flatMap(l => l.split('\n')).map(l => `> ${l}`), '']
}

/** How many item lines are written in one pass of the serialiser (a comment fills after a few hundred). */
const BATCH = 64

/**
 * Each item's line, written once however many renders (comment, check run, job summary) show it,
 * and in batches: the line asked for and the next ones of its block in one pass of the serialiser.
 */
function linesBy(node: (item: ReportItem) => ListItem): (items: ReportItem[]) => (() => string)[] {
  const written = new WeakMap<ReportItem, string>()
  return items =>
    items.map((item, i) => () => {
      let line = written.get(item)
      if (line === undefined) {
        const batch = items.slice(i, i + BATCH).filter(x => !written.has(x))
        itemsMarkdown(batch.map(node)).forEach((l, k) => written.set(batch[k], l))
        line = written.get(item)!
      }
      return line
    })
}

const itemLines = linesBy(item => {
  const evidence = item.url ? [text(' · '), linkNode('evidence', item.url)] : []
  const fix = item.fix ? [text(' '), strong(text('Fix:')), text(' '), ...authoredPhrasing(item.fix)] : []
  return listItem([
    text(`${ICON[item.state]} `),
    strong(text(item.title)),
    text(' '),
    inlineCode(item.id),
    text(' — '),
    ...phrasing(item.summary_parts),
    ...evidence,
    ...fix,
    ...whereNodes(item)
  ])
})

const manualLines = linesBy(item => {
  const owner = item.owner ? [text(' — owner '), inlineCode(item.owner)] : []
  const where = whereNodes(item)
  return listItem(
    [
      strong(text(item.title)),
      text(' '),
      inlineCode(item.id),
      ...owner,
      ...where.slice(0, 3),
      text(' · '),
      ...phrasing(item.summary_parts),
      where[3]
    ],
    false
  )
})

/** A refused command: who, where, what they wrote (inert) and why it was refused. */
function refusedLine(r: RefusedCommand): string {
  return itemMarkdown(
    listItem([
      text(`${ICON.fail} `),
      inlineCode(`@${r.by}`),
      text(' in '),
      linkNode('a comment', r.url),
      text(` (${r.at.slice(0, 16).replace('T', ' ')} UTC): `),
      inlineCode(r.command),
      text(' — '),
      ...phrasing(r.reason_parts)
    ])
  )
}

function errorLine(e: Report['errors'][number]): string {
  const fix = e.fix ? [html('<br>'), strong(text('Fix:')), text(' '), ...authoredPhrasing(e.fix)] : []
  return itemMarkdown(listItem([...authoredPhrasing(formatConfigError({ ...e, fix: undefined })), ...fix]))
}

/** How a budget is counted: UTF-16 characters (comments) or UTF-8 bytes (check runs, summaries). */
export type Measure = (text: string) => number
export const characters: Measure = t => t.length
export const utf8Bytes: Measure = t => Buffer.byteLength(t)

export interface BodyOptions {
  /** The most the body may measure, everything included. */
  budget?: number
  measure?: Measure
  /** Where the reader finds what did not fit. */
  elsewhere?: string
}

/**
 * The report as Markdown, most important first: what blocks, outstanding manual items, advisory
 * problems, then everything that passed folded away. Every line is counted against `budget`, the
 * headline and the edit notice included; what does not fit is replaced by a line saying so.
 */
export function renderBody(report: Report, options: BodyOptions = {}): string {
  const { budget = Infinity, measure = characters, elsewhere = 'the job summary' } = options
  const intro =
    report.errors.length > 0
      ? `The checklist could not be used, so nothing was verified and the gate fails. Fix ${report.errors.length === 1 ? 'this' : 'these'} and re-run:`
      : inlineMarkdown(
          strong(text(countsLine(report))),
          text(' on '),
          inlineCode(report.target.sha.slice(0, 7)),
          words(`${report.target.pr ? ` (head of #${report.target.pr})` : ''}, checklist `),
          inlineCode(report.checklist.path),
          // The label is the gate's ("main (base of #42)"): the PR reference may link; a ref name never pings.
          words(` from ${report.checklist.label.replace(/@/g, '@\u200b')}.`)
        )
  // Lines are written only when reached (a 2,000-item report fills a comment after a few hundred;
  // item lines a batch at a time), and once: the second layout, when the first did not fit, reuses them.
  const blocks: Block[] = [
    {
      lines: [
        headline(report),
        '',
        intro,
        '',
        ...(report.errors.length > 0 ? [] : progressTable(report)),
        ...editNotice(report),
        ...warningNotice(report)
      ].map(line => () => line)
    }
  ]
  const lazily =
    <T>(write: (x: T) => string) =>
    (x: T) => {
      let line: string | undefined
      return () => (line ??= write(x))
    }
  if (report.errors.length > 0) blocks.push({ lines: report.errors.map(lazily(errorLine)) })
  const by = (states: readonly LeafState[], required: boolean) =>
    report.items.filter(i => i.required === required && states.includes(i.state))
  const blocking = by(BLOCKING_STATES, true).sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.state) - SEVERITY_ORDER.indexOf(b.state)
  )
  const manual = by(['manual'], true)
  const advisory = by(OPEN_STATES, false)
  const waived = report.items.filter(i => i.state === 'waived')
  const refusedCommands = report.refused_commands ?? []
  const done = report.items.filter(i => !OPEN_STATES.includes(i.state) && i.state !== 'waived')
  if (blocking.length > 0)
    blocks.push({ title: `#### What blocks (${blocking.length})`, lines: itemLines(blocking) })
  if (manual.length > 0) {
    blocks.push({
      title: `#### Manual sign-off outstanding (${manual.length})`,
      lines: manualLines(manual)
    })
  }
  if (waived.length > 0) {
    blocks.push({ title: `#### Waived (${waived.length})`, lines: itemLines(waived) })
  }
  if (refusedCommands.length > 0) {
    blocks.push({
      title: `#### Refused commands (latest ${refusedCommands.length})`,
      lines: refusedCommands.map(lazily(refusedLine))
    })
  }
  if (advisory.length > 0) {
    blocks.push({
      title: `#### Advisory, not blocking (${advisory.length})`,
      lines: itemLines(advisory)
    })
  }
  if (done.length > 0) {
    blocks.push({
      fold: `${ICON.pass} ${done.length} passed, signed off or skipped`,
      lines: itemLines(done)
    })
  }

  const footer = report.run_url
    ? [
        '',
        `<sub>${inlineMarkdown(linkNode('Full report in the job summary', report.run_url))} · Readiness Gate</sub>`
      ]
    : []
  const cutNotice = (n: number) =>
    n === 0
      ? `_…the rest is not shown here (size limit): see ${elsewhere} or the JSON report._`
      : `_…${n} more item${n === 1 ? '' : 's'} not shown here (size limit): see ${elsewhere} or the JSON report._`
  const whole = (room: number) => layout(blocks, footer, measure, room, cutNotice)
  // Everything, when it fits; else cut with room for the footer and the longest cut notice.
  const all = whole(budget)
  if (!all.cut && measure(all.text) <= budget) return all.text
  return whole(budget - measure([...footer, cutNotice(999_999)].join('\n')) - 2).text
}

interface Block {
  title?: string
  /** Each line, written when first asked for. */
  lines: (() => string)[]
  fold?: string
}

/** The blocks in order, each line while the running size stays within `room`; then the footer. */
function layout(
  blocks: Block[],
  footer: string[],
  measure: Measure,
  room: number,
  cutNotice: (items: number) => string
): { text: string; cut: boolean } {
  let size = 0
  const out: string[] = []
  let cut = 0
  let cutItems = 0
  for (const [index, block] of blocks.entries()) {
    const opening = block.fold
      ? ['<details>', `<summary>${block.fold}</summary>`, '']
      : block.title
        ? [block.title, '']
        : []
    const closing = block.fold ? ['', '</details>', ''] : block.title ? [''] : []
    const fixed = measure([...opening, ...closing].join('\n')) + 1
    const fits: string[] = []
    for (const write of block.lines) {
      if (cut === 0) {
        const line = write()
        const cost = measure(line) + 1 + (fits.length === 0 ? fixed : 0)
        if (size + cost <= room) {
          fits.push(line)
          size += cost
          continue
        }
      }
      cut++
      if (index > 0) cutItems++
    }
    if (fits.length > 0) out.push(...opening, ...fits, ...closing)
  }
  if (cut > 0) out.push(cutNotice(cutItems))
  out.push(...footer)
  return { text: out.join('\n').trimEnd() + '\n', cut: cut > 0 }
}
