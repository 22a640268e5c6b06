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

export function globMatches(glob: string, name: string): boolean {
  return globToRegExp(glob).test(name)
}
