import type { Attestations } from '../attestations/model.js'
import type { Target } from '../event/target.js'
import { explainApiError, toApiError } from '../github/api-error.js'
import { PagingError } from '../github/paging.js'
import type { Gateway } from '../github/gateway.js'
import type { RunnerContext } from '../event/runner-context.js'
import type { Settings } from '../settings.js'
import { say, type Phrase } from '../text/phrase.js'
import type { LeafState } from '../verdict/states.js'
import type { CheckSpec } from '../checklist/schema.js'

/** What an evaluator concludes about one item: a state, a one-line reason, and evidence to follow. */
export interface Outcome {
  state: LeafState
  /** What was found, as structured text: renderers decide how it reads. */
  summary: Phrase
  /** Link to the evidence (a check run, a file, an alert list). */
  url?: string
  /** How to fix it, for `unknown` (and configuration-like failures). */
  fix?: string
  /** For a signed-off manual item: who, when and where (the audit trail). */
  signoff?: SignoffRecord
}

/** Who signed an item off, when, and where: the command comment or the committed checklist. */
export interface SignoffRecord {
  by: string
  /** ISO 8601 time of the comment, or the committed `date`. */
  at: string
  source: 'comment' | 'checklist'
  url: string | null
  note: string | null
}

/** A waiver that holds on an item. */
export interface WaiverRecord {
  by: string
  until: string
  reason: string
  source: 'comment' | 'checklist'
  url: string | null
}

/** What evaluators may use: the target, the evidence gateway, settings, the run, and today. */
export interface EvalContext {
  target: Target
  gateway: Gateway
  /** Reads security alerts: built from `security-token` when given, else the same as `gateway`. */
  securityGateway: Gateway
  settings: Settings
  runner: RunnerContext
  /** Today in UTC, YYYY-MM-DD. */
  today: string
  /** True while `wait-timeout` still runs: evidence that has not appeared yet is `pending`, not `fail`. */
  waiting: boolean
  /** The time ages are measured at (ms since the epoch); default: the clock when an evaluator asks. */
  now?: number
  /**
   * Set by the evaluation driver: the outcomes of the required leaves an `items` roll-up names, once
   * they are known (the driver evaluates what a roll-up names first).
   */
  named?: (check: Extract<CheckSpec, { type: 'items' }>) => Promise<NamedOutcome[]>
  /**
   * Sign-offs and waivers given by comment (none when not read). Read while the checks are
   * evaluated: only manual items and waivers wait for it.
   */
  attestations?: Promise<Attestations>
}

/** A leaf named by a roll-up, with its outcome. */
export interface NamedOutcome {
  path: string
  id: string
  state: LeafState
}

/** The time `max-age` is measured at. */
export const nowOf = (ctx: EvalContext): number => ctx.now ?? Date.now()

/** A failed read is `unknown`, with the reason and the exact fix; never a pass. */
export function unknownFromError(error: unknown, endpoint: string, permission: string): Outcome {
  const { reason, fix } =
    error instanceof PagingError ? error.explain() : explainApiError(toApiError(error, endpoint), permission)
  return { state: 'unknown', summary: say`could not verify: ${reason}`, fix }
}
