import { Document, stringify, type YAMLMap, type YAMLSeq } from 'yaml'
import type { Checklist, ChecklistItem } from './model.js'
import { suggestCheck } from './suggest.js'

export const SCHEMA_URL =
  'https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklist/schema.json'

export interface ImportResult {
  yaml: string
  items: number
  suggested: number
}

/**
 * A checklist (parsed from Markdown) as a YAML checklist with the same ids, titles and structure.
 * Manual items whose title names evidence the gate can read get a suggested check from the phrase
 * table, written as a comment to review and uncomment; a checked box becomes a comment too, since
 * only a `signoff` (or the box in a committed Markdown file) signs an item off.
 */
export function checklistToYaml(checklist: Checklist, source: string): ImportResult {
  let items = 0
  let suggested = 0
  const plain = (item: ChecklistItem): Record<string, unknown> => ({
    id: item.id,
    title: item.title,
    ...(item.description !== undefined ? { description: item.description } : {}),
    ...(item.required ? {} : { required: false }),
    ...(item.owner !== undefined ? { owner: item.owner } : {}),
    ...(item.check ? { check: item.check } : {}),
    ...(item.signoff ? { signoff: { ...item.signoff, url: undefined } } : {}),
    ...(item.items ? { items: item.items.map(plain) } : {})
  })
  const doc = new Document({
    version: 1,
    ...(checklist.title ? { title: checklist.title } : {}),
    sections: checklist.sections.map(s => ({ title: s.title, items: s.items.map(plain) }))
  })
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_URL}`,
    ` Imported from ${oneLine(source)} by \`readiness-gate import\`. Comments starting "suggested" are`,
    ' checks the phrase table proposes: review each, then uncomment it. Then run `readiness-gate validate`.'
  ].join('\n')

  // Walk the YAML nodes beside the items: flow style for checks, comments for suggestions.
  const annotate = (node: YAMLMap, item: ChecklistItem) => {
    if (item.items) {
      const children = node.get('items') as YAMLSeq<YAMLMap>
      item.items.forEach((child, i) => annotate(children.items[i], child))
      return
    }
    items++
    const check = node.get('check') as YAMLMap | undefined
    if (check) check.flow = true
    const signoff = node.get('signoff') as YAMLMap | undefined
    if (signoff) signoff.flow = true
    const notes: string[] = []
    if (item.checkbox?.checked && !item.signoff && !item.check)
      notes.push(' checked in the Markdown: a sign-off needs `signoff: { by: "@who", date: YYYY-MM-DD }`')
    const suggestion = !item.check ? suggestCheck(item.title) : undefined
    if (suggestion) {
      suggested++
      notes.push(
        ` suggested — review ${oneLine(suggestion.review)}, then uncomment:`,
        ` check: ${stringify(suggestion.check, { collectionStyle: 'flow' }).trim()}`
      )
    }
    if (notes.length > 0) node.comment = notes.join('\n')
  }
  const sections = doc.get('sections') as YAMLSeq<YAMLMap>
  checklist.sections.forEach((section, s) => {
    const nodes = sections.items[s].get('items') as YAMLSeq<YAMLMap>
    section.items.forEach((item, i) => annotate(nodes.items[i], item))
  })
  return { yaml: doc.toString({ lineWidth: 0 }), items, suggested }
}

/** A comment is one line: a line break in outside text would end it and start YAML. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
