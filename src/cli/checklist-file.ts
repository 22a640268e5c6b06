import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ParseResult } from '../checklist/parse.js'
import { parseChecklistFile } from '../checklist/parse-file.js'
import type { ConfigError } from '../errors/config-error.js'
import { terminalSafe } from '../text/terminal.js'
import type { Io } from './io.js'

/** The action's default checklist path, which the commands read when given no file. */
export const DEFAULT_CHECKLIST = '.github/readiness.yml'

export const today = (): string => new Date().toISOString().slice(0, 10)

/** The text of a checklist on disk, or why it cannot be read (as a configuration error on that file). */
export async function readText(
  file: string,
  io: Io
): Promise<{ ok: true; text: string } | { ok: false; errors: ConfigError[] }> {
  try {
    return { ok: true, text: await readFile(resolve(io.cwd, file), 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a checklist file'
          : `cannot be read (${code ?? (error as Error).message})`
    return { ok: false, errors: [{ file, message, fix: 'Give the path of a checklist file.' }] }
  }
}

/** A checklist on disk (YAML, or Markdown by its `.md` name), read and parsed as the gate parses it. */
export async function readChecklistFile(file: string, io: Io): Promise<ParseResult> {
  const read = await readText(file, io)
  if (!read.ok) return read
  return parseChecklistFile(read.text, { file, today: today() })
}

/** `file:line:col: message`, the form editors and problem matchers read; the fix follows on its own line. */
export function positioned(e: ConfigError, kind: 'error' | 'warning' = 'error'): string {
  const where = [e.file, e.line, e.column].filter(p => p !== undefined).join(':')
  const label = kind === 'warning' ? 'warning: ' : ''
  return terminalSafe(`${where}: ${label}${e.message}`)
}
