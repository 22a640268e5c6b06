import { parseDocument, type Document, type Node } from 'yaml'
import type { ConfigError } from '../errors/config-error.js'
import { closest } from '../text/closest.js'
import { describeIssue, SCHEMA_FIX } from './issues.js'
import type { Position } from './positions.js'
import { ItemSchema, type ItemInput } from './schema.js'

/**
 * `<!-- readiness: { id: pentest, owner: "@acme/security" } -->` on a Markdown task item's line: the
 * item's YAML keys, validated by the same schema as a YAML item. The Markdown gives the title and the
 * nesting, so `title` and `items` are not annotation keys.
 */
export const ANNOTATION_KEYS = ['id', 'description', 'required', 'owner', 'check', 'signoff'] as const

const OPENING = '<!--'
const CLOSING = '-->'
const WORD = 'readiness:'
const MAX_ALIAS_COUNT = 100

/** Where the annotation's YAML starts in the file, and how to turn a file offset into a position. */
export interface AnnotationPlace {
  /** Offset in the file of the comment (`<!--`). */
  offset: number
  positionAt: (offset: number) => Position
  file: string
  ref?: string
}

/** Whether an HTML node (block or inline) is a readiness annotation. */
export function isAnnotation(html: string): boolean {
  const text = html.trimStart()
  return text.startsWith(OPENING) && text.slice(OPENING.length).trimStart().startsWith(WORD)
}

export type AnnotationResult =
  { ok: true; keys: Record<string, unknown> } | { ok: false; errors: ConfigError[] }

/** The annotation's keys, checked for YAML syntax and unknown keys (the schema comes with the item). */
export function readAnnotation(html: string, place: AnnotationPlace): AnnotationResult {
  const lead = html.length - html.trimStart().length
  const afterOpening = lead + OPENING.length
  const bodyStart = html.indexOf(WORD, afterOpening) + WORD.length
  const error = (offset: number, message: string, fix: string): ConfigError => ({
    file: place.file,
    ref: place.ref,
    ...place.positionAt(place.offset + offset),
    message,
    fix
  })
  const closing = html.lastIndexOf(CLOSING)
  if (closing < bodyStart) {
    return {
      ok: false,
      errors: [
        error(0, 'the readiness annotation is not closed', 'End the comment with `-->` on the item’s line.')
      ]
    }
  }
  const body = html.slice(bodyStart, closing)
  const doc = parseDocument(body, { uniqueKeys: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(e =>
        error(
          bodyStart + e.pos[0],
          `readiness annotation, YAML syntax: ${e.message.split('\n')[0].trim()}`,
          'Write the keys as YAML, e.g. `<!-- readiness: { id: pentest, owner: "@acme/security" } -->`.'
        )
      )
    }
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    return {
      ok: false,
      errors: [
        error(
          bodyStart,
          `readiness annotation could not be read: ${String((e as Error).message)}`,
          SCHEMA_FIX
        )
      ]
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      errors: [
        error(
          bodyStart,
          'the readiness annotation is not a mapping of item keys',
          'Write `{ key: value, … }`, e.g. `<!-- readiness: { owner: "@acme/sre" } -->`.'
        )
      ]
    }
  }
  const errors: ConfigError[] = []
  for (const key of Object.keys(data)) {
    if ((ANNOTATION_KEYS as readonly string[]).includes(key)) continue
    const guess = closest(key, ANNOTATION_KEYS)
    const where = nodeOffset(keyNodeOf(doc, key))
    errors.push(
      error(
        bodyStart + (where ?? 0),
        `readiness annotation: unknown key \`${key}\``,
        key === 'title' || key === 'items'
          ? `Remove it: the Markdown gives the item's ${key === 'title' ? 'title (the task text)' : 'items (nested task items)'}.`
          : guess
            ? `Did you mean \`${guess}\`? Allowed keys: ${ANNOTATION_KEYS.join(', ')}.`
            : `Remove it; allowed keys: ${ANNOTATION_KEYS.join(', ')}.`
      )
    )
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, keys: data as Record<string, unknown> }
}

/**
 * Validates a Markdown item (its annotation's keys, title and id) with the YAML item schema. Errors
 * point into the annotation where the offending key is written, else at the item.
 */
export function validateItem(
  item: Record<string, unknown>,
  html: { text: string; place: AnnotationPlace } | undefined,
  at: Position,
  where: { file: string; ref?: string }
): { ok: true; item: ItemInput } | { ok: false; errors: ConfigError[] } {
  const parsed = ItemSchema.safeParse(item)
  if (parsed.success) return { ok: true, item: parsed.data }
  const bodyStart = html ? html.text.indexOf(WORD) + WORD.length : 0
  const doc = html
    ? parseDocument(html.text.slice(bodyStart, html.text.lastIndexOf(CLOSING)))
    : parseDocument('{}')
  const subject = `item \`${String(item.id)}\``
  const make = (message: string, node?: Node, fix = SCHEMA_FIX): ConfigError => {
    const offset = nodeOffset(node)
    const position =
      html && offset !== undefined ? html.place.positionAt(html.place.offset + bodyStart + offset) : at
    return { ...where, ...position, message: message.replace(/^the checklist/, subject), fix }
  }
  return {
    ok: false,
    errors: parsed.error.issues.flatMap(issue => describeIssue(issue, item, doc as Document, make))
  }
}

function keyNodeOf(doc: Document, key: string): Node | undefined {
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: unknown } }[] } | null
  const pair = contents?.items?.find(p => p.key?.value === key)
  return pair?.key as Node | undefined
}

function nodeOffset(node: Node | undefined): number | undefined {
  return node?.range?.[0]
}
