import { formatConfigError } from '../errors/config-error.js'
import type { Report, ReportItem } from '../report/report.js'
import { SEVERITY_ORDER, type LeafState } from '../verdict/states.js'
import { code, inline, link, safeMarkdown } from './markdown.js'

export const ICON: Record<LeafState, string> = {
  pass: '✅',
  fail: '❌',
  unknown: '❔',
  pending: '⏳',
  manual: '📝',
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
  const advisoryOpen = report.items.filter(i => !i.required && OPEN.includes(i.state)).length
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

const OPEN: readonly LeafState[] = ['fail', 'unknown', 'pending', 'manual']

export function headline(report: Report): string {
  if (report.errors.length > 0)
    return `${VERDICT_ICON.fail} ${inline(report.target.name)}: configuration error`
  return `${VERDICT_ICON[report.result]} ${inline(report.target.name)}: ${report.result} — ${inline(report.title)}`
}

const EDIT_VERB = {
  removed: 'removes',
  relaxed: 'relaxes',
  added: 'adds',
  changed: 'changes',
  tightened: 'tightens'
}

/** A quoted note on what the PR does to its own checklist copy; relaxations first, capped. */
function editNotice(report: Report): string[] {
  const edit = report.checklist_edit
  if (!edit) return []
  const file = code(report.checklist.path)
  const lead = `> [!NOTE]\n> This PR edits ${file}. Edits take effect after merge: this verdict uses the base branch's copy.`
  if (edit.status === 'deleted') return [`${lead}\n> The PR deletes the file.`, '']
  if (edit.status === 'invalid')
    return [`${lead}\n> The PR's copy has an error and would fail the gate: ${inline(edit.error)}`, '']
  const shown = edit.changes.slice(0, 20).map(c => {
    const detail = c.detail ? `: ${inline(c.detail)}` : ''
    return `> - ${EDIT_VERB[c.kind]} ${code(c.id)} (${inline(c.title)})${detail}`
  })
  const more = edit.changes.length > 20 ? [`> - …and ${edit.changes.length - 20} more changes`] : []
  return [lead, ...shown, ...more, '']
}

/** Checklist warnings, quoted under the verdict: valid, but not what the author meant. */
function warningNotice(report: Report): string[] {
  if (report.warnings.length === 0) return []
  return ['> [!WARNING]', ...report.warnings.map(w => `> - ${safeMarkdown(w)}`), '']
}

function where(item: ReportItem): string {
  return [item.section, ...item.groups].map(inline).join(' › ')
}

function itemLine(item: ReportItem): string {
  const evidence = item.url ? ` · ${link('evidence', item.url)}` : ''
  const fix = item.fix ? ` **Fix:** ${inline(item.fix)}` : ''
  return `- ${ICON[item.state]} **${inline(item.title)}** ${code(item.id)} — ${safeMarkdown(item.summary)}${evidence}${fix}<br><sub>${where(item)}</sub>`
}

function manualLine(item: ReportItem): string {
  const owner = item.owner ? ` — owner ${code(item.owner)}` : ''
  return `- [ ] **${inline(item.title)}** ${code(item.id)}${owner}<br><sub>${where(item)} · ${safeMarkdown(item.summary)}</sub>`
}

/**
 * The report as Markdown, most important first: what blocks, outstanding manual items, advisory
 * problems, then everything that passed folded away. Lines are added while they fit in `budget`
 * characters; the rest is replaced by a line saying what was left out and where to find it.
 */
export function renderBody(report: Report, budget = Infinity, elsewhere = 'the job summary'): string {
  const head = [
    `### ${headline(report)}`,
    '',
    report.errors.length > 0
      ? `The checklist could not be used, so nothing was verified and the gate fails. Fix ${report.errors.length === 1 ? 'this' : 'these'} and re-run:`
      : `**${countsLine(report)}** on ${code(report.target.sha.slice(0, 7))}${report.target.pr ? ` (head of #${report.target.pr})` : ''}, checklist ${code(report.checklist.path)} from ${inline(report.checklist.label)}.`,
    ''
  ]
  head.push(...editNotice(report), ...warningNotice(report))
  const blocks: { title?: string; lines: string[]; fold?: string }[] = []
  if (report.errors.length > 0) {
    blocks.push({
      lines: report.errors.map(
        e =>
          `- ${inline(formatConfigError({ ...e, fix: undefined }))}${e.fix ? `<br>**Fix:** ${inline(e.fix)}` : ''}`
      )
    })
  }
  const by = (states: LeafState[], required: boolean) =>
    report.items.filter(i => i.required === required && states.includes(i.state))
  const blocking = by(['fail', 'unknown', 'pending'], true)
  const manual = by(['manual'], true)
  const advisory = report.items.filter(
    i => !i.required && ['fail', 'unknown', 'pending', 'manual'].includes(i.state)
  )
  const done = report.items.filter(i => ['pass', 'signed-off', 'skipped'].includes(i.state))
  blocking.sort((a, b) => SEVERITY_ORDER.indexOf(a.state) - SEVERITY_ORDER.indexOf(b.state))
  if (blocking.length > 0)
    blocks.push({ title: `#### What blocks (${blocking.length})`, lines: blocking.map(itemLine) })
  if (manual.length > 0) {
    blocks.push({
      title: `#### Manual sign-off outstanding (${manual.length})`,
      lines: manual.map(manualLine)
    })
  }
  if (advisory.length > 0) {
    blocks.push({ title: `#### Advisory, not blocking (${advisory.length})`, lines: advisory.map(itemLine) })
  }
  if (done.length > 0) {
    blocks.push({
      fold: `${ICON.pass} ${done.length} passed, signed off or skipped`,
      lines: done.map(itemLine)
    })
  }

  const footer = report.run_url
    ? ['', `<sub>${link('Full report in the job summary', report.run_url)} · Readiness Gate</sub>`]
    : []
  const out = [...head]
  let size = [...head, ...footer].join('\n').length + 300 // room for the cut notice and folds
  let cut = 0
  for (const block of blocks) {
    const opening = block.fold
      ? ['<details>', `<summary>${block.fold}</summary>`, '']
      : block.title
        ? [block.title, '']
        : []
    const closing = block.fold ? ['', '</details>', ''] : ['']
    const fixed = [...opening, ...closing].join('\n').length
    const fits: string[] = []
    for (const line of block.lines) {
      if (cut === 0 && size + fixed + line.length + 1 <= budget) {
        fits.push(line)
        size += line.length + 1
      } else {
        cut++
      }
    }
    if (fits.length > 0) {
      out.push(...opening, ...fits, ...closing)
      size += fixed
    }
  }
  if (cut > 0)
    out.push(
      `_…${cut} more item${cut === 1 ? '' : 's'} not shown here (size limit): see ${elsewhere} or the JSON report._`
    )
  out.push(...footer)
  return out.join('\n').trimEnd() + '\n'
}
