// The bench's table: each measure beside its goal, and with a baseline, before and after side by side.

export interface Row {
  measure: string
  value: number
  /** The most the value may be. */
  goal: number
  /** Printed after value and goal (`×` for ratios). */
  unit: string
  /** The raw figures behind the value. */
  detail: string
}

const fmt = (n: number, unit: string) => `${n >= 100 ? n.toFixed(0) : n.toFixed(2)}${unit}`
const verdict = (r: Row) => (r.value <= r.goal ? 'ok' : 'over')

/** One column pair (value, ok/over) per subject, the goal once, the details of each subject below. */
export function printTable(subjects: { label: string; rows: Row[] }[]): void {
  const first = subjects[0].rows
  const header = ['measure', ...subjects.flatMap(s => [s.label, '']), 'goal']
  const body = first.map((row, i) => [
    row.measure,
    ...subjects.flatMap(s => [fmt(s.rows[i].value, row.unit), verdict(s.rows[i])]),
    `≤ ${fmt(row.goal, row.unit)}`
  ])
  const widths = header.map((h, c) => Math.max(h.length, ...body.map(r => r[c].length)))
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')
  console.log(line(header))
  console.log(widths.map(w => '-'.repeat(w)).join('  '))
  for (const r of body) console.log(line(r))
  console.log('')
  for (const s of subjects) {
    console.log(`${s.label}:`)
    for (const r of s.rows) console.log(`  ${r.measure}: ${r.detail}`)
  }
}
