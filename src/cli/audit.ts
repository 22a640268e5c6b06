import { tmpdir } from 'node:os'
import { formatConfigError } from '../errors/config-error.js'
import type { RunnerContext } from '../event/runner-context.js'
import { namedTarget, type Named } from '../event/named-target.js'
import { reportTarget } from '../gate/report-target.js'
import { ApiError, REFUSED_FIX, explainApiError } from '../github/api-error.js'
import { createGitHub, patienceFromEnv } from '../github/client.js'
import { Gateway } from '../github/gateway.js'
import type { Report } from '../report/report.js'
import { readSettings } from '../settings.js'
import { terminalSafe } from '../text/terminal.js'
import { readText } from './checklist-file.js'
import { EXIT, type Io } from './io.js'
import { terminalReport } from './terminal.js'

export interface AuditOptions {
  repo: string
  ref?: string
  pr?: string
  checklist?: string
  checklistFile?: string
  checkName?: string
  waitTimeout?: string
  json?: boolean
  quiet?: boolean
}

/** The exit code of a report: 0 pass, 1 fail, 2 pending, 3 a configuration error. */
export function exitCodeOf(report: Report): number {
  if (report.errors.length > 0) return EXIT.error
  return EXIT[report.result]
}

/**
 * `audit`: the action's engine on a repository named on the command line — the target, the
 * checklist, the evidence, the verdict and the report — with nothing posted. The report goes to
 * stdout (terminal text, or `--json`: the action's JSON report), progress to stderr.
 */
export async function audit(options: AuditOptions, io: Io): Promise<number> {
  const c = io.errColor
  const fail = (message: string, fix?: string) => {
    io.err(`${c.red('error:')} ${terminalSafe(message)}`)
    if (fix) io.err(`${c.dim('fix:')} ${terminalSafe(fix)}`)
    return EXIT.error
  }
  const progress = (line: string) => {
    if (!options.quiet) io.err(c.dim(terminalSafe(line)))
  }

  const [owner, name, ...rest] = options.repo.split('/')
  if (!owner || !name || rest.length > 0)
    return fail(`--repo is \`${options.repo}\`; expected owner/name`, 'e.g. --repo acme/shop')
  const named: Named = {}
  if (options.pr !== undefined) {
    if (!/^[1-9]\d*$/.test(options.pr)) return fail(`--pr is \`${options.pr}\`; expected a PR number`)
    named.pr = Number(options.pr)
  }
  if (options.ref !== undefined) named.ref = options.ref
  const token = (io.env.GITHUB_TOKEN || io.env.GH_TOKEN || '').trim()
  if (!token)
    return fail(
      'no token: set GITHUB_TOKEN or GH_TOKEN',
      'e.g. `GITHUB_TOKEN=$(gh auth token) readiness-gate audit …`; the token needs the read permissions that `readiness-gate explain` lists.'
    )
  const inputs: Record<string, string | undefined> = {
    token,
    checklist: options.checklist,
    'check-name': options.checkName,
    'wait-timeout': options.waitTimeout,
    status: 'none',
    comment: 'never'
  }
  const read = readSettings(input => inputs[input] ?? '')
  if (!read.ok)
    return fail(
      read.errors.map(e => formatConfigError(e).replace(/^action inputs: input /, 'option ')).join(' ')
    )
  const settings = read.settings

  let local
  if (options.checklistFile !== undefined) {
    const text = await readText(options.checklistFile, io)
    if (!text.ok) return fail(formatConfigError(text.errors[0]))
    local = { file: options.checklistFile, text: text.text }
  }

  const apiUrl = (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  const runner: RunnerContext = {
    eventName: '',
    payload: {},
    owner,
    repo: name,
    sha: '',
    ref: '',
    job: '',
    runId: 0,
    runAttempt: 1,
    runnerName: '',
    serverUrl: (io.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl,
    runnerTemp: tmpdir()
  }
  let refused: string | undefined
  const base = patienceFromEnv(io.env)
  const client = createGitHub({
    token,
    baseUrl: apiUrl,
    log: line => progress(line),
    patience: { ...base, budgetSeconds: base.budgetSeconds + settings.waitTimeoutSeconds },
    onRefused: error => (refused ??= error.message)
  })
  try {
    const resolved = await namedTarget(runner, settings, new Gateway(client, { owner, repo: name }), named)
    if ('error' in resolved) return fail(resolved.error.replace(/^Readiness gate: /, ''))
    for (const w of resolved.warnings) io.err(`${c.yellow('warning:')} ${terminalSafe(w)}`)
    const { target } = resolved
    progress(
      `${owner}/${name}: ${target.pr ? `PR #${target.pr.number} at ${target.sha.slice(0, 7)}` : target.checklistRefLabel}; checklist ${local ? local.file : `${settings.checklistPath} at ${target.checklistRefLabel}`}`
    )
    let total = 0
    let done = 0
    const { report } = await reportTarget({ main: client, security: client }, settings, runner, target, {
      local,
      log: progress,
      onLoaded: n => {
        total = n
        progress(`Evaluating ${n} item${n === 1 ? '' : 's'}…`)
      },
      onLeaf: leaf => progress(`  [${++done}/${total}] ${leaf.path}: ${leaf.outcome.state}`)
    })
    if (refused) return fail(`could not reach ${apiUrl}: ${refused}`, REFUSED_FIX)
    io.out(options.json ? JSON.stringify(report, null, 2) : terminalReport(report, io.color))
    return exitCodeOf(report)
  } catch (error) {
    if (refused) return fail(`could not reach ${apiUrl}: ${refused}`, REFUSED_FIX)
    if (error instanceof ApiError) {
      const { reason, fix } = explainApiError(error)
      return fail(reason, fix)
    }
    return fail(error instanceof Error ? error.message : String(error))
  }
}
