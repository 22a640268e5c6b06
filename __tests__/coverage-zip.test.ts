// Artifact archives: zip bombs are refused, and a 100 MB report is streamed, never held whole.
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { once } from 'node:events'
import { afterAll, describe, expect, it } from '@jest/globals'
import yazl from 'yazl'
import { readCoverage, type ReportFile } from '../src/coverage/read.js'
import { openZip } from '../src/coverage/zip.js'
import { zipOf } from '../sim/scenario-artifacts.js'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const dir = mkdtempSync(join(tmpdir(), 'coverage-zip-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const paths = { repo: 'shop' }

/**
 * Writes a zip whose entries come from streams (nothing held in memory), stored rather than
 * deflated: packing 100 MB took the test seconds, and inflating is yauzl's stream, not the gate's.
 */
async function writeZip(file: string, entries: Record<string, () => Readable>): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const [name, stream] of Object.entries(entries)) zip.addReadStream(stream(), name, { compress: false })
  zip.end()
  const out = createWriteStream(file)
  zip.outputStream.pipe(out)
  await once(out, 'close')
}

/** Sets every size field (local header, central directory) of the first entry to `size`. */
function patchDeclaredSize(bytes: Buffer, size: number): Buffer {
  const out = Buffer.from(bytes)
  const local = out.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  out.writeUInt32LE(size, local + 22)
  out.writeUInt32LE(size, central + 24)
  return out
}

/** Counts the bytes a report file hands out. */
function counted(file: ReportFile, tally: { bytes: number }): ReportFile {
  return {
    ...file,
    open: async () => {
      const stream = await file.open()
      stream.on('data', (c: Buffer) => (tally.bytes += c.length))
      return stream
    }
  }
}

describe('zip bombs', () => {
  it('refuses an archive that declares more unpacked bytes than the limit, before inflating anything', async () => {
    const zeros = await zipOf({ 'lcov.info': Buffer.alloc(8 * 1024 * 1024) })
    expect(zeros.length).toBeLessThan(20_000) // 8 MB of zeros packs to a few KB
    const file = join(dir, 'bomb.zip')
    writeFileSync(file, patchDeclaredSize(zeros, 0xfffffff0)) // declares 4 GB
    await expect(openZip(file)).rejects.toThrow(
      /unpacks to more than 1073\.7 MB \(at lcov\.info\); refused as a possible zip bomb/
    )
    writeFileSync(file, zeros)
    await expect(openZip(file, { unpackedBytes: 1_000_000, entries: 100 })).rejects.toThrow(
      /refused as a possible zip bomb/
    )
  })

  it('stops an entry that inflates to more than it declared', async () => {
    const file = join(dir, 'liar.zip')
    writeFileSync(
      file,
      patchDeclaredSize(await zipOf({ 'lcov.info': 'SF:a.js\n' + 'DA:1,1\n'.repeat(100_000) }), 1000)
    )
    const zip = await openZip(file)
    try {
      await expect(readCoverage(zip.files, { paths })).rejects.toThrow(/too many bytes in the stream/)
    } finally {
      zip.close()
    }
  })

  it('refuses an archive with too many entries', async () => {
    const file = join(dir, 'many.zip')
    writeFileSync(
      file,
      await zipOf(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, 'x'])))
    )
    await expect(openZip(file, { unpackedBytes: 1e9, entries: 20 })).rejects.toThrow(
      /holds 30 entries, more than the limit of 20/
    )
  })

  it('a broken archive is an error, not a crash', async () => {
    const file = join(dir, 'broken.zip')
    writeFileSync(file, Buffer.from('PK\u0003\u0004 not really a zip'))
    await expect(openZip(file)).rejects.toThrow(/not a readable zip archive/)
  })
})

describe('a 100 MB report', () => {
  const FILES = 360
  const LINES = 1000
  /** lcov as a tool with branch data writes it: ~100 MB, 360,000 line records. */
  function* bigLcov(): Generator<string> {
    const branches = Array.from({ length: 12 }, (_, b) => `BRDA:%,0,${b},1\n`).join('')
    for (let f = 0; f < FILES; f++) {
      let chunk = `TN:\nSF:/home/runner/work/shop/shop/src/module${f}.ts\n`
      for (let l = 1; l <= LINES; l++) {
        chunk += `FNDA:${l},fn${l}\n${branches.replaceAll('%', String(l))}DA:${l},${l % 5 === 0 ? 0 : 3}\n`
        chunk += `BRDA:${l},1,0,-\nBRDA:${l},1,1,2\nBRDA:${l},2,0,7\nBRDA:${l},2,1,0\nBRDA:${l},3,0,1\n`
      }
      yield `${chunk}LF:${LINES}\nLH:${LINES * 0.8}\nend_of_record\n`
    }
  }
  /**
   * A Go profile of ~10 MB, which must not be read beyond its first bytes (ten times what is read
   * shows it; a larger one would only cost the test its time to pack).
   */
  function* bigGo(): Generator<string> {
    yield 'mode: set\n'
    for (let i = 0; i < 20; i++) {
      let chunk = ''
      for (let j = 0; j < 10_000; j++) chunk += `github.com/acme/shop/pkg/file${i}.go:${j}.1,${j}.40 1 1\n`
      yield chunk
    }
  }

  it('is streamed: memory stays far below its size, and other formats are read only as far as their first bytes', async () => {
    const file = join(dir, 'big.zip')
    await writeZip(file, {
      'coverage/lcov.info': () => Readable.from(bigLcov()),
      'go/coverage.out': () => Readable.from(bigGo())
    })
    const zip = await openZip(file)
    try {
      const lcov = zip.files.find(f => f.name === 'coverage/lcov.info')!
      const go = zip.files.find(f => f.name === 'go/coverage.out')!
      expect(lcov.size).toBeGreaterThan(100_000_000)
      expect(go.size).toBeGreaterThan(10_000_000)
      const goRead = { bytes: 0 }
      const lcovRead = { bytes: 0 }

      // Live memory, not garbage a busy machine has not collected yet; a collection twice a second
      // (each costs a full GC) still sees a text held for the seconds the read takes.
      const live = () => {
        gc()
        return process.memoryUsage().heapUsed
      }
      const before = live()
      let peak = before
      const timer = setInterval(() => (peak = Math.max(peak, live())), 500)
      const figure = await readCoverage([counted(go, goRead), counted(lcov, lcovRead)], { paths })
      clearInterval(timer)
      peak = Math.max(peak, live())

      expect(figure).toMatchObject({ format: 'lcov', covered: 288_000, total: 360_000, sourceFiles: FILES })
      // Read once in full, plus the first bytes that told its format.
      expect(lcovRead.bytes).toBeGreaterThanOrEqual(lcov.size!)
      expect(lcovRead.bytes).toBeLessThan(lcov.size! + 1024 * 1024)
      expect(goRead.bytes).toBeLessThan(1024 * 1024) // only the prefix that tells its format
      // Holding the text would take > 100 MB; the 360,000 line records need far less.
      expect(peak - before).toBeLessThan(80 * 1024 * 1024)
    } finally {
      zip.close()
    }
  })
})

it('reads a report straight from a real file too (the workspace source)', async () => {
  const file = join(dir, 'lcov.info')
  writeFileSync(file, readFileSync('__fixtures__/coverage/js/lcov.info'))
  const { workspaceFiles } = await import('../src/coverage/workspace.js')
  const found = await workspaceFiles(dir, '.')
  expect(found.found).toBe(true)
  expect(await workspaceFiles(dir, '../outside')).toEqual({
    found: false,
    reason: 'is outside the workspace'
  })
  expect(await workspaceFiles(dir, 'missing.info')).toEqual({
    found: false,
    reason: 'does not exist in the workspace'
  })
})
