/**
 * A zip archive on disk as report files (yauzl): the central directory is read first, so the
 * declared unpacked sizes are known before anything is inflated; an archive that declares more
 * than the limit is refused whole (zip bombs), and yauzl stops any entry that inflates to more
 * than it declared. Entries are read one at a time, as streams.
 */
import yauzl from 'yauzl'
import { megabytes } from './text.js'
import type { ReportFile } from './read.js'

export interface ZipLimits {
  /** Most bytes all entries may declare unpacked, together. */
  unpackedBytes: number
  /** Most entries. */
  entries: number
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { unpackedBytes: 1024 * 1024 * 1024, entries: 10_000 }

/** The archive is unusable (refused, corrupt); the message says why. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipError'
  }
}

export interface OpenedZip {
  files: ReportFile[]
  close(): void
}

export async function openZip(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<OpenedZip> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) =>
      err || !z
        ? reject(new ZipError(`not a readable zip archive: ${err?.message ?? 'unknown error'}`))
        : resolve(z)
    )
  )
  try {
    if (zip.entryCount > limits.entries)
      throw new ZipError(`holds ${zip.entryCount} entries, more than the limit of ${limits.entries}; refused`)
    const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
      const list: yauzl.Entry[] = []
      let declared = 0
      zip.on('entry', (entry: yauzl.Entry) => {
        declared += entry.uncompressedSize
        if (declared > limits.unpackedBytes) {
          reject(
            new ZipError(
              `unpacks to more than ${megabytes(limits.unpackedBytes)} (at ${entry.fileName}); refused as a possible zip bomb`
            )
          )
          return
        }
        if (!entry.fileName.endsWith('/')) list.push(entry)
        zip.readEntry()
      })
      zip.on('end', () => resolve(list))
      zip.on('error', (err: Error) => reject(new ZipError(`is corrupt: ${err.message}`)))
      zip.readEntry()
    })
    const files: ReportFile[] = entries.map(entry => ({
      name: entry.fileName,
      size: entry.uncompressedSize,
      open: () =>
        new Promise((resolve, reject) =>
          zip.openReadStream(entry, (err, stream) =>
            err || !stream
              ? reject(new ZipError(`${entry.fileName}: ${err?.message ?? 'cannot be read'}`))
              : resolve(stream)
          )
        )
    }))
    return { files, close: () => zip.close() }
  } catch (error) {
    zip.close()
    throw error
  }
}
