// The simulator's POST /graphql: queries checked against GitHub's GraphQL schema
// (@octokit/graphql-schema), answers produced by executing them against that schema.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { simClient } from '../sim/client.js'
import { TOKENS, defaultScenario, sha } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const BLAME = `query ($owner: String!, $name: String!, $expression: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Commit { blame(path: $path) { ranges { startingLine endingLine commit { oid url committedDate author { name user { login } } } } } }
    }
  }
}`
const vars = { owner: 'acme', name: 'widgets', expression: 'main', path: 'README.md' }

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator(
    defaultScenario({
      blame: {
        [sha('main')]: {
          'README.md': [
            {
              startingLine: 1,
              endingLine: 1,
              commit: {
                oid: sha('c1'),
                author: { name: 'Alice', email: 'alice@example.com', login: 'alice' },
                committedDate: '2026-11-21T10:30:00Z'
              }
            }
          ]
        }
      }
    })
  )
})
afterEach(() => sim.close())

describe('POST /graphql', () => {
  it('answers the blame query in the shape of GitHub’s schema', async () => {
    const res = await simClient(sim.url, TOKENS.gate)('POST', '/graphql', { query: BLAME, variables: vars })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      data: {
        repository: {
          object: {
            blame: {
              ranges: [
                {
                  startingLine: 1,
                  endingLine: 1,
                  commit: {
                    oid: sha('c1'),
                    url: `https://github.com/acme/widgets/commit/${sha('c1')}`,
                    committedDate: '2026-11-21T10:30:00Z',
                    author: { name: 'Alice', user: { login: 'alice' } }
                  }
                }
              ]
            }
          }
        }
      }
    })
    expect(sim.problems).toEqual([])
  })

  it('rejects, and records as a problem, a query GitHub’s schema does not allow', async () => {
    const query = BLAME.replace('startingLine endingLine', 'startingLine endingLine lines')
    const res = await simClient(sim.url, TOKENS.gate)('POST', '/graphql', { query, variables: vars })
    expect(res.body).toEqual({
      errors: [expect.objectContaining({ message: expect.stringContaining('"lines"') })]
    })
    expect(sim.problems).toEqual([expect.stringContaining('not valid against GitHub')])
  })

  it('refuses a token that may not read contents, as GitHub does (200 with a FORBIDDEN error)', async () => {
    const res = await simClient(sim.url, TOKENS.none)('POST', '/graphql', { query: BLAME, variables: vars })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ data: { repository: null }, errors: [{ type: 'FORBIDDEN' }] })
  })
})
