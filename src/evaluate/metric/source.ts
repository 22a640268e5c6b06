// Where a `metric` document comes from: a file inside a workflow artifact of the commit's runs, or a
// file in the repository at the gated commit.
import { durationMs, durationWords, elapsedWords } from '../../checklist/duration.js'
import { ApiError } from '../../github/api-error.js'
import { type Artifact, findArtifact } from '../../github/artifacts.js'
import { code, join, say, type Phrase } from '../../text/phrase.js'
import { expired, missingArtifact, withArtifactZip } from '../coverage/artifact.js'
import { nowOf, unknownFromError, type EvalContext, type Outcome } from '../outcome.js'

/** Most bytes of one metric document the gate reads. */
const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024

export type Document = { text: string; source: Phrase; url?: string; age?: string } | { outcome: Outcome }

const samePath = (a: string, b: string) => a.replace(/^\.?\//, '') === b.replace(/^\.?\//, '')

export async function artifactDocument(
  name: string,
  path: string,
  maxAge: string | undefined,
  ctx: EvalContext
): Promise<Document> {
  const sha = ctx.target.sha
  let lookup
  try {
    lookup = await findArtifact(ctx.gateway, name, sha)
  } catch (error) {
    return { outcome: unknownFromError(error, (error as ApiError).endpoint ?? 'artifacts', 'actions: read') }
  }
  if (!lookup.found) return { outcome: missingArtifact(name, lookup.runs, ctx, sha, 'head') }
  const artifact = lookup.artifact
  const runId = artifact.workflow_run?.id
  const url = runId
    ? `${ctx.runner.serverUrl}/${ctx.gateway.repo.owner}/${ctx.gateway.repo.repo}/actions/runs/${runId}`
    : undefined
  const source = say`${code(path)} in artifact ${code(name)}`
  const ageMs = artifact.created_at ? nowOf(ctx) - Date.parse(artifact.created_at) : undefined
  const age = ageMs === undefined ? undefined : elapsedWords(ageMs)
  if (maxAge !== undefined) {
    if (ageMs === undefined)
      return {
        outcome: {
          state: 'unknown',
          summary: say`could not verify: GitHub gives no creation time for the artifact ${code(name)}`,
          fix: 'Re-run the workflow that uploads it.',
          url
        }
      }
    if (ageMs > durationMs(maxAge))
      return {
        outcome: {
          state: 'fail',
          summary: say`the artifact ${code(name)} was uploaded ${age} ago, longer than ${code(maxAge)} (${durationWords(maxAge)})`,
          url
        }
      }
  }
  if (artifact.expired) return { outcome: expired(name, url) }
  const read = await ctx.gateway.cached(`metric:artifact:${artifact.id}:${path}`, () =>
    readFromArtifact(artifact, path, ctx)
  )
  if ('text' in read) return { text: read.text, source, url, age }
  if (read.problem instanceof ApiError && read.problem.status === 410) return { outcome: expired(name, url) }
  if (read.problem instanceof ApiError)
    return { outcome: { ...unknownFromError(read.problem, read.problem.endpoint, 'actions: read'), url } }
  if (read.problem instanceof NotInArchive)
    return {
      outcome: {
        state: 'fail',
        summary: say`the artifact ${code(name)} holds no ${code(path)}${read.problem.names.length > 0 ? say` (it holds ${join(read.problem.names.slice(0, 5).map(n => code(n)))})` : ''}`,
        fix: 'Check `path` against what the workflow uploads.',
        url
      }
    }
  return {
    outcome: {
      state: 'unknown',
      summary: say`could not verify: the artifact ${code(name)} could not be read: ${read.problem.message}`,
      fix: 'Re-run the workflow that uploads it; report the error if it persists.',
      url
    }
  }
}

class NotInArchive extends Error {
  constructor(readonly names: string[]) {
    super('not in the archive')
  }
}

async function readFromArtifact(
  artifact: Artifact,
  path: string,
  ctx: EvalContext
): Promise<{ text: string } | { problem: Error }> {
  const text = import('../../coverage/text.js')
  return withArtifactZip(artifact, ctx, text, async zip => {
    const { textChunks, allText } = await text
    const entry = zip.files.find(f => samePath(f.name, path))
    if (!entry) return { problem: new NotInArchive(zip.files.map(f => f.name)) }
    return { text: await allText(textChunks(await entry.open(), entry.name, MAX_DOCUMENT_BYTES)) }
  })
}

export async function repositoryDocument(path: string, ctx: EvalContext): Promise<Document> {
  let file
  try {
    file = await ctx.gateway.file(path, ctx.target.sha)
  } catch (error) {
    return { outcome: unknownFromError(error, 'GET /repos/{owner}/{repo}/contents/{path}', 'contents: read') }
  }
  if (!file.found) {
    const what =
      file.reason === 'missing'
        ? 'does not exist'
        : file.reason === 'too-large'
          ? 'is larger than 1 MB'
          : `is a ${file.reason}, not a file`
    return {
      outcome: {
        state: file.reason === 'missing' ? 'fail' : 'unknown',
        summary: say`${code(path)} ${what} at ${ctx.target.sha.slice(0, 7)}`,
        fix: 'Check `file`: a path from the repository root.'
      }
    }
  }
  return { text: file.text, source: say`${code(path)}`, url: file.url }
}
