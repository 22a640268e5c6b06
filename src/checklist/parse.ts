import { LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { z } from 'zod'
import type { ConfigError } from '../errors/config-error.js'
import type { Checklist, ChecklistItem, ChecklistSection } from './model.js'
import { keyNode, locate, positionOf } from './positions.js'
import {
  CHECK_TYPES,
  CheckSchema,
  ChecklistSchema,
  SectionSchema,
  SignoffSchema,
  type ChecklistInput,
  type ItemInput
} from './schema.js'
import { checkSemantics } from './semantics.js'

export interface ParseOptions {
  /** Path of the file, for messages. */
  file: string
  /** Ref it was read at, for messages. */
  ref?: string
  /** Today in UTC, `YYYY-MM-DD`: sign-off dates may not be later. */
  today: string
}

export type ParseResult = { ok: true; checklist: Checklist } | { ok: false; errors: ConfigError[] }

/** Aliases are expanded at most this many times, so a "billion laughs" file cannot exhaust memory. */
const MAX_ALIAS_COUNT = 100
const SCHEMA_FIX = 'See the checklist format in the README (or checklist/schema.json for editor completion).'

/**
 * Parses and validates a checklist. Pure: every problem comes back as a positioned ConfigError
 * (file, ref, line, column, the offending word and a fix), never as an exception.
 */
export function parseChecklist(text: string, options: ParseOptions): ParseResult {
  const lines = new LineCounter()
  const at = (node: Node | undefined) => positionOf(node, lines)
  const error = (message: string, node?: Node, fix = SCHEMA_FIX): ConfigError => ({
    file: options.file,
    ref: options.ref,
    ...at(node),
    message,
    fix
  })

  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(e => {
        const { line, col } = lines.linePos(e.pos[0])
        return {
          file: options.file,
          ref: options.ref,
          line,
          column: col,
          message: `YAML syntax: ${firstLine(e.message)}`,
          fix: 'Correct the YAML at that position (indentation, quoting, a missing colon).'
        }
      })
    }
  }
  if (doc.contents === null) {
    return {
      ok: false,
      errors: [error('the file is empty', undefined, 'Start it with `version: 1` and `sections:`.')]
    }
  }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    return {
      ok: false,
      errors: [error(`YAML could not be read: ${firstLine(String((e as Error).message))}`, doc.contents)]
    }
  }

  const parsed = ChecklistSchema.safeParse(data)
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map(issue => describeIssue(issue, data, doc, error)) }
  }

  const checklist = toModel(parsed.data, doc, lines)
  const problems = checkSemantics(checklist, options.today).map(p => ({
    file: options.file,
    ref: options.ref,
    line: p.line,
    column: p.column,
    message: p.message,
    fix: p.fix
  }))
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, checklist }
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim()
}

function toModel(input: ChecklistInput, doc: Document, lines: LineCounter): Checklist {
  const pos = (path: PropertyKey[]) => positionOf(locate(doc, path).node, lines) ?? { line: 1, column: 1 }
  const item = (raw: ItemInput, path: PropertyKey[]): ChecklistItem => ({
    id: raw.id,
    title: raw.title,
    description: raw.description,
    required: raw.required ?? true,
    owner: raw.owner,
    check: raw.check,
    signoff: raw.signoff,
    items: raw.items?.map((child, i) => item(child, [...path, 'items', i])),
    ...pos(path)
  })
  const sections: ChecklistSection[] = input.sections.map((s, i) => ({
    title: s.title,
    line: pos(['sections', i, 'title']).line,
    items: s.items.map((raw, j) => item(raw, ['sections', i, 'items', j]))
  }))
  return { version: 1, title: input.title, sections }
}

// ---- turning zod issues into messages a person can act on -------------------------------------

const ITEM_KEYS = ['id', 'title', 'description', 'required', 'owner', 'check', 'signoff', 'items']

type MakeError = (message: string, node?: Node, fix?: string) => ConfigError

function describeIssue(issue: z.core.$ZodIssue, data: unknown, doc: Document, error: MakeError): ConfigError {
  const path = issue.path
  const subject = subjectOf(path, data)
  const field = fieldOf(path)
  const located = locate(doc, path)
  const value = valueAt(data, path)

  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]
      const allowed = allowedKeys(path, data)
      const guess = closest(key, allowed)
      const more =
        issue.keys.length > 1
          ? ` (and ${issue.keys
              .slice(1)
              .map(k => `\`${k}\``)
              .join(', ')})`
          : ''
      return error(
        `${subject}: unknown key \`${key}\`${more}${field ? ` in \`${field}\`` : ''}`,
        keyNode(located.node, key) ?? located.node,
        guess
          ? `Did you mean \`${guess}\`? Allowed keys: ${allowed.join(', ')}.`
          : `Remove it; allowed keys: ${allowed.join(', ')}.`
      )
    }
    case 'invalid_type':
      if (value === undefined) {
        return error(
          `${subject}: missing \`${field}\``,
          located.node,
          `Add \`${String(path[path.length - 1])}:\` here.`
        )
      }
      return error(
        `${subject}: \`${field}\` must be ${article(issue.expected)}, not ${describeValue(value)}`,
        located.node
      )
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'type') {
        const guess = typeof value === 'string' ? closest(value, CHECK_TYPES) : undefined
        return error(
          `${subject}: unknown check type ${describeValue(value)}`,
          located.node,
          `${guess ? `Did you mean \`${guess}\`? ` : ''}Check types: ${CHECK_TYPES.join(', ')}.`
        )
      }
      return error(
        `${subject}: \`${field}\` must be a string or a list of strings, not ${describeValue(value)}`,
        located.node
      )
    case 'invalid_value': {
      const expected = issue.values.map(v => `\`${String(v)}\``).join(', ')
      const guess = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined
      return error(
        `${subject}: \`${field}\` is ${describeValue(value)}; expected ${issue.values.length > 1 ? 'one of ' : ''}${expected}`,
        located.node,
        guess ? `Did you mean \`${guess}\`?` : SCHEMA_FIX
      )
    }
    default:
      return error(
        `${subject}: \`${field || 'the file'}\` ${issue.message}${value !== undefined && typeof value !== 'object' ? ` (${describeValue(value)})` : ''}`,
        located.node
      )
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[step]
  }
  return v
}

/** "item `unit-tests`", "section 2 (Testing)" or "the checklist": the nearest thing a person can find. */
function subjectOf(path: readonly PropertyKey[], data: unknown): string {
  let subject = 'the checklist'
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'items' && typeof path[i + 1] === 'number') {
      const id = valueAt(data, [...path.slice(0, i + 2), 'id'])
      subject = typeof id === 'string' ? `item \`${id}\`` : `item ${Number(path[i + 1]) + 1} of ${subject}`
    } else if (path[i] === 'sections' && typeof path[i + 1] === 'number') {
      const title = valueAt(data, ['sections', path[i + 1], 'title'])
      subject = `section ${Number(path[i + 1]) + 1}${typeof title === 'string' ? ` (${title})` : ''}`
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

function describeValue(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  if (typeof v === 'string') return `\`${v}\``
  return `\`${String(v)}\` (${typeof v})`
}

function article(expected: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a mapping', number: 'a number' }
  return names[expected] ?? `a ${expected}`
}

/** The allowed word nearest to a typo, when it is close enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}
