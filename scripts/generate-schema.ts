// Regenerates checklist/schema.json from the zod schema; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs'
import { checklistJsonSchema } from '../src/checklist/json-schema.js'

writeFileSync('checklist/schema.json', checklistJsonSchema())
console.log('wrote checklist/schema.json')
