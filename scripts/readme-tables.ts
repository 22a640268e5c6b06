// Rewrites the README's generated blocks (inputs, outputs, check types) from action.yml and the zod
// schema; __tests__/readme.test.ts fails when the committed README is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { expectedReadme } from './readme-sources.js'

const readme = readFileSync('README.md', 'utf8')
const next = await expectedReadme(readme)
if (next === readme) {
  console.log('README.md is up to date')
} else {
  writeFileSync('README.md', next)
  console.log('rewrote the generated blocks of README.md')
}
