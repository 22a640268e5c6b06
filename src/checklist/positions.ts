import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml'

export interface Position {
  line: number
  column: number
}

/** Where a YAML path points: the value node, and the key node when the path ends on a map key. */
export interface Located {
  node?: Node
  key?: Node
  /** False when the path leaves the document (e.g. a missing key): `node` is then the deepest parent. */
  exact: boolean
}

/** Walks a parsed YAML document along a zod-style path, keeping the deepest node reached. */
export function locate(doc: Document, path: readonly PropertyKey[]): Located {
  let node = doc.contents as Node | null
  let key: Node | undefined
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find(p => isScalar(p.key) && p.key.value === step) as
        Pair<Node, Node> | undefined
      if (!pair) return { node, exact: false }
      key = pair.key ?? undefined
      node = pair.value ?? null
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      key = undefined
      node = node.items[step] as Node
    } else {
      return { node: node ?? undefined, exact: false }
    }
  }
  return { node: node ?? key, key, exact: true }
}

/** 1-based line and column of a node's start (YAML's LineCounter is 1-based already). */
export function positionOf(node: Node | undefined, lines: LineCounter): Position | undefined {
  const offset = node?.range?.[0]
  if (offset === undefined) return undefined
  const { line, col } = lines.linePos(offset)
  return { line, column: col }
}

/** The key node of `name` in a map node, for errors about the key itself (unknown keys). */
export function keyNode(map: Node | undefined, name: string): Node | undefined {
  if (!isMap(map)) return undefined
  const pair = map.items.find(p => isScalar(p.key) && p.key.value === name)
  return (pair?.key as Node | undefined) ?? undefined
}
