import type { ConfigError } from './errors/config-error.js'

/** The action's inputs as one typed object: the seam between parsing and behaviour. */
export interface Settings {
  checklistPath: string
  token: string
  checklistRef: 'base' | 'head'
  ref: string
  securityToken: string
  checkName: string
  status: 'commit-status' | 'check-run' | 'both' | 'none'
  comment: 'auto' | 'never'
  failOn: 'blocking' | 'never'
  waitTimeoutSeconds: number
  /** Reads team memberships; '' means `token`. */
  membersToken: string
  /** Audits: the launch issue whose comments hold commands, and where the audit's report is kept. */
  signoffIssue?: number
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: ConfigError[] }

/** Reads and checks every input; `getInput` returns '' for an input that was not given. */
export function readSettings(getInput: (name: string) => string): SettingsResult {
  const errors: ConfigError[] = []
  const input = (name: string, fallback: string) => getInput(name).trim() || fallback
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = input(name, fallback)
    if ((allowed as readonly string[]).includes(value)) return value as T
    errors.push({
      file: 'action inputs',
      message: `input \`${name}\` is \`${value}\`; expected one of ${allowed.map(a => `\`${a}\``).join(', ')}`,
      fix: `Set \`${name}\` in the workflow step's \`with:\` to one of those values.`
    })
    return fallback
  }

  const token = getInput('token').trim()
  if (!token) {
    errors.push({
      file: 'action inputs',
      message: 'input `token` is empty',
      fix: 'Leave `token` at its default (`${{ github.token }}`) or pass a token with the permissions listed in docs/permissions.md.'
    })
  }
  const waitText = input('wait-timeout', '0')
  const wait = Number(waitText)
  if (!/^\d+$/.test(waitText) || !Number.isSafeInteger(wait)) {
    errors.push({
      file: 'action inputs',
      message: `input \`wait-timeout\` is \`${waitText}\`; expected a whole number of seconds`,
      fix: 'Set `wait-timeout` to e.g. `0` (do not wait) or `600`.'
    })
  }
  const checkName = input('check-name', 'Readiness gate')
  if (checkName.length > 100) {
    errors.push({
      file: 'action inputs',
      message: 'input `check-name` is longer than 100 characters',
      fix: 'Use a shorter name: it is the status context that rulesets require.'
    })
  }

  const issueText = getInput('signoff-issue').trim().replace(/^#/, '')
  if (issueText && !/^[1-9]\d{0,9}$/.test(issueText)) {
    errors.push({
      file: 'action inputs',
      message: `input \`signoff-issue\` is \`${issueText}\`; expected an issue number`,
      fix: 'Set `signoff-issue` to the number of the launch issue, e.g. `7`, or leave it empty.'
    })
  }

  const settings: Settings = {
    checklistPath: input('checklist', '.github/readiness.yml').replace(/^\.?\//, ''),
    token,
    checklistRef: oneOf('checklist-ref', ['base', 'head'] as const, 'base'),
    ref: getInput('ref').trim(),
    securityToken: getInput('security-token').trim(),
    checkName,
    status: oneOf('status', ['commit-status', 'check-run', 'both', 'none'] as const, 'commit-status'),
    comment: oneOf('comment', ['auto', 'never'] as const, 'auto'),
    failOn: oneOf('fail-on', ['blocking', 'never'] as const, 'blocking'),
    waitTimeoutSeconds: Number.isSafeInteger(wait) ? wait : 0,
    membersToken: getInput('members-token').trim(),
    signoffIssue: issueText && /^[1-9]\d{0,9}$/.test(issueText) ? Number(issueText) : undefined
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings }
}
