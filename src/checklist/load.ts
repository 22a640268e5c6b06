import type { ConfigError } from '../errors/config-error.js'
import { explainApiError, toApiError } from '../github/api-error.js'
import type { Gateway } from '../github/gateway.js'
import type { Target } from '../event/target.js'
import type { Checklist } from './model.js'
import { parseChecklist } from './parse.js'

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
  if (!file.found) return { ok: false, errors: [{ ...where, ...whyNotFound(file.reason, path, target) }] }
  return parseChecklist(file.text, { ...where, today })
}

function whyNotFound(reason: 'missing' | 'directory' | 'too-large', path: string, target: Target) {
  if (reason === 'directory') {
    return {
      message: `\`${path}\` is a directory, not a checklist file`,
      fix: 'Point the `checklist` input at the YAML file.'
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
