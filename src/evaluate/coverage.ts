import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import type { CheckSpec } from '../checklist/schema.js'
import {
  FORMAT_LABEL,
  type FormatOption,
  ReportError,
  formatPercent,
  formatThreshold
} from '../coverage/model.js'
import type { ReportFile } from '../coverage/read.js'
import { workspaceFiles } from '../coverage/workspace.js'
import { ApiError } from '../github/api-error.js'
import {
  ARTIFACT_ENDPOINTS,
  type Artifact,
  downloadArtifact,
  findArtifact,
  mergeBase
} from '../github/artifacts.js'
import { code, say, type Phrase } from '../text/phrase.js'
import { contextKey, latestStatuses } from './checks.js'
import { unknownFromError, type EvalContext, type Outcome } from './outcome.js'
import { ownJobFilter } from './own-job.js'

type CoverageCheck = Extract<CheckSpec, { type: 'coverage' }>

/** Most bytes of an artifact archive the gate downloads. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024

/** A coverage figure and where it came from. */
interface Figure {
  percent: number
  /** "statement" for Go (as `go tool cover` counts), else "line". */
  unit: 'line' | 'statement'
  /** e.g. "lcov, 2 reports merged". */
  detail: string
  /** e.g. "artifact `coverage`" (Markdown). */
  source: Phrase
  url?: string
  /** The figure as a status text wrote it ("81.25"), shown as is. */
  asWritten?: string
}

type Reading = { figure: Figure } | { outcome: Outcome }
type Role = 'head' | 'base'

/**
 * `coverage` (docs/check-types.md): the line coverage from one source is at least `min`, and with `max-drop`
 * (on PRs) at most that many points below the figure at the PR's merge base from the same source.
 */
export async function evaluateCoverage(check: CoverageCheck, ctx: EvalContext): Promise<Outcome> {
  const head = await readAt(check, ctx, ctx.target.sha, 'head')
  if ('outcome' in head) return head.outcome
  const { figure } = head
  const shown = figure.asWritten ?? formatPercent(figure.percent, check.min)
  const what = say`${figure.unit} coverage (${figure.detail}) from ${figure.source}`
  if (figure.percent < check.min) {
    return {
      state: 'fail',
      summary: say`${shown}% < ${formatThreshold(check.min)}% ${what}`,
      url: figure.url
    }
  }
  const pass = say`${shown}% ≥ ${formatThreshold(check.min)}% ${what}`
  const maxDrop = check['max-drop']
  if (maxDrop === undefined) return { state: 'pass', summary: pass, url: figure.url }
  const pr = ctx.target.pr
  if (!pr)
    return {
      state: 'pass',
      summary: say`${pass}; ${code('max-drop')} applies to pull requests only`,
      url: figure.url
    }

  let base: string
  try {
    base = await mergeBase(ctx.gateway, pr.baseSha || pr.baseRef, pr.headSha)
  } catch (error) {
    return unknownFromError(error, ARTIFACT_ENDPOINTS.compare, 'contents: read')
  }
  const short = base.slice(0, 7)
  const before = await readAt(check, ctx, base, 'base')
  if ('outcome' in before) {
    return {
      ...before.outcome,
      state: 'unknown',
      summary: say`${shown}% ${figure.unit} coverage, but no figure at the merge base ${short} to check ${code('max-drop')} against: ${before.outcome.summary}`,
      url: figure.url
    }
  }
  const drop = before.figure.percent - figure.percent
  const baseShown = before.figure.asWritten ?? formatPercent(before.figure.percent)
  if (drop > maxDrop + 1e-9) {
    return {
      state: 'fail',
      summary: say`${shown}% is ${formatPercent(drop)} points below ${baseShown}% at the merge base ${short} (${code('max-drop')} ${formatThreshold(maxDrop)}) — ${what}`,
      url: figure.url
    }
  }
  const change =
    drop > 0
      ? `${formatPercent(drop)} points below`
      : drop < 0
        ? `${formatPercent(-drop)} points above`
        : 'same as'
  return {
    state: 'pass',
    summary: say`${pass}; ${change} ${baseShown}% at the merge base ${short}`,
    url: figure.url
  }
}

async function readAt(check: CoverageCheck, ctx: EvalContext, sha: string, role: Role): Promise<Reading> {
  if (check.artifact !== undefined) return readArtifact(check.artifact, check.format, ctx, sha, role)
  if (check.status !== undefined) return readStatus(check.status, ctx, sha, role)
  if (role === 'base') {
    return {
      outcome: {
        state: 'unknown',
        summary: ['a workspace file has no figure at the merge base'],
        fix: 'Use the `artifact` or `status` source for `max-drop`, or remove `max-drop`.'
      }
    }
  }
  return readWorkspace(check.path as string, check.format, ctx)
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

async function readArtifact(
  name: string,
  format: FormatOption | undefined,
  ctx: EvalContext,
  sha: string,
  role: Role
): Promise<Reading> {
  const short = sha.slice(0, 7)
  let lookup
  try {
    lookup = await findArtifact(ctx.gateway, name, sha)
  } catch (error) {
    return { outcome: unknownFromError(error, (error as ApiError).endpoint ?? 'artifacts', 'actions: read') }
  }
  if (!lookup.found) {
    const running = lookup.runs.filter(r => r.status !== 'completed' && r.id !== ctx.runner.runId)
    if (role === 'head' && (running.length > 0 || ctx.waiting)) {
      const why =
        running.length > 0
          ? `${plural(running.length, 'workflow run')} still going`
          : 'waiting for it (`wait-timeout`)'
      return {
        outcome: {
          state: 'pending',
          summary: say`no artifact named ${code(name)} on ${short} yet; ${why}`,
          url: running[0]?.html_url
        }
      }
    }
    return {
      outcome: {
        state: role === 'head' ? 'fail' : 'unknown',
        summary: say`no artifact named ${code(name)} was uploaded by the ${plural(lookup.runs.length, 'workflow run')} on ${short}`,
        fix: 'Check that a workflow on this commit uploads the report with actions/upload-artifact under that exact name.'
      }
    }
  }
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

function expired(name: string, url: string | undefined): Outcome {
  return {
    state: 'unknown',
    summary: say`could not verify: the artifact ${code(name)} has expired`,
    fix: 'Re-run the workflow that uploads it, or keep it longer (`retention-days` of actions/upload-artifact).',
    url
  }
}

type Measured = Omit<Figure, 'source' | 'url'> | { problem: Error }

type Parsers = typeof import('../coverage/zip.js') & typeof import('../coverage/read.js')
let parsers: Promise<Parsers> | undefined

/**
 * The report readers (zip, lcov, XML and the rest), loaded when a report is first read (beside the
 * archive's download): a checklist without coverage items never loads them.
 */
function reportParsers(): Promise<Parsers> {
  return (parsers ??= Promise.all([import('../coverage/zip.js'), import('../coverage/read.js')]).then(
    ([zip, read]) => ({ ...zip, ...read })
  ))
}

async function measureArtifact(
  artifact: Artifact,
  format: FormatOption | undefined,
  ctx: EvalContext
): Promise<Measured> {
  const dir = await mkdtemp(join(ctx.runner.runnerTemp || tmpdir(), 'readiness-coverage-'))
  try {
    const file = join(dir, 'artifact.zip')
    const loading = reportParsers()
    await downloadArtifact(ctx.gateway, artifact, file, MAX_ARCHIVE_BYTES)
    const zip = await (await loading).openZip(file)
    try {
      return await measure(zip.files, format, ctx)
    } finally {
      zip.close()
    }
  } catch (error) {
    return { problem: error as Error }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function measure(
  files: ReportFile[],
  format: FormatOption | undefined,
  ctx: EvalContext
): Promise<Measured> {
  const { readCoverage } = await reportParsers()
  const figure = await readCoverage(files, {
    format,
    paths: { repo: ctx.gateway.repo.repo, workspace: process.env.GITHUB_WORKSPACE }
  })
  const merged = figure.reports.length > 1 ? `, ${figure.reports.length} reports merged` : ''
  return {
    percent: figure.percent,
    unit: figure.format === 'go' ? 'statement' : 'line',
    detail: `${FORMAT_LABEL[figure.format]}${merged}: ${figure.covered} of ${figure.total}`
  }
}

/** A report that cannot be used is `unknown`, naming the file and what is wrong with it. */
async function reportProblem(problem: Error, source: Phrase): Promise<Outcome> {
  const { NoReportError, ZipError } = await reportParsers()
  const fix = 'Check the report the workflow writes (run the coverage tool locally and look at the file).'
  if (problem instanceof ReportError)
    return {
      state: 'unknown',
      summary: say`could not verify: ${code(problem.file)} in ${source} ${problem.problem}`,
      fix
    }
  if (problem instanceof NoReportError)
    return { state: 'unknown', summary: say`could not verify: ${source} holds ${problem.message}`, fix }
  if (problem instanceof ZipError)
    return { state: 'unknown', summary: say`could not verify: ${source} ${problem.message}`, fix }
  return {
    state: 'unknown',
    summary: say`could not verify: ${source} could not be read: ${problem.message}`,
    fix: 'Re-run the job; report the error if it persists.'
  }
}

async function readWorkspace(
  path: string,
  format: FormatOption | undefined,
  ctx: EvalContext
): Promise<Reading> {
  const workspace = process.env.GITHUB_WORKSPACE
  const fix =
    'The `path` source reads the workspace of the job that runs the gate: run the gate as a step after the tests in that job, or upload the report and use `artifact`.'
  if (!workspace)
    return { outcome: { state: 'unknown', summary: ['could not verify: GITHUB_WORKSPACE is not set'], fix } }
  const found = await workspaceFiles(workspace, path)
  if (!found.found) return { outcome: { state: 'fail', summary: say`${code(path)} ${found.reason}`, fix } }
  const source = say`${code(path)} in the workspace`
  try {
    const measured = await measure(found.files, format, ctx)
    if ('problem' in measured) throw measured.problem
    return {
      figure: {
        ...measured,
        source,
        url: `${ctx.runner.serverUrl}/${ctx.gateway.repo.owner}/${ctx.gateway.repo.repo}/actions/runs/${ctx.runner.runId}`
      }
    }
  } catch (error) {
    return { outcome: await reportProblem(error as Error, source) }
  }
}

const NamedRunShape = z.object({
  id: z.number(),
  name: z.string(),
  status: z.string(),
  started_at: z.string().nullable().optional(),
  html_url: z.string().nullable().optional(),
  details_url: z.string().nullable().optional(),
  output: z
    .object({
      title: z.string().nullable().optional(),
      summary: z.string().nullable().optional(),
      text: z.string().nullable().optional()
    })
    .optional()
})
const NamedRunsShape = z.object({ total_count: z.number(), check_runs: z.array(NamedRunShape) })
const CHECK_RUNS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'

/** The first percentage in a text, as written ("Coverage: 81.25% (+0.4%)" → "81.25"). */
export function firstPercentage(text: string): string | undefined {
  const m = /(\d+(?:\.\d+)?)\s?%/.exec(text)
  return m && Number(m[1]) <= 100 ? m[1] : undefined
}

async function readStatus(name: string, ctx: EvalContext, sha: string, role: Role): Promise<Reading> {
  const short = sha.slice(0, 7)
  let runs: z.infer<typeof NamedRunShape>[]
  let statuses
  try {
    ;[runs, statuses] = await Promise.all([
      ctx.gateway.cached(`check-runs-named:${sha}:${name}`, () =>
        ctx.gateway.readAll(
          CHECK_RUNS,
          { ref: sha, check_name: name, filter: 'all' },
          NamedRunsShape,
          p => p.check_runs
        )
      ),
      ctx.gateway.statuses(sha)
    ])
  } catch (error) {
    const endpoint = (error as ApiError).endpoint ?? CHECK_RUNS
    return {
      outcome: unknownFromError(
        error,
        endpoint,
        endpoint.includes('statuses') ? 'statuses: read' : 'checks: read'
      )
    }
  }
  const run = runs
    .filter(r => r.name === name)
    .sort((a, b) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || b.id - a.id)[0]
  const status = latestStatuses(statuses.filter(s => contextKey(s.context) === contextKey(name)))[0]
  let text: string
  let url: string | undefined
  let kind: string
  if (run) {
    url = run.html_url ?? run.details_url ?? undefined
    kind = 'check'
    if (run.status !== 'completed')
      return {
        outcome: {
          state: role === 'head' ? 'pending' : 'unknown',
          summary: say`${code(name)} is still running on ${short}`,
          url
        }
      }
    text = [run.output?.title, run.output?.summary, run.output?.text].filter(Boolean).join('\n')
  } else if (status) {
    url = status.target_url ?? undefined
    kind = 'status'
    if (status.state === 'pending')
      return {
        outcome: {
          state: role === 'head' ? 'pending' : 'unknown',
          summary: say`${code(name)} is still pending on ${short}`,
          url
        }
      }
    text = status.description ?? ''
  } else {
    if (role === 'head') {
      let stillRunning = false
      try {
        const isOwn = await ownJobFilter(ctx)
        stillRunning = (await ctx.gateway.checkRuns(sha)).some(
          r => r.status !== 'completed' && !isOwn(r) && r.name !== ctx.settings.checkName
        )
      } catch {
        // Only decides pending over fail; the outcome below says what is missing either way.
      }
      if (stillRunning || ctx.waiting)
        return {
          outcome: {
            state: 'pending',
            summary: say`no check or status named ${code(name)} on ${short} yet; other checks are still running`
          }
        }
    }
    return {
      outcome: {
        state: role === 'head' ? 'fail' : 'unknown',
        summary: say`no check or status named ${code(name)} on ${short}`,
        fix: 'Check that the coverage job or service still reports under that name.'
      }
    }
  }
  const written = firstPercentage(text)
  if (written === undefined) {
    return {
      outcome: {
        state: 'unknown',
        summary: say`could not verify: the ${kind} ${code(name)} on ${short} holds no percentage in its ${kind === 'check' ? 'title or summary' : 'description'}`,
        fix: 'Make the coverage step report its figure there (e.g. "Coverage: 81.2%"), or use the `artifact` source.',
        url
      }
    }
  }
  return {
    figure: {
      percent: Number(written),
      asWritten: written,
      unit: 'line',
      detail: 'as reported',
      source: say`the ${kind} ${code(name)}`,
      url
    }
  }
}
