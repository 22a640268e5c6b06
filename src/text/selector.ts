/**
 * Selectors into a YAML or JSON document: a dot path such as `services.*.healthcheck`, where `*` is
 * any key of a map or any index of a list and a number also indexes a list. Pure: the `file` check's
 * `match` parses its selectors here at validation and selects with them at evaluation.
 */

export type Step = { kind: 'key'; key: string } | { kind: 'any' }

export type SelectorParse = { ok: true; steps: Step[] } | { ok: false; message: string; fix: string }

export function parseSelector(raw: string): SelectorParse {
  const parts = raw.split('.')
  if (raw === '' || parts.some(p => p === '')) {
    return {
      ok: false,
      message: `selector \`${raw}\` has an empty step`,
      fix: 'Write keys separated by single dots, e.g. `services.*.healthcheck`, with `*` for any key or index.'
    }
  }
  return { ok: true, steps: parts.map(p => (p === '*' ? { kind: 'any' } : { kind: 'key', key: p })) }
}

/** A node the selector reached, with its concrete path (`services.web.restart`). */
export interface Selected {
  path: string
  value: unknown
}

export interface Selection {
  found: Selected[]
  /** Concrete paths where a named step found no key (or no such index). */
  missing: string[]
}

/** Every node the steps reach from `root`; a named step that finds nothing is listed as missing. */
export function select(root: unknown, steps: readonly Step[]): Selection {
  let frontier: Selected[] = [{ path: '', value: root }]
  const missing: string[] = []
  const at = (base: string, key: string | number) => (base === '' ? String(key) : `${base}.${key}`)
  for (const step of steps) {
    const next: Selected[] = []
    for (const { path, value } of frontier) {
      if (step.kind === 'any') {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ path: at(path, i), value: v }))
        else if (isMap(value))
          for (const [k, v] of Object.entries(value)) next.push({ path: at(path, k), value: v })
        continue
      }
      const { key } = step
      if (Array.isArray(value) && /^\d+$/.test(key) && Number(key) < value.length)
        next.push({ path: at(path, key), value: value[Number(key)] })
      else if (isMap(value) && Object.hasOwn(value, key))
        next.push({ path: at(path, key), value: value[key] })
      else missing.push(at(path, key))
    }
    frontier = next
  }
  return { found: frontier, missing }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A scalar's text for matching (strings, numbers, booleans); undefined for maps, lists and null. */
export function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  return undefined
}
