import type { Report } from '../report/report.js'
import { countsLine } from './body.js'
import { clip } from './limits.js'
import { authored, plainText } from '../text/phrase.js'

/** GitHub refuses commit-status descriptions over 140 characters. */
export const STATUS_DESCRIPTION_LIMIT = 140

export type CommitState = 'success' | 'failure' | 'pending'

export function statusState(report: Report): CommitState {
  return report.result === 'pass' ? 'success' : report.result === 'pending' ? 'pending' : 'failure'
}

/** Plain text (statuses do not render Markdown), counts first, at most 140 characters. */
export function statusDescription(report: Report): string {
  const text =
    report.errors.length > 0
      ? `Configuration error: ${plainText(authored(report.errors[0].message))}`
      : `${report.result}: ${countsLine(report)}`
  return clip(text.replace(/\s+/g, ' '), STATUS_DESCRIPTION_LIMIT)
}
