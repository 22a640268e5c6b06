/**
 * Istanbul's JSON reports. `coverage-final.json` maps files to statement maps and hit counts; a
 * line's count is the largest count of the statements that start on it, as istanbul-lib-coverage's
 * `getLineCoverage()` computes it. `coverage-summary.json` only has per-file totals (`"pct"` may be
 * `"Unknown"` where there is nothing to count: the counts are used, never the percentages).
 */
import { type CoverageMap, type FileCoverage, ReportError, emptyFile } from './model.js'
import { allText } from './text.js'

async function parseJson(chunks: AsyncIterable<string>, file: string): Promise<Record<string, unknown>> {
  const text = await allText(chunks)
  if (text.trim() === '') throw new ReportError(file, 'is empty')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ReportError(file, `is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ReportError(file, 'is not a JSON object')
  return data as Record<string, unknown>
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

export async function parseIstanbulFinal(chunks: AsyncIterable<string>, file: string): Promise<CoverageMap> {
  const data = await parseJson(chunks, file)
  const map: CoverageMap = new Map()
  for (const [key, entry] of Object.entries(data)) {
    if (!isObject(entry) || !isObject(entry.statementMap) || !isObject(entry.s))
      throw new ReportError(file, `the entry for ${key} has no statementMap and s`)
    const path = typeof entry.path === 'string' ? entry.path : key
    const lines = new Map<number, number>()
    for (const [id, count] of Object.entries(entry.s)) {
      const loc = entry.statementMap[id] as { start?: { line?: unknown } } | undefined
      const line = loc?.start?.line
      if (typeof line !== 'number' || typeof count !== 'number') continue
      const previous = lines.get(line)
      if (previous === undefined || previous < count) lines.set(line, count)
    }
    const target: FileCoverage = map.get(path) ?? emptyFile()
    for (const [line, count] of lines) {
      const seen = target.units.get(String(line))
      if (seen) seen.hits = Math.max(seen.hits, count)
      else target.units.set(String(line), { weight: 1, hits: count })
    }
    map.set(path, target)
  }
  if (map.size === 0) throw new ReportError(file, 'lists no files')
  return map
}

export async function parseIstanbulSummary(
  chunks: AsyncIterable<string>,
  file: string
): Promise<CoverageMap> {
  const data = await parseJson(chunks, file)
  const map: CoverageMap = new Map()
  const read = (key: string, entry: unknown): { total: number; covered: number } => {
    const lines = isObject(entry) ? entry.lines : undefined
    if (!isObject(lines) || typeof lines.total !== 'number' || typeof lines.covered !== 'number')
      throw new ReportError(file, `the entry for ${key} has no lines.total and lines.covered`)
    return { total: lines.total, covered: Math.min(lines.covered, lines.total) }
  }
  for (const [key, entry] of Object.entries(data)) {
    if (key === 'total') continue
    map.set(key, { units: new Map(), totals: read(key, entry) })
  }
  if (map.size === 0) {
    // Only the grand total (e.g. a summary written without per-file entries).
    if (!('total' in data)) throw new ReportError(file, 'has no "total" and no file entries')
    map.set('(total)', { units: new Map(), totals: read('total', data.total) })
  }
  return map
}
