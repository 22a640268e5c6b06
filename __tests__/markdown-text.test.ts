// The serialiser's shortcuts write exactly what the long way writes: the fast `text` handler
// (src/text/plain-text.ts) what the library's own handler writes, for any text in any construct the
// gate builds and more; lines and phrases written in one pass what each writes alone.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { PhrasingContent, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { SETTINGS, itemMarkdown, itemsMarkdown, markdownOf, markdownsOf } from '../src/text/markdown.js'
import type { Phrase } from '../src/text/phrase.js'

const LIBRARY = { ...SETTINGS, handlers: {} }
const ours = (nodes: RootContent[]) => toMarkdown({ type: 'root', children: nodes }, SETTINGS)
const library = (nodes: RootContent[]) => toMarkdown({ type: 'root', children: nodes }, LIBRARY)

/** Every character some escaping pattern names, whitespace and line endings, letters and more. */
const characters = fc.constantFrom(
  ...'\t\r\n !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u007f\u0000\u001fabcxyz019 ÄéΩ✅—·›\u200b'.split(''),
  'www.',
  'http://',
  '@acme',
  '#12',
  '<!--',
  '```',
  '   '
)
const value = fc.array(characters, { maxLength: 12 }).map(parts => parts.join(''))

const phrasing: fc.Arbitrary<PhrasingContent> = fc.letrec<{ node: PhrasingContent }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    value.map(v => ({ type: 'text', value: v }) as PhrasingContent),
    value.map(v => ({ type: 'text', value: v }) as PhrasingContent),
    value.map(v => ({ type: 'inlineCode', value: v }) as PhrasingContent),
    fc.constantFrom('<br>', '<sub>', '</sub>').map(v => ({ type: 'html', value: v }) as PhrasingContent),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map(children => ({ type: 'strong', children }) as PhrasingContent),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map(children => ({ type: 'emphasis', children }) as PhrasingContent),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map(children => ({ type: 'delete', children }) as PhrasingContent),
    fc
      .tuple(value, fc.array(tie('node'), { maxLength: 2 }))
      .map(([url, children]) => ({ type: 'link', url: `https://x.test/${url}`, children }) as PhrasingContent)
  )
})).node
const line = fc.array(phrasing, { minLength: 1, maxLength: 5 })

/** The constructs a report puts text in: paragraphs, list items and tasks, headings, tables, quotes. */
const block: fc.Arbitrary<RootContent> = fc.oneof(
  line.map(children => ({ type: 'paragraph', children }) as RootContent),
  fc.tuple(line, fc.constantFrom(undefined, false, true)).map(
    ([children, checked]) =>
      ({
        type: 'list',
        ordered: false,
        spread: false,
        children: [{ type: 'listItem', spread: false, checked, children: [{ type: 'paragraph', children }] }]
      }) as RootContent
  ),
  fc
    .tuple(line, fc.integer({ min: 1, max: 6 }))
    .map(([children, depth]) => ({ type: 'heading', depth, children }) as RootContent),
  fc.tuple(line, line).map(
    ([a, b]) =>
      ({
        type: 'table',
        children: [
          { type: 'tableRow', children: [{ type: 'tableCell', children: a }] },
          { type: 'tableRow', children: [{ type: 'tableCell', children: b }] }
        ]
      }) as RootContent
  ),
  line.map(children => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] }) as RootContent)
)

describe('the fast text handler', () => {
  it('writes what the library writes, for any text in any construct', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 3 }), nodes => {
        expect(ours(nodes)).toBe(library(nodes))
      }),
      { numRuns: 1000 }
    )
  })

  it('escapes a space or tab beside a line ending as the library does: at a line’s start and end', () => {
    const cases: [PhrasingContent[], string][] = [
      [[{ type: 'text', value: ' lead' }], '&#x20;lead'],
      [[{ type: 'text', value: 'trail ' }], 'trail&#x20;'],
      [[{ type: 'text', value: '\tlead' }], '&#x9;lead'],
      [
        [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: ' after' }],
        'a\\\n&#x20;after'
      ],
      [[{ type: 'text', value: 'a b' }], 'a b']
    ]
    for (const [children, written] of cases) {
      const nodes: RootContent[] = [{ type: 'paragraph', children }]
      expect(ours(nodes)).toBe(`${written}\n`)
      expect(library(nodes)).toBe(`${written}\n`)
    }
  })
})

describe('writing in one pass', () => {
  const item = fc.tuple(line, fc.constantFrom(undefined, false)).map(([children, checked]) => ({
    type: 'listItem' as const,
    spread: false,
    checked,
    children: [{ type: 'paragraph' as const, children }]
  }))
  it('gives each list item the line it gets alone', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), items => {
        expect(itemsMarkdown(items)).toEqual(items.map(itemMarkdown))
      }),
      { numRuns: 300 }
    )
  })

  const phrase: fc.Arbitrary<Phrase> = fc.array(
    fc.oneof(
      value,
      value.map(code => ({ code })),
      fc.tuple(value, value).map(([t, u]) => ({ text: t, url: `https://x.test/${u}` }))
    ),
    { maxLength: 4 }
  )
  it('gives each phrase the Markdown it gets alone', () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), phrases => {
        expect(markdownsOf(phrases)).toEqual(phrases.map(markdownOf))
      }),
      { numRuns: 300 }
    )
  })
})
