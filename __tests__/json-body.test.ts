// Answers' JSON read with JSON.parse: every number GitHub sends kept exactly, never a rounded one.
import { describe, expect, it } from '@jest/globals'
import { parseJson, readBody } from '../src/github/json-body.js'

const stream = (text: string) => new Response(text).body

describe('reading JSON answers', () => {
  it('parses what GitHub sends, long digit runs inside strings and long fractions included', () => {
    const text =
      '{"id": 3400000123, "sha": "1234567890123456789012345678901234567890", "ratio": 0.12345678901234567}'
    expect(parseJson(text)).toEqual(JSON.parse(text))
    expect(parseJson('[1, 2, {"a": null}]')).toEqual([1, 2, { a: null }])
  })

  it('leaves a body with an integer beyond 2^53 unread (as text), so no shape check passes a rounded id', () => {
    const text = '{"id": 9007199254740993, "name": "x"}'
    expect(parseJson(text)).toBe(text)
    expect(parseJson('{"id": 9007199254740991}')).toEqual({ id: 9007199254740991 })
  })

  it('returns text for what is no JSON, as Octokit does', () => {
    expect(parseJson('<html>oops')).toBe('<html>oops')
  })

  it('reads a streamed body by its content type, and leaves anything else as it is', async () => {
    expect(await readBody(stream('{"a":1}'), 'application/json; charset=utf-8')).toEqual({ a: 1 })
    expect(await readBody(stream('plain'), 'text/plain')).toBe('plain')
    expect(await readBody(stream('plain'), undefined)).toBe('plain')
    expect(await readBody(stream('PK'), 'application/zip')).toBeInstanceOf(ArrayBuffer)
    expect(await readBody('', 'application/json')).toBe('')
  })
})
