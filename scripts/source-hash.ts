// What dist/ is built from (the action, dist/index.js, and the CLI, dist/cli/index.js): every file under src/, and the lock file and compiler settings.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
  )
}

/** SHA-256 over the sorted paths and contents of the bundle's sources (line endings as checked out). */
export function sourceHash(root = '.'): string {
  const hash = createHash('sha256')
  const paths = [...files(join(root, 'src')), join(root, 'package-lock.json'), join(root, 'tsconfig.json')]
  for (const path of paths.map(p => p.split('\\').join('/')).sort()) {
    hash.update(`${path}\0`)
    hash.update(readFileSync(path))
    hash.update('\0')
  }
  return hash.digest('hex')
}
