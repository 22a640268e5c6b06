import type { TargetReads } from './target.js'
import type { Gateway } from '../github/gateway.js'

/**
 * The reads resolving targets may need, loading the gateway (and with it the GitHub client and the
 * response shapes) on the first one: most events need none of them, and a run that ends at its event
 * then starts as fast as the Actions toolkit itself.
 */
export function lazyReads(load: () => Promise<Gateway>): TargetReads {
  let loaded: Promise<Gateway> | undefined
  const gateway = () => (loaded ??= load())
  return {
    pull: async n => (await gateway()).pull(n),
    pullsForCommit: async sha => (await gateway()).pullsForCommit(sha),
    commit: async ref => (await gateway()).commit(ref),
    refExists: async ref => (await gateway()).refExists(ref),
    suiteRuns: async id => (await gateway()).suiteRuns(id)
  }
}
