/**
 * A configuration problem the user must fix (checklist or input). Errors stay values with positions
 * and fixes until the edge, where they become annotations, messages and the exit code.
 */
export interface ConfigError {
  /** File the error is in (the checklist path, or `action inputs`). */
  file: string
  /** Git ref the file was read at, when it came from the repository. */
  ref?: string
  line?: number
  column?: number
  /** What is wrong, naming the offending word. */
  message: string
  /** How to fix it. */
  fix?: string
}

/** `file@ref:line:col: message. Fix: …` — one line a person can act on. */
export function formatConfigError(e: ConfigError): string {
  const where = [
    e.ref ? `${e.file} at ${e.ref}` : e.file,
    e.line !== undefined ? `line ${e.line}` : undefined,
    e.column !== undefined ? `column ${e.column}` : undefined
  ]
    .filter(Boolean)
    .join(', ')
  return `${where}: ${e.message}${e.fix ? ` Fix: ${e.fix}` : ''}`
}
