import { z } from 'zod'
import { ChecklistSchema } from './schema.js'

/** The public JSON Schema of the checklist, generated from the zod schema (never edited by hand). */
export function checklistJsonSchema(): string {
  const schema = z.toJSONSchema(ChecklistSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12'
  })
  return `${JSON.stringify({ ...schema, $id: 'https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklist/schema.json', title: 'Readiness Gate checklist' }, null, 2)}\n`
}
