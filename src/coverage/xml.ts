/**
 * The XML formats, read with a streaming SAX parser (saxes): a 100 MB report is never held as a
 * document. External DTDs are never fetched and no entity is expanded beyond XML's own five.
 *
 * Cobertura (coverage-04.dtd): `<class filename>` holds `<lines><line number hits>`; the same lines
 * repeat under `<methods>`, which are not counted again. Filenames are relative to `<source>`.
 * JaCoCo (report.dtd): `<package name>` holds `<sourcefile name>` with `<line nr mi ci>`; a line is
 * covered when it has a covered instruction (ci > 0), as JaCoCo's LINE counter counts it.
 */
import { posix } from 'node:path'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { type CoverageMap, ReportError, addUnit, emptyFile } from './model.js'

type Handler = {
  root: string
  open(tag: SaxesTagPlain, stack: string[]): void
  text?(text: string, stack: string[]): void
  close?(name: string, stack: string[]): void
}

async function parseXml(chunks: AsyncIterable<string>, file: string, handler: Handler): Promise<void> {
  const parser = new SaxesParser({ position: true })
  const stack: string[] = []
  let failure: Error | undefined
  parser.on('error', err => {
    failure ??= err
  })
  parser.on('opentag', tag => {
    if (stack.length === 0 && tag.name !== handler.root)
      throw new ReportError(file, `the root element is <${tag.name}>, not <${handler.root}>`)
    stack.push(tag.name)
    handler.open(tag as SaxesTagPlain, stack)
  })
  parser.on('closetag', tag => {
    handler.close?.(tag.name, stack)
    stack.pop()
  })
  if (handler.text) parser.on('text', t => handler.text!(t, stack))
  try {
    for await (const chunk of chunks) {
      parser.write(chunk)
      if (failure) break
    }
    if (!failure) parser.close()
  } catch (error) {
    if (error instanceof ReportError) throw error
    failure ??= error as Error
  }
  if (failure) throw new ReportError(file, `is not well-formed XML: ${failure.message.split('\n')[0]}`)
  if (stack.length > 0) throw new ReportError(file, 'ends before its root element closes')
}

const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name]

export async function parseCobertura(chunks: AsyncIterable<string>, file: string): Promise<CoverageMap> {
  const map: CoverageMap = new Map()
  const sources: string[] = []
  let source = ''
  let current: string | undefined
  let sawRoot = false
  await parseXml(chunks, file, {
    root: 'coverage',
    open(tag, stack) {
      sawRoot = true
      const parent = stack[stack.length - 2]
      if (tag.name === 'source') source = ''
      else if (tag.name === 'class') {
        current = attr(tag, 'filename')
        if (!current) throw new ReportError(file, `<class name="${attr(tag, 'name') ?? ''}"> has no filename`)
        map.set(current, map.get(current) ?? emptyFile())
      } else if (tag.name === 'line' && parent === 'lines' && stack[stack.length - 3] === 'class') {
        const number = Number(attr(tag, 'number'))
        const hits = Number(attr(tag, 'hits'))
        if (!Number.isInteger(number) || !Number.isFinite(hits))
          throw new ReportError(file, `a <line> in ${current} has no valid number/hits`)
        addUnit(map.get(current as string)!, String(number), 1, Math.max(0, hits))
      }
    },
    text(text, stack) {
      if (stack[stack.length - 1] === 'source') source += text
    },
    close(name) {
      if (name === 'source' && source.trim() !== '') sources.push(source.trim())
      if (name === 'class') current = undefined
    }
  })
  if (!sawRoot) throw new ReportError(file, 'is empty')
  if (map.size === 0) throw new ReportError(file, 'lists no <class> (no source file)')
  // With one <source>, filenames are relative to it; with several, which one is unknowable.
  if (sources.length !== 1) return map
  const base = sources[0].replace(/\\/g, '/')
  return new Map(
    [...map].map(([path, cov]) => [
      /^([A-Za-z]:)?[\\/]/.test(path) ? path : posix.join(base, path.replace(/\\/g, '/')),
      cov
    ])
  )
}

export async function parseJacoco(chunks: AsyncIterable<string>, file: string): Promise<CoverageMap> {
  const map: CoverageMap = new Map()
  let pkg = ''
  let current: string | undefined
  let sawRoot = false
  await parseXml(chunks, file, {
    root: 'report',
    open(tag, stack) {
      sawRoot = true
      const parent = stack[stack.length - 2]
      if (tag.name === 'package') pkg = attr(tag, 'name') ?? ''
      else if (tag.name === 'sourcefile') {
        const name = attr(tag, 'name')
        if (!name) throw new ReportError(file, `a <sourcefile> in package ${pkg} has no name`)
        current = pkg ? `${pkg}/${name}` : name
        map.set(current, map.get(current) ?? emptyFile())
      } else if (tag.name === 'line' && parent === 'sourcefile' && current) {
        const nr = Number(attr(tag, 'nr'))
        const mi = Number(attr(tag, 'mi') ?? 0)
        const ci = Number(attr(tag, 'ci') ?? 0)
        if (!Number.isInteger(nr) || !Number.isFinite(mi) || !Number.isFinite(ci))
          throw new ReportError(file, `a <line> in ${current} has no valid nr/mi/ci`)
        if (mi + ci > 0) addUnit(map.get(current)!, String(nr), 1, ci)
      } else if (
        tag.name === 'counter' &&
        parent === 'sourcefile' &&
        current &&
        attr(tag, 'type') === 'LINE'
      ) {
        const missed = Number(attr(tag, 'missed'))
        const covered = Number(attr(tag, 'covered'))
        if (Number.isFinite(missed) && Number.isFinite(covered))
          map.get(current)!.totals = { total: missed + covered, covered }
      }
    },
    close(name) {
      if (name === 'sourcefile') current = undefined
      if (name === 'package') pkg = ''
    }
  })
  if (!sawRoot) throw new ReportError(file, 'is empty')
  if (map.size === 0)
    throw new ReportError(file, 'lists no <sourcefile> (no source file, or no debug information)')
  return map
}
