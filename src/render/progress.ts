import type { Table, TableRow } from 'mdast'
import type { Report } from '../report/report.js'
import { serialize, text, words } from '../text/markdown.js'
import type { LeafState } from '../verdict/states.js'

/** What counts as done in the progress table. */
export const DONE_STATES: readonly LeafState[] = ['pass', 'signed-off', 'waived']
const BAR_WIDTH = 10

/** `███████░░░`: done out of total, in tenths (a started section shows at least one block). */
export function progressBar(done: number, total: number): string {
  const filled =
    total === 0
      ? 0
      : done === total
        ? BAR_WIDTH
        : Math.max(done > 0 ? 1 : 0, Math.floor((done / total) * BAR_WIDTH))
  return '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled)
}

/** Per section: leaves done (passed, signed off or waived) against those that apply (skipped ones do not). */
export function sectionProgress(report: Report): { section: string; done: number; total: number }[] {
  const rows = new Map<string, { done: number; total: number }>()
  for (const item of report.items) {
    const row = rows.get(item.section) ?? { done: 0, total: 0 }
    if (item.state !== 'skipped') {
      row.total += 1
      if (DONE_STATES.includes(item.state)) row.done += 1
    }
    rows.set(item.section, row)
  }
  return [...rows].map(([section, r]) => ({ section, ...r }))
}

/** The progress table that opens the comment and the job summary (section titles are outside text). */
export function progressTable(report: Report): string[] {
  const rows = sectionProgress(report)
  if (rows.length === 0) return []
  const cell = (value: string, outside = false) => ({
    type: 'tableCell' as const,
    children: [outside ? text(value) : words(value)]
  })
  const row = (cells: ReturnType<typeof cell>[]): TableRow => ({ type: 'tableRow', children: cells })
  const table: Table = {
    type: 'table',
    align: [null, 'right', null],
    children: [
      row([cell('Section'), cell('Done'), cell('Progress')]),
      ...rows.map(r =>
        row([
          cell(r.section, true),
          cell(`${r.done}/${r.total}`),
          cell(`${progressBar(r.done, r.total)} ${r.total === 0 ? 0 : Math.round((r.done / r.total) * 100)}%`)
        ])
      )
    ]
  }
  return [serialize([table]), '']
}
