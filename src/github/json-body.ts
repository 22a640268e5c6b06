/**
 * Reading a JSON answer's body. Octokit parses each one with json-with-bigint, which (before Node
 * 22) first runs a regular expression with a callback over the whole text: on a busy PR, most of
 * the gate's CPU went there. JSON.parse reads every number GitHub sends exactly (ids are far below
 * 2^53). An integer above 2^53, which JSON.parse would round, leaves the body unread instead: the
 * caller's shape check then fails, so nothing is ever judged on a rounded id.
 */

import { createHash } from 'node:crypto'
import { arrayBuffer, text as textOf } from 'node:stream/consumers'

/** Digit runs long enough to be an integer beyond 2^53 (16 digits or more), wherever they stand. */
const LONG_DIGITS = /\d{16}/

/** The body of an answer Octokit left unparsed (a web ReadableStream), read as Octokit would have. */
export async function readBody(body: unknown, contentType: string | undefined): Promise<unknown> {
  if (!isStream(body)) return body
  // Read as Response's text() and arrayBuffer() would, without the global Response: it loads Node's
  // own copy of undici, a second HTTP stack beside the bundled one (about 20 ms of a run).
  const type = (contentType ?? '').toLowerCase()
  if (!/^application\/(scim\+)?json\b/.test(type)) {
    // As Octokit does: text for text/* or UTF-8, bytes otherwise.
    return !contentType || type.startsWith('text/') || /charset=utf-8/.test(type)
      ? textOf(body)
      : arrayBuffer(body)
  }
  const text = await textOf(body)
  const data = parseJson(text)
  if (typeof data === 'object' && data !== null)
    bodyHashes.set(data, createHash('sha256').update(text).digest('hex'))
  return data
}

/** A SHA-256 of the text each parsed body was read from: how paging tells a repeated page. */
const bodyHashes = new WeakMap<object, string>()

/** The body's fingerprint: the hash of the text it was read from, or of its JSON when read elsewhere. */
export function bodyFingerprint(data: unknown): string {
  const known = typeof data === 'object' && data !== null ? bodyHashes.get(data) : undefined
  return known ?? createHash('sha256').update(JSON.stringify(data)).digest('hex')
}

/** JSON.parse, or the text itself when it is no JSON or holds an integer JSON.parse would round. */
export function parseJson(text: string): unknown {
  try {
    if (!LONG_DIGITS.test(text)) return JSON.parse(text)
    return JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
        throw new RangeError('an integer beyond 2^53')
      }
      return value
    })
  } catch {
    return text
  }
}

function isStream(body: unknown): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream | null)?.getReader === 'function'
}
