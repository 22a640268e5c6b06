import type { Report } from '../report/report.js'
import { countsLine, renderBody } from './body.js'

/** GitHub refuses check-run summaries over 65,535 bytes; annotations go 50 to a request. */
export const CHECK_SUMMARY_BYTES = 65_535
export const ANNOTATIONS_PER_REQUEST = 50
/**
 * Annotations beyond these add nothing a reader can use (the report lists every item) and cost one
 * write a batch, each spaced by the throttling plugin: blocking items first, then the rest.
 */
export const MAX_ANNOTATIONS = 100

export interface CheckRunOutput {
  conclusion: 'success' | 'failure' | 'action_required' | undefined
  status: 'completed' | 'in_progress'
  title: string
  summary: string
  annotations: Annotation[]
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

export function renderCheckRun(report: Report): CheckRunOutput {
  const onlyManual =
    report.result === 'fail' &&
    report.errors.length === 0 &&
    report.items.every(i => !i.required || !['fail', 'unknown', 'pending'].includes(i.state))
  const conclusion =
    report.result === 'pending'
      ? undefined
      : report.result === 'pass'
        ? 'success'
        : onlyManual
          ? 'action_required'
          : 'failure'
  // A byte budget: Markdown is mostly ASCII, but titles may not be, so leave a generous margin.
  let summary = renderBody(report, CHECK_SUMMARY_BYTES / 2)
  // UTF-16 units take at most 3 UTF-8 bytes each, so a quarter always fits.
  if (Buffer.byteLength(summary) > CHECK_SUMMARY_BYTES) summary = renderBody(report, CHECK_SUMMARY_BYTES / 4)
  const title =
    report.errors.length > 0
      ? 'Configuration error in the checklist'
      : `${report.result}: ${countsLine(report)}`
  return {
    conclusion,
    status: report.result === 'pending' ? 'in_progress' : 'completed',
    title: title.slice(0, 1000),
    summary,
    annotations: annotations(report)
  }
}

function annotations(report: Report): Annotation[] {
  const path = report.checklist.path
  if (report.errors.length > 0) {
    return report.errors.map(e => ({
      path,
      start_line: e.line ?? 1,
      end_line: e.line ?? 1,
      annotation_level: 'failure',
      title: 'Checklist error',
      message: `${e.message}${e.fix ? `\n${e.fix}` : ''}`
    }))
  }
  const rank = (i: Report['items'][number]) => (i.required ? 0 : 2) + (i.state === 'manual' ? 1 : 0)
  return report.items
    .filter(i => ['fail', 'unknown', 'pending', 'manual'].includes(i.state))
    .sort((a, b) => rank(a) - rank(b) || a.line - b.line)
    .slice(0, MAX_ANNOTATIONS)
    .map(i => ({
      path,
      start_line: i.line,
      end_line: i.line,
      annotation_level: i.required && i.state !== 'manual' ? 'failure' : 'warning',
      title: `${i.title} (${i.state})`,
      message: `${i.summary.replace(/`/g, '')}${i.fix ? `\nFix: ${i.fix}` : ''}`
    }))
}
