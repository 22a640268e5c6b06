/**
 * Workflow artifacts of a commit, and their download. Reads go through the gateway (cached,
 * shape-checked). The download asks the API for the archive's location without following
 * the redirect, then fetches that location (another host: signed blob storage) with no
 * Authorization header, so the token never leaves the API host; the archive is streamed to disk
 * under a byte limit.
 */
import { createWriteStream } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ApiError, toApiError } from './api-error.js'
import type { Gateway } from './gateway.js'
import { blobFetch } from './transport.js'
import { ArtifactsPageShape, CompareShape, RunsPageShape, type Artifact, type WorkflowRun } from './shapes.js'
export type { Artifact, WorkflowRun } from './shapes.js'

const ENDPOINTS = {
  repoArtifacts: 'GET /repos/{owner}/{repo}/actions/artifacts',
  runArtifacts: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
  runs: 'GET /repos/{owner}/{repo}/actions/runs',
  download: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
  compare: 'GET /repos/{owner}/{repo}/compare/{basehead}'
} as const
export { ENDPOINTS as ARTIFACT_ENDPOINTS }

/** Longest time a download from blob storage may take. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000

const newestFirst = (a: Artifact, b: Artifact): number =>
  (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id

export type ArtifactLookup =
  | { found: true; artifact: Artifact }
  /** None on the commit: `runs` are the commit's workflow runs, to tell "not yet" from "never". */
  | { found: false; runs: WorkflowRun[] }

/** The commit's workflow runs, newest first. */
export function commitRuns(gateway: Gateway, sha: string): Promise<WorkflowRun[]> {
  return gateway.cached(`workflow-runs:${sha}`, async () => {
    const runs = await gateway.readAll(
      ENDPOINTS.runs,
      { head_sha: sha, exclude_pull_requests: true },
      RunsPageShape,
      page => page.workflow_runs
    )
    return runs.sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
  })
}

/**
 * The newest artifact named `name` uploaded by a run on `sha`. First one request: the repository's
 * artifacts of that name (newest first), filtered by the run's head SHA, which finds a fresh
 * commit's artifact at once. Only when that page is not the whole list and holds none for the
 * commit, each of the commit's runs is asked (newest first) — conclusive for older commits.
 */
export async function findArtifact(gateway: Gateway, name: string, sha: string): Promise<ArtifactLookup> {
  const page = await gateway.cached(`artifacts-named:${name}`, () =>
    gateway.read(ENDPOINTS.repoArtifacts, { name, per_page: 100 }, ArtifactsPageShape)
  )
  const onCommit = (list: Artifact[]) =>
    list.filter(a => a.name === name && a.workflow_run?.head_sha === sha).sort(newestFirst)
  const hits = onCommit(page.artifacts)
  if (hits.length > 0) return { found: true, artifact: hits[0] }
  const runs = await commitRuns(gateway, sha)
  if (page.artifacts.length < page.total_count) {
    for (const run of runs) {
      const list = await gateway.cached(`run-artifacts:${run.id}:${name}`, () =>
        gateway.readAll(
          ENDPOINTS.runArtifacts,
          { run_id: run.id, name },
          ArtifactsPageShape,
          p => p.artifacts
        )
      )
      const named = list.filter(a => a.name === name).sort(newestFirst)
      if (named.length > 0) return { found: true, artifact: named[0] }
    }
  }
  return { found: false, runs }
}

/** The artifact's zip, written to `file`. Throws ApiError (410 when expired) or a download Error. */
export async function downloadArtifact(
  gateway: Gateway,
  artifact: Artifact,
  file: string,
  maxBytes: number
): Promise<void> {
  const endpoint = ENDPOINTS.download
  let response
  try {
    response = await gateway.gh.request(endpoint, {
      ...gateway.repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      // Not followed by fetch: the location is fetched below without the token.
      request: { redirect: 'manual', parseSuccessResponseBody: false }
    })
  } catch (error) {
    throw toApiError(error, endpoint)
  }
  let body = response.data as unknown as ReadableStream<Uint8Array> | null
  const status = response.status as number
  if (status >= 300 && status < 400) {
    await body?.cancel().catch(() => {})
    const location = response.headers.location
    if (!location) throw new ApiError(endpoint, status, 'redirect without a Location header')
    let blob: Response
    try {
      blob = await blobFetch(location, DOWNLOAD_TIMEOUT_MS)
    } catch (error) {
      throw new Error(`the download from ${new URL(location).host} failed: ${(error as Error).message}`, {
        cause: error
      })
    }
    if (!blob.ok) {
      await blob.body?.cancel().catch(() => {})
      throw new Error(`the download from ${new URL(location).host} answered ${blob.status}`)
    }
    body = blob.body
  } else if (String(response.headers['content-type'] ?? '').includes('json')) {
    // GitHub answers the archive request with a redirect; a JSON body here is no archive.
    await body?.cancel().catch(() => {})
    throw new ApiError(endpoint, status, 'answered with JSON instead of the archive')
  }
  if (!body) throw new Error('the download had no content')
  let bytes = 0
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length
      if (bytes > maxBytes)
        done(new Error(`the archive is larger than ${Math.round(maxBytes / 1e6)} MB; refused`))
      else done(null, chunk)
    }
  })
  await pipeline(
    Readable.fromWeb(body as import('node:stream/web').ReadableStream),
    limit,
    createWriteStream(file)
  )
}

/** The merge base of a PR's head with its base (what the PR's diff is taken against). */
export function mergeBase(gateway: Gateway, base: string, head: string): Promise<string> {
  return gateway.cached(`merge-base:${base}...${head}`, async () => {
    const data = await gateway.read(
      ENDPOINTS.compare,
      { basehead: `${base}...${head}`, per_page: 1 },
      CompareShape
    )
    return data.merge_base_commit.sha
  })
}
