/**
 * Check-name globs as docs/check-types.md defines them: case-sensitive, `*` any run of characters (spaces and
 * `/` included), `?` one character, everything else literal. Hand-written on purpose: path-glob
 * libraries give `/`, `[]`, `{}` and `()` meanings that break on names like `test (ubuntu, 20)`.
 */
export function globToRegExp(glob: string): RegExp {
  const body = [...glob]
    .map(ch => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
    .join('')
  return new RegExp(`^${body}$`, 's')
}

/** Each glob's matcher, built once: a checklist names a few globs, a busy commit has thousands of runs. */
const matchers = new Map<string, (name: string) => boolean>()

/** The matcher of `glob` (the same function every time); a glob without `*` or `?` is the name itself. */
export function globMatcher(glob: string): (name: string) => boolean {
  let matcher = matchers.get(glob)
  if (!matcher) {
    if (/[*?]/.test(glob)) {
      const re = globToRegExp(glob)
      matcher = name => re.test(name)
    } else {
      matcher = name => name === glob
    }
    matchers.set(glob, matcher)
  }
  return matcher
}

export function globMatches(glob: string, name: string): boolean {
  return globMatcher(glob)(name)
}
