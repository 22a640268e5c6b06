import type { CheckSpec } from '../checklist/schema.js'
import { MAX_BODY, ProbeError, probe, probeTimeoutFromEnv, type Answer } from '../probe/http.js'
import { valueIsNeedle } from '../text/needle.js'
import { code, join, phrase, say, type Phrase } from '../text/phrase.js'
import type { EvalContext, Outcome } from './outcome.js'

type HttpCheck = Extract<CheckSpec, { type: 'http' }>

const DAY_MS = 24 * 60 * 60 * 1000
const REDIRECTS = [301, 302, 303, 307, 308]

/** `http` (docs/check-types.md): asks the live service `samples` times, one after another, and judges. */
export async function evaluateHttp(check: HttpCheck, ctx: EvalContext): Promise<Outcome> {
  const samples = check.samples ?? 3
  const options = { follow: check.follow ?? false, timeoutMs: probeTimeoutFromEnv() }
  const answers: Answer[] = []
  for (let i = 0; i < samples; i++) {
    try {
      answers.push(await probe(check.url, options))
    } catch (error) {
      if (!(error instanceof ProbeError)) throw error
      // No answer: the service is not ready. Say what was seen before it.
      const seen =
        answers.length > 0 ? say`; before that: ${join(answers.map(a => `${a.status} in ${ms(a.ms)}`))}` : []
      const where = error.url === check.url ? [] : say` (redirected to ${code(error.url)})`
      return {
        state: 'fail',
        summary: say`${code(check.url)}${where}: ${error.message} (request ${i + 1} of ${samples})${seen}`
      }
    }
  }
  return judge(check, answers, ctx.now ?? Date.now())
}

/** The decision on the answers, pure: every bound inclusive. */
export function judge(check: HttpCheck, answers: readonly Answer[], now: number): Outcome {
  const url = code(check.url)
  const first = answers[0]
  const problems: Phrase[] = []
  if (check['redirects-to-https']) {
    for (const a of answers) {
      const problem = notHttpsRedirect(check.url, a)
      if (problem) {
        problems.push(problem)
        break
      }
    }
  } else {
    const expected = check.status ?? 200
    const wrong = answers.find(a => a.status !== expected)
    if (wrong) problems.push(say`answered ${wrong.status}${where(check, wrong)} (expected ${expected})`)
  }
  for (const [name, want] of Object.entries(check.headers ?? {})) {
    const value = first.headers[name.toLowerCase()]
    if (value === undefined) problems.push(say`no ${code(name)} header`)
    else if (want !== true && !valueIsNeedle(value, want))
      problems.push(say`${code(name)} is ${code(clip(value))} (expected ${code(want)})`)
  }
  const median = medianOf(answers.map(a => a.ms))
  const timing = say`a median of ${ms(median)} over ${answers.length} request${answers.length === 1 ? '' : 's'}`
  if (check['max-ms'] !== undefined && median > check['max-ms'])
    problems.push(say`${timing}, above ${check['max-ms']} ms`)
  let tls: Phrase = []
  if (check['tls-days'] !== undefined) {
    const expires = first.certificateExpires
    if (!expires) problems.push(['no certificate was presented'])
    else {
      const left = (expires.getTime() - now) / DAY_MS
      const when = say`the certificate expires ${expires.toISOString().slice(0, 16).replace('T', ' ')} UTC (${(Math.floor(left * 100) / 100).toFixed(2)} days left`
      if (left < check['tls-days']) problems.push(say`${when}, at least ${check['tls-days']} required)`)
      else tls = say`; ${when})`
    }
  }
  const truncated = answers.some(a => a.truncated) ? ` (body read up to ${MAX_BODY / 1024 / 1024} MB)` : ''
  if (problems.length > 0) return { state: 'fail', summary: say`${url}: ${join(problems, '; ')}` }
  const what = check['redirects-to-https']
    ? say`redirects to https`
    : say`answered ${first.status}${where(check, first)}`
  return { state: 'pass', summary: phrase(say`${url} ${what} in ${timing}${tls}`, truncated) }
}

/** For an answer reached by following redirects, where it came from. */
function where(check: HttpCheck, a: Answer): Phrase {
  return a.url === check.url ? [] : say` at ${code(a.url)}`
}

function notHttpsRedirect(url: string, a: Answer): Phrase | undefined {
  const location = a.headers.location
  if (!REDIRECTS.includes(a.status) || !location) return say`answered ${a.status}, not a redirect to https`
  let target: URL
  try {
    target = new URL(location, url)
  } catch {
    return say`redirects to ${code(clip(location))}, which is not a URL`
  }
  if (target.protocol !== 'https:' || target.hostname !== new URL(url).hostname)
    return say`redirects to ${code(clip(target.toString()))}, not to https on the same host`
  return undefined
}

export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Whole milliseconds as they are, others to a tenth: a median just over a bound never reads as on it. */
const ms = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ms`
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s)
