import { readFileSync } from 'node:fs'

/** What the runner tells the action through its environment. */
export interface RunnerContext {
  eventName: string
  payload: Record<string, unknown>
  owner: string
  repo: string
  sha: string
  ref: string
  job: string
  runId: number
  runAttempt: number
  runnerName: string
  serverUrl: string
  apiUrl: string
  runnerTemp: string
}

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch (e) {
      throw new Error(
        `Could not read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${(e as Error).message}`,
        { cause: e }
      )
    }
  }
  if (!owner || !repo)
    throw new Error('GITHUB_REPOSITORY is not set: run the gate inside a GitHub Actions job.')
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    job: env.GITHUB_JOB ?? '',
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    runnerName: env.RUNNER_NAME ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runnerTemp: env.RUNNER_TEMP ?? ''
  }
}
