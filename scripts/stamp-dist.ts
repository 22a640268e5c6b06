/**
 * Writes dist/sources.sha256: a hash of everything the bundle is built from. Bundle tests compare it
 * with the working tree, so they never run a dist/ that no longer matches the sources.
 */
import { writeFileSync } from 'node:fs'
import { sourceHash } from './source-hash.js'

writeFileSync('dist/sources.sha256', `${sourceHash()}\n`)
