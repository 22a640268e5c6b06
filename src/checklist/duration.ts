import { z } from 'zod'

/**
 * Durations in the checklist (`max-age`, `signoff-max-age`): a whole number and a unit, `30m`, `12h`,
 * `7d` or `2w`. Kept as written in the parsed checklist (so the report and the diff show what the
 * author wrote) and turned into milliseconds where they are compared.
 */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const
const UNIT_WORD = { m: 'minute', h: 'hour', d: 'day', w: 'week' } as const
type Unit = keyof typeof UNIT_MS

/** At most six digits: a year is 525600m, and nothing longer means anything for evidence. */
const PATTERN = /^([1-9]\d{0,5})([mhdw])$/

const FIX =
  'Write a whole number followed by `m` (minutes), `h` (hours), `d` (days) or `w` (weeks), e.g. `7d`.'

/** The zod type of a duration: a wrong one is a positioned checklist error with the fix. */
export const duration = z
  .string()
  .superRefine((text, ctx) => {
    if (!PATTERN.test(text.trim())) {
      ctx.addIssue({
        code: 'custom',
        message: 'is not a duration such as `30m`, `12h`, `7d` or `2w`',
        params: { fix: FIX }
      })
    }
  })
  // The pattern is for editors (checklist/schema.json); the refinement above gives the positioned error.
  .meta({
    pattern: PATTERN.source,
    description: 'A duration: a whole number and m, h, d or w (e.g. 30m, 12h, 7d, 2w).'
  })

/** Milliseconds of a duration the schema accepted; throws on anything else (a bug, not a user error). */
export function durationMs(text: string): number {
  const m = PATTERN.exec(text.trim())
  if (!m) throw new Error(`not a duration: ${text}`)
  return Number(m[1]) * UNIT_MS[m[2] as Unit]
}

/** "7 days", "1 hour": a duration as a person reads it. */
export function durationWords(text: string): string {
  const m = PATTERN.exec(text.trim())
  if (!m) return text
  const n = Number(m[1])
  return `${n} ${UNIT_WORD[m[2] as Unit]}${n === 1 ? '' : 's'}`
}

/** An elapsed time to the minute: "3 days 4 hours", "1 day 1 minute", "12 minutes", "40 seconds". */
export function elapsedWords(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const parts: [number, string][] = [
    [Math.floor(s / 86_400), 'day'],
    [Math.floor((s % 86_400) / 3600), 'hour'],
    [Math.floor((s % 3600) / 60), 'minute']
  ]
  if (parts.every(([n]) => n === 0)) return `${s} second${s === 1 ? '' : 's'}`
  return parts
    .filter(([n]) => n > 0)
    .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`)
    .join(' ')
}
