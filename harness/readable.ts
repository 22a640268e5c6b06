// Tests of evaluators compare what a reader sees: an outcome's structured summary as the Markdown
// the report carries (names in code spans, links as links).
import { markdownOf } from '../src/text/markdown.js'
import type { Phrase } from '../src/text/phrase.js'

/** An outcome (or a bare phrase) with its summary as Markdown; anything else unchanged. */
export function readable<T>(value: T): T {
  if (
    Array.isArray(value) &&
    value.every(
      p => typeof p === 'string' || (typeof p === 'object' && p !== null && ('code' in p || 'url' in p))
    )
  )
    return markdownOf(value as Phrase) as T
  if (
    value &&
    typeof value === 'object' &&
    'summary' in value &&
    Array.isArray((value as { summary: unknown }).summary)
  )
    return { ...value, summary: markdownOf((value as unknown as { summary: Phrase }).summary) }
  return value
}
