import type { Report } from '../report/report.js'
import { plainText, authored } from '../text/phrase.js'
import { BLOCKING_STATES, OPEN_STATES } from '../verdict/states.js'
import { countsLine, renderBody, utf8Bytes } from './body.js'
import { clip, clipBytes } from './limits.js'

/**
 * GitHub's limits for a check run's output: `summary` and `text` 65,535 characters (counted here in
 * UTF-8 bytes, which is never fewer), `title` and each annotation's `title` 255 characters, an
 * annotation's `message` and `raw_details` 64 KB; annotations go 50 to a request.
 */
export const CHECK_SUMMARY_BYTES = 65_535
export const CHECK_TITLE_CHARS = 255
export const ANNOTATION_TITLE_CHARS = 255
export const ANNOTATION_MESSAGE_BYTES = 64 * 1024
export const ANNOTATIONS_PER_REQUEST = 50
/**
 * Annotations beyond these add nothing a reader can use (the report lists every item) and cost one
 * write a batch: blocking items first, then the rest.
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
    report.items.every(i => !i.required || !BLOCKING_STATES.includes(i.state))
  const conclusion =
    report.result === 'pending'
      ? undefined
      : report.result === 'pass'
        ? 'success'
        : onlyManual
          ? 'action_required'
          : 'failure'
  const title =
    report.errors.length > 0
      ? 'Configuration error in the checklist'
      : `${report.result}: ${countsLine(report)}`
  return {
    conclusion,
    status: report.result === 'pending' ? 'in_progress' : 'completed',
    title: clip(title, CHECK_TITLE_CHARS),
    summary: renderBody(report, { budget: CHECK_SUMMARY_BYTES, measure: utf8Bytes }),
    annotations: annotations(report)
  }
}

function annotation(
  path: string,
  line: number,
  level: Annotation['annotation_level'],
  title: string,
  message: string
): Annotation {
  return {
    path,
    start_line: line,
    end_line: line,
    annotation_level: level,
    title: clip(title.replace(/\s+/g, ' '), ANNOTATION_TITLE_CHARS),
    message: clipBytes(message, ANNOTATION_MESSAGE_BYTES)
  }
}

function annotations(report: Report): Annotation[] {
  const path = report.checklist.path
  if (report.errors.length > 0) {
    return report.errors.map(e =>
      annotation(
        path,
        e.line ?? 1,
        'failure',
        'Checklist error',
        plainText(authored(`${e.message}${e.fix ? `\n${e.fix}` : ''}`))
      )
    )
  }
  const rank = (i: Report['items'][number]) => (i.required ? 0 : 2) + (i.state === 'manual' ? 1 : 0)
  return report.items
    .filter(i => OPEN_STATES.includes(i.state))
    .sort((a, b) => rank(a) - rank(b) || a.line - b.line)
    .slice(0, MAX_ANNOTATIONS)
    .map(i =>
      annotation(
        path,
        i.line,
        i.required && i.state !== 'manual' ? 'failure' : 'warning',
        `${i.title} (${i.state})`,
        `${plainText(i.summary_parts)}${i.fix ? `\nFix: ${plainText(authored(i.fix))}` : ''}`
      )
    )
}
