import type { CheckSpec } from './schema.js'

/**
 * The phrase table of `import`: words in an item's title that usually mean evidence the gate can
 * read, and the check that reads it. A suggestion is only a starting point (the names of jobs,
 * artifacts and files differ in every repository), so `import` writes it as a comment to review.
 * The first row that matches a title wins. docs/cli.md lists the table (a test keeps it in step).
 */
export interface Suggestion {
  /** A title this row matches, for the documentation. */
  example: string
  pattern: RegExp
  check: (match: RegExpExecArray) => CheckSpec
  /** What to check before uncommenting it. */
  review: string
}

export const SUGGESTIONS: readonly Suggestion[] = [
  {
    example: 'Coverage > 80%',
    pattern: /coverage[^%\d]{0,20}?(\d{1,3}(?:\.\d+)?)\s*%/i,
    check: m => ({ type: 'coverage', min: Math.min(100, Number(m[1])), artifact: 'coverage' }),
    review: 'the name of the artifact your tests upload their coverage report in'
  },
  {
    example: 'Code coverage requirements met',
    pattern: /\bcoverage\b/i,
    check: () => ({ type: 'coverage', min: 80, artifact: 'coverage' }),
    review: 'the threshold, and the name of the artifact your tests upload their coverage report in'
  },
  {
    example: 'Unit tests pass',
    pattern: /\b(unit|integration|e2e|end-to-end|smoke|load|performance)[ -]tests?\b/i,
    check: m => ({ type: 'checks', name: `*${m[1].toLowerCase().replace('end-to-end', 'e2e')}*` }),
    review: 'the glob on the names of the jobs that run those tests'
  },
  {
    example: 'All tests passing',
    pattern: /\btests?\b.*\b(pass|passing|passed|green|succeed)/i,
    check: () => ({ type: 'checks', name: '*test*' }),
    review: 'the glob on the names of the jobs that run the tests'
  },
  {
    example: 'Linting enabled',
    pattern: /\blint/i,
    check: () => ({ type: 'checks', name: '*lint*' }),
    review: 'the name of the lint job'
  },
  {
    example: 'No secrets in code',
    pattern:
      /\bsecrets?\b.*\b(scan|code|repo|leak|hard-?coded|commit)|\b(hard-?coded|leaked)\b.*\bsecrets?\b/i,
    check: () => ({ type: 'secret-scanning', max: 0 }),
    review: 'that the gate gets a `security-token` that may read secret-scanning alerts'
  },
  {
    example: 'Dependencies scanned for vulnerabilities',
    pattern: /\b(vulnerab|dependabot|CVEs?\b|dependency (scan|audit))/i,
    check: () => ({ type: 'dependabot', severity: 'high', max: 0 }),
    review: 'the severity that blocks'
  },
  {
    example: 'Static analysis (SAST) clean',
    pattern: /\b(SAST|static analysis|code scanning|security scanning|CodeQL)\b/i,
    check: () => ({ type: 'code-scanning', severity: 'high', max: 0 }),
    review: 'the severity that blocks, and `tool` if several tools upload results'
  },
  {
    example: 'Code reviewed and approved',
    pattern: /\b(code review|reviewed|approved|approval)/i,
    check: () => ({ type: 'reviews', min: 1 }),
    review: 'how many approvals'
  },
  {
    example: 'Branch protection enabled',
    pattern: /\bbranch protection|protected branch/i,
    check: () => ({ type: 'branch-rules', 'require-reviews': 1 }),
    review: 'the checks and reviews the rules must require'
  },
  {
    example: 'Runbooks created',
    pattern: /\brunbooks?\b/i,
    check: () => ({ type: 'file', path: 'docs/RUNBOOK.md' }),
    review: 'the path of the runbook'
  },
  {
    example: 'CHANGELOG updated',
    pattern: /\b(changelog|release notes)\b/i,
    check: () => ({ type: 'file', path: 'CHANGELOG.md' }),
    review: 'the path of the changelog'
  },
  {
    example: 'README complete',
    pattern: /\bREADME\b/i,
    check: () => ({ type: 'file', path: 'README.md' }),
    review: 'the path, and `contains` for sections it must have'
  },
  {
    example: 'CODEOWNERS defined',
    pattern: /\bcode ?owners\b/i,
    check: () => ({ type: 'file', path: '.github/CODEOWNERS' }),
    review: 'the path of the CODEOWNERS file'
  },
  {
    example: 'Security policy published',
    pattern: /\bsecurity policy|SECURITY\.md\b/i,
    check: () => ({ type: 'file', path: 'SECURITY.md' }),
    review: 'the path of the security policy'
  }
]

/** The first suggestion whose phrase the title holds, if any. */
export function suggestCheck(title: string): { check: CheckSpec; review: string } | undefined {
  // The phrase is near the start; a bounded title keeps every pattern quick on any input.
  const head = title.slice(0, 300)
  for (const s of SUGGESTIONS) {
    const m = s.pattern.exec(head)
    if (m) return { check: s.check(m), review: s.review }
  }
  return undefined
}
