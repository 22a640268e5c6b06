import { availableParallelism } from 'node:os'

// Jest on TypeScript ESM. `npm test` runs Jest with --experimental-vm-modules, which native ESM needs.
export default {
  testEnvironment: 'node',
  // The sources are ES modules written in TypeScript: Jest must load .ts files as ESM, not CommonJS.
  extensionsToTreatAsEsm: ['.ts'],
  // Imports name the emitted `.js` file (NodeNext resolution); under Jest the `.ts` source stands for it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // TypeScript to ESM, one file at a time (harness/ts-transform.js); tsc checks the types.
  transform: { '^.+\\.ts$': '<rootDir>/harness/ts-transform.js' },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // The simulator's OpenAPI validators, compiled into their cache once rather than in every test file.
  globalSetup: '<rootDir>/harness/warm-validators.js',
  testSequencer: '<rootDir>/harness/test-order.js',
  // End-to-end tests start the bundled action as a child process, sometimes several times.
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: one on a 2-core machine. About a quarter of
  // the suite's time is spent waiting (timeouts and pacing on purpose, child processes, the
  // simulator), so three workers per two cores keep the cores busy: on 2 cores, 61 s instead of 70 s.
  maxWorkers: Math.max(2, Math.ceil(availableParallelism() * 1.5)),
  verbose: false
}
