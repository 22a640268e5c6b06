// What GitHub would make of the gate's Markdown: rendered by micromark with the GFM extensions (the
// reference CommonMark + GFM implementation), raw HTML let through as GitHub lets safe HTML through.
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true })
}

/** The HTML the gate itself writes; anything else in the output came from somewhere else. */
const OWN_TAGS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'code',
  'h3',
  'h4',
  'blockquote',
  'details',
  'summary',
  'sub',
  'br',
  'a',
  'input',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td'
])

/**
 * Everything in rendered Markdown that would be live on GitHub although the gate did not make it:
 * tags it never writes, links to hosts other than `allowedHosts`, images, raw HTML comments other than
 * the gate's marker, @mentions and #references outside code.
 */
export function liveParts(markdown: string, own: { hosts: string[]; pr?: number }): string[] {
  const html = renderGfm(markdown)
  const found: string[] = []
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = m[2].toLowerCase()
    if (!OWN_TAGS.has(tag)) found.push(`tag <${tag}${m[3]}>`)
    if (tag === 'a' && m[1] === '') {
      const href = /href="([^"]*)"/.exec(m[3])?.[1] ?? ''
      const host = /^https?:\/\/([^/]+)/i.exec(href)?.[1]
      if (!host || !own.hosts.includes(host)) found.push(`link ${href}`)
    }
    if (tag === 'input' && !/type="checkbox"/.test(m[3])) found.push(`input ${m[3]}`)
  }
  const comments = html.match(/<!--[\s\S]*?-->/g) ?? []
  for (const c of comments)
    if (!/^<!-- readiness-gate checklist=[^ ]+ -->$/.test(c)) found.push(`comment ${c}`)
  if (comments.length > 1) found.push(`${comments.length} HTML comments`)
  // GitHub's own autolinks, outside code: @user, @org/team, #123, GH-123.
  const prose = html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' ')
  for (const m of prose.matchAll(/(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?|(?<![&\w])#\d+|\bGH-\d+/g)) {
    if (m[0] !== `#${own.pr}`) found.push(`reference ${m[0]}`)
  }
  return found
}
