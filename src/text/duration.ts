/**
 * Durations as people write them in a checklist: a whole number and a unit, `30m`, `12h`, `7d`, `2w`
 * (minutes, hours, days, weeks). Shared by every key that takes an age (`signoff-max-age`, `max-age`).
 */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const
const UNIT_WORD = { m: 'minute', h: 'hour', d: 'day', w: 'week' } as const
const PATTERN = /^(\d{1,6})([mhdw])$/

export type DurationResult = { ok: true; ms: number } | { ok: false; message: string }

export const DURATION_FIX = 'Write a whole number and a unit: `30m`, `12h`, `7d` or `2w`.'

/** `7d` → 604,800,000 ms; anything else is refused with what is wrong. */
export function parseDuration(text: string): DurationResult {
  const m = PATTERN.exec(text.trim())
  if (!m)
    return { ok: false, message: `\`${text}\` is not a duration like \`30m\`, \`12h\`, \`7d\` or \`2w\`` }
  const n = Number(m[1])
  if (n === 0) return { ok: false, message: 'a duration must be longer than 0' }
  return { ok: true, ms: n * UNIT_MS[m[2] as keyof typeof UNIT_MS] }
}

/** `7d` → "7 days", for messages. */
export function durationWords(text: string): string {
  const m = PATTERN.exec(text.trim())
  if (!m) return text
  const word = UNIT_WORD[m[2] as keyof typeof UNIT_WORD]
  return `${m[1]} ${word}${m[1] === '1' ? '' : 's'}`
}
