/**
 * lcov tracefiles (geninfo(1) "TRACEFILE FORMAT"): `SF:` opens a source file, `DA:<line>,<hits>`
 * records one line, `end_of_record` closes it. Like `lcov --summary`, the figure comes from the DA
 * records; `LF`/`LH` are used only for a file that has no DA record at all.
 */
import { type CoverageMap, ReportError, addUnit, emptyFile } from './model.js'
import { forEachLine } from './text.js'

export async function parseLcov(chunks: AsyncIterable<string>, file: string): Promise<CoverageMap> {
  const map: CoverageMap = new Map()
  let path: string | undefined
  let lf: number | undefined
  let lh: number | undefined

  const close = () => {
    if (path === undefined) return
    const target = map.get(path) ?? emptyFile()
    map.set(path, target)
    if (target.units.size === 0 && lf !== undefined) {
      const previous = target.totals
      const covered = Math.min(lh ?? 0, lf)
      if (!previous || covered > previous.covered) target.totals = { total: lf, covered }
    }
    path = lf = lh = undefined
  }

  await forEachLine(chunks, (raw, n) => {
    const line = raw.trim()
    if (line === '') return
    if (line === 'end_of_record') return close()
    const colon = line.indexOf(':')
    const tag = colon === -1 ? line : line.slice(0, colon)
    const value = line.slice(colon + 1)
    const need = () => {
      if (path === undefined) throw new ReportError(file, `line ${n}: ${tag} record before any SF record`)
    }
    switch (tag) {
      case 'SF':
        close()
        if (value.trim() === '') throw new ReportError(file, `line ${n}: SF record without a path`)
        path = value.trim()
        map.set(path, map.get(path) ?? emptyFile())
        return
      case 'DA': {
        need()
        const [lineText, hitsText] = value.split(',')
        const lineNo = Number(lineText)
        const hits = Number(hitsText)
        if (!Number.isInteger(lineNo) || lineNo < 0 || hitsText === undefined || !Number.isFinite(hits))
          throw new ReportError(file, `line ${n}: malformed DA record \`${line.slice(0, 80)}\``)
        addUnit(map.get(path as string)!, String(lineNo), 1, Math.max(0, hits))
        return
      }
      case 'LF':
      case 'LH': {
        need()
        const count = Number(value)
        if (!Number.isInteger(count) || count < 0)
          throw new ReportError(file, `line ${n}: malformed ${tag} record \`${line.slice(0, 80)}\``)
        if (tag === 'LF') lf = count
        else lh = count
        return
      }
      default:
        // TN, VER, FN, FNDA, FNF, FNH, BRDA, BRF, BRH …: not line coverage.
        return
    }
  })
  close()
  if (map.size === 0) throw new ReportError(file, 'holds no SF record (no source file)')
  return map
}
