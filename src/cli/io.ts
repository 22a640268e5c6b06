import pc from 'picocolors'

type Colors = ReturnType<typeof pc.createColors>

/** What a command may touch of the process: its two streams, colours, the environment, the directory. */
export interface Io {
  /** One line (or several) to stdout: the command's result. */
  out: (text: string) => void
  /** One line to stderr: progress and errors. */
  err: (text: string) => void
  /** Colours for stdout and stderr: on only when that stream is a terminal and NO_COLOR is unset. */
  color: Colors
  errColor: Colors
  env: NodeJS.ProcessEnv
  cwd: string
}

/** Exit codes, the same for every command: 0 pass, 1 fail, 2 pending, 3 could not run. */
export const EXIT = { pass: 0, fail: 1, pending: 2, error: 3 } as const

/** The process's own streams. */
export function processIo(): Io {
  const colorOn = (stream: NodeJS.WriteStream) =>
    Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb'
  return {
    out: text => process.stdout.write(`${text}\n`),
    err: text => process.stderr.write(`${text}\n`),
    color: pc.createColors(colorOn(process.stdout) || 'FORCE_COLOR' in process.env),
    errColor: pc.createColors(colorOn(process.stderr) || 'FORCE_COLOR' in process.env),
    env: process.env,
    cwd: process.cwd()
  }
}
