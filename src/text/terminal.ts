/**
 * Outside text (a check name, an API message, a report file) made safe for a terminal: escape
 * sequences could move the cursor, rewrite earlier lines or set the window title, so every control
 * character but the tab becomes a visible U+FFFD, and line breaks become spaces.
 */
export function terminalSafe(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd')
  )
}
