// The bench's split of a run's CPU profile: each sample goes to loading, a library, the gate's own
// code, the runtime, GC or waiting, by its stack and the bundle's source map.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, expect, it } from '@jest/globals'
import { buildSync } from 'esbuild'
import { cpuSplit } from '../bench/cpu-split.js'

const dir = mkdtempSync(join(tmpdir(), 'cpu-split-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A bundle of one gate module and one library, with its source map, as ncc writes dist/. */
function bundle(): { url: string; at: (name: string) => { lineNumber: number; columnNumber: number } } {
  mkdirSync(join(dir, 'src'))
  mkdirSync(join(dir, 'node_modules', 'lib'), { recursive: true })
  writeFileSync(join(dir, 'node_modules', 'lib', 'index.js'), 'export function libWork(x) { return x * 2 }\n')
  writeFileSync(
    join(dir, 'src', 'main.js'),
    "import { libWork } from 'lib'\nexport function gateWork(x) { return libWork(x) + 1 }\n"
  )
  const out = join(dir, 'dist', 'index.js')
  buildSync({
    entryPoints: [join(dir, 'src', 'main.js')],
    bundle: true,
    format: 'esm',
    sourcemap: true,
    outfile: out,
    absWorkingDir: dir,
    logLevel: 'silent'
  })
  const lines = readFileSync(out, 'utf8').split('\n')
  const at = (name: string) => {
    const lineNumber = lines.findIndex(l => l.includes(`function ${name}`))
    return { lineNumber, columnNumber: lines[lineNumber].indexOf(`function ${name}`) }
  }
  return { url: pathToFileURL(out).href, at }
}

it('splits samples by what is on their stack: loading first, then the nearest bundled frame', () => {
  const { url, at } = bundle()
  const frame = (functionName: string, where = { lineNumber: -1, columnNumber: -1 }, file = '') => ({
    functionName,
    url: file,
    ...where
  })
  // root → (idle) | (garbage collector) | timers → gateWork → libWork → JSON.parse
  //             | __nccwpck_require__ → libWork (a module's top level calling into a library)
  const nodes = [
    { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 8] },
    { id: 2, callFrame: frame('(idle)') },
    { id: 3, callFrame: frame('(garbage collector)') },
    { id: 4, callFrame: frame('processTimers', undefined, 'node:internal/timers'), children: [5] },
    { id: 5, callFrame: frame('gateWork', at('gateWork'), url), children: [6, 9] },
    { id: 6, callFrame: frame('libWork', at('libWork'), url), children: [7] },
    { id: 7, callFrame: frame('parse') },
    { id: 8, callFrame: frame('__nccwpck_require__', at('gateWork'), url), children: [10] },
    { id: 9, callFrame: frame('stringify') },
    { id: 10, callFrame: frame('libWork', at('libWork'), url) }
  ]
  // Sample ids and their time in microseconds: 1 ms idle, 2 GC, 3 runtime, 4 + 5 library (its own
  // frame and the native it called), 6 gate (a native it called), 7 loading.
  const samples: [number, number][] = [
    [2, 1000],
    [3, 2000],
    [4, 3000],
    [6, 4000],
    [7, 5000],
    [9, 6000],
    [10, 7000]
  ]
  const file = join(dir, 'run.cpuprofile')
  writeFileSync(
    file,
    JSON.stringify({ nodes, samples: samples.map(s => s[0]), timeDeltas: samples.map(s => s[1]) })
  )
  expect(cpuSplit(file)).toEqual({
    idleMs: 1,
    gcMs: 2,
    runtimeMs: 3,
    librariesMs: 9,
    gateMs: 6,
    loadingMs: 7
  })
})
