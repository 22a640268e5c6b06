/**
 * How each leaf of a checklist is verified — by an outcome (a run, a deployment, a number, a live
 * answer), by configuration (a file's content, the repository's rules) or by a person (a sign-off) —
 * and the per-section table of it for docs/production-checklist.md. Pure, no src/ imports: it reads
 * the YAML as data, so `npm run docs` and __tests__/production-table.test.ts share exactly this code.
 */
import { parse } from 'yaml'

export type EvidenceKind = 'outcome' | 'configuration' | 'person'

/** The kind of evidence each check type reads. A type missing here is an error, never a guess. */
export const KIND_OF_TYPE: Record<string, EvidenceKind> = {
  checks: 'outcome',
  coverage: 'outcome',
  'code-scanning': 'outcome',
  'secret-scanning': 'outcome',
  dependabot: 'outcome',
  reviews: 'outcome',
  workflow: 'outcome',
  deployment: 'outcome',
  metric: 'outcome',
  http: 'outcome',
  file: 'configuration',
  'branch-rules': 'configuration'
}

const RANK: Record<EvidenceKind, number> = { person: 0, configuration: 1, outcome: 2 }

interface RawItem {
  id: string
  title: string
  check?: { type: string; items?: string | string[]; sections?: string | string[] }
  items?: RawItem[]
}
interface RawChecklist {
  sections: { title: string; items: RawItem[] }[]
}

export interface Leaf {
  id: string
  section: string
  kind: EvidenceKind
}

const many = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/**
 * Every leaf with its kind. A roll-up (`items`) is as strong as the weakest leaf it names: naming
 * an item a person signs off makes it, honestly, a person's word.
 */
export function classifyLeaves(yamlText: string): Leaf[] {
  const checklist = parse(yamlText) as RawChecklist
  const byRef = new Map<string, RawItem[]>()
  const leavesOf = (item: RawItem): RawItem[] => (item.items ? item.items.flatMap(leavesOf) : [item])
  const sectionLeaves = new Map<string, RawItem[]>()
  const sectionOf = new Map<RawItem, string>()
  const index = (item: RawItem, path: string, section: string) => {
    byRef.set(item.id, leavesOf(item))
    byRef.set(path, leavesOf(item))
    if (!item.items) sectionOf.set(item, section)
    item.items?.forEach(child => index(child, `${path}/${child.id}`, section))
  }
  for (const s of checklist.sections) {
    s.items.forEach(item => index(item, item.id, s.title))
    sectionLeaves.set(s.title, s.items.flatMap(leavesOf))
  }
  const kinds = new Map<RawItem, EvidenceKind>()
  const kindOf = (item: RawItem, seen: Set<RawItem>): EvidenceKind => {
    const known = kinds.get(item)
    if (known) return known
    let kind: EvidenceKind
    if (!item.check) kind = 'person'
    else if (item.check.type === 'items') {
      if (seen.has(item)) throw new Error(`roll-up \`${item.id}\` names itself`)
      const named = [
        ...many(item.check.items).flatMap(r => byRef.get(r) ?? []),
        ...many(item.check.sections).flatMap(t => sectionLeaves.get(t) ?? [])
      ]
      const own = named.map(n => kindOf(n, new Set([...seen, item])))
      kind = own.reduce<EvidenceKind>((w, k) => (RANK[k] < RANK[w] ? k : w), 'outcome')
    } else {
      const k = KIND_OF_TYPE[item.check.type]
      if (!k)
        throw new Error(`no evidence kind for the check type \`${item.check.type}\`: add it to KIND_OF_TYPE`)
      kind = k
    }
    kinds.set(item, kind)
    return kind
  }
  return [...sectionOf].map(([item, section]) => ({ id: item.id, section, kind: kindOf(item, new Set()) }))
}

export interface SectionRow {
  section: string
  outcome: number
  configuration: number
  person: number
  total: number
}

/** Per section, in the file's order, and a total row last. */
export function sectionTable(leaves: readonly Leaf[]): SectionRow[] {
  const rows: SectionRow[] = []
  const row = (section: string, of: readonly Leaf[]): SectionRow => ({
    section,
    outcome: of.filter(l => l.kind === 'outcome').length,
    configuration: of.filter(l => l.kind === 'configuration').length,
    person: of.filter(l => l.kind === 'person').length,
    total: of.length
  })
  for (const section of [...new Set(leaves.map(l => l.section))])
    rows.push(
      row(
        section,
        leaves.filter(l => l.section === section)
      )
    )
  rows.push(row('All sections', leaves))
  return rows
}

const pct = (n: number, of: number) => `${of === 0 ? 0 : Math.round((n / of) * 100)}%`

/** The table as Markdown, with the share verified by machine (outcome + configuration). */
export function productionTableMarkdown(yamlText: string): string {
  const rows = sectionTable(classifyLeaves(yamlText))
  const lines = [
    '| Section | Outcome | Configuration | Person | Leaf items | By machine |',
    '| --- | --: | --: | --: | --: | --: |',
    ...rows.map((r, i) => {
      const cells = [
        r.section,
        r.outcome,
        r.configuration,
        r.person,
        r.total,
        pct(r.outcome + r.configuration, r.total)
      ]
      return `| ${cells.map(c => (i === rows.length - 1 ? `**${c}**` : String(c))).join(' | ')} |`
    })
  ]
  const all = rows[rows.length - 1]
  return `${lines.join('\n')}\n\nOf ${all.total} leaf items, ${all.outcome} (${pct(all.outcome, all.total)}) are verified by an outcome, ${all.configuration} (${pct(all.configuration, all.total)}) by configuration and ${all.person} (${pct(all.person, all.total)}) by a person's sign-off.`
}

/** The README's short form: per section, how many leaf items each kind of evidence verifies. */
export function productionSummaryMarkdown(yamlText: string): string {
  const rows = sectionTable(classifyLeaves(yamlText))
  const all = rows[rows.length - 1]
  return [
    '| Section | Outcome | Configuration | Person |',
    '| --- | --: | --: | --: |',
    ...rows.slice(0, -1).map(r => `| ${r.section} | ${r.outcome} | ${r.configuration} | ${r.person} |`),
    `| **All ${all.total}** | **${pct(all.outcome, all.total)}** | **${pct(all.configuration, all.total)}** | **${pct(all.person, all.total)}** |`
  ].join('\n')
}
