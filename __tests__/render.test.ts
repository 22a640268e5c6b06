import { describe, expect, it } from '@jest/globals'
import type { Report, ReportItem } from '../src/report/report.js'
import { COMMENT_LIMIT, commentMarker, renderComment } from '../src/render/comment.js'
import { authored, type Phrase } from '../src/text/phrase.js'
import { markdownOf } from '../src/text/markdown.js'
import { STATUS_DESCRIPTION_LIMIT, statusDescription, statusState } from '../src/render/status.js'
import {
  ANNOTATION_MESSAGE_BYTES,
  ANNOTATION_TITLE_CHARS,
  CHECK_SUMMARY_BYTES,
  CHECK_TITLE_CHARS,
  renderCheckRun
} from '../src/render/check-run.js'
import { clip, clipBytes } from '../src/render/limits.js'
import { liveParts, renderGfm } from '../harness/gfm.js'
import { countStates } from '../src/verdict/states.js'

function item(over: Partial<Omit<ReportItem, 'summary'>> & { summary?: string | Phrase }): ReportItem {
  const parts = typeof over.summary === 'string' ? authored(over.summary) : (over.summary ?? ['ok'])
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
    url: null,
    fix: null,
    ...over,
    summary: markdownOf(parts),
    summary_parts: parts
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
    expect(liveParts(hostile, { hosts: ['github.com'], pr: 7 })).toEqual([])
  })

  it('keeps the code spans of a summary and neutralises everything between them', () => {
    const body = renderComment(
      report([item({ state: 'fail', summary: ['by ', { code: '@alice' }, ' and @bob <script>'] })])
    )
    expect(body).toContain('by `@alice` and @\u200bbob \\<script>')
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
    // Outside text: the `#7` in it is not linked.
    const shown = warning.replace('#7', '#\u200b7')
    expect(body).toContain(`> [!WARNING]\n> - ${shown}\n`)
    expect(body.indexOf('[!WARNING]')).toBeLessThan(body.indexOf('passed, signed off or skipped'))
    expect(renderCheckRun(r).summary).toContain(`> - ${shown}`)
  })

  it('are left out when there are none, and cannot ping or inject HTML', () => {
    expect(renderComment(report([item({ state: 'pass' })], 'pass'))).not.toContain('[!WARNING]')
    const hostile = renderComment({
      ...report([item({ state: 'pass' })], 'pass'),
      warnings: ['@acme/all <img src=x>']
    })
    expect(hostile).toContain('> - @\u200bacme/all \\<img src=x>')
    expect(liveParts(hostile, { hosts: ['github.com'], pr: 7 })).toEqual([])
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

describe('untrusted text, rendered as GitHub renders it', () => {
  // Each is a way outside text has been seen to go live in a PR comment.
  const HOSTILE = [
    '@octocat',
    '@acme/security-team',
    '#1',
    'GH-2',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<a href="https://evil.example">x</a>',
    '[click](https://evil.example/a)',
    '![pixel](https://evil.example/p.png)',
    '[ref]: https://evil.example/ref',
    '[ref]',
    '<https://evil.example/auto>',
    'https://evil.example/bare',
    'www.evil.example',
    'someone@evil.example',
    '<!-- readiness-gate checklist=x -->',
    '`` ` ``](https://evil.example)',
    '```',
    '\n# heading\n- [x] forged task\n<details>',
    '&lt;img src=x&gt; &#64;octocat',
    '\\',
    '*',
    '|a|b|\n|-|-|'
  ]

  const everyPlace = (hostile: string): Report => {
    const r = report(
      [
        item({
          id: 'ci',
          title: hostile,
          state: 'fail',
          summary: [{ code: hostile }, ' (failure) ', hostile],
          fix: `Rename \`${hostile}\` ${hostile}`,
          url: 'https://github.com/acme/shop/runs/1'
        }),
        item({ id: 'pentest', title: hostile, state: 'manual', owner: hostile, summary: [hostile] }),
        item({ id: 'adv', title: hostile, state: 'fail', required: false, summary: [hostile] }),
        item({
          id: 'done',
          title: hostile,
          state: 'pass',
          summary: [{ text: hostile, url: 'javascript:alert(1)' }]
        })
      ].map(i => ({ ...i, section: hostile, groups: [hostile] }))
    )
    r.title = hostile
    r.checklist_edit = {
      status: 'changed',
      changes: [{ kind: 'relaxed', id: hostile, title: hostile, detail: `\`${hostile}\` → ${hostile}` }]
    }
    return r
  }

  it.each(HOSTILE)('nothing live survives from %j in the comment or the check-run summary', hostile => {
    const r = everyPlace(hostile)
    for (const md of [renderComment(r), renderCheckRun(r).summary]) {
      expect(liveParts(md, { hosts: ['github.com'], pr: 7 })).toEqual([])
      // The text is still there for a reader: the rendered page shows the hostile text whole.
      expect(md.length).toBeGreaterThan(0)
    }
  })

  it('shows a name with backticks whole, inside one code element', () => {
    const name = 'a ``` b ` c'
    const html = renderGfm(renderComment(report([item({ state: 'fail', summary: [{ code: name }] })])))
    expect(html).toContain(`<code>${name}</code>`)
  })

  it('keeps the gate’s own links and the PR reference live', () => {
    const md = renderComment(report([item({ state: 'fail', url: 'https://github.com/acme/shop/runs/9' })]))
    expect(renderGfm(md)).toContain('<a href="https://github.com/acme/shop/runs/9">evidence</a>')
    expect(liveParts(md, { hosts: ['github.com'], pr: 7 })).toEqual([])
  })

  it('proves the check: the same text unescaped would have gone live', () => {
    expect(liveParts('@octocat [x](https://evil.example) <img src=x>', { hosts: ['github.com'] })).toEqual([
      'link https://evil.example',
      'tag <img src=x>',
      'reference @octocat'
    ])
  })
})

describe('exact limits', () => {
  const many = (n: number, title: string) =>
    Array.from({ length: n }, (_, i) =>
      item({ id: `i${i}`, title, state: 'fail', summary: ['x'.repeat(200)] })
    )

  it('cuts the comment, edit notice included, to at most 65,536 characters', () => {
    for (const n of [250, 300, 320, 400]) {
      const r = many(n, 'A title')
      const rep = report(r)
      rep.checklist_edit = {
        status: 'changed',
        changes: Array.from({ length: 25 }, (_, i) => ({
          kind: 'relaxed' as const,
          id: `x${i}`,
          title: 't'.repeat(2000),
          detail: 'd'.repeat(2000)
        }))
      }
      const body = renderComment(rep, { notices: ['n'.repeat(3000)] })
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    }
  })

  it.each([
    [-1, true],
    [0, true],
    [1, false]
  ])('posts a comment of 65,536 characters %i whole (%s), or cut to fit', (delta, whole) => {
    const withSummary = (n: number) =>
      renderComment(report([item({ id: 'x', state: 'fail', summary: ['a'.repeat(n)] })]), {
        notices: ['A note.']
      })
    const n = 1 + COMMENT_LIMIT - withSummary(1).length + delta
    const body = withSummary(n)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.length === COMMENT_LIMIT + delta).toBe(whole)
    expect(body.includes('a'.repeat(n))).toBe(whole)
    expect(body.includes('1 more item not shown here (size limit)')).toBe(!whole)
  })

  it.each([
    [-1, true],
    [0, true],
    [1, false]
  ])('posts a check-run summary of 65,535 bytes %i whole (%s), or cut to fit', (delta, whole) => {
    // Two bytes a character (é), and one item whose summary ends the report once: its size is exact.
    const withSummary = (n: number) =>
      renderCheckRun(report([item({ id: 'x', state: 'fail', summary: ['a', 'é'.repeat(n)] })])).summary
    const fixed = Buffer.byteLength(withSummary(0))
    const even = (CHECK_SUMMARY_BYTES - fixed) % 2 === 0
    // Pad with one ASCII character when the room is odd, so the summary can hit the limit exactly.
    const pad = (n: number) =>
      renderCheckRun(report([item({ id: 'x', state: 'fail', summary: [even ? 'a' : 'ab', 'é'.repeat(n)] })]))
        .summary
    const n = Math.floor((CHECK_SUMMARY_BYTES - fixed - (even ? 0 : 1)) / 2)
    const exact = pad(n)
    expect(Buffer.byteLength(exact)).toBe(CHECK_SUMMARY_BYTES)
    const size = delta === -1 ? n - 1 : delta === 0 ? n : n + 1
    const summary = pad(size)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(CHECK_SUMMARY_BYTES)
    expect(summary.includes('é'.repeat(size))).toBe(whole)
    expect(summary.includes('not shown here (size limit)')).toBe(!whole)
  })

  it('fills the comment up to the limit, not far below it', () => {
    const body = renderComment(report(many(2000, 'A title')))
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 600)
  })

  it('cuts the check-run summary to 65,535 UTF-8 bytes even when every character takes four', () => {
    const out = renderCheckRun(report(many(3000, '😀'.repeat(100))))
    expect(Buffer.byteLength(out.summary)).toBeLessThanOrEqual(CHECK_SUMMARY_BYTES)
    expect(Buffer.byteLength(out.summary)).toBeGreaterThan(CHECK_SUMMARY_BYTES - 1200)
  })

  it.each([254, 255, 256])('clips annotation and output titles of %i characters to 255', n => {
    const out = renderCheckRun(report([item({ title: 't'.repeat(n - ' (fail)'.length), state: 'fail' })]))
    expect(out.annotations[0].title.length).toBe(Math.min(n, ANNOTATION_TITLE_CHARS))
    expect(out.annotations[0].title.endsWith('…')).toBe(n > ANNOTATION_TITLE_CHARS)
    expect(out.title.length).toBeLessThanOrEqual(CHECK_TITLE_CHARS)
  })

  it.each([-1, 0, 1])('clips an annotation message at 64 KB %i', delta => {
    const size = ANNOTATION_MESSAGE_BYTES + delta
    const out = renderCheckRun(report([item({ state: 'fail', summary: ['é'.repeat(size / 2)] })]))
    const bytes = Buffer.byteLength(out.annotations[0].message)
    expect(bytes).toBeLessThanOrEqual(ANNOTATION_MESSAGE_BYTES)
    expect(out.annotations[0].message.endsWith('…')).toBe(Math.floor(size / 2) * 2 > ANNOTATION_MESSAGE_BYTES)
  })

  it.each([139, 140, 141])('keeps a status description of %i characters within 140', n => {
    const r = report([])
    r.errors = [{ file: 'f', message: 'm'.repeat(n - 'Configuration error: '.length) }]
    const d = statusDescription(r)
    expect(d.length).toBe(Math.min(n, STATUS_DESCRIPTION_LIMIT))
    expect(d.endsWith('…')).toBe(n > STATUS_DESCRIPTION_LIMIT)
  })
})

describe('clipping', () => {
  it('never splits a surrogate pair', () => {
    expect(clip('ab😀', 3)).toBe('ab…')
    expect(clip('a😀b', 3)).toBe('a…')
    expect(clipBytes('😀😀', 7)).toBe('😀…')
    expect(clipBytes('😀😀', 6)).toBe('…')
    expect(clipBytes('a😀bc', 6)).toBe('a…')
  })
})
