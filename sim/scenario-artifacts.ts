/**
 * Scenario data for workflow runs and their artifacts (the `coverage` check's `artifact` source).
 * These runs are what `GET /actions/runs` lists; the jobs of a run live in `Scenario.workflow_runs`.
 */
import yazl from 'yazl'

export interface ArtifactRunSpec {
  id: number
  head_sha: string
  /** The workflow's name; default "CI". */
  name?: string
  status?: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion?: 'success' | 'failure' | 'cancelled' | 'skipped' | null
  event?: string
  head_branch?: string
  created_at?: string
  /** When it last changed: for a completed run, when it completed. Default: `created_at`. */
  updated_at?: string
  /** The workflow file; default `.github/workflows/ci.yml`. */
  path?: string
}

export interface ArtifactSpec {
  id?: number
  name: string
  /** The run that uploaded it (its `head_sha` is the artifact's commit). */
  run_id: number
  /** The archive's bytes, as the download serves them. */
  zip: Uint8Array
  expired?: boolean
  created_at?: string
}

export interface ArtifactsScenario {
  runs?: ArtifactRunSpec[]
  artifacts?: ArtifactSpec[]
}

/** A zip archive of `files` (path → content), as actions/upload-artifact would serve it. */
export function zipOf(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [path, content] of Object.entries(files)) {
    zip.addBuffer(Buffer.from(content), path, { mtime: new Date('2026-11-20T12:00:00Z') })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
}
