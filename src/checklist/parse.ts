import { Composer, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml'
import type { ConfigError } from '../errors/config-error.js'
import { MAX_ALIASES, MAX_GROUP_DEPTH, tooDeepGroup, yamlBeyondBounds } from './depth.js'
import { describeIssue, SCHEMA_FIX, subjectOf } from './issues.js'
import type { Checklist, ChecklistItem, ChecklistSection } from './model.js'
import { locate, positionOf } from './positions.js'
import { ChecklistSchema, type ChecklistInput, type ItemInput } from './schema.js'
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
const NESTING_FIX = `Flatten the groups: an item may sit inside at most ${MAX_GROUP_DEPTH} groups.`

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

  // parseDocument's two steps, with a depth check between them: the parser keeps its own stack,
  // but composing the document recurses once per level and would overflow on a deep enough file.
  const tokens = [...new Parser(lines.addNewLine).parse(text)]
  const beyond = yamlBeyondBounds(tokens)
  if (beyond) {
    const { line, col } = lines.linePos(beyond.offset)
    return {
      ok: false,
      errors: [
        {
          file: options.file,
          ref: options.ref,
          line,
          column: col,
          message: beyond.message,
          fix: beyond.message.includes('aliases')
            ? `Write the repeated parts out, or use at most ${MAX_ALIASES} aliases.`
            : NESTING_FIX
        }
      ]
    }
  }
  const doc = composeOne(tokens, text.length)
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
    // Aliases can nest a value deeper than the text shows; the stack overflow is that, said plainly.
    const what =
      e instanceof RangeError
        ? 'it nests too deeply (through aliases)'
        : firstLine(String((e as Error).message))
    return {
      ok: false,
      errors: [
        error(
          `YAML could not be read: ${what}`,
          doc.contents,
          e instanceof RangeError ? NESTING_FIX : undefined
        )
      ]
    }
  }

  const deepItem = tooDeepGroup(data)
  if (deepItem) {
    const groups = deepItem.filter(step => step === 'items').length - 1
    return {
      ok: false,
      errors: [
        error(
          `${subjectOf(deepItem, data)} sits inside ${groups} nested groups; groups nest at most ${MAX_GROUP_DEPTH} deep`,
          locate(doc, deepItem).node,
          NESTING_FIX
        )
      ]
    }
  }

  const parsed = ChecklistSchema.safeParse(data)
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.flatMap(issue => describeIssue(issue, data, doc, error)) }
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

/** Composes the parser's tokens into one document, as parseDocument does. */
function composeOne(tokens: CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ uniqueKeys: true })
  let doc: Document.Parsed | undefined
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'Source contains multiple documents'
        )
      )
      break
    }
  }
  return doc!
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
    owner: raw.owner === undefined ? undefined : listOf(raw.owner).join(', '),
    owners: raw.owner === undefined ? [] : listOf(raw.owner),
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
  return {
    version: 1,
    title: input.title,
    approvers: input.approvers === undefined ? [] : listOf(input.approvers),
    selfSignoff: input['self-signoff'] === 'allowed',
    signoffMaxAge: input['signoff-max-age'],
    waivers: (input.waivers ?? []).map((w, i) => ({ ...w, ...pos(['waivers', i, 'until']) })),
    sections
  }
}

const listOf = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v])
