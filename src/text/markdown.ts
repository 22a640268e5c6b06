/**
 * Markdown is built as a syntax tree (mdast) and written by mdast-util-to-markdown with the GFM
 * extensions, which escapes text for the context it stands in. Text from outside the gate (check
 * names, file paths, alert titles, the PR's own checklist copy) only ever enters as `text` or
 * `inlineCode` nodes, so it cannot become a link, an image, HTML, a heading or the gate's marker.
 * GitHub adds what CommonMark does not know — @mentions and #references — so text nodes also break
 * those with a zero-width space.
 */
import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown } from 'mdast-util-to-markdown'
import { authored, isCode, type Phrase } from './phrase.js'
import { text as plainText } from './plain-text.js'

const ZWSP = '\u200b'

/**
 * Outside text made inert for GitHub: one line, no @mention, no #123 / GH-123 reference, and no
 * `<!--` that could read as the gate's marker even when escaped.
 */
export function inert(value: string, options: { references?: boolean } = {}): string {
  const line = value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/<!--/g, `<${ZWSP}!--`)
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
  // A link's own label cannot autolink again, so `#12` may stand there as it is.
  if (options.references === false) return line
  return line.replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
}

/** Outside text (or text that holds some): escaped, and made inert. */
export const text = (value: string): PhrasingContent => ({ type: 'text', value: inert(value) })
/** The gate's own words (e.g. "head of #42", which should link): escaped, nothing more. */
export const words = (value: string): PhrasingContent => ({ type: 'text', value })
export const inlineCode = (value: string): PhrasingContent => ({
  type: 'inlineCode',
  value: value.replace(/[\r\n\u2028\u2029]+/g, ' ')
})
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children })
/** The gate's own inline HTML (`<br>`, `<sub>`): never built from outside text. */
export const html = (value: '<br>' | '<sub>' | '</sub>'): PhrasingContent => ({ type: 'html', value })

/** A link to http(s) only; the label is text like any other. */
export function linkNode(label: string, url: string | null | undefined): PhrasingContent {
  if (!url || !/^https?:\/\//i.test(url)) return text(label)
  return { type: 'link', url, children: [{ type: 'text', value: inert(label, { references: false }) }] }
}

/** A phrase as mdast: plain parts are text, names are inline code, links are links. */
export function phrasing(p: Phrase): PhrasingContent[] {
  return p.map(part =>
    typeof part === 'string'
      ? text(part)
      : isCode(part)
        ? inlineCode(part.code)
        : linkNode(part.text, part.url)
  )
}

/** Text the gate wrote with `backticks` around names (fixes, configuration errors) as mdast. */
export const authoredPhrasing = (value: string): PhrasingContent[] => phrasing(authored(value))

export const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children })

/** A list item; `checked: false` makes it a GFM task (an outstanding manual item). */
export function listItem(children: PhrasingContent[], checked?: boolean): ListItem {
  return { type: 'listItem', spread: false, checked, children: [paragraph(...children)] }
}

/** The serialiser's settings, built once: a report serialises a line per item, thousands at scale. */
export const SETTINGS: Parameters<typeof toMarkdown>[1] = {
  extensions: [gfmToMarkdown()],
  // The same output as the library's own handler, without its cost on text that needs no escape.
  handlers: { text: plainText },
  bullet: '-',
  listItemIndent: 'one',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true
}

/** Serialises nodes as GitHub-flavoured Markdown. */
export function serialize(nodes: RootContent[]): string {
  return toMarkdown({ type: 'root', children: nodes }, SETTINGS).trimEnd()
}

/** A tight bullet list. */
const tightList = (children: ListItem[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children
})

/** One list item as a line (a list of one: consecutive items join into one list). */
export const itemMarkdown = (item: ListItem): string => serialize([tightList([item])])

/**
 * Each of `xs` as `alone` writes it, in one pass of the serialiser over `together`, split at
 * `between`: each pass builds its own state (handlers, patterns), which at thousands of lines was a
 * large share of a run's garbage. Should the pass ever not split into one piece per x, each is
 * written alone.
 */
function inOnePass<T>(
  xs: T[],
  alone: (x: T) => string,
  together: (xs: T[]) => RootContent[],
  between: string | RegExp
): string[] {
  if (xs.length < 2) return xs.map(alone)
  const pieces = serialize(together(xs))
    .split(between)
    .map(piece => piece.trimEnd())
  return pieces.length === xs.length ? pieces : xs.map(alone)
}

/** List items as itemMarkdown writes each (an item's further lines are indented; the next starts with the bullet). */
export const itemsMarkdown = (items: ListItem[]): string[] =>
  inOnePass(items, itemMarkdown, children => [tightList(children)], /\n(?=- )/)

/** Inline nodes as Markdown for a line the gate composes around them. */
export const inlineMarkdown = (...children: PhrasingContent[]): string => serialize([paragraph(...children)])

/** A phrase as one line of safe Markdown (the JSON report's `summary`). */
export const markdownOf = (p: Phrase): string => inlineMarkdown(...phrasing(p))

/** Phrases as markdownOf writes each, in one pass of the serialiser. */
export const markdownsOf = (phrases: Phrase[]): string[] =>
  inOnePass(phrases, markdownOf, ps => ps.map(p => paragraph(...phrasing(p))), '\n\n')
