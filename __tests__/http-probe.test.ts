// `http` probes: the decision on plain answers (every bound exactly), the checklist's rules for the keys,
// and the diff's relaxations.
import { describe, expect, it } from '@jest/globals'
import { judge, medianOf } from '../src/evaluate/http.js'
import type { Answer } from '../src/probe/http.js'
import type { CheckSpec } from '../src/checklist/schema.js'
import { parseChecklist } from '../src/checklist/parse.js'
import { diffChecklists } from '../src/checklist/diff.js'
import type { Phrase } from '../src/text/phrase.js'

type HttpCheck = Extract<CheckSpec, { type: 'http' }>
const URL_ = 'https://shop.example.com/health'
const NOW = Date.parse('2026-11-29T12:00:00Z')
const DAY = 86_400_000
const plain = (p: Phrase) =>
  p.map(x => (typeof x === 'string' ? x : 'code' in x ? `\`${x.code}\`` : x.text)).join('')

const answer = (more: Partial<Answer> = {}): Answer => ({
  url: URL_,
  status: 200,
  headers: { 'strict-transport-security': 'max-age=31536000; includeSubDomains' },
  ms: 100,
  certificateExpires: new Date(NOW + 30 * DAY),
  truncated: false,
  ...more
})
const check = (more: Partial<HttpCheck> = {}): HttpCheck => ({ type: 'http', url: URL_, ...more })
const verdict = (c: HttpCheck, answers: Answer[]) => {
  const o = judge(c, answers, NOW)
  return [o.state, plain(o.summary)]
}

describe('judge', () => {
  it('passes with the status, headers, median and certificate as stated', () => {
    expect(
      verdict(
        check({
          'max-ms': 200,
          'tls-days': 30,
          headers: { 'Strict-Transport-Security': '/max-age=\\d{7,}/' }
        }),
        [answer({ ms: 50 }), answer({ ms: 200 }), answer({ ms: 900 })]
      )
    ).toEqual([
      'pass',
      '`https://shop.example.com/health` answered 200 in a median of 200 ms over 3 requests; the certificate expires 2026-12-29 12:00 UTC (30.00 days left)'
    ])
  })

  it('holds `max-ms` inclusive: the median at the bound passes, a tenth of a millisecond above fails', () => {
    const times = (m: number) => [answer({ ms: 10 }), answer({ ms: m }), answer({ ms: 5000 })]
    expect(judge(check({ 'max-ms': 200 }), times(200), NOW).state).toBe('pass')
    expect(verdict(check({ 'max-ms': 200 }), times(200.1))).toEqual([
      'fail',
      '`https://shop.example.com/health`: a median of 200.1 ms over 3 requests, above 200 ms'
    ])
    expect(medianOf([4, 1, 3, 2])).toBe(2.5)
  })

  it('holds `tls-days` inclusive: exactly that many days left passes, a second less fails', () => {
    expect(
      judge(check({ 'tls-days': 7 }), [answer({ certificateExpires: new Date(NOW + 7 * DAY) })], NOW).state
    ).toBe('pass')
    expect(
      verdict(check({ 'tls-days': 7 }), [answer({ certificateExpires: new Date(NOW + 7 * DAY - 1000) })])
    ).toEqual([
      'fail',
      '`https://shop.example.com/health`: the certificate expires 2026-12-06 11:59 UTC (6.99 days left, at least 7 required)'
    ])
  })

  it('fails on any answer with another status, a missing or different header', () => {
    expect(verdict(check(), [answer(), answer({ status: 503 }), answer()])).toEqual([
      'fail',
      '`https://shop.example.com/health`: answered 503 (expected 200)'
    ])
    expect(
      verdict(check({ headers: { 'x-frame-options': true, 'strict-transport-security': 'max-age=1' } }), [
        answer()
      ])
    ).toEqual([
      'fail',
      '`https://shop.example.com/health`: no `x-frame-options` header; `strict-transport-security` is `max-age=31536000; includeSubDomains` (expected `max-age=1`)'
    ])
  })

  it('judges the http→https redirect itself', () => {
    const http = check({ url: 'http://shop.example.com/', 'redirects-to-https': true })
    const redirect = (status: number, location?: string) =>
      answer({ url: http.url, status, headers: location ? { location } : {}, certificateExpires: undefined })
    expect(verdict(http, [redirect(301, 'https://shop.example.com/')])[0]).toBe('pass')
    expect(verdict(http, [redirect(308, '/')])).toEqual([
      'fail',
      '`http://shop.example.com/`: redirects to `http://shop.example.com/`, not to https on the same host'
    ])
    expect(verdict(http, [redirect(200)])).toEqual([
      'fail',
      '`http://shop.example.com/`: answered 200, not a redirect to https'
    ])
    expect(verdict(http, [redirect(302, 'https://evil.example.net/')])[0]).toBe('fail')
  })
})

const parse = (c: string) =>
  parseChecklist(
    `version: 1\nsections:\n  - title: S\n    items:\n      - { id: h, title: H, check: ${c} }\n`,
    {
      file: 'c.yml',
      today: '2026-11-28'
    }
  )
const errors = (c: string) => {
  const r = parse(c)
  return r.ok ? [] : r.errors.map(e => e.message)
}

describe('the checklist rules for `http`', () => {
  it('accepts the documented keys', () => {
    expect(
      errors(
        '{ type: http, url: "https://a.example/", status: 204, max-ms: 300, samples: 5, tls-days: 14, headers: { x-frame-options: DENY, content-security-policy: true }, follow: true }'
      )
    ).toEqual([])
    expect(errors('{ type: http, url: "http://a.example/", redirects-to-https: true }')).toEqual([])
  })

  it('refuses other schemes, credentials, tls-days on http and a redirect check that follows', () => {
    expect(errors('{ type: http, url: "ftp://a.example/" }')).toEqual([
      expect.stringContaining('only https and http are probed')
    ])
    expect(errors('{ type: http, url: "https://me:pw@a.example/" }')).toEqual([
      expect.stringContaining('holds credentials')
    ])
    expect(errors('{ type: http, url: "http://a.example/", tls-days: 3 }')).toEqual([
      expect.stringContaining('`tls-days` needs an `https://` url')
    ])
    expect(
      errors('{ type: http, url: "http://a.example/", redirects-to-https: true, follow: true }')
    ).toEqual([
      expect.stringContaining('`redirects-to-https` needs an `http://` url, without `follow` or `status`')
    ])
    expect(errors('{ type: http, url: "https://a.example/", samples: 0 }')).toEqual([
      expect.stringContaining('samples')
    ])
  })

  it('reads a looser bound, a dropped header or `follow` turned on as a relaxation', () => {
    const one = (c: string) => {
      const r = parse(c)
      if (!r.ok) throw new Error(JSON.stringify(r.errors))
      return r.checklist
    }
    const diff = (a: string, b: string) => diffChecklists(one(a), one(b)).map(c => `${c.kind}: ${c.detail}`)
    expect(
      diff(
        '{ type: http, url: "https://a.example/", max-ms: 200, tls-days: 14, headers: { x-a: "1", x-b: true } }',
        '{ type: http, url: "https://a.example/", max-ms: 250, tls-days: 7, headers: { x-a: true }, follow: true }'
      )
    ).toEqual([
      'relaxed: `max-ms` 200 → 250',
      'relaxed: `tls-days` 14 → 7',
      'relaxed: `headers` no longer checks `x-b`',
      'relaxed: `headers` `x-a` `1` → any value',
      'relaxed: `follow` turned on (a redirect is no longer judged itself)'
    ])
  })
})
