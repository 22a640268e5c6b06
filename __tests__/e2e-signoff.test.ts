// Sign-offs, revocations and waivers by comment, end to end: run() of src/main.ts in-process on
// issue_comment payloads, GitHub stood in for by the simulator (every exchange checked against OpenAPI).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { issueCommentEvent, mergeGroupEvent } from '../harness/events.js'
import { liveParts } from '../harness/gfm.js'
import { runAction } from '../harness/run-action.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  OWNER,
  RELEASE_PR,
  REPO,
  TOKEN,
  auditDispatch,
  sampleScenario
} from '../harness/sample-repo.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const CHECKLIST = `version: 1
title: Shop 2.4 release readiness
approvers: "@carol"
signoff-max-age: 2w
sections:
  - title: Testing
    items:
      - id: unit-tests
        title: Unit tests passed
        check: { type: checks, name: "test (*)" }
  - title: Security
    items:
      - id: security-review
        title: Security review
        items:
          - id: pentest
            title: Penetration test done
            owner: ["@acme/security", "@dave"]
          - id: threat-model
            title: Threat model reviewed
            owner: "@dave"
`
const MEMBERS_TOKEN = 'ghs_members_reader'

let sim: Simulator
beforeEach(async () => {
  const scenario = sampleScenario()
  scenario.commits[MAIN_SHA].files![CHECKLIST_PATH] = CHECKLIST
  scenario.people = { teams: { 'acme/security': { alice: 'active', erin: 'pending' } }, issues: [7] }
  scenario.tokens[MEMBERS_TOKEN] = {
    login: 'members-reader[bot]',
    type: 'Bot',
    permissions: { members: 'read' }
  }
  scenario.clock = new Date(Date.now() - 3_600_000).toISOString()
  sim = await startSimulator(scenario, { validate: true })
})
afterEach(() => closeAndCheck(sim))

/** A person (or bot) posts a comment on the PR (or issue `on`); returns its id. */
function post(login: string, body: string, o: { type?: 'User' | 'Bot'; on?: number; edited?: boolean } = {}) {
  const at = sim.state.tick()
  const id = sim.state.nextId('comment')
  sim.state.comments.push({
    id,
    issue_number: o.on ?? RELEASE_PR,
    user: sim.state.user({ login, type: o.type ?? 'User' }),
    body,
    created_at: at,
    updated_at: o.edited ? sim.state.tick() : at
  })
  return id
}

/** The gate on the issue_comment event of comment `id`. */
function gate(
  id: number,
  o: {
    inputs?: Record<string, string>
    action?: 'created' | 'edited' | 'deleted'
    from?: string
    via?: 'bundle'
  } = {}
) {
  const c = sim.state.comments.find(x => x.id === id)
  return runAction({
    apiUrl: sim.url,
    eventName: 'issue_comment',
    repository: `${OWNER}/${REPO}`,
    payload: issueCommentEvent({
      owner: OWNER,
      repo: REPO,
      number: RELEASE_PR,
      login: c?.user.login ?? 'octocat',
      type: c?.user.type ?? 'User',
      body: c?.body ?? '/readiness recheck',
      id,
      action: o.action,
      from: o.from
    }),
    inputs: { token: TOKEN.gate, ...o.inputs },
    via: o.via
  })
}

const status = () =>
  sim.state.statuses.filter(s => s.context === 'Readiness gate' && s.sha === HEAD_SHA).at(-1)
const stickies = () => sim.state.comments.filter(c => c.body.startsWith('<!-- readiness-gate'))
const reactions = (id: number) => sim.state.reactions.filter(r => r.comment_id === id).map(r => r.content)

describe('signing off by comment', () => {
  it('an owner signs off: the status turns from failure to success and the comment records who, when and where', async () => {
    const first = await gate(post('octocat', 'Ready?'))
    expect(first.outputs.result).toBe('fail')
    expect(status()?.state).toBe('failure')

    const both = post('dave', '/readiness sign-off pentest threat-model -- report in SEC-123')
    // The one run of the bundle in this suite: what a runner runs, on a real issue_comment payload.
    const run = await gate(both, { via: 'bundle' })
    expect(run.outputs.result).toBe('pass')
    expect(status()?.state).toBe('success')
    expect(reactions(both)).toEqual(['+1'])
    const item = run.report?.items.find(i => i.id === 'pentest')
    expect(item?.state).toBe('signed-off')
    expect(item?.signoff).toEqual({
      by: '@dave',
      at: sim.state.comments.find(c => c.id === both)?.created_at,
      source: 'comment',
      url: `https://github.com/acme/shop/pull/42#issuecomment-${both}`,
      note: 'report in SEC-123'
    })
    const [sticky] = stickies()
    expect(sticky.body).toContain('signed off by `@dave`')
    expect(sticky.body).toContain(`#issuecomment-${both}`)
    expect(sticky.body).toMatch(/\| Security \| +2\/2 \| ██████████ 100% \|/)
    expect(run.summary).toContain('| Section')
  })

  it('refuses, each with its reason, and leaves the status at failure', async () => {
    const cases: [string, string, { type?: 'User' | 'Bot'; edited?: boolean }, string][] = [
      ['mallory', '/readiness sign-off threat-model', {}, '`@mallory` is not an owner of `threat-model`'],
      ['octocat', '/readiness sign-off threat-model', {}, 'wrote this PR and may not sign off'],
      ['helper[bot]', '/readiness sign-off threat-model', { type: 'Bot' }, 'not a person'],
      [
        'dave',
        '/readiness sign-off threat-model',
        { edited: true },
        'edited after posting: post the command again'
      ],
      ['alice', '/readiness sign-off pentest', {}, 'set the input `members-token`'],
      ['carol', '/readiness waive unit-tests until 2099-01-01 -- later', {}, 'more than 90 days'],
      ['dave', '/readiness sign-off no-such-item', {}, 'unknown id `no-such-item`']
    ]
    for (const [login, body, o, reason] of cases) {
      const id = post(login, body, o)
      const direct = await gate(id)
      // A bot's comment event is ignored at the door (no loops); the next run still refuses its command.
      const run = o.type === 'Bot' ? await gate(post('octocat', '/readiness recheck')) : direct
      expect(direct.stdout.includes('ignored (no loops)')).toBe(o.type === 'Bot')
      expect(run.outputs.result).toBe('fail')
      expect(status()?.state).toBe('failure')
      expect(reactions(id)).toEqual(['confused'])
      const refused = run.report?.refused_commands ?? []
      expect(refused.at(-1)?.reason).toContain(reason.replace(/`/g, ''))
      expect(stickies()[0].body).toContain(reason)
    }
    expect(stickies()).toHaveLength(1)
  })

  it('a team owner signs off when members-token can read the team; a pending member cannot', async () => {
    const inputs = { 'members-token': MEMBERS_TOKEN }
    const pending = post('erin', '/readiness sign-off pentest')
    const alice = post('alice', '/readiness sign-off pentest')
    const run = await gate(alice, { inputs })
    expect(reactions(pending)).toEqual(['confused'])
    expect(reactions(alice)).toEqual(['+1'])
    expect(run.report?.items.find(i => i.id === 'pentest')?.state).toBe('signed-off')
    expect(run.report?.refused_commands?.[0].reason).not.toContain('members-token')
  })

  it('revoke after sign-off, and a deleted command comment, both withdraw', async () => {
    const signed = post('dave', '/readiness sign-off security-review')
    expect((await gate(signed)).outputs.result).toBe('pass')
    const revoke = post('dave', '/readiness revoke threat-model')
    const revoked = await gate(revoke)
    expect(revoked.report?.items.find(i => i.id === 'threat-model')?.state).toBe('manual')
    expect(revoked.report?.items.find(i => i.id === 'pentest')?.state).toBe('signed-off')
    expect(status()?.state).toBe('failure')

    const again = post('dave', '/readiness sign-off threat-model')
    expect((await gate(again)).outputs.result).toBe('pass')
    sim.state.comments.splice(
      sim.state.comments.findIndex(c => c.id === again),
      1
    )
    const deleted = await gate(again, { action: 'deleted' })
    expect(deleted.outputs.result).toBe('fail')
    expect(status()?.state).toBe('failure')
  })

  it('ignores commands in code fences, quotes and lists; reads several in one comment', async () => {
    const id = post(
      'dave',
      [
        'How to sign off:',
        '```',
        '/readiness sign-off pentest',
        '```',
        '> /readiness sign-off pentest',
        '',
        '    /readiness sign-off pentest',
        '',
        '/readiness sign-off threat-model',
        '/readiness recheck'
      ].join('\n')
    )
    const run = await gate(id)
    expect(run.report?.items.find(i => i.id === 'threat-model')?.state).toBe('signed-off')
    expect(run.report?.items.find(i => i.id === 'pentest')?.state).toBe('manual')
    expect(reactions(id)).toEqual(['+1'])
  })

  it('reads commands among 300 comments, every page; the same event twice adds no reaction and no comment', async () => {
    for (let i = 0; i < 299; i++) post('octocat', `comment ${i}`)
    const id = post('dave', '/readiness sign-off security-review')
    const run = await gate(id)
    expect(run.outputs.result).toBe('pass')
    const pages = sim.requests.filter(
      r => r.method === 'GET' && r.template?.endsWith('/issues/{issue_number}/comments')
    )
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const seen = sim.requests.length
    await gate(id)
    expect(reactions(id)).toEqual(['+1'])
    // The comment carries the gate's +1 already: the rerun does not even ask (each ask is a paced write).
    const asked = sim.requests
      .slice(seen)
      .filter(r => r.method === 'POST' && r.template?.endsWith('/reactions'))
    expect(asked).toEqual([])
    expect(stickies()).toHaveLength(1)
  })

  it('asks for the evidence while the comments are still being read: only manual items wait for them', async () => {
    let runsAsked: () => void = () => {}
    const asked = new Promise<true>(resolve => (runsAsked = () => resolve(true)))
    let holding = false
    let heldUntilRunsAsked: boolean | undefined
    sim.onRequest = async ex => {
      if (ex.method === 'GET' && ex.path.endsWith('/check-runs')) runsAsked()
      if (ex.method === 'GET' && ex.path.endsWith(`/issues/${RELEASE_PR}/comments`) && !holding) {
        // The first listing is held until the check runs are asked for, 3 s at most: a run whose
        // evidence waited for the comments asks only after that.
        holding = true
        const late = new Promise<false>(resolve => setTimeout(() => resolve(false), 3000))
        heldUntilRunsAsked = await Promise.race([asked, late])
      }
    }
    const run = await gate(post('dave', '/readiness sign-off security-review'))
    expect(heldUntilRunsAsked).toBe(true)
    expect(run.outputs.result).toBe('pass')
  })

  it('waives by an approver: the item reads waived, the verdict passes, and the end is warned of', async () => {
    sim.state.checkRuns.splice(0, sim.state.checkRuns.length)
    const until = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
    post('dave', '/readiness sign-off security-review')
    const id = post('carol', `/readiness waive unit-tests until ${until} -- CI outage, tested by hand`)
    const run = await gate(id)
    expect(run.outputs.result).toBe('pass')
    expect(run.outputs.waived).toBe('1')
    const item = run.report?.items.find(i => i.id === 'unit-tests')
    expect(item?.state).toBe('waived')
    expect(item?.waiver).toMatchObject({
      by: '@carol',
      until,
      reason: 'CI outage, tested by hand',
      source: 'comment'
    })
    expect(stickies()[0].body).toContain('#### Waived (1)')
    expect(run.report?.warnings.join('\n')).toContain(`The waiver of \`unit-tests\` ends on ${until}`)

    const unwaive = post('carol', '/readiness unwaive unit-tests')
    expect((await gate(unwaive)).outputs.result).toBe('fail')
  })

  it('edits of ordinary comments and events a bot caused are ignored', async () => {
    const id = post('octocat', 'just chatting')
    const edited = await gate(id, { action: 'edited', from: 'just talking' })
    expect(edited.stdout).toContain('not and was not a /readiness command')
    const byBot = await runAction({
      apiUrl: sim.url,
      eventName: 'issue_comment',
      repository: `${OWNER}/${REPO}`,
      payload: issueCommentEvent({
        owner: OWNER,
        repo: REPO,
        number: RELEASE_PR,
        login: 'github-actions[bot]',
        type: 'Bot',
        action: 'edited',
        body: '<!-- readiness-gate -->',
        from: '/readiness recheck',
        sender: { login: 'github-actions[bot]', type: 'Bot' }
      }),
      inputs: { token: TOKEN.gate }
    })
    expect(byBot.stdout).toContain('ignored (no loops)')
    expect(sim.state.statuses.filter(s => s.context.startsWith('Readiness gate'))).toHaveLength(0)
  })
})

describe('a merge queue', () => {
  it('counts the sign-offs made in the comments of the PR it merges', async () => {
    post('dave', '/readiness sign-off security-review')
    const run = await runAction({
      apiUrl: sim.url,
      eventName: 'merge_group',
      repository: `${OWNER}/${REPO}`,
      payload: mergeGroupEvent({
        owner: OWNER,
        repo: REPO,
        headSha: HEAD_SHA,
        baseRef: 'main',
        pr: RELEASE_PR
      }),
      inputs: { token: TOKEN.gate }
    })
    expect(run.outputs.result).toBe('pass')
    expect(run.report?.items.find(i => i.id === 'threat-model')?.signoff?.by).toBe('@dave')
  })
})

describe('text from comments', () => {
  it('renders notes, reasons and commands inert in the sticky comment and the summary', async () => {
    const hostile =
      '@everyone ![x](https://evil.example/x.png) <img src=x> [click](https://evil.example) #1 <!-- readiness-gate'
    post('dave', `/readiness sign-off threat-model -- ${hostile}`)
    const run = await gate(post('mallory', `/readiness sign-off pentest -- ${hostile}`))
    const [sticky] = stickies()
    expect(sticky.body).toContain('evil.example')
    const own = { hosts: ['github.com'], pr: RELEASE_PR }
    expect(liveParts(sticky.body, own)).toEqual([])
    expect(liveParts(run.summary, own)).toEqual([])
  })
})

describe('an audit with a launch issue', () => {
  it('counts the launch issue’s commands and keeps one sticky report there', async () => {
    post('dave', '/readiness sign-off security-review', { on: 7 })
    const inputs = { 'signoff-issue': '7' }
    const run = await auditDispatch(sim.url, { branch: 'main', sha: MAIN_SHA, inputs })
    expect(run.outputs.result).toBe('pass')
    expect(run.report?.items.find(i => i.id === 'pentest')?.signoff?.by).toBe('@dave')
    await auditDispatch(sim.url, { branch: 'main', sha: MAIN_SHA, inputs })
    const onIssue = sim.state.comments.filter(
      c => c.issue_number === 7 && c.body.startsWith('<!-- readiness-gate')
    )
    expect(onIssue).toHaveLength(1)
    expect(sim.state.statuses.at(-1)?.context).toBe('Readiness gate (audit)')
  })
})
