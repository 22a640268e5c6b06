import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseMarkdownChecklist } from '../checklist/markdown.js'
import { isMarkdownPath } from '../checklist/parse-file.js'
import { parseChecklist } from '../checklist/parse.js'
import { checklistToYaml } from '../checklist/to-yaml.js'
import { terminalSafe } from '../text/terminal.js'
import { positioned, readText, today } from './checklist-file.js'
import { EXIT, type Io } from './io.js'

export interface ImportOptions {
  output?: string
  force?: boolean
}

/**
 * `import <file.md> [-o file.yml]`: a Markdown checklist as YAML with the same ids, titles and
 * structure, suggested checks as comments to review. Exit 1 when the Markdown has errors.
 */
export async function importMarkdown(file: string, options: ImportOptions, io: Io): Promise<number> {
  const c = io.errColor
  if (!isMarkdownPath(file)) {
    io.err(`${c.red('error:')} ${terminalSafe(file)} is not a Markdown file (.md)`)
    return EXIT.error
  }
  if (options.output && existsSync(resolve(io.cwd, options.output)) && !options.force) {
    io.err(`${c.red('error:')} ${terminalSafe(options.output)} exists; add --force to replace it`)
    return EXIT.error
  }
  const read = await readText(file, io)
  const parsed = read.ok ? parseMarkdownChecklist(read.text, { file, today: today() }) : read
  if (!parsed.ok) {
    for (const e of parsed.errors) io.out(positioned(e))
    return EXIT.fail
  }
  const result = checklistToYaml(parsed.checklist, file)
  // What import writes must load as it stands: a checklist the gate refuses would be a trap.
  const check = parseChecklist(result.yaml, { file: options.output ?? 'imported.yml', today: today() })
  if (!check.ok) {
    io.err(
      `${c.red('error:')} the YAML written for ${terminalSafe(file)} does not load: ${positioned(check.errors[0])}`
    )
    return EXIT.error
  }
  if (options.output) await writeFile(resolve(io.cwd, options.output), result.yaml)
  else io.out(result.yaml.trimEnd())
  io.err(
    `${terminalSafe(file)}: ${result.items} item${result.items === 1 ? '' : 's'}${options.output ? ` written to ${terminalSafe(options.output)}` : ''}; ${result.suggested} suggested check${result.suggested === 1 ? '' : 's'} to review (comments starting "suggested")`
  )
  return EXIT.pass
}
