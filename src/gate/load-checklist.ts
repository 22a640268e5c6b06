import type { ConfigError } from '../errors/config-error.js'
import { explainApiError, toApiError } from '../github/api-error.js'
import type { Gateway, NotAFile } from '../github/gateway.js'
import type { Target } from '../event/target.js'
import type { Checklist } from '../checklist/model.js'
import { isMarkdownPath, parseChecklistFile } from '../checklist/parse-file.js'
import { attributeCheckedBoxes } from './checkbox-signoffs.js'

export type LoadResult = { ok: true; checklist: Checklist } | { ok: false; errors: ConfigError[] }

/** Reads the checklist through the contents API at the target's checklist ref, then parses it. */
export async function loadChecklist(
  gateway: Gateway,
  path: string,
  target: Target,
  today: string
): Promise<LoadResult> {
  const where = { file: path, ref: target.checklistRefLabel }
  let file
  try {
    file = await gateway.file(path, target.checklistRef)
  } catch (error) {
    const { reason, fix } = explainApiError(
      toApiError(error, 'GET /repos/{owner}/{repo}/contents/{path}'),
      'contents: read'
    )
    return { ok: false, errors: [{ ...where, message: `the checklist could not be read: ${reason}`, fix }] }
  }
  if (!file.found) return { ok: false, errors: [{ ...where, ...whyNotFound(file, path, target) }] }
  const parsed = await parseChecklistFile(file.text, { ...where, today })
  if (!parsed.ok || !isMarkdownPath(path)) return parsed
  return { ok: true, checklist: await attributeCheckedBoxes(parsed.checklist, gateway, path, target) }
}

/** Why the checklist path is no checklist file, and the fix. */
export function whyNotFound(file: NotAFile, path: string, target: Target): { message: string; fix: string } {
  const reason = file.reason
  if (file.reason === 'directory') {
    const yaml = file.entries.filter(name => /\.(ya?ml|md)$/i.test(name)).map(name => `\`${path}/${name}\``)
    return {
      message: `\`${path}\` is a directory, not a checklist file`,
      fix:
        yaml.length > 0
          ? `Point the \`checklist\` input at the checklist file in it: ${yaml.slice(0, 5).join(', ')}.`
          : 'Point the `checklist` input at the checklist file (YAML or Markdown).'
    }
  }
  if (file.reason === 'symlink') {
    return {
      message: `\`${path}\` is a symbolic link to \`${file.target}\`, which GitHub does not follow: it leads out of the repository, to a directory, or to nothing`,
      fix: `Commit the checklist itself at \`${path}\`, or set the \`checklist\` input to the file's real path (GitHub follows a link only to a file in the same repository).`
    }
  }
  if (file.reason === 'submodule') {
    return {
      message: `\`${path}\` is a git submodule (${file.repository}), not a file: the gate reads the checklist from this repository only`,
      fix: `Commit the checklist file in this repository and set the \`checklist\` input to its path.`
    }
  }
  if (reason === 'too-large') {
    return {
      message: `\`${path}\` is larger than 1 MB`,
      fix: 'Split the checklist or remove long descriptions.'
    }
  }
  const base =
    target.kind === 'pull-request'
      ? ` The gate reads the checklist from the PR's base branch so that a PR cannot weaken its own gate: if this PR adds \`${path}\`, merge it into ${target.pr?.baseRef} first (or in a separate PR).`
      : ''
  return {
    message: `no checklist file \`${path}\``,
    fix: `Commit a checklist at \`${path}\` (see checklist/production.yml for a complete example), or set the \`checklist\` input to its path.${base}`
  }
}
