/**
 * Checks exchanges against GitHub's official OpenAPI description (@octokit/openapi). Only
 * `generated/api.github.com.json` is read (once per process), plus `generated/ghec.json` for the
 * operations whose dotcom entry is a stale override. Validators compile lazily and are cached.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

type Json = Record<string, unknown>
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: {
    schemas: Json
    responses: Record<string, ResponseObject>
    requestBodies?: Record<string, Json>
    examples: Record<string, { value: unknown }>
  }
}
export interface Operation {
  operationId: string
  externalDocs?: { url: string }
  requestBody?: Json & { content?: Record<string, MediaType> }
  responses: Record<string, ResponseObject>
}
export interface MediaType {
  schema?: Json
  examples?: Record<string, { $ref?: string; value?: unknown }>
}
export interface ResponseObject {
  $ref?: string
  content?: Record<string, MediaType>
}

/** What validation needs to know about one exchange. */
export interface ExchangeToValidate {
  method: string
  /** The OpenAPI path template; when absent, the concrete `path` is matched against the spec. */
  template?: string
  path: string
  status: number
  requestBody?: unknown
  responseBody?: unknown
  /** Response content type; bodies that are not JSON are not checked. */
  contentType?: string
}

/** Operations whose api.github.com.json entry is a stale override: use the GHEC description. */
const FROM_GHEC = new Set(['checks/create', 'code-scanning/list-alerts-for-repo'])
const SPEC_DIR = join(dirname(createRequire(import.meta.url).resolve('@octokit/openapi')), 'generated')

const specs = new Map<'dotcom' | 'ghec', Spec>()
let ajv: Ajv | undefined
const validators = new Map<string, ValidateFunction | null>()

/** The parsed description, read once per process. */
export function loadSpec(which: 'dotcom' | 'ghec' = 'dotcom'): Spec {
  let spec = specs.get(which)
  if (!spec) {
    const file = which === 'dotcom' ? 'api.github.com.json' : 'ghec.json'
    spec = JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as Spec
    specs.set(which, spec)
    compiler().addSchema({ components: { schemas: normalize(spec.components.schemas, which) } }, which)
  }
  return spec
}

function compiler(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false })
    addFormats.default(ajv)
  }
  return ajv
}

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable: true` with `type` becomes a type array with
 * "null" (and an `enum` gains null); `nullable` without `type` (allOf/anyOf/oneOf/$ref) becomes
 * `anyOf: [rest, {type: 'null'}]`. Local `$ref`s point into the schema registered as `id`.
 */
export function normalize(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map(n => normalize(n, id))
  if (!isObject(node)) return node
  const { nullable, ...rest } = node
  const out: Json = {}
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'properties' && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v, id)]))
    } else if (key === '$ref' && typeof value === 'string') {
      out[key] = value.startsWith('#') ? `${id}${value}` : value
    } else if (key === 'example' || key === 'examples') {
      out[key] = value
    } else {
      out[key] = normalize(value, id)
    }
  }
  if (nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

const templateRegexes = new Map<string, RegExp>()

/**
 * A regular expression for a path template; `{path}` may span slashes (the contents API). Groups
 * are named after the parameters (non-word characters as `_`).
 */
export function templateRegex(template: string): RegExp {
  let re = templateRegexes.get(template)
  if (!re) {
    const source = template
      .split(/(\{[^}]+\})/)
      .map(part =>
        part.startsWith('{')
          ? `(?<${part.slice(1, -1).replace(/\W/g, '_')}>${part === '{path}' ? '.+' : '[^/]+'})`
          : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      )
      .join('')
    re = new RegExp(`^${source}$`)
    templateRegexes.set(template, re)
  }
  return re
}

/** The operation for a method and template, from the description that is authoritative for it. */
export function findOperation(
  method: string,
  template: string
): { op: Operation; source: 'dotcom' | 'ghec' } | undefined {
  const op = loadSpec('dotcom').paths[template]?.[method.toLowerCase()]
  if (!op) return undefined
  if (FROM_GHEC.has(op.operationId)) {
    const ghec = loadSpec('ghec').paths[template]?.[method.toLowerCase()]
    if (ghec) return { op: ghec, source: 'ghec' }
  }
  return { op, source: 'dotcom' }
}

/** The template of the spec that a concrete path matches (literal segments preferred). */
export function matchTemplate(method: string, path: string): string | undefined {
  const candidates = Object.entries(loadSpec('dotcom').paths)
    .filter(([template, ops]) => ops[method.toLowerCase()] && templateRegex(template).test(path))
    .map(([template]) => template)
  // Prefer the template with the most literal characters (`/repos/{owner}/{repo}/pulls/comments` over `{pull_number}`).
  return candidates.sort((a, b) => b.replace(/\{[^}]+\}/g, '').length - a.replace(/\{[^}]+\}/g, '').length)[0]
}

/** Compile (once) a validator for a schema found in `source`'s description. */
function validatorFor(
  key: string,
  schema: Json | undefined,
  source: 'dotcom' | 'ghec'
): ValidateFunction | null {
  if (!validators.has(key)) {
    validators.set(key, schema ? compiler().compile(normalize(schema, source) as Json) : null)
  }
  return validators.get(key) ?? null
}

/** The JSON schema of a response (or request body) object, following `#/components/...` refs. */
function jsonSchema(spec: Spec, holder: Json | undefined): Json | undefined {
  let obj = holder
  const ref = obj?.$ref
  if (typeof ref === 'string') {
    const [, kind, name] = ref.match(/^#\/components\/(\w+)\/(.+)$/) ?? []
    obj = (spec.components as unknown as Record<string, Record<string, Json>>)[kind]?.[name]
  }
  const content = obj?.content as Record<string, { schema?: Json }> | undefined
  return content?.['application/json']?.schema
}

function describe(validate: ValidateFunction, where: string): string[] {
  const errors = validate.errors ?? []
  const shown = errors
    .slice(0, 5)
    .map(e => `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}`.trim())
  if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more`)
  return shown
}

/**
 * Check one exchange against the description: the operation exists; the JSON request body matches
 * its requestBody schema; the response body matches the schema for its status (else `default`).
 * Returns human-readable problems (empty when all is well).
 */
export function validateExchange(ex: ExchangeToValidate): string[] {
  const template = ex.template ?? matchTemplate(ex.method, ex.path)
  const found = template ? findOperation(ex.method, template) : undefined
  if (!template || !found)
    return [`no operation ${ex.method} ${template ?? ex.path} in the OpenAPI description`]
  const { op, source } = found
  const spec = loadSpec(source)
  const problems: string[] = []

  const requestSchema = jsonSchema(spec, op.requestBody)
  if (requestSchema && ex.requestBody !== undefined) {
    const validate = validatorFor(`${source}:${op.operationId}:request`, requestSchema, source)
    if (validate && !validate(ex.requestBody)) problems.push(...describe(validate, 'request body'))
  } else if (op.requestBody?.required === true && ex.requestBody === undefined) {
    problems.push('request body is required')
  }

  if (ex.contentType && !ex.contentType.includes('json')) return problems
  const declared = op.responses[String(ex.status)] ?? op.responses.default
  let schema = declared ? jsonSchema(spec, declared as Json) : undefined
  // An error status declared without a body (e.g. secret scanning's 404) still gets GitHub's error body.
  if (!declared || (!schema && ex.status >= 400 && ex.responseBody !== undefined && ex.responseBody !== '')) {
    if (!declared && ex.status < 400)
      return [...problems, `status ${ex.status} is not documented for ${op.operationId}`]
    // GitHub's description leaves out many error statuses it really sends (e.g. 403 on most
    // reads); those bodies are checked against GitHub's common error shapes instead.
    schema = { $ref: `#/components/schemas/${ex.status === 422 ? 'validation-error' : 'basic-error'}` }
  }
  if (!schema) {
    if (ex.responseBody !== undefined && ex.responseBody !== '') {
      problems.push(`status ${ex.status} of ${op.operationId} has no JSON body, but one was sent`)
    }
    return problems
  }
  const key = declared ? `${source}:${op.operationId}:${ex.status}` : `${source}:error:${ex.status === 422}`
  const validate = validatorFor(key, schema, source)
  if (validate && !validate(ex.responseBody)) problems.push(...describe(validate, 'response'))
  return problems
}
