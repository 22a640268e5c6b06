import { durationMs } from './duration.js'
import type { Checklist, ChecklistItem } from './model.js'
import type { CheckSpec } from './schema.js'

/** One way a PR's copy of the checklist differs from the base's, as a person should read it. */
export interface ChecklistChange {
  kind: 'added' | 'removed' | 'relaxed' | 'tightened' | 'changed'
  id: string
  title: string
  /** What changed, e.g. "`min` 80 → 70". */
  detail?: string
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const

/**
 * Compares the base checklist with the PR's own copy. The gate always judges by the base copy;
 * this only tells reviewers what the PR would change once merged, relaxations first.
 */
export function diffChecklists(base: Checklist, head: Checklist): ChecklistChange[] {
  const before = flatten(base)
  const after = flatten(head)
  const changes: ChecklistChange[] = []
  for (const [id, b] of before) {
    const h = after.get(id)
    if (!h) {
      changes.push({ kind: 'removed', id, title: b.item.title })
      continue
    }
    changes.push(...compareItems(b, h))
  }
  for (const [id, h] of after) if (!before.has(id)) changes.push({ kind: 'added', id, title: h.item.title })
  changes.push(...compareSettings(base, head))
  // A change not provably stricter is read like a relaxation: right after them.
  const order = ['removed', 'relaxed', 'changed', 'added', 'tightened']
  return changes.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind))
}

interface Flat {
  item: ChecklistItem
  /** Effective: the item and all its groups are required. */
  required: boolean
}

function flatten(checklist: Checklist): Map<string, Flat> {
  const out = new Map<string, Flat>()
  const visit = (item: ChecklistItem, parentRequired: boolean) => {
    const required = parentRequired && item.required
    out.set(item.id, { item, required })
    item.items?.forEach(child => visit(child, required))
  }
  checklist.sections.forEach(s => s.items.forEach(i => visit(i, true)))
  return out
}

function compareItems(b: Flat, h: Flat): ChecklistChange[] {
  const { id } = b.item
  const title = b.item.title
  const out: ChecklistChange[] = []
  const add = (kind: ChecklistChange['kind'], detail: string) => out.push({ kind, id, title, detail })

  if (b.required && !h.required) add('relaxed', 'no longer required')
  if (!b.required && h.required) add('tightened', 'now required')
  if (b.item.check && !h.item.check) add('relaxed', `\`${b.item.check.type}\` check removed`)
  if (!b.item.check && h.item.check) add('tightened', `\`${h.item.check.type}\` check added`)
  if (b.item.check && h.item.check) {
    if (b.item.check.type !== h.item.check.type)
      add('relaxed', `check changed from \`${b.item.check.type}\` to \`${h.item.check.type}\``)
    else for (const [kind, detail] of compareChecks(b.item.check, h.item.check)) add(kind, detail)
  }
  const bo = b.item.owners ?? []
  const ho = h.item.owners ?? []
  const newOwners = ho.filter(o => !bo.includes(o))
  // More people who may sign off is a relaxation; fewer only changes who answers.
  if (newOwners.length > 0) add('relaxed', `may now be signed off by ${newOwners.join(', ')}`)
  else if (bo.length !== ho.length) add('changed', `owner now ${ho.join(', ') || 'none'}`)
  const bs = b.item.signoff
  const hs = h.item.signoff
  if (!bs && hs) add('relaxed', `sign-off added (by ${hs.by} on ${hs.date})`)
  // Markdown: a box checked in the PR's copy becomes a sign-off by whoever commits it to the base.
  const manual = !h.item.check && !h.item.items
  if (manual && !hs && h.item.checkbox?.checked && !b.item.checkbox?.checked)
    add('relaxed', 'box checked (a sign-off once merged)')
  else if (bs && hs && (bs.by !== hs.by || bs.date !== hs.date || bs.expires !== hs.expires)) {
    add(
      later(hs.expires, bs.expires) ? 'relaxed' : 'changed',
      `sign-off changed (by ${hs.by} on ${hs.date}${hs.expires ? `, expires ${hs.expires}` : ''})`
    )
  }
  return out
}

/** Top-level settings of sign-offs and waivers: who may, for how long, and what is waived. */
function compareSettings(base: Checklist, head: Checklist): ChecklistChange[] {
  const out: ChecklistChange[] = []
  const add = (kind: ChecklistChange['kind'], id: string, detail: string) =>
    out.push({ kind, id, title: 'checklist setting', detail })
  const added = (head.approvers ?? []).filter(a => !(base.approvers ?? []).includes(a))
  if (added.length > 0)
    add('relaxed', 'approvers', `adds ${added.join(', ')}: they may sign off and waive anything`)
  if (!base.selfSignoff && head.selfSignoff)
    add('relaxed', 'self-signoff', 'allowed: a PR author may sign off their own PR')
  const bAge = base.signoffMaxAge
  const hAge = head.signoffMaxAge
  if (bAge !== hAge) {
    const longer = hAge === undefined || (bAge !== undefined && durationMs(hAge) > durationMs(bAge))
    add(longer ? 'relaxed' : 'tightened', 'signoff-max-age', `${bAge ?? 'none'} → ${hAge ?? 'none'}`)
  }
  const key = (w: { item: string; until: string }) => `${w.item} until ${w.until}`
  const before = new Set((base.waivers ?? []).map(key))
  for (const w of head.waivers ?? [])
    if (!before.has(key(w))) add('relaxed', 'waivers', `waives \`${w.item}\` until ${w.until} (by ${w.by})`)
  return out
}

/** `a` expires later than `b` (undefined is never). */
function later(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return false
  if (a === undefined) return true
  return b !== undefined && a > b
}

type Verdict = [ChecklistChange['kind'], string]

/**
 * What changed in one check's parameters. Known rules classify the parameters they understand
 * (relaxed, or tightened only when provably stricter); every other parameter that differs is
 * reported as `changed`, so no edit of a check goes unmentioned, parameters added later included.
 */
function compareChecks(b: CheckSpec, h: CheckSpec): Verdict[] {
  const out = knownRules(b, h)
  const before = b as Record<string, unknown>
  const after = h as Record<string, unknown>
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  for (const key of keys) {
    if (key === 'type' || RULED[b.type].includes(key)) continue
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      out.push(['changed', `\`${key}\` ${shown(before[key])} → ${shown(after[key])}`])
  }
  return out
}

/** The parameters each check type's known rules cover; the rest are compared generically. */
const RULED: Record<CheckSpec['type'], readonly string[]> = {
  checks: ['name', 'allow'],
  coverage: ['min', 'max-drop', 'artifact', 'status', 'path'],
  'code-scanning': ['max', 'severity', 'tool'],
  dependabot: ['max', 'severity'],
  'secret-scanning': ['max'],
  file: ['path', 'contains', 'not-contains', 'match', 'absent'],
  reviews: ['min', 'fresh'],
  'branch-rules': ['require-checks', 'require-reviews'],
  items: ['items', 'sections'],
  http: ['max-ms', 'tls-days', 'headers', 'redirects-to-https', 'follow'],
  workflow: ['allow', 'max-age'],
  deployment: ['max-age', 'sha', 'protected'],
  metric: ['min', 'max', 'max-age']
}

function shown(v: unknown): string {
  if (v === undefined) return 'unset'
  if (Array.isArray(v)) return `[${v.map(shown).join(', ')}]`
  return `\`${String(v)}\``
}

function knownRules(b: CheckSpec, h: CheckSpec): Verdict[] {
  const out: Verdict[] = []
  const lower = (key: string, x: number | undefined, y: number | undefined, dflt: number) => {
    const [from, to] = [x ?? dflt, y ?? dflt]
    if (to < from) out.push(['relaxed', `\`${key}\` ${from} → ${to}`])
    if (to > from) out.push(['tightened', `\`${key}\` ${from} → ${to}`])
  }
  const higherIsLooser = (key: string, x: number | undefined, y: number | undefined, dflt: number) => {
    const [from, to] = [x ?? dflt, y ?? dflt]
    if (to > from) out.push(['relaxed', `\`${key}\` ${from} → ${to}`])
    if (to < from) out.push(['tightened', `\`${key}\` ${from} → ${to}`])
  }
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])
  const dropped = (key: string, x: string[], y: string[]) => {
    const gone = x.filter(v => !y.includes(v))
    if (gone.length > 0)
      out.push(['relaxed', `\`${key}\` no longer lists ${gone.map(g => `\`${g}\``).join(', ')}`])
    const added = y.filter(v => !x.includes(v))
    if (added.length > 0)
      out.push(['changed', `\`${key}\` now lists ${added.map(g => `\`${g}\``).join(', ')}`])
  }
  /** `{ key: true | value }` maps (`match`, `headers`): a key dropped, or a value turned into "any", relaxes. */
  const keyed = (name: string, x: Record<string, true | string>, y: Record<string, true | string>) => {
    const gone = Object.keys(x).filter(k => !(k in y))
    if (gone.length > 0)
      out.push(['relaxed', `\`${name}\` no longer checks ${gone.map(g => `\`${g}\``).join(', ')}`])
    for (const k of Object.keys(y)) {
      if (!(k in x)) out.push(['changed', `\`${name}\` now checks \`${k}\``])
      else if (x[k] !== true && y[k] === true)
        out.push(['relaxed', `\`${name}\` \`${k}\` ${shown(x[k])} → any value`])
      else if (x[k] !== y[k]) out.push(['changed', `\`${name}\` \`${k}\` ${shown(x[k])} → ${shown(y[k])}`])
    }
  }
  const severity = (x: keyof typeof SEVERITY_RANK | undefined, y: keyof typeof SEVERITY_RANK | undefined) => {
    const [from, to] = [x ?? 'high', y ?? 'high']
    if (SEVERITY_RANK[to] > SEVERITY_RANK[from])
      out.push(['relaxed', `\`severity\` ${from} → ${to} (fewer alerts count)`])
    if (SEVERITY_RANK[to] < SEVERITY_RANK[from]) out.push(['tightened', `\`severity\` ${from} → ${to}`])
  }

  // A longer `max-age` accepts older evidence; none at all accepts any age.
  const maxAge = (x: string | undefined, y: string | undefined) => {
    if (x === y) return
    const [from, to] = [
      x === undefined ? Infinity : durationMs(x),
      y === undefined ? Infinity : durationMs(y)
    ]
    const words = `\`max-age\` ${x ?? 'unset'} → ${y ?? 'unset'}`
    out.push([to > from ? 'relaxed' : to < from ? 'tightened' : 'changed', words])
  }
  const bound = (key: 'min' | 'max', x: number | undefined, y: number | undefined) => {
    if (x === y) return
    const open = key === 'min' ? -Infinity : Infinity
    const [from, to] = [x ?? open, y ?? open]
    const looser = key === 'min' ? to < from : to > from
    out.push([looser ? 'relaxed' : 'tightened', `\`${key}\` ${x ?? 'unset'} → ${y ?? 'unset'}`])
  }

  switch (b.type) {
    case 'workflow': {
      const hc = h as typeof b
      const [allowB, allowH] = [b.allow ?? ['success'], hc.allow ?? ['success']]
      const widened = allowH.filter(c => !allowB.includes(c))
      if (widened.length > 0)
        out.push(['relaxed', `\`allow\` widened with ${widened.map(c => `\`${c}\``).join(', ')}`])
      else if (allowB.some(c => !allowH.includes(c))) out.push(['tightened', '`allow` narrowed'])
      maxAge(b['max-age'], hc['max-age'])
      break
    }
    case 'deployment': {
      const hc = h as typeof b
      maxAge(b['max-age'], hc['max-age'])
      if (b.protected && !hc.protected) out.push(['relaxed', '`protected` turned off'])
      if (!b.protected && hc.protected) out.push(['tightened', '`protected` turned on'])
      const [shaB, shaH] = [b.sha ?? 'any', hc.sha ?? 'any']
      if (shaB !== shaH) out.push([shaH === 'any' ? 'relaxed' : 'tightened', `\`sha\` ${shaB} → ${shaH}`])
      break
    }
    case 'metric': {
      const hc = h as typeof b
      bound('min', b.min, hc.min)
      bound('max', b.max, hc.max)
      maxAge(b['max-age'], hc['max-age'])
      break
    }
    case 'checks': {
      const hc = h as typeof b
      dropped('name', list(b.name), list(hc.name))
      const allowB = b.allow ?? ['success', 'neutral', 'skipped']
      const allowH = hc.allow ?? ['success', 'neutral', 'skipped']
      const widened = allowH.filter(c => !allowB.includes(c))
      const narrowed = allowB.filter(c => !allowH.includes(c))
      if (widened.length > 0)
        out.push(['relaxed', `\`allow\` widened with ${widened.map(c => `\`${c}\``).join(', ')}`])
      else if (narrowed.length > 0)
        out.push(['tightened', `\`allow\` no longer accepts ${narrowed.map(c => `\`${c}\``).join(', ')}`])
      break
    }
    case 'coverage': {
      const hc = h as typeof b
      lower('min', b.min, hc.min, 0)
      if (hc['max-drop'] !== undefined || b['max-drop'] !== undefined) {
        higherIsLooser('max-drop', b['max-drop'], hc['max-drop'], Infinity)
      }
      if (b.artifact !== hc.artifact || b.status !== hc.status || b.path !== hc.path)
        out.push(['changed', 'coverage source changed'])
      break
    }
    case 'code-scanning':
    case 'dependabot': {
      const hc = h as typeof b
      higherIsLooser('max', b.max, hc.max, 0)
      severity(b.severity, hc.severity)
      if (b.type === 'code-scanning') {
        // Naming a tool counts only its alerts: fewer than every tool's.
        const [from, to] = [b.tool, (hc as typeof b).tool]
        if (from === undefined && to !== undefined) out.push(['relaxed', `\`tool\` narrowed to \`${to}\``])
        else if (from !== undefined && to === undefined)
          out.push(['tightened', '`tool` removed (every tool counts)'])
        else if (from !== to) out.push(['changed', `\`tool\` ${from} → ${to}`])
      }
      break
    }
    case 'secret-scanning':
      higherIsLooser('max', b.max, (h as typeof b).max, 0)
      break
    case 'file': {
      const hc = h as typeof b
      dropped('path', list(b.path), list(hc.path))
      dropped('contains', list(b.contains), list(hc.contains))
      dropped('not-contains', list(b['not-contains']), list(hc['not-contains']))
      if (b.absent && !hc.absent) out.push(['relaxed', '`absent` removed'])
      if (!b.absent && hc.absent) out.push(['changed', '`absent: true` added'])
      keyed('match', b.match ?? {}, hc.match ?? {})
      break
    }
    case 'reviews': {
      const hc = h as typeof b
      lower('min', b.min, hc.min, 1)
      if (b.fresh && !hc.fresh) out.push(['relaxed', '`fresh` turned off'])
      if (!b.fresh && hc.fresh) out.push(['tightened', '`fresh` turned on'])
      break
    }
    case 'items': {
      const hc = h as typeof b
      dropped('items', list(b.items), list(hc.items))
      dropped('sections', list(b.sections), list(hc.sections))
      break
    }
    case 'http': {
      const hc = h as typeof b
      higherIsLooser('max-ms', b['max-ms'], hc['max-ms'], Infinity)
      lower('tls-days', b['tls-days'], hc['tls-days'], 0)
      keyed('headers', b.headers ?? {}, hc.headers ?? {})
      if (b['redirects-to-https'] && !hc['redirects-to-https'])
        out.push(['relaxed', '`redirects-to-https` removed'])
      if (!b['redirects-to-https'] && hc['redirects-to-https'])
        out.push(['tightened', '`redirects-to-https` added'])
      if (!b.follow && hc.follow)
        out.push(['relaxed', '`follow` turned on (a redirect is no longer judged itself)'])
      if (b.follow && !hc.follow) out.push(['changed', '`follow` turned off'])
      break
    }
    case 'branch-rules': {
      const hc = h as typeof b
      dropped('require-checks', b['require-checks'] ?? [], hc['require-checks'] ?? [])
      lower('require-reviews', b['require-reviews'], hc['require-reviews'], 0)
      break
    }
  }
  return out
}

/** What the PR under review does to the checklist file; it takes effect only after merge. */
export type ChecklistEdit =
  | { status: 'changed'; changes: ChecklistChange[] }
  | { status: 'deleted' }
  | { status: 'invalid'; error: string }
