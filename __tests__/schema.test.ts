import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { checklistJsonSchema } from '../src/checklist/json-schema.js'

describe('checklist/schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` when this fails)', () => {
    expect(readFileSync('checklist/schema.json', 'utf8')).toBe(checklistJsonSchema())
  })

  it('accepts the production checklist and rejects an unknown key, as the parser does', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(checklistJsonSchema()))
    const production = parse(readFileSync('checklist/production.yml', 'utf8'))
    expect(validate(production)).toBe(true)
    production.sections[0].items[0].chek = true
    expect(validate(production)).toBe(false)
  })
})
