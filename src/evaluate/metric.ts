import { metricFormat, type CheckSpec } from '../checklist/schema.js'
import { code, say } from '../text/phrase.js'
import type { EvalContext, Outcome } from './outcome.js'
import { artifactDocument, repositoryDocument } from './metric/source.js'

type MetricCheck = Extract<CheckSpec, { type: 'metric' }>

/**
 * A figure as people write it: at most 4 decimals, no float noise (87.50000001 → 87.5), unless
 * rounding would make it look equal to a bound it is not equal to (79.99999999999999 stays so).
 */
function shown(n: number, bounds: (number | undefined)[]): string {
  const rounded = Number(n.toFixed(4))
  return rounded !== n && bounds.includes(rounded) ? String(n) : String(rounded)
}

/**
 * `metric` (docs/check-types.md): the number at `value` in a document (from an artifact of the
 * commit's runs, or a repository file) is within `min` and `max`, both inclusive. A missing value
 * fails naming the path; a document that cannot be read is `unknown`.
 */
export async function evaluateMetric(check: MetricCheck, ctx: EvalContext): Promise<Outcome> {
  const docPath = (check.file ?? check.path) as string
  const doc =
    check.artifact !== undefined
      ? await artifactDocument(check.artifact, docPath, check['max-age'], ctx)
      : await repositoryDocument(docPath, ctx)
  if ('outcome' in doc) return doc.outcome
  const format = metricFormat(docPath)!
  // The CSV and XML parsers load only for a checklist with a metric.
  const { readMetric } = await import('./metric/document.js')
  const reading = readMetric(doc.text, format, { value: check.value, where: check.where })
  if ('unreadable' in reading)
    return {
      state: 'unknown',
      summary: say`could not verify: ${doc.source} ${reading.unreadable}`,
      fix: 'Check the file the workflow writes (open it locally).',
      url: doc.url
    }
  if (!reading.found) return { state: 'fail', summary: say`${reading.why} in ${doc.source}`, url: doc.url }
  const value = shown(reading.value, [check.min, check.max])
  const name = code(check.value)
  const from = say`from ${doc.source}${doc.age ? `, uploaded ${doc.age} ago` : ''}`
  if (check.min !== undefined && reading.value < check.min)
    return {
      state: 'fail',
      summary: say`${name} ${value} < ${code('min')} ${check.min} ${from}`,
      url: doc.url
    }
  if (check.max !== undefined && reading.value > check.max)
    return {
      state: 'fail',
      summary: say`${name} ${value} > ${code('max')} ${check.max} ${from}`,
      url: doc.url
    }
  const bounds = [
    check.min !== undefined ? `≥ ${check.min}` : undefined,
    check.max !== undefined ? `≤ ${check.max}` : undefined
  ]
    .filter(Boolean)
    .join(' and ')
  return { state: 'pass', summary: say`${name} ${value} ${bounds} ${from}`, url: doc.url }
}
