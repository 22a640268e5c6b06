/**
 * The `value` of a `metric` check: a path into a JSON or YAML document, `a.b[0]["p(95)"]` — dot
 * keys, `[n]` indices, and `["…"]` (or `['…']`) for keys with dots, brackets or spaces.
 */

export type Segment = { key: string } | { index: number }

export type ValuePath = { ok: true; segments: Segment[] } | { ok: false; problem: string }

const BARE = /^[^.[\]"']+/

export function parseValuePath(text: string): ValuePath {
  const segments: Segment[] = []
  let rest = text
  let first = true
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const index = /^\[(\d+)\]/.exec(rest)
      const quoted = /^\[(["'])(.*?)\1\]/.exec(rest)
      if (index) segments.push({ index: Number(index[1]) })
      else if (quoted) segments.push({ key: quoted[2] })
      else return { ok: false, problem: `has a \`[\` that is neither \`[n]\` nor \`["key"]\` at \`${rest}\`` }
      rest = rest.slice((index ?? quoted)![0].length)
    } else {
      if (!first) {
        if (!rest.startsWith('.')) return { ok: false, problem: `needs a \`.\` or \`[\` before \`${rest}\`` }
        rest = rest.slice(1)
      }
      const bare = BARE.exec(rest)
      if (!bare) return { ok: false, problem: `has an empty key before \`${rest || 'the end'}\`` }
      segments.push({ key: bare[0] })
      rest = rest.slice(bare[0].length)
    }
    first = false
  }
  if (segments.length === 0) return { ok: false, problem: 'is empty' }
  return { ok: true, segments }
}

/** The node at `segments`, or how far the path got before it found nothing. */
export function select(
  doc: unknown,
  segments: Segment[]
): { found: true; value: unknown } | { found: false; matched: number } {
  let node = doc
  for (const [i, seg] of segments.entries()) {
    if ('index' in seg) {
      if (!Array.isArray(node) || seg.index >= node.length) return { found: false, matched: i }
      node = node[seg.index]
    } else if (Array.isArray(node) && /^\d+$/.test(seg.key) && Number(seg.key) < node.length) {
      node = node[Number(seg.key)]
    } else if (
      node !== null &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      Object.hasOwn(node, seg.key)
    ) {
      node = (node as Record<string, unknown>)[seg.key]
    } else return { found: false, matched: i }
  }
  return { found: true, value: node }
}

/** The path written back, up to `count` segments (for "`a.b` has no `c`"). */
export function pathText(segments: Segment[], count = segments.length): string {
  return segments
    .slice(0, count)
    .map((s, i) =>
      'index' in s
        ? `[${s.index}]`
        : /^[^.[\]"' ]+$/.test(s.key)
          ? `${i === 0 ? '' : '.'}${s.key}`
          : `["${s.key}"]`
    )
    .join('')
}
