// Coverage reports: every format's figure equals its own reference tool's on real reports
// (__fixtures__/coverage/README.md has the commands and their output), and the edge cases.
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from '@jest/globals'
import { detectFormat } from '../src/coverage/detect.js'
import { formatPercent } from '../src/coverage/model.js'
import { normalisePath } from '../src/coverage/paths.js'
import { NoReportError, readCoverage, type ReportFile } from '../src/coverage/read.js'

const FIXTURES = '__fixtures__/coverage'
const paths = { repo: 'shop' }

/** A fixture as a report file (streamed from disk), optionally under another name. */
const fixture = (path: string, name = path): ReportFile => ({
  name,
  size: statSync(join(FIXTURES, path)).size,
  open: async () => createReadStream(join(FIXTURES, path))
})
const text = (name: string, content: string): ReportFile => ({
  name,
  size: Buffer.byteLength(content),
  open: async () => Readable.from([Buffer.from(content)])
})
const read = (files: ReportFile[], format?: Parameters<typeof readCoverage>[1]['format']) =>
  readCoverage(files, { paths, format })
const fixtureText = (path: string) => readFileSync(join(FIXTURES, path), 'utf8')

describe('the figure of each format equals its reference tool', () => {
  // [case, files, covered, total, the reference tool's own figure (see the fixtures README)]
  const table: [string, string[], number, number, string][] = [
    ['lcov (c8) vs `lcov --summary`', ['js/lcov.info'], 61, 90, '67.8'],
    ['Cobertura (c8) vs its lines-covered/lines-valid', ['js/cobertura-coverage.xml'], 61, 90, '67.8'],
    ['Istanbul coverage-final.json vs c8 % Lines 67.77', ['js/coverage-final.json'], 61, 90, '67.8'],
    ['Istanbul coverage-summary.json vs c8 % Lines 67.77', ['js/coverage-summary.json'], 61, 90, '67.8'],
    [
      'two lcov shards vs `lcov -a … && lcov --summary`',
      ['js-shard1/lcov.info', 'js-shard2/lcov.info'],
      61,
      90,
      '67.8'
    ],
    [
      'two Cobertura shards (same data as the lcov shards)',
      ['js-shard1/cobertura-coverage.xml', 'js-shard2/cobertura-coverage.xml'],
      61,
      90,
      '67.8'
    ],
    [
      'two coverage-final.json shards',
      ['js-shard1/coverage-final.json', 'js-shard2/coverage-final.json'],
      61,
      90,
      '67.8'
    ],
    ['Go vs `go tool cover -func` total', ['go/coverage.out'], 8, 16, '50.0'],
    ['Go -coverpkg (duplicate blocks) vs `go tool cover -func`', ['go/coverpkg.out'], 9, 16, '56.2'],
    ['Go, one profile per package', ['go/price.out', 'go/stock.out'], 8, 16, '50.0'],
    ['JaCoCo vs its report LINE counter', ['jacoco/jacoco-cart.xml'], 16, 22, '72.7'],
    [
      'two JaCoCo reports vs JaCoCo merging both exec files',
      ['jacoco/jacoco-cart.xml', 'jacoco/jacoco-money.xml'],
      19,
      22,
      '86.4'
    ],
    ['JaCoCo merged reference report', ['jacoco/jacoco-merged.xml'], 19, 22, '86.4']
  ]
  it.each(table)('%s', async (_label, files, covered, total, shown) => {
    const figure = await read(files.map(f => fixture(f)))
    expect(figure).toMatchObject({ covered, total })
    expect(formatPercent(figure.percent)).toBe(shown)
  })

  it('shards of one project merge to the figure of the whole run, each source file counted once', async () => {
    const whole = await read([fixture('js/lcov.info')])
    const shards = await read([fixture('js-shard1/lcov.info'), fixture('js-shard2/lcov.info')])
    expect(shards.sourceFiles).toBe(3)
    expect(shards.percent).toBe(whole.percent)
  })
})

describe('format edge cases', () => {
  it('lcov without LF/LH lines still has its coverage (from the DA records, as lcov computes it)', async () => {
    const stripped = fixtureText('js/lcov.info').replace(/^L[FH]:.*\n/gm, '')
    expect(stripped).not.toMatch(/^LF:/m)
    expect(await read([text('lcov.info', stripped)])).toMatchObject({ covered: 61, total: 90 })
  })

  it('lcov with only LF/LH (no DA) uses those totals', async () => {
    const report =
      'TN:\nSF:src/a.js\nLF:10\nLH:7\nend_of_record\nSF:src/b.js\nDA:1,1\nDA:2,0\nLF:99\nLH:99\nend_of_record\n'
    expect(await read([text('lcov.info', report)])).toMatchObject({ covered: 8, total: 12 })
  })

  it('Istanbul summaries with "Unknown" percentages count the numbers, never the pct', async () => {
    const summary = {
      total: { lines: { total: 10, covered: 8, skipped: 0, pct: 80 } },
      '/home/runner/work/shop/shop/src/a.js': { lines: { total: 10, covered: 8, skipped: 0, pct: 80 } },
      '/home/runner/work/shop/shop/src/types.js': {
        lines: { total: 0, covered: 0, skipped: 0, pct: 'Unknown' }
      }
    }
    expect(await read([text('coverage-summary.json', JSON.stringify(summary))])).toMatchObject({
      covered: 8,
      total: 10,
      sourceFiles: 2
    })
    // c8's real summary has "Unknown" too (branchesTrue): it reads as usual.
    expect(fixtureText('js/coverage-summary.json')).toContain('"Unknown"')
  })

  it('Go counts statements, not lines', async () => {
    const profile = 'mode: set\nx.go/a.go:1.1,3.2 5 1\nx.go/a.go:4.1,4.9 1 0\n'
    const figure = await read([text('coverage.out', profile)])
    expect(figure).toMatchObject({ covered: 5, total: 6, format: 'go' })
  })

  it('one source file in several reports with different path spellings is merged once', async () => {
    const relative = 'SF:src/a.js\nDA:1,1\nDA:2,0\nDA:3,0\nend_of_record\n'
    const absolute = 'SF:/home/runner/work/shop/shop/src/a.js\nDA:1,0\nDA:2,4\nDA:3,0\nend_of_record\n'
    const windows = 'SF:D:\\a\\shop\\shop\\src\\a.js\nDA:3,0\nDA:4,1\nend_of_record\n'
    const figure = await read([
      text('a/lcov.info', relative),
      text('b/lcov.info', absolute),
      text('c/lcov.info', windows)
    ])
    expect(figure).toMatchObject({ covered: 3, total: 4, sourceFiles: 1 })
  })

  it('normalises paths to the repository root', () => {
    expect(normalisePath('/home/runner/work/shop/shop/src/a.ts', paths)).toBe('src/a.ts')
    expect(normalisePath('/Users/runner/work/shop/shop/src/a.ts', paths)).toBe('src/a.ts')
    expect(normalisePath('D:\\a\\shop\\shop\\src\\a.ts', paths)).toBe('src/a.ts')
    expect(normalisePath('/__w/shop/shop/src/a.ts', paths)).toBe('src/a.ts')
    expect(normalisePath('/github/workspace/src/a.ts', paths)).toBe('src/a.ts')
    expect(normalisePath('/build/src/a.ts', { repo: 'shop', workspace: '/build' })).toBe('src/a.ts')
    expect(normalisePath('./src/../src/a.ts', paths)).toBe('src/a.ts')
    expect(normalisePath('github.com/acme/goshop/price/price.go', paths)).toBe(
      'github.com/acme/goshop/price/price.go'
    )
  })

  it('with several formats, one is chosen in the documented order (lcov, Cobertura, JaCoCo, Istanbul final, Go, Istanbul summary)', async () => {
    const all = [
      fixture('js/coverage-summary.json', 'coverage/coverage-summary.json'),
      fixture('go/coverage.out', 'go/coverage.out'),
      fixture('js/coverage-final.json', 'coverage/coverage-final.json'),
      fixture('jacoco/jacoco-cart.xml', 'jacoco.xml'),
      fixture('js/cobertura-coverage.xml', 'coverage/cobertura-coverage.xml'),
      fixture('js/lcov.info', 'coverage/lcov.info')
    ]
    const order = ['lcov', 'cobertura', 'jacoco', 'istanbul-final', 'go', 'istanbul-summary']
    for (let i = 0; i < order.length; i++) {
      const figure = await read(all.slice(0, all.length - i))
      expect(figure.format).toBe(order[i])
      expect(figure.reports).toHaveLength(1)
    }
    // `format` picks one explicitly; `istanbul` means either Istanbul file, final first.
    expect((await read(all, 'go')).format).toBe('go')
    expect((await read(all, 'istanbul')).format).toBe('istanbul-final')
  })

  it('ignores files that are not reports (HTML, raw V8 data, notes)', async () => {
    const figure = await read([
      fixture('js/lcov-report/index.html', 'coverage/lcov-report/index.html'),
      fixture(
        `js/tmp/${'coverage-21111-1795884255961-0.json'}`,
        'coverage/tmp/coverage-21111-1795884255961-0.json'
      ),
      text('README.md', '# Coverage\n\n90% of lines, say the notes.\n'),
      fixture('js/lcov.info', 'coverage/lcov.info')
    ])
    expect(figure).toMatchObject({ format: 'lcov', reports: ['coverage/lcov.info'], covered: 61, total: 90 })
  })

  it('an artifact without any report is explained, listing what it holds', async () => {
    await expect(read([text('notes.txt', 'hello'), text('index.html', '<html></html>')])).rejects.toThrow(
      new NoReportError('no coverage report in a known format (notes.txt, index.html)')
    )
    await expect(read([fixture('go/coverage.out')], 'lcov')).rejects.toThrow(
      /only Go coverprofile reports, but `format` asks for lcov/
    )
  })

  const broken: [string, ReportFile, RegExp][] = [
    ['an empty lcov.info', text('coverage/lcov.info', ''), /^coverage\/lcov\.info: is empty$/],
    ['an empty coverage.xml', text('coverage.xml', '  \n'), /^coverage\.xml: is empty$/],
    [
      'lcov with a broken DA line',
      text('lcov.info', 'SF:a.js\nDA:x,1\n'),
      /^lcov\.info: line 2: malformed DA record/
    ],
    [
      'lcov with DA before SF',
      text('lcov.info', 'TN:\nDA:1,1\n'),
      /^lcov\.info: line 2: DA record before any SF record/
    ],
    [
      'truncated Cobertura XML',
      text('coverage.xml', fixtureText('js/cobertura-coverage.xml').slice(0, 1500)),
      /^coverage\.xml: is not well-formed XML/
    ],
    [
      'a Cobertura file without classes',
      text('cobertura.xml', '<?xml version="1.0"?><coverage line-rate="0"><sources/></coverage>'),
      /lists no <class>/
    ],
    [
      'JaCoCo with a bad line',
      text(
        'jacoco.xml',
        '<report name="x"><package name="a"><sourcefile name="A.java"><line nr="x" mi="1" ci="0"/></sourcefile></package></report>'
      ),
      /^jacoco\.xml: a <line> in a\/A\.java has no valid nr/
    ],
    [
      'truncated coverage-final.json',
      text('coverage-final.json', fixtureText('js/coverage-final.json').slice(0, 5000)),
      /^coverage-final\.json: is not valid JSON/
    ],
    [
      'a Go profile with a broken block',
      text('coverage.out', 'mode: set\nfoo.go 1 1\n'),
      /^coverage\.out: line 2: not a coverprofile block/
    ],
    [
      'a report that counts nothing',
      text('lcov.info', 'SF:a.js\nend_of_record\n'),
      /^lcov\.info: counts no lines at all/
    ]
  ]
  it.each(broken)('%s is an error naming the file', async (_label, file, message) => {
    await expect(read([file])).rejects.toThrow(message)
  })

  it('never fetches a DTD nor expands entities (XXE, billion laughs)', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE coverage [<!ENTITY x SYSTEM "file:///etc/passwd">]><coverage line-rate="1"><packages><package><classes><class filename="&x;"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>'
    await expect(read([text('coverage.xml', xxe)])).rejects.toThrow(/not well-formed XML/)
  })

  it('tells formats apart from their first bytes', () => {
    expect(detectFormat('TN:\nSF:a.js\n')).toBe('lcov')
    expect(detectFormat('\uFEFFSF:a.js\n')).toBe('lcov')
    expect(detectFormat(fixtureText('js/cobertura-coverage.xml').slice(0, 300))).toBe('cobertura')
    expect(detectFormat(fixtureText('jacoco/jacoco-cart.xml').slice(0, 200))).toBe('jacoco')
    expect(detectFormat('mode: atomic\n')).toBe('go')
    expect(detectFormat('<!doctype html><html>')).toBeUndefined()
    expect(detectFormat('{"result":[{"scriptId":"1"}]}')).toBeUndefined()
  })
})

describe('formatPercent', () => {
  it('rounds like printf (ties to even), as lcov and go tool cover print', () => {
    expect(formatPercent(56.25)).toBe('56.2')
    expect(formatPercent(56.75)).toBe('56.8')
    expect(formatPercent((61 * 100) / 90)).toBe('67.8')
    expect(formatPercent(78.4)).toBe('78.4')
  })
  it('shows more decimals when one would hide which side of the threshold the figure is on', () => {
    expect(formatPercent(79.96, 80)).toBe('79.96')
    expect(formatPercent(79.9996, 80)).toBe('79.9996')
    expect(formatPercent(80, 80)).toBe('80.0')
  })
})
