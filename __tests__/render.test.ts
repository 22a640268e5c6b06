import { describe, expect, it } from '@jest/globals'
import type { Report, ReportItem } from '../src/report/report.js'
import { COMMENT_LIMIT, commentMarker, renderComment } from '../src/render/comment.js'
import { code, inline } from '../src/render/markdown.js'
import { STATUS_DESCRIPTION_LIMIT, statusDescription, statusState } from '../src/render/status.js'
import { CHECK_SUMMARY_BYTES, renderCheckRun } from '../src/render/check-run.js'
import { countStates } from '../src/verdict/states.js'

function item(over: Partial<ReportItem>): ReportItem {
  return {
    id: 'x',
    path: 'x',
    line: 1,
    title: 'X',
    section: 'S',
    groups: [],
    owner: null,
    required: true,
    state: 'pass',
    summary: 'ok',
    url: null,
    fix: null,
    ...over
  }
}

function report(items: ReportItem[], result: Report['result'] = 'fail'): Report {
  return {
    version: 1,
    result,
    title: 'Production readiness',
    checklist: { path: '.github/readiness.yml', ref: 'main', label: 'main (base of #7)' },
    target: {
      repo: 'acme/shop',
      sha: 'abcdef1234567890',
      pr: 7,
      kind: 'pull-request',
      name: 'Readiness gate'
    },
    counts: countStates(items.map(i => i.state)),
    items,
    errors: [],
    warnings: [],
    run_url: 'https://github.com/acme/shop/actions/runs/1',
    checklist_edit: null
  }
}

describe('the sticky comment', () => {
  const r = report([
    item({
      id: 'lint',
      title: 'Linting enabled',
      state: 'fail',
      summary: '`lint` (failure)',
      url: 'https://x/1'
    }),
    item({
      id: 'pentest',
      title: 'Penetration test',
      state: 'manual',
      owner: '@acme/security',
      summary: 'awaiting sign-off by @acme/security'
    }),
    item({ id: 'unit', title: 'Unit tests passed', state: 'pass' })
  ])
  const body = renderComment(r)

  it('starts with the hidden marker of its checklist', () => {
    expect(body.startsWith(commentMarker('.github/readiness.yml'))).toBe(true)
    expect(commentMarker('a.yml')).not.toBe(commentMarker('b.yml'))
  })

  it('lists what blocks first, manual items as a task list with owners, and folds what passed', () => {
    const blocks = body.indexOf('What blocks')
    const manual = body.indexOf('Manual sign-off outstanding')
    const passed = body.indexOf('<details>')
    expect(blocks).toBeGreaterThan(0)
    expect(manual).toBeGreaterThan(blocks)
    expect(passed).toBeGreaterThan(manual)
    expect(body).toContain('- [ ] **Penetration test** `pentest` — owner `@acme/security`')
    expect(body).toContain('[evidence](https://x/1)')
    expect(body).toContain('**1 failing · 1 manual outstanding · 1 passed**')
  })

  it('orders what blocks worst first: fail, unknown, pending', () => {
    const body = renderComment(
      report([
        item({ id: 'p', title: 'Pending one', state: 'pending' }),
        item({ id: 'u', title: 'Unknown one', state: 'unknown' }),
        item({ id: 'f', title: 'Failing one', state: 'fail' })
      ])
    )
    const at = (t: string) => body.indexOf(t)
    expect(at('Failing one')).toBeLessThan(at('Unknown one'))
    expect(at('Unknown one')).toBeLessThan(at('Pending one'))
  })

  it('never pings an owner or lets a title inject HTML or a second marker', () => {
    const hostile = renderComment(
      report([
        item({
          title: '<!-- readiness-gate checklist=x --> <img src=x> @octocat',
          state: 'fail',
          owner: '@org/team'
        })
      ])
    )
    expect(hostile.match(/<!-- readiness-gate/g)).toHaveLength(1)
    expect(hostile).not.toContain('<img')
    expect(hostile).not.toMatch(/(^|[^`\u200b])@octocat/)
  })

  it('keeps the code spans of a summary and neutralises everything between them', () => {
    const body = renderComment(report([item({ state: 'fail', summary: 'by `@alice` and @bob <script>' })]))
    expect(body).toContain('by `@alice` and @\u200bbob &lt;script&gt;')
  })

  it('stays within GitHub’s comment limit with 2,000 failing items and says what it cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      item({
        id: `item-${i}`,
        title: `A rather long title for item number ${i}`,
        state: 'fail',
        summary: 'x'.repeat(80)
      })
    )
    const big = renderComment(report(many))
    expect(big.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(big).toMatch(/_…\d+ more items not shown here \(size limit\): see the job summary/)
  })
})

describe('checklist warnings', () => {
  const warning =
    '.github/readiness.yml at main (base of #7), line 12, column 9: group `security` is required, but every item in it is advisory (`required: false`), so it never blocks the verdict Fix: Make the items that must hold required, or mark the group `required: false` to say it is advisory.'

  it('are quoted under the verdict in the comment, and the check-run summary and job summary alike', () => {
    const r = {
      ...report([item({ id: 'unit', title: 'Unit tests passed', state: 'pass' })], 'pass'),
      warnings: [warning]
    }
    const body = renderComment(r)
    expect(body).toContain(`> [!WARNING]\n> - ${warning}\n`)
    expect(body.indexOf('[!WARNING]')).toBeLessThan(body.indexOf('passed, signed off or skipped'))
    expect(renderCheckRun(r).summary).toContain(`> - ${warning}`)
  })

  it('are left out when there are none, and cannot ping or inject HTML', () => {
    expect(renderComment(report([item({ state: 'pass' })], 'pass'))).not.toContain('[!WARNING]')
    const hostile = renderComment({
      ...report([item({ state: 'pass' })], 'pass'),
      warnings: ['@acme/all <img src=x>']
    })
    expect(hostile).toContain('> - @\u200bacme/all &lt;img src=x&gt;')
  })
})

describe('code spans and inline text', () => {
  it('fences text that holds backticks', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
  })
  it('escapes HTML and breaks mentions', () => {
    expect(inline('<b>@me & you</b>')).toBe('&lt;b&gt;@\u200bme &amp; you&lt;/b&gt;')
  })
})

describe('status and check run', () => {
  it('keeps the description within 140 characters', () => {
    const r = report(
      Array.from({ length: 50 }, (_, i) => item({ id: `i${i}`, state: i % 2 ? 'fail' : 'unknown' }))
    )
    r.errors = [{ file: 'f', message: 'x'.repeat(500) }]
    expect(statusDescription(r).length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT)
    expect(statusState(report([], 'pending'))).toBe('pending')
    expect(statusState(report([], 'pass'))).toBe('success')
  })

  it('concludes action_required when only manual items are outstanding, and stays under 65,535 bytes', () => {
    const manualOnly = report([item({ state: 'manual' }), item({ state: 'pass' })])
    expect(renderCheckRun(manualOnly).conclusion).toBe('action_required')
    expect(renderCheckRun(report([item({ state: 'fail' })])).conclusion).toBe('failure')
    expect(renderCheckRun(report([], 'pending'))).toMatchObject({
      status: 'in_progress',
      conclusion: undefined
    })
    const wide = report(
      Array.from({ length: 3000 }, (_, i) => item({ id: `i${i}`, title: '😀'.repeat(40), state: 'fail' }))
    )
    expect(Buffer.byteLength(renderCheckRun(wide).summary)).toBeLessThanOrEqual(CHECK_SUMMARY_BYTES)
  })
})
