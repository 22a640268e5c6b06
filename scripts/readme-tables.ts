// Rewrites the generated blocks of README.md and docs/*.md (inputs, outputs, the check types) from
// action.yml and the zod schema; __tests__/readme.test.ts fails when a committed document is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { documentFiles, expectedDocument, readmeSources } from './readme-sources.js'

const sources = await readmeSources()
for (const file of documentFiles()) {
  const text = readFileSync(file, 'utf8')
  const next = await expectedDocument(file, text, '.', sources)
  if (next !== text) {
    writeFileSync(file, next)
    console.log(`rewrote the generated blocks of ${file}`)
  }
}
console.log('the generated blocks are up to date')
