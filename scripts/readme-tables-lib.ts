/**
 * Pure functions behind `npm run docs`: they turn action.yml and the checklist's zod schema into the
 * generated tables and lists of README.md and docs/*.md, and put each between its markers. No file
 * system, no src/ imports: the caller hands in the sources, so the test and the script share exactly
 * this code.
 */
import { posix } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { productionSummaryMarkdown, productionTableMarkdown } from './evidence-kinds.js'

/** The blocks a document holds between `<!-- name:start -->` and `<!-- name:end -->`. */
export const BLOCKS = [
  'inputs',
  'input-list',
  'outputs',
  'check-type-list',
  'check-types',
  'production-table',
  'production-summary'
] as const
export type BlockName = (typeof BLOCKS)[number]

/**
 * The document each block must appear in (paths from the repository root). Any other document may
 * hold a block's markers too: `npm run docs` rewrites every block wherever it is.
 */
export const BLOCK_HOME: Record<BlockName, string> = {
  inputs: 'docs/inputs.md',
  'input-list': 'README.md',
  outputs: 'README.md',
  'check-type-list': 'README.md',
  'check-types': 'docs/check-types.md',
  'production-table': 'docs/production-checklist.md',
  'production-summary': 'README.md'
}

/** What each block is generated from, for the "do not edit" note. */
const BLOCK_SOURCE: Record<BlockName, string> = {
  inputs: 'action.yml',
  'input-list': 'action.yml',
  outputs: 'action.yml',
  'check-type-list': 'src/checklist/schema.ts',
  'check-types': 'src/checklist/schema.ts',
  'production-table': 'checklist/production.yml',
  'production-summary': 'checklist/production.yml'
}

/** The reference of the check types, which the one-line list links to. */
export const CHECK_TYPES_DOC = 'docs/check-types.md'

export interface ActionInput {
  name: string
  description: string
  required: boolean
  default: string | undefined
}

export interface ActionOutput {
  name: string
  description: string
}

export interface ActionMetadata {
  inputs: ActionInput[]
  outputs: ActionOutput[]
}

/** One option of the check union: a strict object whose `type` is a literal. */
export type CheckOption = z.ZodObject

/** Everything the generated blocks are made from. */
export interface ReadmeSources {
  actionYml: string
  checkOptions: readonly CheckOption[]
  /** Check types this version evaluates; the others are `unknown` ("not supported by this version"). */
  supportedTypes: ReadonlySet<string>
  /** checklist/production.yml, for the table of how its items are verified. */
  productionChecklist: string
}

/** Reads the inputs and outputs of action.yml, in file order. */
export function parseActionYml(text: string): ActionMetadata {
  const doc = parse(text) as {
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown } | null>
    outputs?: Record<string, { description?: string } | null>
  }
  return {
    inputs: Object.entries(doc.inputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec?.description ?? '',
      required: spec?.required === true,
      default: spec?.default === undefined ? undefined : String(spec.default)
    })),
    outputs: Object.entries(doc.outputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec?.description ?? ''
    }))
  }
}

/**
 * A table cell: one line, pipes escaped (GFM tables split on them, even inside code spans), and `<`,
 * `>` outside code spans written as entities so that "<check-name>" is not taken for an HTML tag.
 */
export function cell(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ').trim()
  const escaped = flat
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
  return escaped.replace(/\|/g, '\\|') || '—'
}

/** A code span for a cell; backticks in the text get a longer fence. */
export function codeCell(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Inputs as `Name | Description | Default`, like the inputs table of create-pull-request. */
export function inputsTable(meta: ActionMetadata): string {
  return table(
    ['Name', 'Description', 'Default'],
    meta.inputs.map(i => [
      codeCell(i.name),
      cell(i.description) + (i.required ? ' **Required.**' : ''),
      i.default === undefined || i.default === '' ? '_(empty)_' : cell(codeCell(i.default))
    ])
  )
}

/** Inputs as one line each — name, default, description — for the README; the table is in docs/inputs.md. */
export function inputList(meta: ActionMetadata): string {
  return meta.inputs
    .map(i => {
      const fallback = i.default === undefined || i.default === '' ? '' : ` (default ${codeCell(i.default)})`
      return `- ${codeCell(i.name)}${fallback}${i.required ? ' **required**' : ''}: ${cell(i.description)}`
    })
    .join('\n')
}

/** Outputs as one line each, for the README. */
export function outputsTable(meta: ActionMetadata): string {
  return meta.outputs.map(o => `- ${codeCell(o.name)}: ${cell(o.description)}`).join('\n')
}

/** The value a parameter takes, in words: "whole number ≥ 0", "string or list of strings", … */
export function describeValue(schema: z.ZodType): string {
  if (schema instanceof z.ZodOptional) return describeValue(schema.unwrap() as z.ZodType)
  if (schema instanceof z.ZodString) return 'string'
  if (schema instanceof z.ZodBoolean) return '`true` or `false`'
  if (schema instanceof z.ZodNumber) {
    const whole = schema.format === 'safeint' || schema.format === 'int32'
    const kind = whole ? 'whole number' : 'number'
    // `.int()` alone bounds a number to the safe integers: that is no bound worth printing.
    const min =
      Number.isFinite(schema.minValue) && schema.minValue !== Number.MIN_SAFE_INTEGER
        ? schema.minValue
        : undefined
    const max =
      Number.isFinite(schema.maxValue) && schema.maxValue !== Number.MAX_SAFE_INTEGER
        ? schema.maxValue
        : undefined
    if (min !== undefined && max !== undefined) return `${kind}, ${min}–${max}`
    if (min !== undefined) return `${kind} ≥ ${min}`
    if (max !== undefined) return `${kind} ≤ ${max}`
    return kind
  }
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.map(o => codeCell(String(o))).join(', ')}`
  if (schema instanceof z.ZodLiteral) return codeCell(String(schema.value))
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType
    return element instanceof z.ZodEnum
      ? `list of ${element.options.map(o => codeCell(String(o))).join(', ')}`
      : `list of ${plural(describeValue(element))}`
  }
  if (schema instanceof z.ZodUnion) {
    const options = schema.options as readonly z.ZodType[]
    // `x` or a list of `x` (the oneOrMany helper of the schema) reads best as one phrase.
    const [one, many] = options
    if (
      options.length === 2 &&
      many instanceof z.ZodArray &&
      describeValue(many.element as z.ZodType) === describeValue(one)
    ) {
      return `${describeValue(one)} or list of ${plural(describeValue(one))}`
    }
    return options.map(describeValue).join(' or ')
  }
  return 'value'
}

function plural(kind: string): string {
  return /^(string|number|whole number)$/.test(kind) ? `${kind}s` : kind
}

/** The check type of a union option (its `type` literal). */
export function checkTypeOf(option: CheckOption): string {
  const type = option.shape.type
  if (!(type instanceof z.ZodLiteral)) throw new Error('a check option has no `type` literal')
  return String(type.value)
}

/** The description of a schema: `.describe()` and `.meta({ description })` both land here in zod 4. */
function descriptionOf(schema: z.ZodType): string | undefined {
  return schema.description ?? (schema.meta()?.description as string | undefined)
}

/**
 * Two tables: the check types (what each verifies, and whether this version evaluates it), then every
 * parameter of every type with its value and description, all read from the zod schema.
 */
export function checkTypesTables(options: readonly CheckOption[], supported: ReadonlySet<string>): string {
  const types = table(
    ['Type', 'Verifies', 'In this version'],
    options.map(o => {
      const type = checkTypeOf(o)
      return [
        codeCell(type),
        cell(descriptionOf(o) ?? ''),
        supported.has(type) ? 'evaluated' : '`unknown`: not supported yet'
      ]
    })
  )
  const rows: string[][] = []
  for (const o of options) {
    const type = checkTypeOf(o)
    for (const [key, schema] of Object.entries(o.shape) as [string, z.ZodType][]) {
      if (key === 'type') continue
      const optional = schema instanceof z.ZodOptional
      rows.push([
        codeCell(type),
        codeCell(key),
        `${optional ? '' : '**required** · '}${describeValue(schema).replace(/\|/g, '\\|')}`,
        cell(descriptionOf(schema) ?? '')
      ])
    }
  }
  const parameters = table(['Type', 'Parameter', 'Value', 'Meaning'], rows)
  return `${types}\n\n${parameters}`
}

/**
 * The heading anchor of a type's section in the check-types reference: `### \`checks\`` is
 * `#checks`; a type this version does not evaluate is headed `### \`x\` (not evaluated yet)`.
 */
export function checkTypeAnchor(type: string, supported: boolean): string {
  return supported ? type : `${type}-not-evaluated-yet`
}

/**
 * One line per check type, linking its section of the reference: what it verifies and what it
 * needs, from the schema's description. `file` is the document the list goes into, so that the
 * link is relative to it.
 */
export function checkTypeList(
  options: readonly CheckOption[],
  supported: ReadonlySet<string>,
  file: string
): string {
  const doc = posix.relative(posix.dirname(file), CHECK_TYPES_DOC)
  return options
    .map(o => {
      const type = checkTypeOf(o)
      const evaluated = supported.has(type)
      const note = evaluated ? '' : ' Not evaluated by this version yet: such items are `unknown`.'
      // What it checks; what it needs is the README's permissions table.
      const text = (descriptionOf(o) ?? '')
        .replace(/\s*\r?\n\s*/g, ' ')
        .replace(/ Needs .*$/, '')
        .trim()
      return `- [${codeCell(type)}](${doc}#${checkTypeAnchor(type, evaluated)}): ${text}${note}`
    })
    .join('\n')
}

/** Every generated block, by name, for the document `file` (links are made relative to it). */
export function generateBlocks(sources: ReadmeSources, file = 'README.md'): Record<BlockName, string> {
  const meta = parseActionYml(sources.actionYml)
  return {
    inputs: inputsTable(meta),
    'input-list': inputList(meta),
    outputs: outputsTable(meta),
    'check-type-list': checkTypeList(sources.checkOptions, sources.supportedTypes, file),
    'check-types': checkTypesTables(sources.checkOptions, sources.supportedTypes),
    'production-table': productionTableMarkdown(sources.productionChecklist),
    'production-summary': productionSummaryMarkdown(sources.productionChecklist)
  }
}

const markers = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const

/** The text between a block's markers, or undefined when the document lacks them. */
export function readBlock(doc: string, name: string): string | undefined {
  const [start, end] = markers(name)
  const from = doc.indexOf(start)
  const to = doc.indexOf(end, from + start.length)
  if (from < 0 || to < 0) return undefined
  return doc.slice(from + start.length, to)
}

/** The blocks whose markers `doc` holds. */
export function blocksIn(doc: string): BlockName[] {
  return BLOCKS.filter(name => readBlock(doc, name) !== undefined)
}

/** Replaces a block's content; the markers stay, with a note that the block is generated. */
export function replaceBlock(doc: string, name: BlockName, content: string, file = 'README.md'): string {
  const [start, end] = markers(name)
  const from = doc.indexOf(start)
  const to = doc.indexOf(end, from + start.length)
  if (from < 0 || to < 0) {
    throw new Error(`${file} has no ${start} … ${end} block: add the two markers where it belongs.`)
  }
  const body = `\n<!-- generated by \`npm run docs\` from ${BLOCK_SOURCE[name]}; do not edit -->\n\n${content}\n\n`
  return doc.slice(0, from + start.length) + body + doc.slice(to)
}

/**
 * The document `file` with its generated blocks rewritten from the sources (before formatting): every
 * block it holds markers for, and every block whose home it is (missing markers there are an error).
 */
export function renderDocument(doc: string, file: string, sources: ReadmeSources): string {
  const blocks = generateBlocks(sources, file)
  const names = BLOCKS.filter(name => BLOCK_HOME[name] === file || readBlock(doc, name) !== undefined)
  return names.reduce((text, name) => replaceBlock(text, name, blocks[name], file), doc)
}
