/**
 * Go coverprofiles (`go test -coverprofile`): a `mode:` line, then
 * `file:startLine.startCol,endLine.endCol numStatements count` per block. Like `go tool cover`,
 * the figure counts statements (not lines), and a block listed twice (`-coverpkg`, several packages)
 * is one block whose counts add up.
 */
import { type CoverageMap, ReportError, addUnit, emptyFile } from './model.js'
import { forEachLine } from './text.js'

const MODE = /^mode: (set|count|atomic)$/
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/

export async function parseGoProfile(chunks: AsyncIterable<string>, file: string): Promise<CoverageMap> {
  const map: CoverageMap = new Map()
  let sawMode = false
  await forEachLine(chunks, (raw, n) => {
    const line = raw.trim()
    if (line === '') return
    if (MODE.test(line)) {
      // Profiles concatenated with `cat` repeat the mode line; tolerated.
      sawMode = true
      return
    }
    if (!sawMode) throw new ReportError(file, `line ${n}: expected \`mode: set|count|atomic\` first`)
    const m = BLOCK.exec(line)
    if (!m) throw new ReportError(file, `line ${n}: not a coverprofile block \`${line.slice(0, 80)}\``)
    const [, path, sl, sc, el, ec, statements, count] = m
    const target = map.get(path) ?? emptyFile()
    map.set(path, target)
    const key = `${sl}.${sc},${el}.${ec}`
    const seen = target.units.get(key)
    if (seen && seen.weight !== Number(statements))
      throw new ReportError(file, `line ${n}: block ${path}:${key} listed with different statement counts`)
    addUnit(target, key, Number(statements), Number(count))
  })
  if (!sawMode) throw new ReportError(file, 'is empty (no `mode:` line)')
  if (map.size === 0) throw new ReportError(file, 'lists no blocks')
  return map
}
