import type { CST } from 'yaml'

/**
 * Bounds on nesting, checked without recursion so that no file can overflow the stack. Groups nest
 * at most MAX_GROUP_DEPTH deep: an item may sit inside that many groups. YAML collections may nest
 * MAX_YAML_DEPTH deep, enough for any valid checklist (each group adds two levels: its `items` list and
 * the item's mapping) with room to spare, so a checklist a little too deep gets the error about groups.
 */
export const MAX_GROUP_DEPTH = 32
export const MAX_YAML_DEPTH = 128
export const MAX_ALIASES = 1000

/** What is wrong with the shape of the parser's tokens, and where (an offset into the text). */
export interface YamlBound {
  offset: number
  message: string
}

/**
 * Collections nested deeper than `maxDepth`, or more than `maxAliases` aliases: the first one met,
 * in the order of the file. (Composing resolves each alias by searching the document, so thousands
 * of them take seconds; a real checklist has a handful.)
 */
export function yamlBeyondBounds(
  tokens: readonly CST.Token[],
  maxDepth = MAX_YAML_DEPTH,
  maxAliases = MAX_ALIASES
): YamlBound | undefined {
  // Children are pushed last-first, so the walk meets tokens in the order of the file.
  const stack: [CST.Token, number][] = tokens.map(t => [t, 0] as [CST.Token, number]).reverse()
  let aliases = 0
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth])
    } else if (token.type === 'alias') {
      if (++aliases > maxAliases)
        return { offset: token.offset, message: `the YAML has more than ${maxAliases} aliases (\`*name\`)` }
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > maxDepth)
        return { offset: token.offset, message: `the YAML nests more than ${maxDepth} levels deep here` }
      for (const item of [...(token.items as CST.CollectionItem[])].reverse()) {
        if (item.value) stack.push([item.value, depth + 1])
        if (item.key) stack.push([item.key, depth + 1])
      }
    }
  }
  return undefined
}

/** The path (zod-style) of the first item inside more than `max` groups, if any. */
export function tooDeepGroup(data: unknown, max = MAX_GROUP_DEPTH): PropertyKey[] | undefined {
  const sections = (data as { sections?: unknown } | null)?.sections
  if (!Array.isArray(sections)) return undefined
  // One entry per item, visited in the order of the file; `groups` counts the groups around it.
  type Entry = { path: PropertyKey[]; item: unknown; groups: number }
  const children = (path: PropertyKey[], items: unknown, groups: number): Entry[] =>
    Array.isArray(items) ? items.map((item, i) => ({ path: [...path, i], item, groups })) : []
  const stack = sections
    .flatMap((s, i) => children(['sections', i, 'items'], (s as { items?: unknown } | null)?.items, 0))
    .reverse()
  while (stack.length > 0) {
    const { path, item, groups } = stack.pop()!
    if (groups > max) return path
    const inner = children([...path, 'items'], (item as { items?: unknown } | null)?.items, groups + 1)
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i])
  }
  return undefined
}
