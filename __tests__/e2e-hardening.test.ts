// Bounded work and correct words, through the action's entry (run() in-process): linear-time patterns on a 1 MB file,
// paging that keeps the token on the API host, nesting limits, YAML-worded checklist errors, a
// checklist path that is a link, a submodule or a directory, and the checklist-edit notice.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../sim/server.js'
import { checkRun, sha, type Scenario } from '../sim/scenario.js'
import { closeAndCheck } from '../harness/simulator-lifecycle.js'
import { startForeignHost, type ForeignHost } from '../harness/foreign-host.js'
import type { RunResult } from '../harness/run-action.js'
import {
  CHECKLIST_PATH,
  HEAD_SHA,
  MAIN_SHA,
  OWNER,
  REPO,
  gateReleasePr,
  releaseChecklist,
  sampleScenario
} from '../harness/sample-repo.js'

let sim: Simulator
let foreign: ForeignHost
beforeEach(async () => {
  foreign = await startForeignHost()
})
afterEach(async () => {
  await foreign.close()
  await closeAndCheck(sim)
})

/** The sample repository with `checklist` on main (the copy the gate judges by) and the PR head. */
async function start(checklist: string, edit: (s: Scenario) => void = () => {}) {
  const scenario = sampleScenario()
  for (const c of [MAIN_SHA, HEAD_SHA]) scenario.commits[c].files![CHECKLIST_PATH] = checklist
  edit(scenario)
  sim = await startSimulator(scenario, { validate: true })
}

const items = (list: string) => `version: 1\nsections:\n  - title: Release\n    items:\n${list}`
const state = (run: RunResult, id: string) => run.report!.items.find(i => i.id === id)!
const gateComment = () => sim.state.comments.find(c => c.body.includes('<!-- readiness-gate'))
const configErrors = (run: RunResult) => run.report!.errors

describe('patterns run in linear time', () => {
  it('a catastrophic pattern on a 1 MB one-line file finishes and fails the item; a matching one passes', async () => {
    await start(
      items(`      - id: no-backtracking
        title: Pattern that backtracks forever elsewhere
        check: { type: file, path: big.txt, contains: '/(a+)+$/' }
      - id: found
        title: Pattern that matches
        check: { type: file, path: big.txt, contains: ['/a{1000}!$/', '/^(a|aa)+!$/'] }
`),
      s => {
        s.commits[HEAD_SHA].files!['big.txt'] = 'a'.repeat(1e6) + '!'
      }
    )
    const run = await gateReleasePr(sim.url)
    expect(state(run, 'no-backtracking')).toMatchObject({
      state: 'fail',
      summary: expect.stringContaining('`big.txt` does not contain `/(a+)+$/`')
    })
    expect(state(run, 'found').state).toBe('pass')
  })

  it('a pattern RE2 cannot run is a checklist error at its position, naming the construct and the fix', async () => {
    await start(
      items(`      - id: runbook
        title: Runbook
        check:
          type: file
          path: docs/RUNBOOK.md
          contains: ['## Escalation', '/(on-?call)\\s+\\1/']
`)
    )
    const run = await gateReleasePr(sim.url)
    expect(run.code).toBe(1)
    expect(configErrors(run)).toEqual([
      expect.objectContaining({
        line: 10,
        column: 39,
        message:
          "item `runbook`: `check.contains[1]` is `/(on-?call)\\s+\\1/`, which uses a backreference (`\\1`): the gate's regular expressions are RE2 syntax, which matches in time linear in the file and has no backreferences",
        fix: expect.stringMatching(/^Match each form the text can take instead/)
      })
    ])
    expect(run.stdout).toContain('::error title=Checklist error,file=.github/readiness.yml,line=10,col=39::')
  })
})

describe('paging keeps the token on the API host', () => {
  const CHECK_RUNS = `/repos/${OWNER}/${REPO}/commits/${HEAD_SHA}/check-runs`
  const COMMENTS = `/repos/${OWNER}/${REPO}/issues/42/comments`

  it('a Link to another host is not followed: the item is unknown naming the host, and that host gets nothing', async () => {
    await start(releaseChecklist())
    sim.onReply = (ex, reply) =>
      ex.path === CHECK_RUNS || ex.path === COMMENTS
        ? { ...reply, headers: { ...reply.headers, link: `<${foreign.url}${ex.path}?page=2>; rel="next"` } }
        : undefined
    const run = await gateReleasePr(sim.url)
    const host = new URL(foreign.url).host
    for (const id of ['unit-tests', 'lint']) {
      expect(state(run, id)).toMatchObject({
        state: 'unknown',
        summary: expect.stringContaining(`the next page (Link rel="next") is on another host, ${host}`),
        fix: expect.stringContaining('GITHUB_API_URL')
      })
    }
    expect(run.outputs.result).toBe('fail')
    // Neither the evidence read nor the comment listing went there, with or without the token.
    expect(foreign.received).toEqual([])
    expect(gateComment()).toBeUndefined()
  })

  it('a page that names itself as the next page ends the list: same verdict, each page read once', async () => {
    await start(releaseChecklist(), s => {
      for (let i = 0; i < 120; i++) s.check_runs!.push(checkRun(`extra ${i}`, HEAD_SHA))
    })
    sim.onReply = (ex, reply) =>
      ex.path === CHECK_RUNS && ex.query.page === '2'
        ? {
            ...reply,
            headers: {
              ...reply.headers,
              link: `<${sim.url}${CHECK_RUNS}?filter=all&per_page=100&page=2>; rel="next"`
            }
          }
        : undefined
    const run = await gateReleasePr(sim.url)
    expect(run.report!.items.map(i => `${i.id}:${i.state}`)).toEqual([
      'unit-tests:pass',
      'lint:fail',
      'docs-build:pass',
      'runbook:pass',
      'pentest:manual',
      'vault:manual',
      'restore-drill:signed-off'
    ])
    const pages = sim.requests.filter(r => r.path === CHECK_RUNS).map(r => r.query.page ?? '1')
    expect(pages).toEqual(['1', '2'])
  })
})

describe('nesting limits', () => {
  const nested = (groups: number) => {
    let item = '{ id: leaf, title: Leaf }'
    for (let i = groups; i >= 1; i--) item = `{ id: g${i}, title: G, items: [${item}] }`
    return items(`      - ${item}\n`)
  }

  it('an item inside 33 groups is a positioned checklist error', async () => {
    await start(nested(33))
    const run = await gateReleasePr(sim.url)
    expect(run.code).toBe(1)
    expect(configErrors(run)).toEqual([
      expect.objectContaining({
        line: 5,
        message: 'item `leaf` sits inside 33 nested groups; groups nest at most 32 deep',
        fix: 'Flatten the groups: an item may sit inside at most 32 groups.'
      })
    ])
  })

  it('10,000 levels give a positioned error, not a stack overflow', async () => {
    await start(nested(10_000))
    const run = await gateReleasePr(sim.url)
    expect(run.code).toBe(1)
    expect(configErrors(run)).toEqual([
      expect.objectContaining({ line: 5, message: 'the YAML nests more than 128 levels deep here' })
    ])
    expect(run.stdout + run.stderr).not.toMatch(/Maximum call stack|RangeError/)
  })
})

describe('checklist errors in YAML words', () => {
  it('`version: "1"` says it is text and to drop the quotes', async () => {
    await start(releaseChecklist().replace('version: 1', 'version: "1"'))
    const run = await gateReleasePr(sim.url)
    expect(run.stdout).toContain(
      '.github/readiness.yml at main (base of #42), line 2, column 10: the checklist: `version` is the text "1" (in quotes, so not a number); expected the number 1 Fix: Write `version: 1` without quotes.'
    )
  })
})

describe('a checklist path that is no file', () => {
  const message = async (edit: (s: Scenario) => void) => {
    await start(releaseChecklist(), s => {
      delete s.commits[MAIN_SHA].files![CHECKLIST_PATH]
      edit(s)
    })
    const run = await gateReleasePr(sim.url)
    expect(run.code).toBe(1)
    const [error] = configErrors(run)
    return error
  }

  it('a symlink to a file in the repository is followed', async () => {
    await start(releaseChecklist(), s => {
      const files = s.commits[MAIN_SHA].files!
      files['policy/readiness.yml'] = files[CHECKLIST_PATH]
      delete files[CHECKLIST_PATH]
      s.commits[MAIN_SHA].symlinks = { [CHECKLIST_PATH]: '../policy/readiness.yml' }
    })
    const run = await gateReleasePr(sim.url)
    expect(configErrors(run)).toEqual([])
    expect(run.report!.items).toHaveLength(7)
  })

  it('a symlink out of the repository says so', async () => {
    const error = await message(s => {
      s.commits[MAIN_SHA].symlinks = { [CHECKLIST_PATH]: '../../elsewhere/readiness.yml' }
    })
    expect(error).toMatchObject({
      message:
        '`.github/readiness.yml` is a symbolic link to `../../elsewhere/readiness.yml`, which GitHub does not follow: it leads out of the repository, to a directory, or to nothing',
      fix: expect.stringContaining('Commit the checklist itself at `.github/readiness.yml`')
    })
  })

  it('a submodule says so', async () => {
    const error = await message(s => {
      s.commits[MAIN_SHA].submodules = {
        [CHECKLIST_PATH]: { url: 'https://github.com/acme/policies.git', sha: sha('policies') }
      }
    })
    expect(error.message).toBe(
      '`.github/readiness.yml` is a git submodule (https://github.com/acme/policies.git), not a file: the gate reads the checklist from this repository only'
    )
  })

  it('a directory says so and names the YAML files in it', async () => {
    const error = await message(s => {
      s.commits[MAIN_SHA].files![`${CHECKLIST_PATH}/prod.yml`] = releaseChecklist()
    })
    expect(error).toMatchObject({
      message: '`.github/readiness.yml` is a directory, not a checklist file',
      fix: 'Point the `checklist` input at the checklist file in it: `.github/readiness.yml/prod.yml`.'
    })
  })
})

describe('a file item on a path that is no file', () => {
  it('fails saying what is there instead, and a PR turning the checklist into a link is told so', async () => {
    await start(
      items(`      - id: docs
        title: Docs
        check: { type: file, path: [docs/outside.md, docs/vendor, docs] }
`),
      s => {
        const head = s.commits[HEAD_SHA]
        head.symlinks = {
          'docs/outside.md': '../../elsewhere/outside.md',
          [CHECKLIST_PATH]: '../../elsewhere/readiness.yml'
        }
        head.submodules = {
          'docs/vendor': { url: 'https://github.com/acme/policies.git', sha: sha('policies') }
        }
        delete head.files![CHECKLIST_PATH]
      }
    )
    const run = await gateReleasePr(sim.url)
    expect(state(run, 'docs')).toMatchObject({
      state: 'fail',
      summary: expect.stringContaining(
        '`docs/outside.md` is a symbolic link to `../../elsewhere/outside.md` that GitHub does not follow (out of the repository, to a directory, or to nothing); `docs/vendor` is a git submodule (`https://github.com/acme/policies.git`), not a file; `docs` is a directory, not a file'
      )
    })
    expect(run.report!.checklist_edit).toEqual({
      status: 'invalid',
      error: expect.stringContaining(
        '.github/readiness.yml at ' +
          HEAD_SHA.slice(0, 7) +
          ' (head of #42): `.github/readiness.yml` is a symbolic link to `../../elsewhere/readiness.yml`'
      )
    })
  })
})

describe('the checklist-edit notice', () => {
  it('reports a changed parameter that is not provably stricter, such as `branch-rules.branch`', async () => {
    const checklist = (branch: string) =>
      items(`      - id: rules
        title: Branch rules
        check: { type: branch-rules, branch: ${branch}, require-reviews: 1 }
`)
    await start(checklist('main'), s => {
      s.commits[HEAD_SHA].files![CHECKLIST_PATH] = checklist('sandbox')
    })
    const run = await gateReleasePr(sim.url)
    expect(run.report!.checklist_edit).toEqual({
      status: 'changed',
      changes: [
        { kind: 'changed', id: 'rules', title: 'Branch rules', detail: '`branch` `main` → `sandbox`' }
      ]
    })
    expect(gateComment()!.body).toContain('> - changes `rules` (Branch rules): `branch` `main` → `sandbox`')
  })
})
