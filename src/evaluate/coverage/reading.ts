// What every coverage source yields: a figure with where it came from, or an outcome saying why not.
import type { CheckSpec } from '../../checklist/schema.js'
import { FORMAT_LABEL, type FormatOption, ReportError } from '../../coverage/model.js'
import type { ReportFile } from '../../coverage/read.js'
import { code, say, type Phrase } from '../../text/phrase.js'
import { type EvalContext, type Outcome } from '../outcome.js'

export type CoverageCheck = Extract<CheckSpec, { type: 'coverage' }>

/** Most bytes of an artifact archive the gate downloads. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024

/** A coverage figure and where it came from. */
export interface Figure {
  percent: number
  /** "statement" for Go (as `go tool cover` counts), else "line". */
  unit: 'line' | 'statement'
  /** e.g. "lcov, 2 reports merged". */
  detail: string
  /** e.g. "artifact `coverage`" (Markdown). */
  source: Phrase
  url?: string
  /** The figure as a status text wrote it ("81.25"), shown as is. */
  asWritten?: string
}

export type Reading = { figure: Figure } | { outcome: Outcome }
export type Role = 'head' | 'base'

type Parsers = typeof import('../../coverage/zip.js') & typeof import('../../coverage/read.js')
let parsers: Promise<Parsers> | undefined

/**
 * The report readers (zip, lcov, XML and the rest), loaded when a report is first read (beside an
 * archive's download): a checklist without coverage items never loads them, and one with them does
 * not wait for them before its first request.
 */
export function reportParsers(): Promise<Parsers> {
  return (parsers ??= Promise.all([import('../../coverage/zip.js'), import('../../coverage/read.js')]).then(
    ([zip, read]) => ({ ...zip, ...read })
  ))
}

/** A figure measured from report files, or why none could be. */
export type Measured = Omit<Figure, 'source' | 'url'> | { problem: Error }

/** The figure of report files (merged per source file), as the reader shows it. */
export async function measure(
  files: ReportFile[],
  format: FormatOption | undefined,
  ctx: EvalContext
): Promise<Measured> {
  const { readCoverage } = await reportParsers()
  const figure = await readCoverage(files, {
    format,
    paths: { repo: ctx.gateway.repo.repo, workspace: process.env.GITHUB_WORKSPACE }
  })
  const merged = figure.reports.length > 1 ? `, ${figure.reports.length} reports merged` : ''
  return {
    percent: figure.percent,
    unit: figure.format === 'go' ? 'statement' : 'line',
    detail: `${FORMAT_LABEL[figure.format]}${merged}: ${figure.covered} of ${figure.total}`
  }
}

/** A report that cannot be used is `unknown`, naming the file and what is wrong with it. */
export async function reportProblem(problem: Error, source: Phrase): Promise<Outcome> {
  const { NoReportError, ZipError } = await reportParsers()
  const fix = 'Check the report the workflow writes (run the coverage tool locally and look at the file).'
  if (problem instanceof ReportError)
    return {
      state: 'unknown',
      summary: say`could not verify: ${code(problem.file)} in ${source} ${problem.problem}`,
      fix
    }
  if (problem instanceof NoReportError)
    return { state: 'unknown', summary: say`could not verify: ${source} holds ${problem.message}`, fix }
  if (problem instanceof ZipError)
    return { state: 'unknown', summary: say`could not verify: ${source} ${problem.message}`, fix }
  return {
    state: 'unknown',
    summary: say`could not verify: ${source} could not be read: ${problem.message}`,
    fix: 'Re-run the job; report the error if it persists.'
  }
}
