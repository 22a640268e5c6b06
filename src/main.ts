import * as core from '@actions/core'
import { formatConfigError } from './errors/config-error.js'
import { readRunnerContext } from './event/runner-context.js'
import { resolveTargets } from './event/target.js'
import type { Clients, GateResult } from './gate/gate-target.js'
import { ApiError, REFUSED_FIX, explainApiError } from './github/api-error.js'
import { lazyReads } from './event/lazy-reads.js'
import { outputsOf } from './publish/outputs.js'
import { readSettings } from './settings.js'
import { logLine } from './publish/log.js'
import { FAILING_STATES } from './verdict/states.js'

/**
 * The action: read inputs → find what to gate → gate each target → set outputs and the exit code.
 * Every failure ends in one message a person can act on, never in a bare stack trace. Resolves to
 * the exit code it set, for a caller that runs several in one process (process.exitCode is shared).
 */
export async function run(): Promise<number> {
  let code = 0
  await gate(message => {
    code = 1
    core.setFailed(message)
  })
  return code
}

async function gate(fail: (message: string) => void): Promise<void> {
  try {
    const read = readSettings(name => core.getInput(name))
    if (!read.ok) {
      for (const e of read.errors) core.error(formatConfigError(e), { title: 'Readiness gate input' })
      fail(
        `Readiness gate: invalid input (${read.errors.length}); nothing was posted. ${read.errors.map(formatConfigError).join(' ')}`
      )
      return
    }
    const settings = read.settings
    core.setSecret(settings.token)
    if (settings.securityToken) core.setSecret(settings.securityToken)
    if (settings.membersToken) core.setSecret(settings.membersToken)

    const runner = readRunnerContext()
    // A refused connection fails its request at once; the run then says so instead of blaming the checklist.
    let refused: string | undefined
    // The client and the gate load only when the event needs them: a run that ends at its event (a
    // bot's comment, a closed PR) starts as fast as the Actions toolkit itself.
    let clients: Promise<Clients> | undefined
    const github = () =>
      (clients ??= import('./github/client.js').then(({ createGitHub, patienceFromEnv }) => {
        // The time budget covers the requests, not the waits between wait-timeout polls.
        const base = patienceFromEnv()
        const patience = { ...base, budgetSeconds: base.budgetSeconds + settings.waitTimeoutSeconds }
        const client = (token: string) =>
          createGitHub({
            token,
            baseUrl: runner.apiUrl,
            log: logLine,
            patience,
            onRefused: error => (refused ??= error.message)
          })
        const main = client(settings.token)
        return {
          main,
          security: settings.securityToken ? client(settings.securityToken) : main,
          members: settings.membersToken ? client(settings.membersToken) : main
        }
      }))
    const resolved = await resolveTargets(
      runner,
      settings,
      lazyReads(async () => {
        const [{ Gateway }, { main }] = await Promise.all([import('./github/gateway.js'), github()])
        return new Gateway(main, { owner: runner.owner, repo: runner.repo })
      })
    )
    if ('notice' in resolved) {
      core.notice(resolved.notice)
      return
    }
    if ('error' in resolved) {
      fail(resolved.error)
      return
    }
    for (const w of resolved.warnings) core.warning(w)

    const targets = [...resolved.targets].sort((a, b) => (a.pr?.number ?? 0) - (b.pr?.number ?? 0))
    const [{ gateTarget }, both] = await Promise.all([import('./gate/gate-target.js'), github()])
    const results: GateResult[] = []
    for (const target of targets) results.push(await gateTarget(both, settings, runner, target))

    const first = results[0]
    for (const [name, value] of Object.entries(outputsOf(first.report, first.reportPath)))
      core.setOutput(name, value)
    if (refused) {
      fail(`Readiness gate could not run: ${refused}. ${REFUSED_FIX}`)
    } else if (results.some(r => r.report.errors.length > 0)) {
      fail('Readiness gate: the checklist has errors (see above); the verdict is fail until they are fixed.')
    } else if (settings.failOn === 'blocking' && results.some(r => r.report.result === 'fail')) {
      fail(`Readiness gate: fail — ${failingSummary(results)}`)
    }
  } catch (error) {
    // Nothing was posted for the failing target: no verdict that could read as a pass.
    if (error instanceof ApiError) {
      const { reason, fix } = explainApiError(error)
      fail(`Readiness gate could not run: ${reason}. ${fix}`)
    } else {
      fail(`Readiness gate could not run: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

function failingSummary(results: GateResult[]): string {
  return results
    .filter(r => r.report.result === 'fail')
    .map(r => {
      const blocking = r.report.items.filter(i => i.required && FAILING_STATES.includes(i.state))
      const names = blocking.slice(0, 5).map(i => `${i.path} (${i.state})`)
      const more = blocking.length > 5 ? ` and ${blocking.length - 5} more` : ''
      return `${r.report.target.pr ? `#${r.report.target.pr}: ` : ''}${names.join(', ')}${more}`
    })
    .join('; ')
}
