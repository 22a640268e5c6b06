/**
 * Markdown checklists are read as GitHub renders them. Every expectation here was written by hand
 * from how github.com renders the Markdown (CommonMark + GFM task lists): a line that GitHub shows as a
 * checkbox is an item, and nothing else is.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ChecklistItem } from '../src/checklist/model.js'
import { parseMarkdownChecklist } from '../src/checklist/markdown.js'
import { parseChecklistFile } from '../src/checklist/parse-file.js'
import type { ParseResult } from '../src/checklist/parse.js'

const FILE = 'docs/READINESS.md'
const parse = (md: string): ParseResult =>
  parseMarkdownChecklist(md, { file: FILE, ref: 'main', today: '2026-11-29' })

function parsed(md: string) {
  const result = parse(md)
  if (!result.ok) throw new Error(result.errors.map(e => `${e.line}:${e.column} ${e.message}`).join('\n'))
  return result.checklist
}

/** "Section › group › title" for every item, groups included, in file order. */
function outline(md: string): string[] {
  const out: string[] = []
  const visit = (trail: string[], item: ChecklistItem) => {
    out.push([...trail, item.title].join(' › '))
    item.items?.forEach(child => visit([...trail, item.title], child))
  }
  for (const s of parsed(md).sections) s.items.forEach(i => visit([s.title], i))
  return out
}

function leaves(md: string): ChecklistItem[] {
  const out: ChecklistItem[] = []
  const visit = (item: ChecklistItem) => (item.items ? item.items.forEach(visit) : out.push(item))
  parsed(md).sections.forEach(s => s.items.forEach(visit))
  return out
}

function errorsOf(md: string) {
  const result = parse(md)
  if (result.ok) throw new Error('expected a configuration error')
  return result.errors
}

describe('what GitHub renders as a checkbox is an item, and nothing else', () => {
  it('ignores task syntax in fenced code (backticks and tildes) and indented code', () => {
    const md = [
      '## Ship',
      '',
      '```markdown',
      '- [ ] in a fence',
      '```',
      '',
      '~~~',
      '- [ ] in a tilde fence',
      '~~~',
      '',
      '    - [ ] indented code',
      '',
      '- [ ] Real item'
    ].join('\n')
    expect(outline(md)).toEqual(['Ship › Real item'])
  })

  it('ignores HTML blocks and HTML comments, but reads Markdown after a blank line inside <details>', () => {
    const md = [
      '## Ship',
      '<div>',
      '- [ ] inside an HTML block',
      '</div>',
      '',
      '<!--',
      '- [ ] commented out',
      '-->',
      '',
      '<details><summary>More</summary>',
      '',
      '- [ ] Inside details',
      '',
      '</details>'
    ].join('\n')
    expect(outline(md)).toEqual(['Ship › Inside details'])
  })

  it('reads task items inside block quotes, nested quotes included', () => {
    const md = ['## Ship', '', '> - [ ] Quoted', '> > - [x] Quoted twice', '', '- [ ] Plain'].join('\n')
    expect(outline(md)).toEqual(['Ship › Quoted', 'Ship › Quoted twice', 'Ship › Plain'])
  })

  it('reads `*`, `+` and ordered task lists', () => {
    const md = [
      '## Ship',
      '',
      '* [ ] Star',
      '',
      '+ [ ] Plus',
      '',
      '1. [ ] One',
      '2. [x] Two',
      '',
      '7) [ ] Paren'
    ].join('\n')
    expect(outline(md)).toEqual(['Ship › Star', 'Ship › Plus', 'Ship › One', 'Ship › Two', 'Ship › Paren'])
  })

  it('joins a lazy continuation line into the title, as GitHub renders one paragraph', () => {
    const md = [
      '## Ship',
      '',
      '- [ ] Backups are',
      'restored weekly',
      '- [ ] Indented',
      '  continuation'
    ].join('\n')
    expect(outline(md)).toEqual(['Ship › Backups are restored weekly', 'Ship › Indented continuation'])
  })

  it('reads tabs as whitespace around the box', () => {
    expect(outline('## Ship\n\n-\t[ ]\tTabbed item\n- [ ] Spaced item\n')).toEqual([
      'Ship › Tabbed item',
      'Ship › Spaced item'
    ])
  })

  it('needs whitespace after the box: `[ ]x` and `[]` are text', () => {
    const md = ['## Ship', '', '- [ ]no space', '- [] empty brackets', '- [ ] Real'].join('\n')
    expect(outline(md)).toEqual(['Ship › Real'])
  })

  it('reads setext headings as headings', () => {
    const md = ['Launch plan', '===========', '', 'Security', '--------', '', '- [ ] Pen test done'].join(
      '\n'
    )
    const checklist = parsed(md)
    expect(checklist.title).toBe('Launch plan')
    expect(outline(md)).toEqual(['Security › Pen test done'])
  })

  it('does not read link reference definitions as items', () => {
    expect(outline('## Ship\n\n[x]: https://example.com\n[ ]: https://example.com\n- [ ] Real\n')).toEqual([
      'Ship › Real'
    ])
  })

  it('puts task items under the lone title heading into a section named after it', () => {
    const md = '# Release 2.0\n\n- [ ] Tagged\n'
    expect(parsed(md).title).toBe('Release 2.0')
    expect(outline(md)).toEqual(['Release 2.0 › Tagged'])
  })

  it('reads a task list nested in a plain list item', () => {
    expect(outline('## Ship\n\n- Before release:\n  - [ ] Tag pushed\n')).toEqual(['Ship › Tag pushed'])
  })

  it('says a file of tables and prose without task items has no items (a configuration error)', () => {
    const md = [
      '# Launch',
      '',
      '| Done | Item |',
      '| --- | --- |',
      '| [ ] | Backups |',
      '',
      'Some prose.'
    ].join('\n')
    expect(errorsOf(md)).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 1,
        column: 1,
        message: expect.stringContaining('has no items')
      })
    ])
  })

  it('skips YAML front matter and takes its title', () => {
    const md = [
      '---',
      'title: Release 2.0',
      'note: "- [ ] not an item"',
      '---',
      '',
      '## Ship',
      '',
      '- [ ] Real'
    ].join('\n')
    expect(parsed(md).title).toBe('Release 2.0')
    expect(outline(md)).toEqual(['Ship › Real'])
  })

  it('reads CRLF line endings: titles without carriage returns, lines counted once', () => {
    const md = '## Ship\r\n\r\n- [ ] First\r\n- [ ] Second\r\n  wrapped\r\n'
    expect(leaves(md).map(i => [i.title, i.line, i.column])).toEqual([
      ['First', 3, 1],
      ['Second wrapped', 4, 1]
    ])
  })

  it('reads a file that starts with a byte-order mark, positions as an editor shows them', () => {
    const md = '\uFEFF- [ ] First\n- [ ] Second\n'
    const checklist = parsed(md)
    expect(checklist.sections.map(s => s.title)).toEqual(['Checklist'])
    expect(leaves(md).map(i => [i.id, i.title, i.line, i.column])).toEqual([
      ['first', 'First', 1, 1],
      ['second', 'Second', 2, 1]
    ])
  })

  it('keeps a title as written: code spans, emphasis and symbols', () => {
    expect(outline('## S\n\n- [ ] Changed `.env` *now* — p95 < 200ms & 80%\n')).toEqual([
      'S › Changed `.env` *now* — p95 < 200ms & 80%'
    ])
  })
})

describe('structure', () => {
  const md = [
    '# Launch checklist',
    '',
    'Intro text.',
    '',
    '## 🔒 Security',
    '',
    '- [ ] Secrets management',
    '  - [ ] No secrets in code',
    '  - [x] Vault configured',
    '- [ ] CORS configured',
    '',
    '## Go/No-Go',
    '',
    '### GO criteria',
    '',
    '- [ ] All tests passing',
    '',
    '### 🎉 Launch form',
    '',
    '**Date**: ____',
    '',
    '## Contacts',
    '',
    '- **Lead**: [Name]'
  ].join('\n')

  it('makes sections of headings holding task items and groups of deeper headings and nested tasks', () => {
    const checklist = parsed(md)
    expect(checklist.title).toBe('Launch checklist')
    expect(checklist.sections.map(s => [s.title, s.line])).toEqual([
      ['🔒 Security', 5],
      ['Go/No-Go', 12]
    ])
    expect(outline(md)).toEqual([
      '🔒 Security › Secrets management',
      '🔒 Security › Secrets management › No secrets in code',
      '🔒 Security › Secrets management › Vault configured',
      '🔒 Security › CORS configured',
      'Go/No-Go › GO criteria',
      'Go/No-Go › GO criteria › All tests passing'
    ])
  })

  it('positions items and records their boxes', () => {
    const [noSecrets, vault, cors, tests] = leaves(md)
    expect([noSecrets.line, noSecrets.column, noSecrets.checkbox]).toEqual([8, 3, { checked: false }])
    expect(vault.checkbox).toEqual({ checked: true })
    expect([cors.line, cors.column]).toEqual([10, 1])
    expect(tests.id).toBe('all-tests-passing')
  })

  it('gives ids from slugs, prefixing the parent id where a slug repeats', () => {
    const twice = [
      '## API',
      '- [ ] Rate limiting',
      '- [ ] Deployment',
      '  - [ ] Error handling',
      '## Tests',
      '- [ ] Error handling',
      '- [ ] Unit tests',
      '  - [ ] Error handling'
    ].join('\n')
    const ids = leaves(twice).map(i => i.id)
    expect(ids).toEqual([
      'rate-limiting',
      'deployment-error-handling',
      'tests-error-handling',
      'unit-tests-error-handling'
    ])
    // Stable: adding, removing or editing other items leaves these ids as they are.
    const edited = twice.replace('- [ ] Rate limiting', '- [ ] Rate limits enforced\n- [ ] New item')
    expect(leaves(edited).map(i => i.id)).toEqual(['rate-limits-enforced', 'new-item', ...ids.slice(1)])
  })

  it('asks for an annotation id when one slug repeats under the same parent', () => {
    const errors = errorsOf('## S\n- [ ] Same\n- [ ] Same\n')
    expect(errors[0]).toMatchObject({
      file: FILE,
      line: 3,
      column: 1,
      message: expect.stringContaining('duplicate id')
    })
  })
})

describe('annotations', () => {
  it('give an item its YAML keys', () => {
    const md = [
      '## Security',
      '- [ ] Pen test <!-- readiness: { id: pentest, owner: "@acme/security" } -->',
      '- [ ] Lint passes <!-- readiness: { check: { type: checks, name: lint } } -->',
      '- [ ] Vault <!-- readiness: {required: false} -->'
    ].join('\n')
    expect(leaves(md).map(i => [i.id, i.title, i.owner, i.check, i.required])).toEqual([
      ['pentest', 'Pen test', '@acme/security', undefined, true],
      ['lint-passes', 'Lint passes', undefined, { type: 'checks', name: 'lint' }, true],
      ['vault', 'Vault', undefined, undefined, false]
    ])
  })

  it('are checked by the YAML schema, errors at the .md file, line and column of the key', () => {
    const md = ['## Security', '', '- [ ] Pen test <!-- readiness: { ownr: "@acme/security" } -->'].join('\n')
    expect(errorsOf(md)).toEqual([
      expect.objectContaining({
        file: FILE,
        ref: 'main',
        line: 3,
        column: 34,
        message: 'readiness annotation: unknown key `ownr`',
        fix: expect.stringContaining('Did you mean `owner`?')
      })
    ])
    const badType = '## S\n- [ ] Lint <!-- readiness: { check: { type: chekcs, name: lint } } -->'
    expect(errorsOf(badType)[0]).toMatchObject({
      line: 2,
      column: 45,
      message: 'item `lint`: unknown check type `chekcs`',
      fix: expect.stringContaining('Did you mean `checks`?')
    })
    const badValue =
      '## S\n- [ ] Cov <!-- readiness: { check: { type: coverage, min: 120, artifact: cov } } -->'
    expect(errorsOf(badValue)[0]).toMatchObject({
      line: 2,
      column: 59,
      message: expect.stringMatching(/^item `cov`: `check.min` is 120/)
    })
  })

  it('report YAML syntax errors, annotations on no item and `title` keys', () => {
    expect(errorsOf('## S\n- [ ] X <!-- readiness: { id: [ } -->')[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining('YAML syntax')
    })
    expect(errorsOf('## S\n- [ ] X\n\n<!-- readiness: { id: x } -->\n')[0]).toMatchObject({
      line: 4,
      column: 1,
      message: expect.stringContaining('annotates nothing')
    })
    expect(errorsOf('## S\n- [ ] X <!-- readiness: { title: Y } -->')[0]).toMatchObject({
      message: 'readiness annotation: unknown key `title`'
    })
  })

  it('apply the YAML rules: a group with a check is an error at the group', () => {
    const md = '## S\n- [ ] G <!-- readiness: { check: { type: reviews } } -->\n  - [ ] Child\n'
    expect(errorsOf(md)[0]).toMatchObject({
      line: 2,
      column: 1,
      message: 'item `g`: has both `check` and `items`'
    })
  })
})

describe('bounds', () => {
  it('refuses nesting deeper than any checklist needs, before parsing it, with the line', () => {
    const md = `## S\n\n- [ ] ok\n${'>'.repeat(5000)} - [ ] deep\n`
    expect(errorsOf(md)).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 4,
        column: 1,
        message: expect.stringContaining('256 columns')
      })
    ])
  })

  it('refuses items inside more than 32 groups', () => {
    const md = `## S\n${Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i}`).join('\n')}\n`
    expect(errorsOf(md)[0]).toMatchObject({
      line: 35,
      message: expect.stringContaining('groups nest at most 32 deep')
    })
  })
})

describe('any text', () => {
  // Pieces of Markdown and annotations in any order: the parser answers with a checklist or with
  // positioned errors, never by throwing.
  const piece = fc.constantFrom(
    '- [ ] a',
    '- [x] b',
    '  - [ ] c',
    '> ',
    '## H',
    '### G',
    '```',
    '    ',
    '<!-- readiness: { id: x } -->',
    '<!-- readiness: { check: { type: checks } } -->',
    '<!-- readiness: [',
    '<div>',
    '---',
    '\t',
    '\r\n',
    '\n',
    '\uFEFF',
    '1. [ ] d',
    '| a |',
    'text'
  )
  it('gives a checklist or positioned errors, never an exception', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), pieces => {
        const result = parse(pieces.join(''))
        expect(result.ok || result.errors.every(e => (e.line ?? 0) >= 1 && (e.column ?? 0) >= 1)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })
})

describe('parseChecklistFile', () => {
  it('reads .md as Markdown and anything else as YAML', async () => {
    const options = { file: 'x.md', today: '2026-11-29' }
    await expect(parseChecklistFile('## S\n- [ ] A\n', options)).resolves.toMatchObject({ ok: true })
    await expect(parseChecklistFile('## S\n- [ ] A\n', { ...options, file: 'x.yml' })).resolves.toMatchObject(
      {
        ok: false
      }
    )
  })
})
