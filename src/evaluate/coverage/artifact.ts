// The `artifact` source: reports in a workflow artifact of the commit's runs.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type FormatOption } from '../../coverage/model.js'
import type { OpenedZip } from '../../coverage/zip.js'
import { ApiError } from '../../github/api-error.js'
import { type Artifact, type WorkflowRun, downloadArtifact, findArtifact } from '../../github/artifacts.js'
import { code, say } from '../../text/phrase.js'
import { unknownFromError, type EvalContext, type Outcome } from '../outcome.js'

import {
  measure,
  reportParsers,
  reportProblem,
  MAX_ARCHIVE_BYTES,
  type Measured,
  type Reading,
  type Role
} from './reading.js'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

export async function readArtifact(
  name: string,
  format: FormatOption | undefined,
  ctx: EvalContext,
  sha: string,
  role: Role
): Promise<Reading> {
  let lookup
  try {
    lookup = await findArtifact(ctx.gateway, name, sha)
  } catch (error) {
    return { outcome: unknownFromError(error, (error as ApiError).endpoint ?? 'artifacts', 'actions: read') }
  }
  if (!lookup.found) return { outcome: missingArtifact(name, lookup.runs, ctx, sha, role) }
  const artifact = lookup.artifact
  const runId = artifact.workflow_run?.id
  const url = runId
    ? `${ctx.runner.serverUrl}/${ctx.gateway.repo.owner}/${ctx.gateway.repo.repo}/actions/runs/${runId}`
    : undefined
  const source = say`artifact ${code(name)}`
  if (artifact.expired) return { outcome: expired(name, url) }
  const measured = await ctx.gateway.cached(`coverage:artifact:${artifact.id}:${format ?? 'auto'}`, () =>
    measureArtifact(artifact, format, ctx)
  )
  if ('problem' in measured) {
    const { problem } = measured
    if (problem instanceof ApiError && problem.status === 410) return { outcome: expired(name, url) }
    if (problem instanceof ApiError)
      return { outcome: { ...unknownFromError(problem, problem.endpoint, 'actions: read'), url } }
    return { outcome: { ...(await reportProblem(problem, source)), url } }
  }
  return { figure: { ...measured, source, url } }
}

/**
 * No artifact of that name on the commit: `pending` while a run of the commit (other than this one)
 * is still going or `wait-timeout` runs, else `fail` (`unknown` for the merge base, whose figure is
 * only a comparison).
 */
export function missingArtifact(
  name: string,
  runs: WorkflowRun[],
  ctx: EvalContext,
  sha: string,
  role: Role
): Outcome {
  const running = runs.filter(r => r.status !== 'completed' && r.id !== ctx.runner.runId)
  if (role === 'head' && (running.length > 0 || ctx.waiting)) {
    const why =
      running.length > 0
        ? `${plural(running.length, 'workflow run')} still going`
        : 'waiting for it (`wait-timeout`)'
    return {
      state: 'pending',
      summary: say`no artifact named ${code(name)} on ${sha.slice(0, 7)} yet; ${why}`,
      url: running[0]?.html_url
    }
  }
  return {
    state: role === 'head' ? 'fail' : 'unknown',
    summary: say`no artifact named ${code(name)} was uploaded by the ${plural(runs.length, 'workflow run')} on ${sha.slice(0, 7)}`,
    fix: 'Check that a workflow on this commit uploads the report with actions/upload-artifact under that exact name.'
  }
}

export function expired(name: string, url: string | undefined): Outcome {
  return {
    state: 'unknown',
    summary: say`could not verify: the artifact ${code(name)} has expired`,
    fix: 'Re-run the workflow that uploads it, or keep it longer (`retention-days` of actions/upload-artifact).',
    url
  }
}

async function measureArtifact(
  artifact: Artifact,
  format: FormatOption | undefined,
  ctx: EvalContext
): Promise<Measured> {
  // The report readers load while the archive downloads.
  return withArtifactZip(artifact, ctx, reportParsers(), zip => measure(zip.files, format, ctx))
}

/**
 * Downloads an artifact (at most MAX_ARCHIVE_BYTES) into a temporary folder, opens its zip for `use`,
 * and always removes the folder; a failure comes back as the problem. `loading` (readers loaded on
 * demand) runs beside the download. Shared by the `coverage` and `metric` artifact sources.
 */
export async function withArtifactZip<T>(
  artifact: Artifact,
  ctx: EvalContext,
  loading: Promise<unknown>,
  use: (zip: OpenedZip) => Promise<T>
): Promise<T | { problem: Error }> {
  const dir = await mkdtemp(join(ctx.runner.runnerTemp || tmpdir(), 'readiness-artifact-'))
  try {
    const file = join(dir, 'artifact.zip')
    const [{ openZip }] = await Promise.all([
      import('../../coverage/zip.js'),
      loading,
      downloadArtifact(ctx.gateway, artifact, file, MAX_ARCHIVE_BYTES)
    ])
    const zip = await openZip(file)
    try {
      return await use(zip)
    } finally {
      zip.close()
    }
  } catch (error) {
    return { problem: error as Error }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
