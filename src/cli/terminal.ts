import { formatConfigError } from '../errors/config-error.js'
import { countsLine } from '../render/body.js'
import type { Report, ReportItem } from '../report/report.js'
import { isCode, type Phrase } from '../text/phrase.js'
import { terminalSafe } from '../text/terminal.js'
import { SEVERITY_ORDER, type LeafState } from '../verdict/states.js'
import type { Io } from './io.js'

type Colors = Io['color']

/** A phrase for a terminal: names in backticks, links as `text <url>`, every part made safe. */
export function phraseText(p: Phrase, c: Colors): string {
  return p
    .map(part =>
      typeof part === 'string'
        ? terminalSafe(part)
        : isCode(part)
          ? c.cyan(`\`${terminalSafe(part.code)}\``)
          : `${terminalSafe(part.text)} ${c.dim(`<${terminalSafe(part.url)}>`)}`
    )
    .join('')
}

const MARK: Record<LeafState, (c: Colors) => string> = {
  fail: c => c.red('✗ fail     '),
  unknown: c => c.magenta('? unknown  '),
  pending: c => c.yellow('… pending  '),
  manual: c => c.blue('☐ manual   '),
  waived: c => c.green('≈ waived   '),
  'signed-off': c => c.green('✎ signed   '),
  pass: c => c.green('✓ pass     '),
  skipped: c => c.dim('- skipped  ')
}

const VERDICT: Record<Report['result'], (c: Colors, s: string) => string> = {
  pass: (c, s) => c.bold(c.green(s)),
  fail: (c, s) => c.bold(c.red(s)),
  pending: (c, s) => c.bold(c.yellow(s))
}

/**
 * The report for a terminal, most important first: what blocks, then advisory items that are open,
 * then what passed. Everything from the repository or the API goes through `terminalSafe`.
 */
export function terminalReport(report: Report, c: Colors): string {
  const target = report.target.pr
    ? `PR #${report.target.pr} (${report.target.sha.slice(0, 7)})`
    : report.target.sha.slice(0, 7)
  const lines = [
    c.bold(terminalSafe(`${report.title} — ${report.target.repo} ${target}`)),
    c.dim(terminalSafe(`checklist ${report.checklist.path} at ${report.checklist.label}`)),
    ''
  ]
  if (report.errors.length > 0) {
    for (const e of report.errors) lines.push(c.red(terminalSafe(formatConfigError(e))))
    lines.push('', VERDICT.fail(c, 'CONFIGURATION ERROR: the checklist could not be loaded'))
    return lines.join('\n')
  }
  const rank = (i: ReportItem) => SEVERITY_ORDER.indexOf(i.state) + (i.required ? 0 : SEVERITY_ORDER.length)
  const items = [...report.items].sort((a, b) => rank(a) - rank(b))
  for (const item of items) {
    const where = [item.section, ...item.groups].join(' › ')
    const extra = [item.required ? undefined : 'advisory', item.owner ? `owner ${item.owner}` : undefined]
      .filter(Boolean)
      .join(' · ')
    lines.push(
      `${MARK[item.state](c)}${c.bold(terminalSafe(item.title))} ${c.dim(terminalSafe(`${where} · ${item.path}${extra ? ` · ${extra}` : ''}`))}`
    )
    lines.push(`           ${phraseText(item.summary_parts, c)}`)
    if (item.url) lines.push(`           ${c.dim(terminalSafe(item.url))}`)
    if (item.fix) lines.push(`           ${c.yellow('fix:')} ${terminalSafe(item.fix)}`)
  }
  for (const w of report.warnings) lines.push(c.yellow(terminalSafe(`warning: ${w}`)))
  lines.push(
    '',
    `${VERDICT[report.result](c, report.result.toUpperCase())} — ${terminalSafe(countsLine(report))}`
  )
  return lines.join('\n')
}
