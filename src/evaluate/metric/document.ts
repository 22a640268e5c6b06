/**
 * The number a `metric` check reads from a document, by format: a path into JSON or YAML, a column
 * of a CSV row (chosen with `where`), or a figure of a JUnit XML report. Pure: text in, reading out.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { SaxesParser } from 'saxes'
import { parse as parseYaml } from 'yaml'
import type { MetricFormat } from '../../checklist/schema.js'
import { parseValuePath, pathText, select } from '../../checklist/value-path.js'
import { code, join, say, type Phrase } from '../../text/phrase.js'

export interface MetricQuery {
  value: string
  where?: Record<string, string | number>
}

export type MetricReading =
  | { found: true; value: number }
  /** The document was read, but holds no number there: the item fails, and this says why. */
  | { found: false; why: Phrase }
  /** The document cannot be read as its format: the item is `unknown`. */
  | { unreadable: string }

const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/

/** A number, or text that is one ("87.5"); anything else is no value. */
function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && NUMERIC.test(v)) return Number(v)
  return undefined
}

function shownValue(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  const s = String(v)
  return s.length > 40 ? `${s.slice(0, 37)}…` : s
}

export function readMetric(text: string, format: MetricFormat, q: MetricQuery): MetricReading {
  switch (format) {
    case 'json':
    case 'yaml': {
      let doc: unknown
      try {
        doc = format === 'json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 })
      } catch (error) {
        return {
          unreadable: `is not valid ${format.toUpperCase()}: ${(error as Error).message.split('\n')[0]}`
        }
      }
      return fromTree(doc, q.value)
    }
    case 'csv':
      return fromCsv(text, q)
    case 'junit':
      return fromJunit(text, q.value)
  }
}

function fromTree(doc: unknown, value: string): MetricReading {
  const path = parseValuePath(value)
  if (!path.ok) return { found: false, why: say`${code(value)} ${path.problem}` }
  const hit = select(doc, path.segments)
  if (!hit.found) {
    const where = hit.matched === 0 ? say`the document` : say`${code(pathText(path.segments, hit.matched))}`
    return {
      found: false,
      why: say`no ${code(value)}: ${where} has no ${code(pathText([path.segments[hit.matched]]).replace(/^\./, ''))}`
    }
  }
  const n = numberOf(hit.value)
  return n === undefined
    ? { found: false, why: say`${code(value)} is ${code(shownValue(hit.value))}, not a number` }
    : { found: true, value: n }
}

function fromCsv(text: string, q: MetricQuery): MetricReading {
  let rows: Record<string, string>[]
  try {
    rows = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true
    })
  } catch (error) {
    return { unreadable: `is not valid CSV: ${(error as Error).message.split('\n')[0]}` }
  }
  const where = Object.entries(q.where ?? {})
  const header = rows.length > 0 ? Object.keys(rows[0]) : []
  const unknownColumn = [q.value, ...where.map(([c]) => c)].find(c => !header.includes(c))
  if (unknownColumn !== undefined)
    return {
      found: false,
      why: say`no column ${code(unknownColumn)}${header.length > 0 ? say` (columns: ${join(header.slice(0, 12).map(code))})` : ' (no rows)'}`
    }
  const chosen = rows.filter(r => where.every(([c, v]) => r[c] === String(v)))
  const rowWords = join(
    where.map(([c, v]) => say`${code(c)} = ${code(String(v))}`),
    ' and '
  )
  if (chosen.length === 0) return { found: false, why: say`no row where ${rowWords}` }
  if (where.length === 0 && chosen.length > 1)
    return { found: false, why: say`${chosen.length} rows and no ${code('where')} to choose one` }
  const raw = chosen[0][q.value]
  const n = numberOf(raw)
  return n === undefined
    ? { found: false, why: say`${code(q.value)} is ${code(shownValue(raw))}, not a number` }
    : { found: true, value: n }
}

/** Counts of a JUnit report: from its `<testcase>`s when it lists them, else its top-level suites' attributes. */
function fromJunit(text: string, value: string): MetricReading {
  const cases = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  const suites = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  const stack: string[] = []
  let root: string | undefined
  let failure: Error | undefined
  const parser = new SaxesParser()
  parser.on('error', e => (failure ??= e))
  parser.on('opentag', tag => {
    root ??= tag.name
    const parent = stack.at(-1)
    stack.push(tag.name)
    if (tag.name === 'testcase') cases.tests += 1
    else if (
      parent === 'testcase' &&
      (tag.name === 'failure' || tag.name === 'error' || tag.name === 'skipped')
    ) {
      cases[tag.name === 'failure' ? 'failures' : tag.name === 'error' ? 'errors' : 'skipped'] += 1
    } else if (tag.name === 'testsuite' && !stack.slice(0, -1).includes('testsuite')) {
      const a = tag.attributes as Record<string, string>
      for (const key of ['tests', 'failures', 'errors', 'skipped'] as const)
        suites[key] += Number(a[key] ?? 0) || 0
    }
  })
  parser.on('closetag', () => void stack.pop())
  try {
    parser.write(text).close()
  } catch (error) {
    failure ??= error as Error
  }
  if (failure) return { unreadable: `is not well-formed XML: ${failure.message.split('\n')[0]}` }
  if (root !== 'testsuites' && root !== 'testsuite')
    return { unreadable: `is no JUnit XML report (its root element is <${root ?? 'none'}>)` }
  const counts = cases.tests > 0 ? cases : suites
  if (value !== 'pass-rate') return { found: true, value: counts[value as keyof typeof counts] }
  const ran = counts.tests - counts.skipped
  if (ran <= 0)
    return {
      found: false,
      why: say`no ${code('pass-rate')}: no test ran (${counts.tests} tests, ${counts.skipped} skipped)`
    }
  return { found: true, value: ((ran - counts.failures - counts.errors) / ran) * 100 }
}
