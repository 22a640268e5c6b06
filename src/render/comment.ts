import type { Report } from '../report/report.js'
import { characters, renderBody } from './body.js'
import { inlineMarkdown, text } from '../text/markdown.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536

/** The hidden marker that finds the sticky comment again: one per checklist file. */
export function commentMarker(checklistPath: string): string {
  return `<!-- readiness-gate checklist=${encodeURIComponent(checklistPath)} -->`
}

export interface CommentExtras {
  /** Plain-text notes shown as a quote under the report (they count against the limit too). */
  notices?: string[]
}

/** The sticky comment: marker, report and notices, at most COMMENT_LIMIT characters in all. */
export function renderComment(report: Report, extras: CommentExtras = {}): string {
  const marker = commentMarker(report.checklist.path)
  const notices = (extras.notices ?? []).map(n => `> ${inlineMarkdown(text(n))}`).join('\n')
  // marker \n body [\n notices]: the body gets exactly what the rest leaves of the limit.
  const rest = characters(marker) + 1 + (notices ? 1 + characters(notices) : 0)
  const body = renderBody(report, { budget: COMMENT_LIMIT - rest, measure: characters })
  return [marker, body, notices].filter(Boolean).join('\n')
}
