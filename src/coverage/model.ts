/**
 * The shared model of every coverage format: per source file, the measured units (a line, or a Go
 * block) with their weight (1 per line; a Go block's statement count) and hits. Merging adds hits
 * per unit, so a line covered by any report is covered; the figure is covered weight / total weight.
 */

/** The report formats, in the order used when an artifact holds several (docs/check-types.md). */
export const FORMAT_ORDER = [
  'lcov',
  'cobertura',
  'jacoco',
  'istanbul-final',
  'go',
  'istanbul-summary'
] as const
export type ReportFormat = (typeof FORMAT_ORDER)[number]

/** What a checklist's `format:` accepts (`istanbul` stands for both Istanbul JSON files). */
export type FormatOption = 'lcov' | 'cobertura' | 'istanbul' | 'jacoco' | 'go' | 'auto'

export const FORMAT_LABEL: Record<ReportFormat, string> = {
  lcov: 'lcov',
  cobertura: 'Cobertura',
  jacoco: 'JaCoCo',
  'istanbul-final': 'Istanbul coverage-final.json',
  go: 'Go coverprofile',
  'istanbul-summary': 'Istanbul coverage-summary.json'
}

/** The formats a `format:` option admits, in preference order. */
export function formatsFor(option: FormatOption | undefined): readonly ReportFormat[] {
  if (option === undefined || option === 'auto') return FORMAT_ORDER
  if (option === 'istanbul') return ['istanbul-final', 'istanbul-summary']
  return [option]
}

export interface Unit {
  weight: number
  hits: number
}

/** One source file's coverage: units, or only totals where the report has nothing finer. */
export interface FileCoverage {
  units: Map<string, Unit>
  /** Totals without per-unit records (lcov LF/LH only, Istanbul summary, JaCoCo counters). */
  totals?: { total: number; covered: number }
}

/** Source path (as the report spells it) → coverage. */
export type CoverageMap = Map<string, FileCoverage>

export const emptyFile = (): FileCoverage => ({ units: new Map() })

/** Adds a unit's hits; the same unit seen again (a second report, a duplicate block) sums. */
export function addUnit(file: FileCoverage, key: string, weight: number, hits: number): void {
  const seen = file.units.get(key)
  if (seen) seen.hits += hits
  else file.units.set(key, { weight, hits })
}

/** A report that cannot be used: names the file (inside the artifact or workspace) and the problem. */
export class ReportError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(`${file}: ${problem}`)
    this.name = 'ReportError'
  }
}

/** Merges `from` into `into` under normalised paths; per-unit when both sides have units. */
export function mergeInto(into: CoverageMap, from: CoverageMap, normalise: (path: string) => string): void {
  for (const [raw, file] of from) {
    const path = normalise(raw)
    const target = into.get(path)
    if (!target) {
      into.set(path, {
        units: new Map([...file.units].map(([k, u]) => [k, { ...u }])),
        totals: file.totals && { ...file.totals }
      })
      continue
    }
    for (const [key, unit] of file.units) addUnit(target, key, unit.weight, unit.hits)
    if (file.totals) {
      // Totals cannot be merged line by line: the larger covered count is a lower bound of the union.
      const t = target.totals
      if (
        !t ||
        file.totals.covered > t.covered ||
        (file.totals.covered === t.covered && file.totals.total > t.total)
      )
        target.totals = { ...file.totals }
    }
  }
}

export interface Totals {
  covered: number
  total: number
  files: number
}

/** Covered and total weight over every file: units where a file has them, else its totals. */
export function totals(map: CoverageMap): Totals {
  let covered = 0
  let total = 0
  for (const file of map.values()) {
    if (file.units.size > 0) {
      for (const unit of file.units.values()) {
        total += unit.weight
        if (unit.hits > 0) covered += unit.weight
      }
    } else if (file.totals) {
      total += file.totals.total
      covered += file.totals.covered
    }
  }
  return { covered, total, files: map.size }
}

/**
 * A percentage with one decimal, rounded as C's printf rounds it (ties to even, which is what
 * `lcov --summary` and `go tool cover` print). When that rounding would hide which side of
 * `threshold` the figure is on (79.96 → "80.0"), more decimals are shown.
 */
export function formatPercent(value: number, threshold?: number): string {
  for (let digits = 1; digits <= 4; digits++) {
    const text = roundHalfEven(value, digits)
    if (threshold === undefined || value < threshold === Number(text) < threshold) return text
  }
  return String(value)
}

function roundHalfEven(value: number, digits: number): string {
  const scale = 10 ** digits
  const scaled = value * scale
  const floor = Math.floor(scaled)
  if (scaled - floor === 0.5) return ((floor % 2 === 0 ? floor : floor + 1) / scale).toFixed(digits)
  return value.toFixed(digits)
}

/** A threshold as the checklist wrote it: 80 → "80", 80.5 → "80.5". */
export const formatThreshold = (value: number): string => String(value)
