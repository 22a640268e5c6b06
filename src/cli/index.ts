#!/usr/bin/env node
/** The CLI's entry point (`readiness-gate`): everything happens in runCli(). */
import { processIo } from './io.js'
import { runCli } from './program.js'

runCli(process.argv.slice(2), processIo()).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`readiness-gate: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 3
  }
)
