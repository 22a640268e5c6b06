import { z } from 'zod'

/**
 * A JSON report as another run wrote it (the action's `report` output, or `audit --json`): read
 * back for a rollup. Only what a rollup shows is required; other fields pass through untouched, so
 * reports from later versions still read.
 */
const State = z.enum(['pass', 'fail', 'pending', 'unknown', 'manual', 'signed-off', 'skipped'])
const count = z.number().int().min(0)

export const ReportFileShape = z.object({
  version: z.literal(1),
  result: z.enum(['pass', 'fail', 'pending']),
  title: z.string().optional(),
  checklist: z.object({ path: z.string(), ref: z.string(), label: z.string().optional() }),
  target: z.object({ repo: z.string(), sha: z.string(), pr: z.number().int().nullable() }),
  counts: z.object({
    passed: count,
    failed: count,
    pending: count,
    unknown: count,
    manual: count,
    skipped: count.optional(),
    total: count.optional()
  }),
  items: z.array(z.object({ path: z.string(), title: z.string(), required: z.boolean(), state: State })),
  errors: z.array(z.object({ message: z.string() })).optional(),
  run_url: z.string().nullable().optional()
})
export type ReportFile = z.infer<typeof ReportFileShape>

/** The report in `text`, or what is wrong with it. */
export function parseReportFile(
  text: string
): { ok: true; report: ReportFile } | { ok: false; problem: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: `not JSON (${(error as Error).message})` }
  }
  const parsed = ReportFileShape.safeParse(data)
  if (parsed.success) return { ok: true, report: parsed.data }
  const issue = parsed.error.issues[0]
  const at = issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ` : ''
  return { ok: false, problem: `not a Readiness Gate JSON report (${at}${issue.message})` }
}
