/**
 * The project's own source document, checklist/PRODUCTION_CHECKLIST.md (the seed, kept unchanged),
 * loads as a Markdown checklist: every `- [ ]` entry is an item with its exact text, in its section
 * and group, and nothing else is. And it has the same items, titles and structure as
 * checklist/production.yml, the YAML translation.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseMarkdownChecklist } from '../src/checklist/markdown.js'
import type { Checklist, ChecklistItem } from '../src/checklist/model.js'
import { parseChecklist } from '../src/checklist/parse.js'

const SEED = 'checklist/PRODUCTION_CHECKLIST.md'
const seedText = readFileSync(SEED, 'utf8')
const options = { file: SEED, today: '2026-11-29' }

function load(result: ReturnType<typeof parseChecklist>): Checklist {
  if (!result.ok) throw new Error(result.errors.map(e => `${e.line}:${e.column} ${e.message}`).join('\n'))
  return result.checklist
}

const markdown = load(parseMarkdownChecklist(seedText, options))
const yaml = load(parseChecklist(readFileSync('checklist/production.yml', 'utf8'), options))

interface Entry {
  trail: string
  line: number
  kind: 'group' | 'item'
}

function entries(checklist: Checklist, heading: (title: string) => string = t => t): Entry[] {
  const out: Entry[] = []
  const visit = (trail: string[], item: ChecklistItem) => {
    const here = [...trail, item.items && !item.checkbox ? heading(item.title) : item.title]
    out.push({ trail: here.join(' › '), line: item.line, kind: item.items ? 'group' : 'item' })
    item.items?.forEach(child => visit(here, child))
  }
  for (const s of checklist.sections) s.items.forEach(i => visit([heading(s.title)], i))
  return out
}

/**
 * What the seed says, read line by line as a person reads this one file: `## ` opens a section,
 * `### ` a group within it, an indented `- [ ]` belongs to the unindented one above it.
 */
function expectedFromLines(text: string): Entry[] {
  const out: Entry[] = []
  let section = ''
  let sub: string | undefined
  let subLine = 0
  let parent: Entry | undefined
  text.split('\n').forEach((line, i) => {
    const h2 = /^## (.*)$/.exec(line)
    const h3 = /^### (.*)$/.exec(line)
    const task = /^( *)- \[ \] (.*)$/.exec(line)
    if (h2) [section, sub, parent] = [h2[1], undefined, undefined]
    else if (h3) [sub, subLine, parent] = [h3[1], i + 1, undefined]
    else if (task) {
      const top = task[1] === ''
      const trail = top ? [section, ...(sub ? [sub] : [])] : [parent!.trail]
      if (top && sub && !out.some(e => e.trail === `${section} › ${sub}`))
        out.push({ trail: `${section} › ${sub}`, line: subLine, kind: 'group' })
      const entry: Entry = { trail: [...trail, task[2]].join(' › '), line: i + 1, kind: 'item' }
      if (!top) parent!.kind = 'group'
      else parent = entry
      out.push(entry)
    }
  })
  return out
}

describe('checklist/PRODUCTION_CHECKLIST.md as a Markdown checklist', () => {
  it('is the seed, unchanged: every task line is unchecked `- [ ] ` and there are 177 of them', () => {
    expect(seedText.match(/^ *- \[ \] /gm)).toHaveLength(177)
    expect(seedText).not.toMatch(/\[[xX]\]/)
  })

  it('has every `- [ ]` entry as an item with its exact text, section, group and line, and nothing else', () => {
    const got = entries(markdown)
    expect(got).toEqual(expectedFromLines(seedText))
    // The `### ✅ GO Criteria` heading is a group at its heading's line; every other entry is a task line.
    expect(got.find(e => e.trail.endsWith('GO Criteria (all must be YES)'))).toEqual({
      trail: '🚦 Go/No-Go Decision › ✅ GO Criteria (all must be YES)',
      line: 234,
      kind: 'group'
    })
    const taskLines = seedText.split('\n').flatMap((l, i) => (/^ *- \[ \] /.test(l) ? [i + 1] : []))
    expect(got.filter(e => e.line !== 234).map(e => e.line)).toEqual(taskLines)
  })

  it('takes the title from the lone level-1 heading and leaves the form, contacts and prose out', () => {
    expect(markdown.title).toBe('✅ PRODUCTION DEPLOYMENT CHECKLIST')
    expect(markdown.sections.map(s => s.title)).not.toContain('📞 Emergency Contacts')
    const titles = entries(markdown).map(e => e.trail)
    for (const t of titles) expect(t).not.toMatch(/_{3,}|\[Name\]|Production Launch|Remember/)
  })

  it('gives every item a unique id, prefixed only where a title repeats', () => {
    const ids: string[] = []
    const visit = (i: ChecklistItem) => (ids.push(i.id), i.items?.forEach(visit))
    markdown.sections.forEach(s => s.items.forEach(visit))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining([
        'changed-default-passwords-in-env',
        'api-deployment-error-handling-tested',
        'unit-tests-passed-error-handling-tested',
        'go-criteria-all-must-be-yes',
        'stakeholders-approved'
      ])
    )
  })
})

describe('the seed and checklist/production.yml', () => {
  /** The YAML titles its sections and the GO criteria without their emoji. */
  const withoutEmoji = (title: string) =>
    title.replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+/u, '').trim()

  it('have the same item titles and structure (sections and heading groups compared without emoji)', () => {
    const shape = (c: Checklist) => entries(c, withoutEmoji).map(e => `${e.kind}: ${e.trail}`)
    expect(shape(yaml)).toEqual(shape(markdown))
  })

  it('differ in section titles only by their emoji', () => {
    expect(yaml.sections.map(s => s.title)).toEqual(markdown.sections.map(s => withoutEmoji(s.title)))
    expect(markdown.sections.map(s => s.title)).not.toEqual(yaml.sections.map(s => s.title))
  })
})
