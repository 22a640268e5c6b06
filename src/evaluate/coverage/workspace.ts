// The `path` source: a report in the workspace of the job that runs the gate.
import { type FormatOption } from '../../coverage/model.js'
import { workspaceFiles } from '../../coverage/workspace.js'
import { code, say } from '../../text/phrase.js'
import { type EvalContext } from '../outcome.js'

import { measure, reportProblem, type Reading } from './reading.js'

export async function readWorkspace(
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
