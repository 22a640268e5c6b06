import type { CheckSpec } from '../checklist/schema.js'
import { toApiError } from '../github/api-error.js'
import type { BranchRule, ClassicProtection } from '../github/shapes.js'
import { code, join, say, type Phrase } from '../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'

type BranchRulesCheck = Extract<CheckSpec, { type: 'branch-rules' }>

interface Requirements {
  checks: Set<string>
  reviews: number
}

/**
 * `branch-rules` (docs/check-types.md): the branch's active rules require the listed checks and reviews. The
 * rules API (no admin needed) comes first; classic branch protection is invisible to it, so when the
 * rules fall short the classic endpoint decides: not protected → fail, no access → unknown.
 */
export async function evaluateBranchRules(check: BranchRulesCheck, ctx: EvalContext): Promise<Outcome> {
  let branch: string
  let rules: BranchRule[]
  try {
    branch = check.branch ?? ctx.target.branch ?? (await ctx.gateway.defaultBranch())
    rules = await ctx.gateway.branchRules(branch)
  } catch (error) {
    return unknownFromError(error, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', 'contents: read')
  }
  const fromRules = requirementsOfRules(rules)
  let missing = shortfall(check, fromRules)
  if (missing.length === 0)
    return { state: 'pass', summary: say`the rules of ${code(branch)} require ${wanted(check)}` }

  let classic: ClassicProtection | undefined
  try {
    classic = await ctx.gateway.classicProtection(branch)
  } catch (error) {
    const e = toApiError(error, 'GET /repos/{owner}/{repo}/branches/{branch}/protection')
    if (e.status === 403 || e.status === 404) {
      return {
        state: 'unknown',
        summary: say`the rulesets of ${code(branch)} do not require ${join(missing, ' and ')}, and classic branch protection could not be read (${e.status}: ${e.message})`,
        fix: 'Move the protection into a ruleset (readable with GITHUB_TOKEN), or pass a token with "Administration: read".'
      }
    }
    return unknownFromError(
      error,
      'GET /repos/{owner}/{repo}/branches/{branch}/protection',
      'administration: read'
    )
  }
  if (classic) {
    const both = mergeRequirements(fromRules, requirementsOfClassic(classic))
    missing = shortfall(check, both)
    if (missing.length === 0) {
      return {
        state: 'pass',
        summary: say`the rules and branch protection of ${code(branch)} require ${wanted(check)}`
      }
    }
  }
  return {
    state: 'fail',
    summary: say`${code(branch)} ${classic ? 'is protected but does not require' : 'has no rule or protection requiring'} ${join(missing, ' and ')}`,
    fix: `Add them to a ruleset targeting ${branch}.`
  }
}

function wanted(check: BranchRulesCheck): Phrase {
  const parts: Phrase[] = []
  if (check['require-checks']) parts.push(say`the checks ${join(check['require-checks'].map(code))}`)
  if (check['require-reviews'] !== undefined) parts.push([`${check['require-reviews']} approving review(s)`])
  return join(parts, ' and ')
}

function shortfall(check: BranchRulesCheck, have: Requirements): Phrase[] {
  const missing: Phrase[] = []
  const checks = (check['require-checks'] ?? []).filter(c => !have.checks.has(c))
  if (checks.length > 0)
    missing.push(say`the check${checks.length === 1 ? '' : 's'} ${join(checks.map(code))}`)
  const reviews = check['require-reviews']
  if (reviews !== undefined && have.reviews < reviews)
    missing.push([`${reviews} approving review(s) (it requires ${have.reviews})`])
  return missing
}

export function requirementsOfRules(rules: readonly BranchRule[]): Requirements {
  const req: Requirements = { checks: new Set(), reviews: 0 }
  for (const rule of rules) {
    const p = rule.parameters ?? {}
    if (rule.type === 'required_status_checks') {
      for (const c of (p.required_status_checks as { context?: string }[] | undefined) ?? [])
        if (c.context) req.checks.add(c.context)
    }
    if (rule.type === 'pull_request') {
      req.reviews = Math.max(req.reviews, Number(p.required_approving_review_count ?? 0))
    }
  }
  return req
}

function requirementsOfClassic(p: ClassicProtection): Requirements {
  const checks = new Set([
    ...(p.required_status_checks?.contexts ?? []),
    ...(p.required_status_checks?.checks ?? []).map(c => c.context)
  ])
  return { checks, reviews: p.required_pull_request_reviews?.required_approving_review_count ?? 0 }
}

function mergeRequirements(a: Requirements, b: Requirements): Requirements {
  return { checks: new Set([...a.checks, ...b.checks]), reviews: Math.max(a.reviews, b.reviews) }
}
