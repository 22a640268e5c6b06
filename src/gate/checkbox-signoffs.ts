import type { Checkbox, Checklist, ChecklistItem } from '../checklist/model.js'
import type { Target } from '../event/target.js'
import { explainApiError, toApiError } from '../github/api-error.js'
import { BLAME_ENDPOINT, fileBlame, rangeOf } from '../github/blame.js'
import type { Gateway } from '../github/gateway.js'
import type { BlameRange } from '../github/shapes.js'
import { code, link, say } from '../text/phrase.js'

/**
 * A checked box (`- [x]`) on a manual item of a Markdown checklist is a sign-off by the author of the
 * commit that last changed that line, dated by that commit and linked to it: the GraphQL blame of the
 * file says who. Only the copy the gate judges by counts (the base branch's on PRs): a box checked in
 * a PR's own copy signs nothing off. When the blame cannot be read the item is `unknown`, never a pass.
 */
export async function attributeCheckedBoxes(
  checklist: Checklist,
  gateway: Gateway,
  path: string,
  target: Target
): Promise<Checklist> {
  const checked = leaves(checklist).filter(i => i.checkbox?.checked && !i.check && !i.signoff)
  if (checked.length === 0) return checklist

  if (target.pr && target.checklistRef === target.pr.headSha) {
    const unverified: Checkbox['unverified'] = {
      state: 'manual',
      reason: say`the box is checked in the PR's own copy of ${code(path)}, which signs nothing off`,
      fix: `Check the box on ${target.pr.baseRef}: a checked box is a sign-off by the author of the commit that checked it there.`
    }
    for (const item of checked) item.checkbox = { checked: true, unverified }
    return checklist
  }

  let ranges: BlameRange[]
  try {
    ranges = await fileBlame(gateway, target.checklistRef, path)
  } catch (error) {
    const { reason, fix } = explainApiError(toApiError(error, BLAME_ENDPOINT), 'contents: read')
    const unverified: Checkbox['unverified'] = {
      state: 'unknown',
      reason: say`the box is checked, but who checked it could not be read (the blame of ${code(path)}): ${reason}`,
      fix
    }
    for (const item of checked) item.checkbox = { checked: true, unverified }
    return checklist
  }

  for (const item of checked) {
    const range = rangeOf(ranges, item.line)
    const login = range?.commit.author?.user?.login
    if (!range || !login) {
      item.checkbox = {
        checked: true,
        unverified: {
          state: 'unknown',
          reason: range
            ? say`the box is checked in commit ${link(range.commit.oid.slice(0, 7), range.commit.url)}, whose author (${range.commit.author?.name ?? 'unnamed'}) is no GitHub account`
            : say`the box is checked, but the blame of ${code(path)} does not cover line ${item.line}`,
          fix: 'Check the box in a commit authored by the person who signs off, with an email linked to their GitHub account.'
        }
      }
      continue
    }
    item.signoff = {
      by: `@${login}`,
      date: new Date(range.commit.committedDate).toISOString().slice(0, 10),
      note: `checked the box in ${range.commit.oid.slice(0, 7)}`,
      url: range.commit.url
    }
  }
  return checklist
}

function leaves(checklist: Checklist): ChecklistItem[] {
  const out: ChecklistItem[] = []
  const visit = (item: ChecklistItem) => (item.items ? item.items.forEach(visit) : out.push(item))
  checklist.sections.forEach(s => s.items.forEach(visit))
  return out
}
