/** Report files in the workspace (the `path` source): one file, or every file under a directory. */
import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import type { ReportFile } from './read.js'

const MAX_FILES = 10_000
const SKIPPED_DIRS = new Set(['.git', 'node_modules'])

export type WorkspaceFiles = { found: true; files: ReportFile[] } | { found: false; reason: string }

/** The files at `path` inside `workspace`; a path that leaves the workspace is refused. */
export async function workspaceFiles(workspace: string, path: string): Promise<WorkspaceFiles> {
  const root = resolve(workspace)
  const target = resolve(root, path)
  if (target !== root && !target.startsWith(root + sep))
    return { found: false, reason: 'is outside the workspace' }
  let stat
  try {
    stat = await lstat(target)
  } catch {
    return { found: false, reason: 'does not exist in the workspace' }
  }
  const file = (full: string, size: number): ReportFile => ({
    name: relative(root, full).split(sep).join('/'),
    size,
    open: async () => createReadStream(full)
  })
  if (stat.isFile()) return { found: true, files: [file(target, stat.size)] }
  if (!stat.isDirectory()) return { found: false, reason: 'is neither a file nor a directory' }
  const files: ReportFile[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name)
    )) {
      if (files.length >= MAX_FILES) return
      const full = join(dir, entry.name)
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) await walk(full)
      else if (entry.isFile()) files.push(file(full, (await lstat(full)).size))
    }
  }
  await walk(target)
  return { found: true, files }
}
