/** Streaming text: bytes in, decoded chunks and lines out, never more than a byte limit. */
import type { Readable } from 'node:stream'
import { ReportError } from './model.js'

/** Bytes as "12.5 MB" (decimal megabytes, as GitHub shows artifact sizes). */
export function megabytes(bytes: number): string {
  return `${Number((bytes / 1e6).toFixed(1))} MB`
}

/**
 * Decoded UTF-8 text of a stream, chunk by chunk (a byte-order mark is dropped). Stops with a
 * ReportError naming `file` once more than `limit` bytes arrived; the stream is destroyed when the
 * consumer stops early.
 */
export async function* textChunks(stream: Readable, file: string, limit: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let bytes = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length
      if (bytes > limit)
        throw new ReportError(
          file,
          `unpacks to more than ${megabytes(limit)}, the limit for one report; refused`
        )
      const text = decoder.decode(chunk, { stream: true })
      if (text) yield text
    }
    const tail = decoder.decode()
    if (tail) yield tail
  } finally {
    stream.destroy()
  }
}

/** Calls `onLine` for every line (without its line ending), numbered from 1. */
export async function forEachLine(
  chunks: AsyncIterable<string>,
  onLine: (line: string, lineNumber: number) => void
): Promise<void> {
  let rest = ''
  let n = 0
  for await (const chunk of chunks) {
    const text = rest + chunk
    let start = 0
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      onLine(text.charCodeAt(i - 1) === 13 ? text.slice(start, i - 1) : text.slice(start, i), ++n)
      start = i + 1
    }
    rest = text.slice(start)
  }
  if (rest !== '') onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, n + 1)
}

/** All of the text (for JSON formats, bounded by the caller's byte limit). */
export async function allText(chunks: AsyncIterable<string>): Promise<string> {
  const parts: string[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return parts.join('')
}

/** A string as a one-chunk source (tests, and reports already in memory). */
export async function* fromString(text: string): AsyncGenerator<string> {
  yield text
}
