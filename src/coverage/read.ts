/**
 * From a set of files (an artifact's entries, or files in the workspace) to one coverage figure:
 * tell each file's format from its first bytes, choose one format (in FORMAT_ORDER), parse every file
 * of that format as a stream, merge per source file under normalised paths, and total.
 */
import type { Readable } from 'node:stream'
import { SNIFF_CHARS, detectFormat, formatByName } from './detect.js'
import { parseGoProfile } from './go.js'
import { parseIstanbulFinal, parseIstanbulSummary } from './istanbul.js'
import { parseLcov } from './lcov.js'
import {
  type CoverageMap,
  FORMAT_LABEL,
  type FormatOption,
  type ReportFormat,
  ReportError,
  formatsFor,
  mergeInto,
  totals
} from './model.js'
import { type PathContext, normalisePath } from './paths.js'
import { megabytes, textChunks } from './text.js'
import { parseCobertura, parseJacoco } from './xml.js'

/** One file that may hold a report. `size` is its (declared) unpacked size, when known. */
export interface ReportFile {
  name: string
  size?: number
  open(): Promise<Readable>
}

export interface ReadLimits {
  /** Most bytes read from one report (a 100 MB report is fine). */
  fileBytes: number
}

export const DEFAULT_LIMITS: ReadLimits = { fileBytes: 256 * 1024 * 1024 }

export interface CoverageFigure {
  covered: number
  total: number
  /** covered / total × 100, unrounded. */
  percent: number
  format: ReportFormat
  /** The report files that were merged. */
  reports: string[]
  /** Distinct source files after normalisation. */
  sourceFiles: number
}

type Parser = (chunks: AsyncIterable<string>, file: string) => Promise<CoverageMap>
const PARSERS: Record<ReportFormat, Parser> = {
  lcov: parseLcov,
  cobertura: parseCobertura,
  jacoco: parseJacoco,
  'istanbul-final': parseIstanbulFinal,
  go: parseGoProfile,
  'istanbul-summary': parseIstanbulSummary
}

/** No usable report among the files (as opposed to a report that is broken: ReportError). */
export class NoReportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoReportError'
  }
}

async function sniff(file: ReportFile, limit: number): Promise<{ format?: ReportFormat; empty: boolean }> {
  let prefix = ''
  for await (const chunk of textChunks(await file.open(), file.name, limit)) {
    prefix += chunk
    if (prefix.length >= SNIFF_CHARS) break
  }
  return { format: detectFormat(prefix), empty: prefix.trim() === '' }
}

export async function readCoverage(
  files: readonly ReportFile[],
  options: { format?: FormatOption; paths: PathContext; limits?: ReadLimits }
): Promise<CoverageFigure> {
  const limits = options.limits ?? DEFAULT_LIMITS
  const allowed = formatsFor(options.format)
  const seen: { file: ReportFile; format?: ReportFormat; empty: boolean }[] = []
  for (const file of files) seen.push({ file, ...(await sniff(file, limits.fileBytes)) })

  const chosen = allowed.find(f => seen.some(s => s.format === f))
  // A file that is a report by its name but not by its content is broken, unless another format won.
  const broken = seen.find(s => {
    const named = formatByName(s.file.name)
    return (
      s.format === undefined &&
      named !== undefined &&
      allowed.includes(named) &&
      (!chosen || named === chosen)
    )
  })
  if (broken) {
    const expected = FORMAT_LABEL[formatByName(broken.file.name)!]
    throw new ReportError(
      broken.file.name,
      broken.empty ? 'is empty' : `is not a readable ${expected} report`
    )
  }
  if (!chosen) {
    const names = seen.map(s => s.file.name)
    const listed =
      names.length === 0
        ? 'no files'
        : `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`
    const other = seen.find(s => s.format !== undefined)
    const why = other
      ? `only ${FORMAT_LABEL[other.format!]} reports, but \`format\` asks for ${allowed.map(f => FORMAT_LABEL[f]).join(' or ')}`
      : 'no coverage report in a known format'
    throw new NoReportError(`${why} (${listed})`)
  }

  const merged: CoverageMap = new Map()
  const reports: string[] = []
  for (const { file } of seen.filter(s => s.format === chosen)) {
    if (file.size !== undefined && file.size > limits.fileBytes)
      throw new ReportError(
        file.name,
        `is ${megabytes(file.size)} unpacked, more than the ${megabytes(limits.fileBytes)} limit for one report; refused`
      )
    const map = await PARSERS[chosen](textChunks(await file.open(), file.name, limits.fileBytes), file.name)
    mergeInto(merged, map, p => normalisePath(p, options.paths))
    reports.push(file.name)
  }
  const { covered, total, files: sourceFiles } = totals(merged)
  if (total === 0) {
    throw new ReportError(reports.join(', '), 'counts no lines at all (nothing was instrumented)')
  }
  return { covered, total, percent: (covered * 100) / total, format: chosen, reports, sourceFiles }
}
