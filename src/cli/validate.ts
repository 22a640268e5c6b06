import { allLeaves } from '../checklist/lookup.js'
import { checkWarnings } from '../checklist/semantics.js'
import { terminalSafe } from '../text/terminal.js'
import { DEFAULT_CHECKLIST, positioned, readChecklistFile } from './checklist-file.js'
import { EXIT, type Io } from './io.js'

/**
 * `validate [file ...]`: each error as `file:line:col: message` (then its fix), warnings likewise;
 * exit 1 when any file has an error, else 0.
 */
export async function validate(files: string[], io: Io): Promise<number> {
  const c = io.color
  let failed = 0
  for (const file of files.length > 0 ? files : [DEFAULT_CHECKLIST]) {
    const parsed = await readChecklistFile(file, io)
    if (!parsed.ok) {
      failed++
      for (const e of parsed.errors) {
        io.out(positioned(e))
        if (e.fix) io.out(c.dim(`  fix: ${terminalSafe(e.fix)}`))
      }
      continue
    }
    for (const w of checkWarnings(parsed.checklist)) io.out(positioned({ file, ...w }, 'warning'))
    const leaves = allLeaves(parsed.checklist).length
    io.out(
      `${c.green('✓')} ${terminalSafe(file)}: valid, ${leaves} item${leaves === 1 ? '' : 's'} in ${parsed.checklist.sections.length} section${parsed.checklist.sections.length === 1 ? '' : 's'}`
    )
  }
  if (failed > 0) io.err(`${failed} checklist${failed === 1 ? ' has' : 's have'} errors.`)
  return failed > 0 ? EXIT.fail : EXIT.pass
}
