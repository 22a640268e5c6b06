import type { TableRow } from 'mdast'
import type { ReportFile } from '../report/report-file.js'
import {
  authoredPhrasing,
  inlineCode,
  linkNode,
  paragraph,
  serialize,
  text,
  words
} from '../text/markdown.js'
import { OPEN_STATES, SEVERITY_ORDER, type Verdict } from '../verdict/states.js'

/** One repository's line in a rollup; `error` when its report could not be read or its checklist not loaded. */
export interface RollupRow {
  source: string
  repo: string
  target: string
  sha: string | null
  pr: number | null
  result: Verdict | 'error'
  counts: { passed: number; failed: number; unknown: number; pending: number; manual: number }
  /** Required items that block, by path, worst first. */
  blocking: string[]
  error: string | null
  run_url: string | null
}

export interface Rollup {
  version: 1
  totals: Record<Verdict | 'error', number>
  repositories: RollupRow[]
}

const ORDER: Record<RollupRow['result'], number> = { error: 0, fail: 1, pending: 2, pass: 3 }
const ZERO = { passed: 0, failed: 0, unknown: 0, pending: 0, manual: 0 }

/** A readable report as a row. */
export function rowOf(source: string, r: ReportFile): RollupRow {
  const configError = (r.errors ?? []).length > 0
  const blocking = r.items
    .filter(i => i.required && OPEN_STATES.includes(i.state))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.state) - SEVERITY_ORDER.indexOf(b.state))
    .map(i => i.path)
  return {
    source,
    repo: r.target.repo,
    target: r.target.pr ? `#${r.target.pr}` : (r.checklist.label ?? r.target.sha.slice(0, 7)),
    sha: r.target.sha,
    pr: r.target.pr,
    result: configError ? 'error' : r.result,
    counts: {
      passed: r.counts.passed,
      failed: r.counts.failed,
      unknown: r.counts.unknown,
      pending: r.counts.pending,
      manual: r.counts.manual
    },
    blocking,
    error: configError ? `configuration error: ${(r.errors ?? [])[0].message}` : null,
    run_url: r.run_url ?? null
  }
}

/** A file that held no readable report: an error row, so a rollup never hides a repository. */
export function unreadableRow(source: string, problem: string): RollupRow {
  return {
    source,
    repo: source,
    target: '',
    sha: null,
    pr: null,
    result: 'error',
    counts: ZERO,
    blocking: [],
    error: problem,
    run_url: null
  }
}

/** The rows worst first, then by repository, with the totals. */
export function rollupOf(rows: readonly RollupRow[]): Rollup {
  const repositories = [...rows].sort(
    (a, b) =>
      ORDER[a.result] - ORDER[b.result] || a.repo.localeCompare(b.repo) || a.target.localeCompare(b.target)
  )
  const totals = { pass: 0, fail: 0, pending: 0, error: 0 }
  for (const r of repositories) totals[r.result]++
  return { version: 1, totals, repositories }
}

const ICON: Record<RollupRow['result'], string> = { pass: '✅', fail: '❌', pending: '⏳', error: '⚠️' }

/**
 * The rollup as one GitHub Markdown table. Every value comes from report files, which anyone who can
 * upload an artifact wrote: it enters as text or code nodes only, so it renders inert.
 */
export function renderRollup(rollup: Rollup, options: { maxBlocking?: number } = {}): string {
  const max = options.maxBlocking ?? 5
  const t = rollup.totals
  const n = rollup.repositories.length
  const headline = `### Readiness rollup: ${n} ${n === 1 ? 'repository' : 'repositories'}`
  const summary = [
    `${t.fail} failing`,
    `${t.pending} pending`,
    `${t.pass} passing`,
    t.error > 0 ? `${t.error} with errors` : undefined
  ]
    .filter(Boolean)
    .join(' · ')
  const cell = (...children: Parameters<typeof paragraph>) => ({ type: 'tableCell' as const, children })
  const header: TableRow = {
    type: 'tableRow',
    children: [
      'Repository',
      'Target',
      'Result',
      'Failing',
      'Unknown',
      'Pending',
      'Manual',
      'Passed',
      'Blocking'
    ].map(h => cell(words(h)))
  }
  const rows: TableRow[] = rollup.repositories.map(r => {
    const blocking = r.blocking
      .slice(0, max)
      .flatMap((p, i) => (i === 0 ? [inlineCode(p)] : [words(', '), inlineCode(p)]))
    if (r.blocking.length > max) blocking.push(words(` and ${r.blocking.length - max} more`))
    return {
      type: 'tableRow',
      children: [
        cell(text(r.repo)),
        cell(r.run_url ? linkNode(r.target || 'run', r.run_url) : text(r.target)),
        cell(words(`${ICON[r.result]} ${r.result}`)),
        cell(words(String(r.counts.failed))),
        cell(words(String(r.counts.unknown))),
        cell(words(String(r.counts.pending))),
        cell(words(String(r.counts.manual))),
        cell(words(String(r.counts.passed))),
        // The gate's own words, with names from the report in code spans.
        cell(...(r.error ? authoredPhrasing(r.error) : blocking))
      ]
    }
  })
  return [
    headline,
    '',
    summary,
    '',
    serialize([
      {
        type: 'table',
        align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
        children: [header, ...rows]
      }
    ])
  ].join('\n')
}
