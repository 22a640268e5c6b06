// Where one bundled run's time goes, from a V8 CPU profile (`node --cpu-prof`) and dist/'s source
// maps: loading code, the libraries, the gate's own code (src/), the runtime, GC, and waiting. It shows
// how much of a run the gate's own code could still win back, whatever its speed.
import { readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'

export interface CpuSplit {
  /** Reading, compiling and evaluating modules: the bundle's chunks, Node's built-ins. */
  loadingMs: number
  /** Code of the bundled packages (node_modules), and what Node does for them. */
  librariesMs: number
  /** Code of src/, and what Node does for it (JSON.parse, writes to the log…). */
  gateMs: number
  /** Node and V8 with no bundled code on the stack: the event loop, streams, timers, compiling. */
  runtimeMs: number
  gcMs: number
  /** Nothing to do: waiting for the network (the simulator's answers) or a timer. */
  idleMs: number
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Frames that load code: webpack's require of a bundled module, Node's ESM and built-in loaders. */
const LOADING = new Set([
  '__nccwpck_require__',
  'compileSourceTextModule',
  'compileForInternalLoader',
  'requireBuiltin',
  'importModuleDynamically',
  'loadESM',
  'link',
  'instantiate',
  'moduleStrategy'
])

/** The split of the profile in `file`, its bundled frames read through the source maps beside them. */
export function cpuSplit(file: string): CpuSplit {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const maps = new Map<string, SourceMap | undefined>()
  const origin = (frame: ProfileNode['callFrame']): 'gate' | 'library' | undefined => {
    if (!frame.url.startsWith('file://') || !frame.url.includes('/dist/')) return undefined
    if (!maps.has(frame.url)) {
      const path = fileURLToPath(frame.url)
      try {
        maps.set(frame.url, new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))))
      } catch {
        maps.set(frame.url, undefined)
      }
    }
    const source = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber)
    const name = source && 'originalSource' in source ? source.originalSource : ''
    if (name.includes('node_modules/')) return 'library'
    return name.includes('/src/') ? 'gate' : undefined
  }
  const kindOf = new Map<number, keyof CpuSplit>()
  const classify = (leaf: number): keyof CpuSplit => {
    const known = kindOf.get(leaf)
    if (known) return known
    const name = byId.get(leaf)!.callFrame.functionName
    let kind: keyof CpuSplit | undefined =
      name === '(idle)' ? 'idleMs' : name === '(garbage collector)' ? 'gcMs' : undefined
    let owner: keyof CpuSplit | undefined
    for (let id: number | undefined = leaf; !kind && id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame
      if (LOADING.has(frame.functionName) || frame.url.includes('/modules/esm/')) kind = 'loadingMs'
      else if (!owner) {
        const from = origin(frame)
        owner = from === 'gate' ? 'gateMs' : from === 'library' ? 'librariesMs' : undefined
      }
    }
    kind ??= owner ?? 'runtimeMs'
    kindOf.set(leaf, kind)
    return kind
  }
  const split: CpuSplit = { loadingMs: 0, librariesMs: 0, gateMs: 0, runtimeMs: 0, gcMs: 0, idleMs: 0 }
  profile.samples.forEach((id, i) => (split[classify(id)] += (profile.timeDeltas[i] ?? 0) / 1000))
  return split
}
