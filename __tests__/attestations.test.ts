// The pure core of sign-offs by comment: commands as GitHub renders them, durations, and the rules
// of who may do what, applied in posting order.
import { describe, expect, it } from '@jest/globals'
import { applyCommands, membershipQuestions } from '../src/attestations/apply.js'
import { commandsIn, parseCommand } from '../src/attestations/commands.js'
import { membershipKey, type CommandComment, type Membership } from '../src/attestations/model.js'
import { parseChecklist } from '../src/checklist/parse.js'
import type { Checklist } from '../src/checklist/model.js'
import { plainText } from '../src/text/phrase.js'

describe('commands in a comment', () => {
  it('finds command lines of top-level paragraphs only, several per comment', () => {
    const body = [
      '/readiness sign-off a b -- all good',
      '/READINESS recheck',
      '```',
      '/readiness sign-off fenced',
      '```',
      '> /readiness sign-off quoted',
      '> lazy',
      '/readiness sign-off lazy-continuation-of-the-quote',
      '',
      '    /readiness sign-off indented',
      '',
      '- /readiness sign-off listed',
      '',
      '<!-- /readiness sign-off html -->',
      '',
      'text `/readiness sign-off inline`',
      '/readiness revoke c'
    ].join('\n')
    expect(commandsIn(body).map(c => c.text)).toEqual([
      '/readiness sign-off a b -- all good',
      '/READINESS recheck',
      '/readiness revoke c'
    ])
  })

  it('parses each verb, and says what is wrong with a malformed one', () => {
    expect(parseCommand('/readiness sign-off a sec/b -- note -- with dashes')).toMatchObject({
      verb: 'sign-off',
      ids: ['a', 'sec/b'],
      note: 'note -- with dashes'
    })
    expect(parseCommand('/readiness waive a until 2026-12-24 -- CI outage')).toMatchObject({
      verb: 'waive',
      ids: ['a'],
      until: '2026-12-24',
      reason: 'CI outage'
    })
    expect(parseCommand('/readiness unwaive a')).toMatchObject({ verb: 'unwaive', ids: ['a'] })
    expect(parseCommand('/readiness waive a until 2026-12-24')).toMatchObject({ verb: 'invalid' })
    expect(parseCommand('/readiness waive a till soon -- x')).toMatchObject({ verb: 'invalid' })
    expect(parseCommand('/readiness sign-off')).toMatchObject({ verb: 'invalid' })
    expect(parseCommand('/readiness approve a')).toMatchObject({
      verb: 'invalid',
      problem: expect.stringContaining('unknown command `approve`')
    })
  })
})

const TODAY = '2026-11-20'
const NOW = Date.parse(`${TODAY}T12:00:00Z`)

function checklist(extra = ''): Checklist {
  const parsed = parseChecklist(
    `version: 1
approvers: ["@carol", "@acme/release"]
${extra}sections:
  - title: S
    items:
      - id: unit
        title: Unit
        check: { type: checks, name: test }
      - id: sec
        title: Security
        items:
          - id: pentest
            title: Pentest
            owner: "@acme/security"
          - id: threat
            title: Threat model
            owner: ["@dave", "@erin"]
          - id: audit-log
            title: Audit log
            required: false
            owner: "@frank"
`,
    { file: 'r.yml', today: TODAY }
  )
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.checklist
}

let nextId = 1
function comment(
  login: string,
  body: string,
  minutes: number,
  more: Partial<CommandComment> = {}
): CommandComment {
  const at = new Date(NOW - 60_000 * (1000 - minutes)).toISOString()
  return {
    id: nextId++,
    url: `https://github.com/x/y/pull/1#c${nextId}`,
    login,
    userType: 'User',
    createdAt: at,
    updatedAt: at,
    body,
    commands: commandsIn(body),
    ...more
  }
}

function apply(
  comments: CommandComment[],
  o: { list?: Checklist; members?: Record<string, Membership>; membersToken?: boolean } = {}
) {
  const memberships = new Map(Object.entries(o.members ?? {}))
  return applyCommands(comments, {
    checklist: o.list ?? checklist(),
    author: 'octocat',
    memberships,
    membersToken: o.membersToken ?? true,
    now: NOW,
    where: '#1'
  })
}
const reasons = (r: ReturnType<typeof apply>) =>
  r.judgements.map(j => (j.reason ? plainText(j.reason) : 'ok'))

describe('applying commands', () => {
  it('applies in posting order whatever order the comments come in', () => {
    const sign = comment('dave', '/readiness sign-off threat', 1)
    const revoke = comment('erin', '/readiness revoke threat', 2)
    expect(apply([revoke, sign]).signoffs.has('sec/threat')).toBe(false)
    const again = comment('dave', '/readiness sign-off threat -- v2', 3)
    expect(apply([again, revoke, sign]).signoffs.get('sec/threat')).toMatchObject({ by: 'dave', note: 'v2' })
  })

  it('a group stands for the manual leaves the commenter may sign off', () => {
    const r = apply([comment('dave', '/readiness sign-off sec', 1)])
    expect([...r.signoffs.keys()]).toEqual(['sec/threat'])
    expect(r.reactions).toEqual([{ commentId: expect.any(Number), content: '+1' }])
  })

  it('approvers sign off anything; teams count only when active, and an unreadable team refuses with the fix', () => {
    const team = membershipKey('@acme/security', 'alice')
    expect(apply([comment('carol', '/readiness sign-off pentest', 1)]).signoffs.has('sec/pentest')).toBe(true)
    expect(
      apply([comment('alice', '/readiness sign-off pentest', 1)], { members: { [team]: 'active' } }).signoffs
        .size
    ).toBe(1)
    expect(
      reasons(
        apply([comment('alice', '/readiness sign-off pentest', 1)], {
          members: { [team]: 'pending', [membershipKey('@acme/release', 'alice')]: 'none' }
        })
      )
    ).toEqual(['@alice is not an owner of pentest (@acme/security) nor an approver'])
    const unreadable = apply([comment('alice', '/readiness sign-off pentest', 1)], {
      members: {
        [team]: { unreadable: 'GitHub answered 403' },
        [membershipKey('@acme/release', 'alice')]: 'none'
      }
    })
    expect(reasons(unreadable)[0]).toContain(
      'could not be read (GitHub answered 403): set the input members-token'
    )
    const notFoundWithoutToken = apply([comment('alice', '/readiness sign-off pentest', 1)], {
      members: { [team]: 'none' },
      membersToken: false
    })
    expect(reasons(notFoundWithoutToken)[0]).toContain('members-token')
  })

  it('refuses the PR author unless self-signoff is allowed, checked items, advisory waivers, long waivers', () => {
    expect(reasons(apply([comment('octocat', '/readiness sign-off threat', 1)]))[0]).toContain(
      'wrote this PR'
    )
    const open = checklist('self-signoff: allowed\n')
    const self = apply([comment('octocat', '/readiness waive unit until 2026-12-01 -- x', 1)], {
      list: open,
      members: { [membershipKey('@acme/release', 'octocat')]: 'active' }
    })
    expect(self.waivers.get('unit')).toMatchObject({ by: 'octocat', until: '2026-12-01' })
    expect(reasons(apply([comment('dave', '/readiness sign-off unit', 1)]))).toEqual([
      'unit is checked by evidence, not signed off'
    ])
    expect(
      reasons(apply([comment('carol', '/readiness waive audit-log until 2026-12-01 -- x', 1)]))[0]
    ).toContain('advisory')
    expect(reasons(apply([comment('carol', '/readiness waive unit until 2027-03-01 -- x', 1)]))[0]).toContain(
      'more than 90 days'
    )
    expect(reasons(apply([comment('dave', '/readiness waive unit until 2026-12-01 -- x', 1)]))[0]).toContain(
      'only approvers waive'
    )
  })

  it('only unedited comments by people count; one refused command makes the reaction confused', () => {
    const edited = comment('dave', '/readiness sign-off threat', 1)
    edited.updatedAt = new Date(NOW).toISOString()
    const bot = comment('ci[bot]', '/readiness sign-off threat', 2, { userType: 'Bot' })
    const mixed = comment('dave', '/readiness sign-off threat\n/readiness sign-off nope', 3)
    const r = apply([edited, bot, mixed])
    expect(reasons(r)).toEqual([
      'edited after posting: post the command again',
      'posted by ci[bot], not a person: only people’s commands count'.replace('’', "'"),
      'ok',
      'unknown id nope: use an item id or path of the checklist'
    ])
    expect(r.reactions.map(x => x.content)).toEqual(['confused', 'confused', 'confused'])
    expect(r.signoffs.has('sec/threat')).toBe(true)
  })

  it('marks a sign-off older than signoff-max-age as expired', () => {
    const list = checklist('signoff-max-age: 12h\n')
    const old = comment('dave', '/readiness sign-off threat', 0)
    expect(apply([old], { list }).signoffs.get('sec/threat')?.expired).toBe(true)
    const fresh = apply([comment('dave', '/readiness sign-off threat', 999)], { list })
    expect(fresh.signoffs.get('sec/threat')?.expired).toBe(false)
  })

  it('asks only the memberships the commands depend on', () => {
    const questions = membershipQuestions(checklist(), [
      comment('alice', '/readiness sign-off pentest', 1),
      comment('carol', '/readiness waive unit until 2026-12-01 -- x', 2),
      comment('bob', 'no command', 3)
    ])
    expect(questions.sort()).toEqual([
      ['@acme/release', 'alice'],
      ['@acme/release', 'carol'],
      ['@acme/security', 'alice']
    ])
  })
})

describe('committed waivers', () => {
  it('are positioned configuration errors beyond 90 days or for an unknown item', () => {
    const parsed = parseChecklist(
      `version: 1
waivers:
  - { item: unit, by: "@carol", until: 2027-03-01, reason: later }
  - { item: nope, by: "@carol", until: 2026-12-01, reason: x }
sections:
  - title: S
    items:
      - { id: unit, title: Unit, check: { type: checks, name: test } }
`,
      { file: 'r.yml', today: TODAY }
    )
    expect(parsed.ok).toBe(false)
    const errors = parsed.ok ? [] : parsed.errors
    expect(errors.map(e => [e.line, e.message])).toEqual([
      [3, 'waiver of `unit`: until `2027-03-01` is more than 90 days ahead (today is 2026-11-20 UTC)'],
      [4, 'waiver of `nope`: no item has that id or path']
    ])
    expect(errors[0].fix).toContain('2027-02-18')
  })

  it('refuse a bad signoff-max-age and an owner that is no @user or @org/team', () => {
    const parsed = parseChecklist(
      `version: 1
signoff-max-age: 7 days
sections:
  - title: S
    items:
      - { id: m, title: M, owner: security team }
`,
      { file: 'r.yml', today: TODAY }
    )
    expect(parsed.ok ? [] : parsed.errors.map(e => e.line)).toEqual([2, 6])
  })
})
