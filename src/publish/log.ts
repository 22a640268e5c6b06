import * as core from '@actions/core'

/**
 * A value from outside the gate (a check name, a file path, an API message) made safe for the job log:
 * the runner reads any line that starts with `::` as a workflow command (`::add-mask::`,
 * `::set-output`, `::stop-commands::` …), so line breaks become spaces and a leading `::` is broken.
 */
export function logSafe(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/^(\s*):/, '$1\u200b:')
}

/** One line in the job log, whatever it holds. */
export function logLine(text: string): void {
  core.info(logSafe(text))
}
