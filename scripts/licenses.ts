/**
 * Writes licenses.txt beside a bundle (dist/, dist/cli/): the license of every package bundled into it, in any of its chunks.
 * ncc's `--license` writes one file per chunk under the same name, so with the chunks that the
 * action's dynamic imports make, only the last chunk's packages would be listed. The packages are
 * read from the chunks' source maps; the format is license-webpack-plugin's (what ncc wrote).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** `name`, its `license` field, and the text of its LICENSE file (if it has one). */
interface PackageLicense {
  name: string
  licenseId?: string
  licenseText?: string
}

/** The package directories (…/node_modules/<name>) that the source maps in `dist` list files of. */
export function bundledPackages(dist: string): Map<string, string> {
  const packages = new Map<string, string>()
  for (const file of readdirSync(dist).filter(f => f.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { sources: string[] }
    for (const source of map.sources) {
      const at = source.lastIndexOf('node_modules/')
      if (at < 0) continue
      const rest = source.slice(at + 'node_modules/'.length).split('/')
      const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
      // ncc writes the paths relative to the working directory behind a fixed `../`, wherever the
      // bundle goes (dist/, dist/cli/): the build runs at the repository's root.
      const prefix = source.slice(0, at).replace(/^(\.\.?\/)+/, '')
      packages.set(name, resolve(prefix, 'node_modules', name))
    }
  }
  return packages
}

function licenseOf(name: string, dir: string): PackageLicense {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    license?: string | { type?: string }
  }
  const licenseId = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type
  const file = readdirSync(dir).find(f => /^licen[cs]e/i.test(f) && !statSync(join(dir, f)).isDirectory())
  const licenseText = file ? readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n') : undefined
  return { name, licenseId, licenseText }
}

/** license-webpack-plugin's rendering: by name, each `name`, license, text, then a blank line. */
export function renderLicenses(licenses: PackageLicense[]): string {
  return (
    [...licenses]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .reduce(
        (out, l) =>
          `${out}${l.name}${l.licenseId ? `\n${l.licenseId}` : ''}${l.licenseText ? `\n${l.licenseText}` : ''}\n\n`,
        ''
      )
      .trim() + '\n'
  )
}

const dist = resolve(process.argv[2] ?? 'dist')
const licenses = [...bundledPackages(dist)].map(([name, dir]) => licenseOf(name, dir))
writeFileSync(join(dist, 'licenses.txt'), renderLicenses(licenses))
