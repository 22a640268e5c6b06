import type { Document, Node } from 'yaml'
import type { z } from 'zod'
import type { ConfigError } from '../errors/config-error.js'
import { closest } from '../text/closest.js'
import { keyNode, locate } from './positions.js'
import { CHECK_TYPES, CheckSchema, ChecklistSchema, SectionSchema, SignoffSchema } from './schema.js'

/**
 * Turns zod's issues into checklist errors a person can act on: what was given, in YAML's words
 * ("the text "1"", "a mapping"), what is expected, and the fix; positioned at the offending node.
 */

export const SCHEMA_FIX =
  'See the checklist format in docs/checklist.md (or checklist/schema.json for editor completion).'

export type MakeError = (message: string, node?: Node, fix?: string) => ConfigError

const ITEM_KEYS = ['id', 'title', 'description', 'required', 'owner', 'check', 'signoff', 'items']

export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  doc: Document,
  error: MakeError
): ConfigError[] {
  const path = issue.path
  const subject = subjectOf(path, data)
  const field = fieldOf(path)
  const key = String(path[path.length - 1] ?? '')
  const located = locate(doc, path)
  const value = valueAt(data, path)
  const at = (message: string, fix = SCHEMA_FIX, node = located.node) => [
    error(`${subject}${message.startsWith(' ') ? '' : ': '}${message}`, node, fix)
  ]
  // "`min` is 120", or for the whole file " is a list" (read as "the checklist is a list").
  const is = (typed: boolean) => `${field ? `\`${field}\`` : ''} is ${describeValue(value, typed)}`

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, data)
      const where = field ? ` in \`${field}\`` : ''
      // One error per key, each at its own key and with its own suggestion.
      return issue.keys.map(k => {
        const guess = closest(k, allowed)
        return error(
          `${subject}: unknown key \`${k}\`${where}`,
          keyNode(located.node, k) ?? located.node,
          guess
            ? `Did you mean \`${guess}\`? Allowed keys: ${allowed.join(', ')}.`
            : `Remove it; allowed keys: ${allowed.join(', ')}.`
        )
      })
    }
    case 'invalid_type': {
      if (value === undefined) return at(`missing \`${field}\``, `Add \`${key}:\` here.`)
      return at(`${is(true)}; expected ${expectedWords(issue.expected)}`, typeFix(issue.expected, value, key))
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const types = CHECK_TYPES.map(t => `\`${t}\``).join(', ')
        if (value === undefined) return at(`missing \`${field}\``, `Add \`type:\` with one of ${types}.`)
        const guess = typeof value === 'string' ? closest(value, CHECK_TYPES) : undefined
        return at(
          typeof value === 'string'
            ? `unknown check type \`${value}\``
            : `${is(true)}; expected the name of a check type`,
          `${guess ? `Did you mean \`${guess}\`? ` : ''}Check types: ${types}.`
        )
      }
      // The only other unions are "one or a list of" (zod reports a value of the right kind itself,
      // so here it is neither): a list is wrong in an entry, which is named and pointed at.
      if (Array.isArray(value)) {
        const i = value.findIndex(v => typeof v !== 'string')
        if (i >= 0) {
          const entry = value[i] as unknown
          return [
            error(
              `${subject}: \`${field}[${i}]\` is ${describeValue(entry, true)}; expected text`,
              locate(doc, [...path, i]).node,
              typeFix('string', entry, '')
            )
          ]
        }
      }
      return at(
        `${is(true)}; expected text or a list of texts`,
        `Write \`${key}: some-text\` or \`${key}: [one, two]\`.`
      )
    }
    case 'invalid_value': {
      if (value === undefined && issue.values.length === 1)
        return at(`missing \`${field}\``, `Add \`${key}: ${String(issue.values[0])}\`.`)
      const allowed = issue.values.map(v => `\`${String(v)}\``)
      const expected = allowed.length > 1 ? `one of ${allowed.join(', ')}` : allowed[0]
      const strings = issue.values.every(v => typeof v === 'string')
      const unquoted = issue.values.find(v => typeof v !== 'string' && String(v) === value)
      if (typeof value === 'string' && unquoted !== undefined) {
        return at(
          `${is(true)}; expected the ${typeof unquoted} ${String(unquoted)}`,
          `Write \`${key}: ${value}\` without quotes.`
        )
      }
      const guess = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined
      return at(
        `${is(!strings || typeof value !== 'string')}; expected ${expected}`,
        guess
          ? `Did you mean \`${guess}\`?`
          : allowed.length > 1
            ? `Write ${expected}.`
            : `Write \`${key}: ${String(issue.values[0])}\`.`
      )
    }
    case 'too_small':
    case 'too_big':
      if (value === '') return at(`\`${field}\` is empty`, `Write a value after \`${key}:\`.`)
      return at(`${is(false)}; ${it(boundWords(issue))}`, boundFix(issue, key))
    case 'invalid_format':
      return at(
        `${is(false)}; ${it(ownMessage(issue.message) ?? `must be ${issue.format}`)}`,
        formatFix(key, value)
      )
    case 'custom': {
      const fix = (issue.params as { fix?: string } | undefined)?.fix ?? formatFix(key, value)
      // A refinement of one value ("`signoff.date` is `2026-02-30`, which is not a real calendar
      // date"), or of a whole mapping ("`check` needs exactly one source").
      const scalar = value !== null && typeof value !== 'object'
      return at(scalar ? `${is(false)}, which ${issue.message}` : `\`${field}\` ${issue.message}`, fix)
    }
    default:
      return at(`${is(false)}; ${issue.message}`)
  }
}

/**
 * A value as its YAML author sees it. `typed` when the kind of value is the problem: then text is
 * called text, and text that YAML would read as a number or `true`/`false` unquoted says so.
 */
export function describeValue(v: unknown, typed: boolean): string {
  if (v === undefined) return 'missing'
  if (v === null) return 'empty (null)'
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list'
  if (typeof v === 'object') return 'a mapping (`key: value` lines)'
  if (typeof v === 'string') {
    if (v === '') return 'empty text'
    if (!typed) return `\`${clip(v)}\``
    return /^(-?\d+(\.\d+)?|true|false|null)$/.test(v)
      ? `the text "${v}" (in quotes, so not a ${/\d/.test(v) ? 'number' : 'true/false value'})`
      : `the text \`${clip(v)}\``
  }
  if (!typed) return String(v)
  return typeof v === 'boolean' ? `\`${v}\` (a true/false value)` : `the ${typeof v} ${String(v)}`
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s
}

function expectedWords(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: '`true` or `false`',
    array: 'a list',
    object: 'a mapping (`key: value` lines)'
  }
  return words[expected] ?? expected
}

/** How to write the value as the expected type, for the mistakes YAML authors make. */
function typeFix(expected: string, value: unknown, key: string): string {
  if (
    (expected === 'number' || expected === 'int') &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  )
    return `Write \`${key}: ${value.trim()}\` without quotes.`
  if (expected === 'boolean' && typeof value === 'string') {
    const word = value.trim().toLowerCase()
    const yes = ['yes', 'y', 'on', 'true'].includes(word)
    const no = ['no', 'n', 'off', 'false'].includes(word)
    if (word === 'true' || word === 'false') return `Write \`${key}: ${word}\` without quotes.`
    if (yes || no) return `Write \`${key}: ${yes}\` (YAML 1.2 reads \`${value}\` as text).`
    return `Write \`${key}: true\` or \`${key}: false\`.`
  }
  if (expected === 'int' && typeof value === 'number')
    return `Use a whole number, e.g. \`${key}: ${Math.round(value)}\`.`
  if (expected === 'string' && value === null) return `Write a value after \`${key}:\`.`
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean'))
    return `Quote it: \`${key ? `${key}: ` : ''}"${String(value)}"\`.`
  if (expected === 'array' && value !== null && typeof value === 'object')
    return `Write each entry on its own line starting with \`- \`, or as \`${key}: [a, b]\`.`
  if (expected === 'object' && Array.isArray(value))
    return `Write \`key: value\` lines here, not a list (drop the \`- \`).`
  return SCHEMA_FIX
}

type BoundIssue = z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig

/** The schema's own message when it has one ("a group needs at least one item"), else zod's bound in words. */
function boundWords(issue: BoundIssue): string {
  const own = ownMessage(issue.message)
  if (own) return own
  const small = issue.code === 'too_small'
  const bound = Number(small ? issue.minimum : issue.maximum)
  if (issue.origin === 'array' || issue.origin === 'set')
    return `must list ${small ? 'at least' : 'at most'} ${bound === 1 ? 'one entry' : `${bound} entries`}`
  if (issue.origin === 'string')
    return small && bound === 1
      ? 'must not be empty'
      : `must be ${small ? 'at least' : 'at most'} ${bound} characters long`
  const words = small
    ? issue.inclusive
      ? 'at least'
      : 'more than'
    : issue.inclusive
      ? 'at most'
      : 'less than'
  return `must be ${words} ${bound}`
}

function boundFix(issue: BoundIssue, key: string): string {
  if (issue.origin === 'array')
    return issue.code === 'too_small' ? `List at least one entry under \`${key}\`.` : SCHEMA_FIX
  if (issue.origin === 'string') return `Write a value after \`${key}:\`.`
  const small = issue.code === 'too_small'
  const bound = Number(small ? issue.minimum : issue.maximum)
  if (issue.inclusive === false) return `Use a number ${small ? 'above' : 'below'} ${bound}.`
  return `Use ${bound} or ${small ? 'more' : 'less'}.`
}

/** "must be …" reads as "it must be …" after "`x` is y;". */
function it(words: string): string {
  return words.startsWith('must ') ? `it ${words}` : words
}

/** How to write an id or a date the way the format asks. */
function formatFix(key: string, value: unknown): string {
  if (key === 'id' && typeof value === 'string') {
    const id = value
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
    return id ? `Write it as \`${id}\`.` : 'Use lower-case letters, digits, `.`, `_` and `-`.'
  }
  if (key === 'date' || key === 'expires') {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? 'Use a day that exists in that month.'
      : `Write it as YYYY-MM-DD, e.g. \`${key}: 2026-11-20\`.`
  }
  return SCHEMA_FIX
}

/** A message the schema wrote itself; zod's generic ones ("Too small: …", "Invalid …") are replaced. */
function ownMessage(message: string): string | undefined {
  return /^(Too (small|big)|Invalid)\b/.test(message) ? undefined : message
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[step]
  }
  return v
}

/** "item `unit-tests`", "section 2 (Testing)" or "the checklist": the nearest thing a person can find. */
export function subjectOf(path: readonly PropertyKey[], data: unknown): string {
  let subject = 'the checklist'
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'items' && typeof path[i + 1] === 'number') {
      const id = valueAt(data, [...path.slice(0, i + 2), 'id'])
      subject =
        typeof id === 'string' && id !== ''
          ? `item \`${id}\``
          : `item ${Number(path[i + 1]) + 1} of ${subject}`
    } else if (path[i] === 'sections' && typeof path[i + 1] === 'number') {
      const title = valueAt(data, ['sections', path[i + 1], 'title'])
      subject = `section ${Number(path[i + 1]) + 1}${typeof title === 'string' && title !== '' ? ` (${title})` : ''}`
    }
  }
  return subject
}

/** The part of the path below the subject, e.g. `check.allow[0]`. */
function fieldOf(path: readonly PropertyKey[]): string {
  let start = 0
  for (let i = 0; i < path.length; i++) {
    if ((path[i] === 'items' || path[i] === 'sections') && typeof path[i + 1] === 'number') start = i + 2
  }
  return path
    .slice(start)
    .map(s => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
    .join('')
    .replace(/^\./, '')
}

function allowedKeys(path: readonly PropertyKey[], data: unknown): string[] {
  const last = path[path.length - 1]
  if (path.length === 0) return Object.keys(ChecklistSchema.shape)
  if (path.length === 2 && path[0] === 'sections') return Object.keys(SectionSchema.shape)
  if (last === 'signoff') return Object.keys(SignoffSchema.shape)
  if (last === 'check') {
    const type = valueAt(data, [...path, 'type'])
    const option = CheckSchema.options.find(o => o.shape.type.value === type)
    return option ? Object.keys(option.shape) : ['type']
  }
  return ITEM_KEYS
}
