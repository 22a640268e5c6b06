import { z } from 'zod'
import { DURATION_FIX, parseDuration } from '../text/duration.js'
import { parseNeedle } from '../text/needle.js'

/**
 * The one definition of the checklist format (documented in docs/checklist.md and docs/check-types.md,
 * whose tables `npm run docs` generates from it). The parser validates with it and
 * `npm run schema` turns it into checklist/schema.json for editors. Every object is strict:
 * a typo in a key must be an error, never a silently weaker gate.
 */

const glob = z.string().min(1, 'must not be empty')
const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1, 'must list at least one')])
const count = z.number().int('must be a whole number').min(0, 'must be 0 or more')
const severity = z.enum(['critical', 'high', 'medium', 'low'])

/**
 * Text to look for: plain, or `/pattern/flags` (RE2 syntax, linear time). Every pattern is compiled
 * here, so a pattern the gate cannot run is a positioned checklist error, never an `unknown` later.
 * The issue carries its fix in `params.fix`.
 */
export const needle = z
  .string()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    const parsed = parseNeedle(text)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.problem.message, params: { fix: parsed.problem.fix } })
    }
  })

export const CONCLUSIONS = [
  'success',
  'neutral',
  'skipped',
  'failure',
  'cancelled',
  'timed_out',
  'action_required',
  'stale'
] as const

const checksCheck = z
  .strictObject({
    type: z.literal('checks'),
    name: oneOrMany(glob).describe('Glob (or list of globs) on check-run names and commit-status contexts.'),
    allow: z
      .array(z.enum(CONCLUSIONS))
      .min(1)
      .optional()
      .describe('Conclusions that count as success; default [success, neutral, skipped].')
  })
  .describe('Check runs and commit statuses on the commit. Needs checks: read and statuses: read.')

const coverageCheck = z
  .strictObject({
    type: z.literal('coverage'),
    min: z.number().min(0).max(100).describe('Minimum line coverage, in percent.'),
    artifact: z.string().min(1).optional().describe('Name of a workflow artifact from the commit’s runs.'),
    status: z.string().min(1).optional().describe('Check or status name whose text holds a percentage.'),
    path: z.string().min(1).optional().describe('Report file in the workspace.'),
    format: z.enum(['lcov', 'cobertura', 'istanbul', 'jacoco', 'go', 'auto']).optional(),
    'max-drop': z.number().min(0).optional().describe('Points the figure may fall below the merge base.')
  })
  .refine(c => [c.artifact, c.status, c.path].filter(s => s !== undefined).length === 1, {
    message: 'needs exactly one source: `artifact`, `status` or `path`'
  })
  .describe('Line coverage from a report. Needs actions: read for artifacts.')

const codeScanningCheck = z
  .strictObject({
    type: z.literal('code-scanning'),
    severity: severity.optional().describe('Minimum severity counted; default high.'),
    max: count.optional().describe('Most open alerts allowed; default 0.'),
    tool: z.string().min(1).optional().describe('Only alerts from this tool (e.g. CodeQL).')
  })
  .describe('Open code-scanning alerts. Needs security-events: read.')

const secretScanningCheck = z
  .strictObject({
    type: z.literal('secret-scanning'),
    max: count.optional().describe('Most open alerts allowed; default 0.')
  })
  .describe('Open secret-scanning alerts. Needs a security-token with "Secret scanning alerts: read".')

const dependabotCheck = z
  .strictObject({
    type: z.literal('dependabot'),
    severity: severity.optional().describe('Minimum severity counted; default high.'),
    max: count.optional().describe('Most open alerts allowed; default 0.')
  })
  .describe('Open Dependabot alerts. Needs vulnerability-alerts: read.')

const fileCheck = z
  .strictObject({
    type: z.literal('file'),
    path: oneOrMany(z.string().min(1)).describe('File (or list of files) that must exist at the ref.'),
    contains: oneOrMany(needle)
      .optional()
      .describe('Text each file must contain; /…/flags for a regular expression (RE2 syntax, flags i, m, s).')
  })
  .describe('Files in the repository at the gated commit. Needs contents: read.')

const reviewsCheck = z
  .strictObject({
    type: z.literal('reviews'),
    min: z.number().int().min(1).optional().describe('Distinct approving reviewers; default 1.'),
    fresh: z.boolean().optional().describe('Count only approvals of the head commit.')
  })
  .describe('Approving reviews on the PR. Needs pull-requests: read.')

const branchRulesCheck = z
  .strictObject({
    type: z.literal('branch-rules'),
    branch: z.string().min(1).optional(),
    'require-checks': z.array(z.string().min(1)).min(1).optional(),
    'require-reviews': count.optional()
  })
  .refine(c => c['require-checks'] !== undefined || c['require-reviews'] !== undefined, {
    message: 'needs `require-checks` or `require-reviews` (or both)'
  })
  .describe('Rules on the branch. Needs contents: read (administration: read for classic protection).')

export const CheckSchema = z.discriminatedUnion('type', [
  checksCheck,
  coverageCheck,
  codeScanningCheck,
  secretScanningCheck,
  dependabotCheck,
  fileCheck,
  reviewsCheck,
  branchRulesCheck
])

export const CHECK_TYPES = CheckSchema.options.map(o => o.shape.type.value)

const isoDate = z
  .string()
  // abort: a value that is no date at all gets one error, not a second about the calendar.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(
    s =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'is not a real calendar date'
    }
  )

export const SignoffSchema = z
  .strictObject({
    by: z.string().min(1).describe('Who signed off, e.g. "@alice".'),
    date: isoDate.describe('When (YYYY-MM-DD, not in the future).'),
    expires: isoDate.optional().describe('Last day the sign-off holds (YYYY-MM-DD, after `date`).'),
    note: z.string().optional()
  })
  .describe('A committed attestation of a manual item.')

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/

/** `@user` or `@org/team`: who may sign off (GitHub logins and team slugs). */
export const PERSON_PATTERN = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/
const person = z.string().regex(PERSON_PATTERN, 'must be `@user` or `@org/team`')
const people = oneOrMany(person)

const duration = z.string().superRefine((text, ctx) => {
  const parsed = parseDuration(text)
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message, params: { fix: DURATION_FIX } })
})

export const WaiverSchema = z
  .strictObject({
    item: z.string().min(1).describe('Item id or path (a group stands for its required items).'),
    by: z.string().min(1).describe('Who waived it, e.g. "@carol".'),
    until: isoDate.describe('Last day the waiver holds (YYYY-MM-DD, at most 90 days ahead).'),
    reason: z.string().min(1, 'must say why')
  })
  .describe('A committed waiver: the item does not block until `until`.')

export interface ItemInput {
  id: string
  title: string
  description?: string
  required?: boolean
  owner?: string | string[]
  check?: z.infer<typeof CheckSchema>
  signoff?: z.infer<typeof SignoffSchema>
  items?: ItemInput[]
}

export const ItemSchema: z.ZodType<ItemInput> = z.strictObject({
  id: z
    .string()
    .regex(ID_PATTERN, 'must be lower-case letters, digits, ".", "_" or "-", starting with a letter or digit')
    .describe('Unique in the file.'),
  title: z.string().min(1, 'must not be empty'),
  description: z.string().optional(),
  required: z.boolean().optional().describe('Default true; false makes the item advisory.'),
  owner: people
    .optional()
    .describe('Who answers for the item and may sign it off: "@user" or "@org/team", or a list of them.'),
  check: CheckSchema.optional().describe('How the gate verifies the item; absent: a manual item.'),
  signoff: SignoffSchema.optional(),
  get items() {
    return z.array(ItemSchema).min(1, 'a group needs at least one item').optional().describe('A group.')
  }
})

export const SectionSchema = z.strictObject({
  title: z.string().min(1, 'must not be empty'),
  items: z.array(ItemSchema).min(1, 'a section needs at least one item')
})

export const ChecklistSchema = z
  .strictObject({
    version: z.literal(1, 'must be 1'),
    title: z.string().min(1).optional(),
    approvers: people
      .optional()
      .describe(
        'Release managers: may sign off any manual item, and alone may waive ("@user" or "@org/team").'
      ),
    'self-signoff': z
      .enum(['allowed', 'forbidden'])
      .optional()
      .describe("`allowed` lets a PR's author sign off and waive items of their own PR; default forbidden."),
    'signoff-max-age': duration
      .optional()
      .describe('How long a sign-off by comment holds after it was posted, e.g. 7d.'),
    waivers: z.array(WaiverSchema).min(1).optional().describe('Committed waivers.'),
    sections: z.array(SectionSchema).min(1, 'a checklist needs at least one section')
  })
  .describe('Readiness Gate checklist (https://github.com/readiness-gate/readiness-gate).')

export type CheckSpec = z.infer<typeof CheckSchema>
export type CheckType = CheckSpec['type']
export type Signoff = z.infer<typeof SignoffSchema>
export type WaiverInput = z.infer<typeof WaiverSchema>
export type ChecklistInput = z.infer<typeof ChecklistSchema>
