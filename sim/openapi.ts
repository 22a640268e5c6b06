/**
 * Checks exchanges against GitHub's official OpenAPI description (@octokit/openapi). Reading the
 * description (27 MB of JSON) cost each test file about a second, so the checks read a trimmed copy:
 * the operations the simulator serves and every component they reference, built once from
 * `generated/api.github.com.json` (plus `generated/ghec.json` for the operations whose dotcom entry
 * is a stale override) and kept under `node_modules/.cache/`, keyed by the package's version and the
 * routes. An operation the copy lacks is looked up in the full description, so the answers are the
 * same. Validators compile lazily; each one's code (Ajv's standalone output) is kept in the same
 * cache, so a test file loads a validator another file compiled instead of compiling it again.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Ajv, ValidateFunction } from 'ajv'
import { cachedText, keepText } from './disk-cache.js'
import { ROUTES } from './routes/index.js'

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
const PACKAGE_DIR = dirname(createRequire(import.meta.url).resolve('@octokit/openapi'))
const SPEC_DIR = join(PACKAGE_DIR, 'generated')

type Source = 'dotcom' | 'ghec'
/** One description as validation reads it; `id` names its components for Ajv. */
interface Description {
  spec: Spec
  id: string
}

const full = new Map<Source, Spec>()
let trimmed: Record<Source, Description> | undefined
/** The key of this description's trimmed copy, part of each cached validator's key. */
let cacheKey: string | undefined
let ajv: Ajv | undefined
const registered = new Set<string>()
const validators = new Map<string, ValidateFunction | null>()

/** The full parsed description, read once per process. */
export function loadSpec(which: Source = 'dotcom'): Spec {
  let spec = full.get(which)
  if (!spec) {
    const file = which === 'dotcom' ? 'api.github.com.json' : 'ghec.json'
    spec = JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as Spec
    full.set(which, spec)
  }
  return spec
}

/** Components every check may need whatever the operation: GitHub's common error bodies. */
const ALWAYS = ['#/components/schemas/basic-error', '#/components/schemas/validation-error']
/** Bump when the trimmed copy's layout changes (it is part of the cache key). */
const TRIM_FORMAT = 1
/** Bump when the compiler's options change (part of each cached validator's key). */
const VALIDATOR_FORMAT = 2

/** The trimmed copy: from the cache, else built from the full description and cached. */
function trimmedSpecs(): Record<Source, Description> {
  if (trimmed) return trimmed
  const served = ROUTES.map(r => `${r.method.toLowerCase()} ${r.template}`).sort()
  const { version } = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string
  }
  const key = createHash('sha256')
    .update(JSON.stringify([TRIM_FORMAT, version, served, [...FROM_GHEC].sort()]))
    .digest('hex')
    .slice(0, 16)
  const name = `openapi-${key}.json`
  cacheKey = key
  const text = cachedText(name)
  let specs = text === undefined ? undefined : (JSON.parse(text) as Record<Source, Spec>)
  if (!specs) {
    specs = { dotcom: trim(loadSpec('dotcom'), served), ghec: trim(loadSpec('ghec'), served) }
    keepText(name, JSON.stringify(specs))
  }
  trimmed = { dotcom: { spec: specs.dotcom, id: 'dotcom' }, ghec: { spec: specs.ghec, id: 'ghec' } }
  return trimmed
}

/** `spec` with only the operations `served` ("get /template") and the components they reference. */
function trim(spec: Spec, served: string[]): Spec {
  const paths: Spec['paths'] = {}
  for (const key of served) {
    const [method, template] = key.split(' ')
    const op = spec.paths[template]?.[method]
    if (op) paths[template] = { ...paths[template], [method]: op }
  }
  const components: Record<string, Record<string, unknown>> = {}
  const source = spec.components as unknown as Record<string, Record<string, unknown>>
  const pending: unknown[] = [paths]
  const follow = (ref: string) => {
    const [, kind, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? []
    // Examples are never validated against; they are the largest part of the description.
    if (!kind || kind === 'examples' || components[kind]?.[name] !== undefined) return
    const component = source[kind]?.[name]
    if (component === undefined) return
    ;(components[kind] ??= {})[name] = component
    pending.push(component)
  }
  ALWAYS.forEach(follow)
  while (pending.length > 0) {
    const node = pending.pop()
    if (Array.isArray(node)) pending.push(...node)
    else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') follow(v)
        else if (k !== 'examples' && k !== 'example') pending.push(v)
      }
    }
  }
  return { paths, components: { schemas: {}, responses: {}, examples: {}, ...components } } as Spec
}

/** A description's components registered with Ajv under its id (once). */
function compilerFor(d: Description): Ajv {
  const compiled = compiler()
  if (!registered.has(d.id)) {
    registered.add(d.id)
    compiled.addSchema({ components: { schemas: normalize(d.spec.components.schemas, d.id) } }, d.id)
  }
  return compiled
}

const requireHere = createRequire(import.meta.url)

/** Ajv, loaded only to compile: a test file whose validators are all cached never loads it. */
function compiler(): Ajv {
  if (!ajv) {
    const { Ajv: AjvClass, _ } = requireHere('ajv') as typeof import('ajv')
    const addFormats = requireHere('ajv-formats') as { default: (ajv: Ajv) => void }
    ajv = new AjvClass({
      strict: false,
      allErrors: true,
      validateSchema: false,
      // Each referenced component is compiled once and called, not copied into every schema that
      // uses it (GitHub's objects nest the same user and repository many times): a quarter less to
      // compile on a cold cache.
      inlineRefs: false,
      logger: false,
      // Kept as code (see validatorFor); the formats are then required by name.
      code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` }
    })
    addFormats.default(ajv)
  }
  return ajv
}

/** A validator from Ajv's standalone code (a CommonJS module that requires Ajv's runtime helpers). */
function fromCode(code: string): ValidateFunction {
  const module = { exports: {} as unknown }
  new Function('module', 'exports', 'require', code)(module, module.exports, requireHere)
  return module.exports as ValidateFunction
}

/**
 * The validator for `schema` (normalized) of description `d`: its code from the cache when another
 * test file compiled it, else compiled (compiling is most of the cost of checking exchanges).
 */
function compiledValidator(id: string, schema: Json, d: Description): ValidateFunction {
  const { version } = requireHere('ajv/package.json') as { version: string }
  const digest = createHash('sha256')
    .update(JSON.stringify([VALIDATOR_FORMAT, version, cacheKey, id, schema]))
    .digest('hex')
    .slice(0, 16)
  const name = `validator-${digest}.cjs`
  const code = cachedText(name)
  if (code !== undefined) return fromCode(code)
  const compiled = compilerFor(d)
  const validate = compiled.compile(schema)
  const standaloneCode = requireHere('ajv/dist/standalone') as {
    default: (ajv: Ajv, validate: ValidateFunction) => string
  }
  keepText(name, standaloneCode.default(compiled, validate))
  return validate
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
): { op: Operation; source: Source } | undefined {
  const found = locate(method, template)
  return found && { op: found.op, source: found.source }
}

const fullDescriptions = new Map<Source, Description>()
function fullDescription(which: Source): Description {
  let d = fullDescriptions.get(which)
  if (!d) fullDescriptions.set(which, (d = { spec: loadSpec(which), id: `${which}-full` }))
  return d
}

/** The operation and the description it is read from: the trimmed copy, else the full description. */
function locate(
  method: string,
  template: string
): { op: Operation; source: Source; description: Description } | undefined {
  const m = method.toLowerCase()
  const pick = (dotcom: () => Description, ghec: () => Description) => {
    const op = dotcom().spec.paths[template]?.[m]
    if (!op) return undefined
    if (FROM_GHEC.has(op.operationId)) {
      const override = ghec().spec.paths[template]?.[m]
      if (override) return { op: override, source: 'ghec' as const, description: ghec() }
    }
    return { op, source: 'dotcom' as const, description: dotcom() }
  }
  return (
    pick(
      () => trimmedSpecs().dotcom,
      () => trimmedSpecs().ghec
    ) ??
    pick(
      () => fullDescription('dotcom'),
      () => fullDescription('ghec')
    )
  )
}

/** The template of the spec that a concrete path matches (literal segments preferred). */
export function matchTemplate(method: string, path: string): string | undefined {
  const candidates = Object.entries(loadSpec('dotcom').paths)
    .filter(([template, ops]) => ops[method.toLowerCase()] && templateRegex(template).test(path))
    .map(([template]) => template)
  // Prefer the template with the most literal characters (`/repos/{owner}/{repo}/pulls/comments` over `{pull_number}`).
  return candidates.sort((a, b) => b.replace(/\{[^}]+\}/g, '').length - a.replace(/\{[^}]+\}/g, '').length)[0]
}

/** Compile (once) a validator for a schema found in description `d`. */
function validatorFor(key: string, schema: Json | undefined, d: Description): ValidateFunction | null {
  const id = `${d.id}:${key}`
  if (!validators.has(id)) {
    validators.set(id, schema ? compiledValidator(id, normalize(schema, d.id) as Json, d) : null)
  }
  return validators.get(id) ?? null
}

/**
 * Compiles, into the cache, every validator an exchange with a served operation can ask for: each
 * request body, each declared response, and GitHub's error bodies. One process compiling them all
 * shares the components they reference (the same user and repository objects nest everywhere), which
 * each test file compiling its own again did not: on a cold cache, about two seconds here against about
 * 25 s of CPU spread over the test files. Jest's global setup calls it (`harness/warm-validators.js`);
 * with a warm cache it only reads the cache. Returns how many validators it holds.
 */
export function warmValidators(): number {
  const errorSchema = (status: number): Json => ({
    $ref: `#/components/schemas/${status === 422 ? 'validation-error' : 'basic-error'}`
  })
  for (const route of ROUTES) {
    const found = locate(route.method, route.template)
    if (!found) continue
    const { op, source, description } = found
    const requestSchema = jsonSchema(description.spec, op.requestBody)
    if (requestSchema) validatorFor(`${source}:${op.operationId}:request`, requestSchema, description)
    for (const [status, declared] of Object.entries(op.responses)) {
      if (!/^\d+$/.test(status)) continue
      const schema = jsonSchema(description.spec, declared as Json)
      const code = Number(status)
      if (schema || code >= 400)
        validatorFor(`${source}:${op.operationId}:${status}`, schema ?? errorSchema(code), description)
    }
    for (const status of [403, 422])
      validatorFor(`${source}:error:${status === 422}`, errorSchema(status), description)
  }
  return validators.size
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
  const found = template ? locate(ex.method, template) : undefined
  if (!template || !found)
    return [`no operation ${ex.method} ${template ?? ex.path} in the OpenAPI description`]
  const { op, source, description } = found
  const { spec } = description
  const problems: string[] = []

  const requestSchema = jsonSchema(spec, op.requestBody)
  if (requestSchema && ex.requestBody !== undefined) {
    const validate = validatorFor(`${source}:${op.operationId}:request`, requestSchema, description)
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
  const validate = validatorFor(key, schema, description)
  if (validate && !validate(ex.responseBody)) problems.push(...describe(validate, 'response'))
  return problems
}
