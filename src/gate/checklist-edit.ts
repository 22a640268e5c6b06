import type { Target } from '../event/target.js'
import type { Gateway } from '../github/gateway.js'
import { formatConfigError } from '../errors/config-error.js'
import { diffChecklists, type ChecklistEdit } from '../checklist/diff.js'
import type { Checklist } from '../checklist/model.js'
import { whyNotFound } from './load-checklist.js'
import { parseChecklistFile } from '../checklist/parse-file.js'

/**
 * Reads the PR head's copy of the checklist (for this notice only: the verdict is always judged by
 * the base copy) and lists what it adds, removes or relaxes. Undefined when there is nothing to say.
 */
export async function checklistEdit(
  gateway: Gateway,
  path: string,
  target: Target,
  base: Checklist,
  today: string
): Promise<ChecklistEdit | undefined> {
  const pr = target.pr
  if (!pr || target.checklistRef === pr.headSha) return undefined
  let file
  try {
    file = await gateway.file(path, pr.headSha)
  } catch {
    return undefined // The notice is a courtesy; the verdict does not depend on it.
  }
  const ref = `${pr.headSha.slice(0, 7)} (head of #${pr.number})`
  if (!file.found && file.reason === 'missing') return { status: 'deleted' }
  // A directory, a link or a submodule in its place is no checklist either: say which.
  if (!file.found)
    return {
      status: 'invalid',
      error: formatConfigError({ file: path, ref, ...whyNotFound(file, path, target) })
    }
  const parsed = await parseChecklistFile(file.text, { file: path, ref, today })
  if (!parsed.ok) return { status: 'invalid', error: formatConfigError(parsed.errors[0]) }
  const changes = diffChecklists(base, parsed.checklist)
  return changes.length > 0 ? { status: 'changed', changes } : undefined
}
