import { z } from 'zod'
import { parseNeedle } from '../text/needle.js'
import { parseSelector } from '../text/selector.js'
import { duration } from './duration.js'
import { parseValuePath } from './value-path.js'

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

/** `match` selectors (`services.*.healthcheck`) are checked at validation, like needles, at their key. */
const selectors = (m: Record<string, unknown>, ctx: z.RefinementCtx) => {
  if (Object.keys(m).length === 0)
    ctx.addIssue({ code: 'custom', message: 'must name at least one selector' })
  for (const key of Object.keys(m)) {
    const parsed = parseSelector(key)
    if (!parsed.ok)
      ctx.addIssue({ code: 'custom', path: [key], message: parsed.message, params: { fix: parsed.fix } })
  }
}

const fileCheck = z
  .strictObject({
    type: z.literal('file'),
    path: oneOrMany(z.string().min(1)).describe('File (or list of files) that must exist at the ref.'),
    contains: oneOrMany(needle)
      .optional()
      .describe(
        'Text each file must contain; /…/flags for a regular expression (RE2 syntax, flags i, m, s).'
      ),
    'not-contains': oneOrMany(needle)
      .optional()
      .describe('Text no file may contain (plain, or /…/flags as for `contains`).'),
    match: z
      .record(z.string(), z.union([z.literal(true), needle]))
      .superRefine(selectors)
      .optional()
      .describe(
        'YAML/JSON files: { "<selector>": true | "<value or /regex/>" }; a selector is a dot path with * for any key or index. Every selected node must exist (true) or be a scalar equal to the value (or matching the /regex/); a selector that selects nothing fails.'
      ),
    absent: z
      .literal(true)
      .optional()
      .describe(
        'true: the path(s) must not exist at the ref (no `contains`, `not-contains` or `match` with it).'
      )
  })
  .refine(
    c => !c.absent || (c.contains === undefined && c['not-contains'] === undefined && c.match === undefined),
    {
      message:
        '`absent: true` cannot be combined with `contains`, `not-contains` or `match` (an absent file has no content)'
    }
  )
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

const itemsCheck = z
  .strictObject({
    type: z.literal('items'),
    items: oneOrMany(z.string().min(1, 'must not be empty'))
      .optional()
      .describe('Item ids, or paths of ids joined with / (`security/https`); a group names all its leaves.'),
    sections: oneOrMany(z.string().min(1, 'must not be empty'))
      .optional()
      .describe('Section titles, as written in this file: every leaf of the section.')
  })
  .refine(c => c.items !== undefined || c.sections !== undefined, {
    message: 'needs `items` or `sections` (or both)'
  })
  .describe('Other items, rolled up. Needs no permission.')

/** A URL the gate may probe: http or https, with no credentials in it (the gate never sends any). */
const probeUrl = z.string().superRefine((raw, ctx) => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'is not a URL',
      params: { fix: 'Write a full URL, e.g. `https://shop.example.com/health`.' }
    })
    return
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    ctx.addIssue({
      code: 'custom',
      message: `is a ${url.protocol} URL; only https and http are probed`,
      params: { fix: 'Use an `https://` (or `http://`) URL.' }
    })
  if (url.username || url.password)
    ctx.addIssue({
      code: 'custom',
      message: 'holds credentials; the gate never sends any to a probed service',
      params: { fix: 'Remove the `user:password@` part: probe an endpoint that answers without them.' }
    })
})

const httpCheck = z
  .strictObject({
    type: z.literal('http'),
    url: probeUrl.describe('The live service to ask (https or http); GET, with no token or cookie.'),
    status: z
      .number()
      .int()
      .min(100)
      .max(599)
      .optional()
      .describe('The status every answer must have; default 200.'),
    'max-ms': z
      .number()
      .positive()
      .optional()
      .describe('Most milliseconds for the median answer of `samples` (connect, TLS, body).'),
    samples: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .describe('Requests made, one after another; default 3.'),
    'tls-days': z
      .number()
      .min(0)
      .optional()
      .describe('https: the certificate stays valid at least this many more days (of 24 h).'),
    headers: z
      .record(z.string().min(1), z.union([z.literal(true), needle]))
      .optional()
      .describe(
        '{ name: true | "<value or /regex/>" }: each header present, equal to the value or matching it.'
      ),
    'redirects-to-https': z
      .literal(true)
      .optional()
      .describe('http:// url: the answer is a redirect (301, 302, 303, 307, 308) to https on the same host.'),
    follow: z
      .boolean()
      .optional()
      .describe(`Follow redirects (at most 5) and judge the last answer; default false.`)
  })
  .refine(c => c['tls-days'] === undefined || c.url.startsWith('https:'), {
    message: '`tls-days` needs an `https://` url (a plain http answer has no certificate)'
  })
  .refine(
    c => !c['redirects-to-https'] || (c.url.startsWith('http:') && !c.follow && c.status === undefined),
    {
      message:
        '`redirects-to-https` needs an `http://` url, without `follow` or `status` (the answer must be the redirect itself)'
    }
  )
  .describe('A live answer. Needs no permission.')

const workflowCheck = z
  .strictObject({
    type: z.literal('workflow'),
    workflow: z
      .union([z.string().min(1, 'must not be empty'), z.number().int().min(1)])
      .describe('The workflow file name in .github/workflows (e.g. backup-drill.yml), or its id.'),
    branch: z
      .string()
      .min(1)
      .optional()
      .describe('Runs on this branch; default: the repository’s default branch.'),
    event: z.string().min(1).optional().describe('Only runs triggered by this event (e.g. schedule).'),
    allow: z
      .array(z.enum(CONCLUSIONS))
      .min(1)
      .optional()
      .describe('Conclusions that count as success; default [success].'),
    'max-age': duration
      .optional()
      .describe('Duration (30m, 12h, 7d, 2w): the run must have completed within it.')
  })
  .describe('The latest run of a workflow. Needs actions: read.')

const deploymentCheck = z
  .strictObject({
    type: z.literal('deployment'),
    environment: z
      .string()
      .min(1, 'must not be empty')
      .describe('The environment deployed to (e.g. staging).'),
    'max-age': duration
      .optional()
      .describe('Duration (30m, 12h, 7d, 2w): the latest status must be at most this old.'),
    sha: z
      .enum(['any', 'target'])
      .optional()
      .describe('`target`: only deployments of the gated commit count; default `any`.'),
    protected: z
      .boolean()
      .optional()
      .describe('true: the environment must have required reviewers or a deployment branch policy.')
  })
  .describe('The latest deployment to an environment. Needs deployments: read.')

/** Document formats of `metric`, by file extension. */
export const METRIC_FORMATS = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.xml': 'junit'
} as const
export type MetricFormat = (typeof METRIC_FORMATS)[keyof typeof METRIC_FORMATS]
export const JUNIT_VALUES = ['tests', 'failures', 'errors', 'skipped', 'pass-rate'] as const

/** The format of a metric document from its name; undefined for an extension the gate cannot read. */
export function metricFormat(name: string): MetricFormat | undefined {
  const ext = /\.[^./]+$/.exec(name.toLowerCase())?.[0]
  return ext && Object.hasOwn(METRIC_FORMATS, ext)
    ? METRIC_FORMATS[ext as keyof typeof METRIC_FORMATS]
    : undefined
}

const EXTENSIONS = Object.keys(METRIC_FORMATS).join(', ')

const metricCheck = z
  .strictObject({
    type: z.literal('metric'),
    artifact: z.string().min(1).optional().describe('Name of a workflow artifact from the commit’s runs.'),
    path: z.string().min(1).optional().describe('The document inside the artifact.'),
    file: z.string().min(1).optional().describe('A document in the repository at the gated commit.'),
    value: z
      .string()
      .min(1, 'must not be empty')
      .describe('Path into the document (a.b[0]["p(95)"]); a CSV column; a JUnit figure.'),
    where: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('CSV only: the row whose columns have these values.'),
    min: z.number().optional().describe('Lowest value allowed (inclusive).'),
    max: z.number().optional().describe('Highest value allowed (inclusive).'),
    'max-age': duration
      .optional()
      .describe('Duration (30m, 12h, 7d, 2w), artifacts only: the artifact’s greatest age.')
  })
  .superRefine((c, ctx) => {
    const issue = (message: string, fix: string, path: string[] = []) =>
      ctx.addIssue({ code: 'custom', message, path, params: { fix } })
    if ((c.artifact === undefined) === (c.file === undefined)) {
      issue(
        'needs exactly one source: `artifact` (with `path`) or `file`',
        'Keep one of `artifact` and `file`.'
      )
      return
    }
    if (c.artifact !== undefined && c.path === undefined)
      issue(
        'needs `path`: the document inside the artifact',
        'Add `path:` with the file name inside the artifact.'
      )
    if (c.file !== undefined && c.path !== undefined)
      issue(
        'has `path`, which belongs to `artifact`',
        'Remove `path`, or use `artifact` instead of `file`.',
        ['path']
      )
    if (c.file !== undefined && c['max-age'] !== undefined)
      issue(
        'has `max-age`, which applies to artifacts only',
        'Remove `max-age`, or read the figure from an artifact.',
        ['max-age']
      )
    if (c.min === undefined && c.max === undefined)
      issue('needs `min` or `max` (or both)', 'Add `min:` or `max:`.')
    if (c.min !== undefined && c.max !== undefined && c.min > c.max)
      issue('has `min` above `max`: no value can pass', 'Swap them, or correct one.', ['min'])
    const doc = c.file ?? c.path
    if (doc === undefined) return
    const format = metricFormat(doc)
    const at = [c.file !== undefined ? 'file' : 'path']
    if (!format) {
      issue(
        `names a document whose format the gate cannot tell: it reads ${EXTENSIONS}`,
        `Name a file ending in ${EXTENSIONS}.`,
        at
      )
      return
    }
    if (format === 'junit' && !(JUNIT_VALUES as readonly string[]).includes(c.value))
      issue(
        `reads a JUnit XML report, whose \`value\` is one of ${JUNIT_VALUES.join(', ')}`,
        `Write \`value: pass-rate\` (or another of them).`,
        ['value']
      )
    if ((format === 'json' || format === 'yaml') && c.value !== undefined) {
      const parsed = parseValuePath(c.value)
      if (!parsed.ok)
        issue(
          `\`value\` ${parsed.problem}`,
          'Write the path as `a.b[0]["p(95)"]`: dot keys, `[n]` indices, `["…"]` for other keys.',
          ['value']
        )
    }
    if (c.where !== undefined && format !== 'csv')
      issue(
        'has `where`, which selects a CSV row',
        'Remove `where`; for JSON or YAML, write the whole path in `value`.',
        ['where']
      )
  })
  .describe('A number in a document, within bounds. Needs actions: read or contents: read.')

export const CheckSchema = z.discriminatedUnion('type', [
  checksCheck,
  coverageCheck,
  codeScanningCheck,
  secretScanningCheck,
  dependabotCheck,
  fileCheck,
  reviewsCheck,
  branchRulesCheck,
  itemsCheck,
  httpCheck,
  workflowCheck,
  deploymentCheck,
  metricCheck
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
