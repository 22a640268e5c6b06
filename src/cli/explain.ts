import type { Checklist, ChecklistItem } from '../checklist/model.js'
import { MANUAL_NEEDS, MARKDOWN_MANUAL_NEEDS, needsOf, type Needs } from '../evaluate/needs.js'
import { terminalSafe } from '../text/terminal.js'
import { DEFAULT_CHECKLIST, positioned, readChecklistFile } from './checklist-file.js'
import { EXIT, type Io } from './io.js'
import { phraseText } from './terminal.js'

/** What the gate posts, as the action's `status` and `comment` inputs say. */
export interface Publishing {
  status: 'commit-status' | 'check-run' | 'both' | 'none'
  comment: 'auto' | 'never'
}

/** The `permissions:` keys in the order docs/permissions.md lists them. */
const ORDER = [
  'contents',
  'checks',
  'statuses',
  'pull-requests',
  'actions',
  'security-events',
  'vulnerability-alerts'
]

/** `explain [file]`: each item and the evidence it needs, then the job's `permissions:` block. */
export async function explain(file: string | undefined, publishing: Publishing, io: Io): Promise<number> {
  const path = file ?? DEFAULT_CHECKLIST
  const parsed = await readChecklistFile(path, io)
  if (!parsed.ok) {
    for (const e of parsed.errors) io.out(positioned(e))
    return EXIT.fail
  }
  io.out(explanation(parsed.checklist, path, publishing, io.color))
  return EXIT.pass
}

type Colors = Io['color']

/** The explanation as text: pure, so tests read it without a terminal. */
export function explanation(checklist: Checklist, path: string, publishing: Publishing, c: Colors): string {
  const lines: string[] = [c.bold(terminalSafe(`${checklist.title ?? 'Checklist'} (${path})`)), '']
  const all: Needs[] = []
  const visit = (item: ChecklistItem, depth: number, required: boolean) => {
    const indent = '  '.repeat(depth)
    const blocking = required && item.required
    const tags = [
      item.items ? 'group' : item.check ? undefined : 'manual',
      blocking ? undefined : 'advisory',
      item.owner ? `owner ${item.owner}` : undefined,
      item.signoff ? `signed off by ${item.signoff.by} on ${item.signoff.date}` : undefined
    ].filter(Boolean)
    lines.push(
      `${indent}${c.cyan(terminalSafe(item.id))} — ${terminalSafe(item.title)}${tags.length > 0 ? c.dim(terminalSafe(` [${tags.join(' · ')}]`)) : ''}`
    )
    if (item.items) {
      for (const child of item.items) visit(child, depth + 1, blocking)
      return
    }
    const needs = item.check ? needsOf(item.check) : item.checkbox ? MARKDOWN_MANUAL_NEEDS : MANUAL_NEEDS
    all.push(needs)
    lines.push(`${indent}  evidence: ${phraseText(needs.evidence, c)}`)
    if (needs.permissions.length > 0) lines.push(`${indent}  needs: ${needs.permissions.join(', ')}`)
  }
  for (const section of checklist.sections) {
    lines.push(c.bold(terminalSafe(section.title)))
    for (const item of section.items) visit(item, 1, true)
    lines.push('')
  }
  lines.push('The job that runs the gate needs:', '', permissionsBlock(all, publishing))
  const notes = [...new Set(all.flatMap(n => n.notes))]
  if (notes.length > 0) lines.push('', 'Notes:', ...notes.map(n => `  - ${n}`))
  return lines.join('\n')
}

/**
 * The `permissions:` block for the job: the reads every item needs, what the gate posts, and why
 * each key is there. `write` includes `read`, so a key needed both ways is asked for once.
 */
export function permissionsBlock(needs: readonly Needs[], publishing: Publishing): string {
  const keys = new Map<string, { level: 'read' | 'write'; why: string[] }>()
  const add = (permission: string, why: string) => {
    const [key, level] = permission.split(': ') as [string, 'read' | 'write']
    const entry = keys.get(key) ?? { level, why: [] }
    if (level === 'write') entry.level = 'write'
    if (!entry.why.includes(why)) entry.why.push(why)
    keys.set(key, entry)
  }
  add('contents: read', 'read the checklist')
  for (const n of needs) {
    for (const p of n.permissions) add(p, `${n.type} items`)
  }
  if (needs.some(n => n.notes.some(note => note.includes('own job'))))
    add('actions: read', "recommended: recognise the gate's own job")
  if (publishing.status === 'commit-status' || publishing.status === 'both')
    add('statuses: write', 'post the verdict as a commit status')
  if (publishing.status === 'check-run' || publishing.status === 'both')
    add('checks: write', 'post the verdict as a check run')
  if (publishing.comment === 'auto') add('pull-requests: write', 'the sticky PR comment')
  const sorted = [...keys].sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
  const width = Math.max(...sorted.map(([key, e]) => `${key}: ${e.level}`.length))
  return [
    'permissions:',
    ...sorted.map(([key, e]) => `  ${`${key}: ${e.level}`.padEnd(width)} # ${e.why.join('; ')}`)
  ].join('\n')
}
