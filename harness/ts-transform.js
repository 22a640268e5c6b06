// Jest's TypeScript transform: esbuild strips the types of one file at a time. Types are checked by
// `npm run typecheck` (tsc), not here. ts-jest, even only transpiling, loads the TypeScript compiler in
// every worker and took about 40 ms a file: ten seconds of CPU more per run on a cold cache (a fresh
// clone, as in CI).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { transformSync, version } from 'esbuild'

const tsconfig = readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8')
/** This file's own text is part of each cache key: a change to the options below recompiles every file. */
const self = readFileSync(new URL(import.meta.url), 'utf8')
/** What esbuild reads of the project's compiler options (class fields, imports kept as written). */
const tsconfigRaw = JSON.parse(tsconfig)
const options = { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'external', tsconfigRaw }

export default {
  getCacheKey(source, file) {
    return createHash('sha256').update(`${version}\0${self}\0${tsconfig}\0${file}\0${source}`).digest('hex')
  },
  process(source, file) {
    const { code, map } = transformSync(source, { ...options, sourcefile: file })
    return { code, map }
  }
}
