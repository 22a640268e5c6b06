// Jest's test order. With the durations of a previous run in its cache, Jest starts the longest files
// first, so that no worker is left with a long file at the end. On a cold cache (a fresh clone, as in
// CI) it knows no durations and orders by file size, which starts the longest files late and added
// about ten seconds to a run on two cores. There, the files known to run longest start first.
import { basename } from 'node:path'
import Sequencer from '@jest/test-sequencer'

/** The longest test files, longest first: the fault matrix, then the bundle's sign-off runs and the client's timeouts. */
const LONGEST = ['e2e-faults-b', 'e2e-faults', 'e2e-signoff', 'client']

const rank = test => {
  const i = LONGEST.indexOf(basename(test.path, '.test.ts'))
  return i < 0 ? LONGEST.length : i
}

export default class LongestFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    if (sorted.every(test => test.duration != null)) return sorted
    // Array.prototype.sort is stable: the other files keep Jest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}
