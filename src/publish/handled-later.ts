/**
 * A read started before anyone awaits it. Marked handled at once, so that a failure while the run is
 * busy elsewhere is not an unhandled rejection (which ends a Node process); whoever awaits the
 * promise later still gets the failure, and explains it then.
 */
export function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {})
  return promise
}
