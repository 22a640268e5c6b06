// The simulator's reactions, team memberships and comment times: what sign-offs by comment rely on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simClient } from '../sim/client.js'
import { TOKENS, defaultScenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const R = '/repos/acme/widgets'

describe('reactions, team memberships and comments', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator(
      defaultScenario({
        comments: [
          { issue_number: 1, user: { login: 'alice' }, body: '/readiness sign-off pentest' },
          {
            issue_number: 1,
            user: { login: 'bob' },
            body: 'edited',
            created_at: '2026-11-20T10:00:00Z',
            updated_at: '2026-11-20T11:00:00Z'
          },
          { issue_number: 7, user: { login: 'alice' }, body: 'on the launch issue' }
        ],
        people: { teams: { 'acme/security': { alice: 'active', carol: 'pending' } }, issues: [8] }
      }),
      { validate: true }
    )
    sim.state.tokens.ghs_members = {
      login: 'members-reader[bot]',
      type: 'Bot',
      permissions: { members: 'read' }
    }
    sim.state.tokens.ghs_app = { login: 'other-app[bot]', type: 'Bot', permissions: { issues: 'write' } }
  })
  afterAll(() => sim.close())

  it('creates a reaction once per person and content: 201, then 200 with the same one', async () => {
    const gate = simClient(sim.url, TOKENS.gate)
    const id = sim.state.comments[0].id
    const first = await gate('POST', `${R}/issues/comments/${id}/reactions`, { content: '+1' })
    const again = await gate('POST', `${R}/issues/comments/${id}/reactions`, { content: '+1' })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.body.id).toBe(first.body.id)
    expect(first.body.user.login).toBe('github-actions[bot]')
    await gate('POST', `${R}/issues/comments/${id}/reactions`, { content: 'confused' })
    const plusOnes = await gate('GET', `${R}/issues/comments/${id}/reactions?content=%2B1`)
    expect(plusOnes.body.map((r: { content: string }) => r.content)).toEqual(['+1'])
    const all = await gate('GET', `${R}/issues/comments/${id}/reactions`)
    expect(all.body.map((r: { content: string }) => r.content)).toEqual(['+1', 'confused'])
  })

  it('pages reactions with Link headers', async () => {
    const id = sim.state.comments[1].id
    for (let i = 0; i < 5; i++) {
      sim.state.reactions.push({
        id: sim.state.nextId('reaction'),
        comment_id: id,
        user: sim.state.user({ login: `fan${i}` }),
        content: 'heart',
        created_at: sim.state.tick()
      })
    }
    const page = await simClient(sim.url, TOKENS.gate)(
      'GET',
      `${R}/issues/comments/${id}/reactions?per_page=2`
    )
    expect(page.body).toHaveLength(2)
    expect(page.headers.get('link')).toContain('page=2>; rel="next"')
    expect(page.headers.get('link')).toContain('page=3>; rel="last"')
  })

  it('answers team memberships: active, pending, 404 for others; 404 to GITHUB_TOKEN, 403 to other apps', async () => {
    const members = simClient(sim.url, 'ghs_members')
    const path = (login: string) => `/orgs/acme/teams/security/memberships/${login}`
    expect((await members('GET', path('alice'))).body.state).toBe('active')
    expect((await members('GET', path('carol'))).body.state).toBe('pending')
    expect((await members('GET', path('mallory'))).status).toBe(404)
    expect((await members('GET', '/orgs/acme/teams/nope/memberships/alice')).status).toBe(404)
    expect((await simClient(sim.url, TOKENS.gate)('GET', path('alice'))).status).toBe(404)
    const app = await simClient(sim.url, 'ghs_app')('GET', path('alice'))
    expect(app.status).toBe(403)
    expect(app.headers.get('x-accepted-github-permissions')).toBe('members=read')
  })

  it('serves comment times, user types, edits and deletes (taking reactions along)', async () => {
    const gate = simClient(sim.url, TOKENS.gate)
    const list = await gate('GET', `${R}/issues/1/comments`)
    const [alice, bob] = list.body
    expect(alice.created_at).toBe(alice.updated_at)
    expect(alice.user.type).toBe('User')
    expect([bob.created_at, bob.updated_at]).toEqual(['2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z'])
    const edited = await gate('PATCH', `${R}/issues/comments/${alice.id}`, { body: 'changed' })
    expect(edited.body.updated_at > edited.body.created_at).toBe(true)
    expect((await gate('DELETE', `${R}/issues/comments/${alice.id}`)).status).toBe(204)
    expect(sim.state.reactions.some(r => r.comment_id === alice.id)).toBe(false)
    expect((await gate('GET', `${R}/issues/8/comments`)).body).toEqual([])
    expect((await gate('GET', `${R}/issues/9/comments`)).status).toBe(404)
  })

  it('stays within the OpenAPI description', () => {
    expect(sim.problems).toEqual([])
  })
})
