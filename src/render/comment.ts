import type { Report } from '../report/report.js'
import { renderBody } from './body.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536

/** The hidden marker that finds the sticky comment again: one per checklist file. */
export function commentMarker(checklistPath: string): string {
  return `<!-- readiness-gate checklist=${encodeURIComponent(checklistPath)} -->`
}

export interface CommentExtras {
  /** Lines about the PR's own edits to the checklist, shown under the verdict. */
  notices?: string[]
}

export function renderComment(report: Report, extras: CommentExtras = {}): string {
  const marker = commentMarker(report.checklist.path)
  const notices = (extras.notices ?? []).map(n => `> ${n}`).join('\n')
  const reserve = marker.length + notices.length + 10
  const body = renderBody(report, COMMENT_LIMIT - reserve)
  return [marker, body, notices].filter(Boolean).join('\n')
}
