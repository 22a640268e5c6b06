// Never imported by the tests: counted only with --all.
export function neverCalled(a, b) {
  if (a > b) {
    return a - b
  }
  return b - a
}
