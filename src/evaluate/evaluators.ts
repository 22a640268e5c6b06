import type { CheckSpec, CheckType } from '../checklist/schema.js'
import { evaluateChecks } from './checks.js'
import { evaluateFile } from './file.js'
import { evaluateItems } from './items.js'
import { evaluateHttp } from './http.js'
import { evaluateBranchRules } from './branch-rules.js'
import { evaluateReviews } from './reviews.js'
import { evaluateCoverage } from './coverage.js'
import { evaluateDeployment } from './deployment.js'
import { evaluateMetric } from './metric.js'
import { evaluateWorkflow } from './workflow.js'
import { evaluateCodeScanning, evaluateDependabot, evaluateSecretScanning } from './security.js'
import type { EvalContext, Outcome } from './outcome.js'
import { code, say } from '../text/phrase.js'

/** One evaluator per check type: evidence in, outcome out. */
export type Evaluator<T extends CheckSpec = CheckSpec> = (check: T, ctx: EvalContext) => Promise<Outcome>

type Registry = { [K in CheckType]?: Evaluator<Extract<CheckSpec, { type: K }>> }

const EVALUATORS: Registry = {
  checks: evaluateChecks,
  file: evaluateFile,
  reviews: evaluateReviews,
  'branch-rules': evaluateBranchRules,
  coverage: evaluateCoverage,
  'code-scanning': evaluateCodeScanning,
  'secret-scanning': evaluateSecretScanning,
  dependabot: evaluateDependabot,
  items: evaluateItems,
  http: evaluateHttp,
  workflow: evaluateWorkflow,
  deployment: evaluateDeployment,
  metric: evaluateMetric
}

/** Runs the evaluator of the check's type; a type this version cannot verify is `unknown`, never a pass. */
export async function evaluateCheck(check: CheckSpec, ctx: EvalContext): Promise<Outcome> {
  const evaluator = EVALUATORS[check.type] as Evaluator | undefined
  if (!evaluator) {
    return {
      state: 'unknown',
      summary: say`the ${code(check.type)} check type is not supported by this version of Readiness Gate`,
      fix: 'Update the action to a version that supports it, or make the item manual.'
    }
  }
  try {
    return await evaluator(check, ctx)
  } catch (error) {
    // An evaluator bug must not pass or crash the gate: the item cannot be verified.
    return {
      state: 'unknown',
      summary: say`could not verify: ${(error as Error).message}`,
      fix: 'Re-run the job; report the error if it persists.'
    }
  }
}
