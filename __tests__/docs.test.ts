// The documentation holds together: every relative link and #anchor in the Markdown resolves inside the
// repository, every source path it names exists, the README keeps its size, nothing points at documents
// outside the repository, and the Node.js version contributors use is the one the action and CI run.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, sep } from 'node:path'
import { marked, type Token, type Tokens } from 'marked'
import { parse } from 'yaml'

const ROOT = process.cwd()

/** The Markdown documentation: the root documents and every page of docs/. */
const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync('docs')
    .filter(f => f.endsWith('.md'))
    .sort()
    .map(f => `docs/${f}`)
]

/** A heading's text as GitHub renders it: code spans, emphasis and links reduced to their text. */
function plainText(tokens: readonly Token[] = []): string {
  return tokens
    .map(t => {
      if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) return plainText(t.tokens)
      return 'text' in t && typeof t.text === 'string' ? t.text : ''
    })
    .join('')
}

/**
 * GitHub's heading anchors: lower case, every character that is not a letter, a digit, a space, `-` or
 * `_` dropped, spaces turned into `-`; a repeated slug gets `-1`, `-2`, … in order.
 */
function slugs(headings: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return headings.map(text => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    return n === 0 ? base : `${base}-${n}`
  })
}

interface Parsed {
  links: string[]
  anchors: Set<string>
  codeSpans: string[]
}

const parsed = new Map<string, Parsed>()
function parseDocument(file: string): Parsed {
  let doc = parsed.get(file)
  if (!doc) {
    const tokens = marked.lexer(readFileSync(file, 'utf8'))
    const links: string[] = []
    const headings: string[] = []
    const codeSpans: string[] = []
    marked.walkTokens(tokens, token => {
      if (token.type === 'link' || token.type === 'image') links.push((token as Tokens.Link).href)
      if (token.type === 'heading') headings.push(plainText((token as Tokens.Heading).tokens))
      if (token.type === 'codespan') codeSpans.push((token as Tokens.Codespan).text)
    })
    doc = { links, anchors: new Set(slugs(headings)), codeSpans }
    parsed.set(file, doc)
  }
  return doc
}

/** What is wrong with a relative link from `file`, or undefined when it resolves. */
function brokenLink(file: string, href: string): string | undefined {
  const [rawPath, anchor] = href.split('#', 2) as [string, string | undefined]
  const path = decodeURI(rawPath)
  const target = path === '' ? file : normalize(join(dirname(file), path))
  if (target.startsWith(`..${sep}`) || target === '..') return `${href} leaves the repository`
  if (!existsSync(join(ROOT, target))) return `${href}: ${target} does not exist`
  if (anchor === undefined) return undefined
  if (!target.endsWith('.md') || statSync(join(ROOT, target)).isDirectory()) {
    return `${href}: #${anchor} points into a file that has no headings`
  }
  return parseDocument(target).anchors.has(anchor)
    ? undefined
    : `${href}: ${target} has no heading #${anchor}`
}

const isRelative = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href)

describe('GitHub heading anchors', () => {
  it('follow GitHub’s rules: lower case, punctuation dropped except - and _, spaces to -, repeats numbered', () => {
    expect(slugs(['Quick start', '`checks`', '`workflow_run` and `check_suite`', 'Quick start'])).toEqual([
      'quick-start',
      'checks',
      'workflow_run-and-check_suite',
      'quick-start-1'
    ])
    expect(slugs(['[0.1.0] - 2026-11-28', 'Audits: `push`'])).toEqual(['010---2026-11-28', 'audits-push'])
  })

  it('are read from headings as GitHub renders them', () => {
    const tokens = marked.lexer('## `code` and [a link](x.md) & *more*\n')
    expect(slugs([plainText((tokens[0] as Tokens.Heading).tokens)])).toEqual(['code-and-a-link--more'])
  })
})

describe.each(DOCUMENTS)('%s', file => {
  it('has only relative links and #anchors that resolve inside the repository', () => {
    const broken = parseDocument(file)
      .links.filter(isRelative)
      .map(href => brokenLink(file, href))
      .filter(Boolean)
    expect(broken).toEqual([])
  })

  it('names only source paths that exist', () => {
    const paths = parseDocument(file).codeSpans.filter(s =>
      /^(src|sim|harness|scripts|__tests__|__fixtures__|bench|demo|checklist)\/[\w./-]*$/.test(s)
    )
    expect(paths.filter(p => !existsSync(join(ROOT, p)))).toEqual([])
  })
})

describe('the link checker', () => {
  it('finds a missing file, a missing anchor and a link out of the repository', () => {
    expect(brokenLink('README.md', 'docs/nope.md')).toMatch(/does not exist/)
    expect(brokenLink('README.md', 'docs/events.md#nope')).toMatch(/has no heading #nope/)
    expect(brokenLink('docs/events.md', '../../elsewhere.md')).toMatch(/leaves the repository/)
    expect(brokenLink('docs/events.md', '#fork-pull-requests')).toBeUndefined()
    expect(brokenLink('docs/events.md', '../README.md#permissions')).toBeUndefined()
  })
})

describe('README.md', () => {
  it('stays between 12 and 15 KB: a starting point, with the reference in docs/', () => {
    const bytes = statSync('README.md').size
    expect(bytes).toBeGreaterThanOrEqual(12 * 1024)
    expect(bytes).toBeLessThanOrEqual(15 * 1024)
  })
})

/** Text files of the repository, without dependencies, build output and recorded fixtures. */
function repositoryTextFiles(dir = '.'): string[] {
  const skip = new Set(['node_modules', 'dist', '.git', 'coverage', '.tmp', '.ci', '__fixtures__/coverage'])
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = dir === '.' ? entry.name : `${dir}/${entry.name}`
    if (skip.has(path) || entry.name === 'node_modules' || entry.name === 'package-lock.json') return []
    if (entry.isDirectory()) return repositoryTextFiles(path)
    return /\.(ts|js|md|ya?ml|json)$/.test(path) ? [path] : []
  })
}

describe('the repository', () => {
  it('never points at documents outside it: no sibling folders, spec sections or issue numbers', () => {
    const outside = [/\.\.\/shared\b/, /\bSPEC\s*§/, /\bSPEC order\b/, /\(issue \d+\)/i]
    const offending = repositoryTextFiles().flatMap(file =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside.some(re => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
    )
    expect(offending).toEqual([])
  })

  it('pins one Node.js version for contributors, action.yml and CI', () => {
    const version = readFileSync('.node-version', 'utf8').trim()
    expect(version).toMatch(/^\d+$/)
    const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } }
    expect(action.runs.using).toBe(`node${version}`)

    type Step = { uses?: string; with?: Record<string, unknown> }
    const steps = readdirSync('.github/workflows')
      .filter(f => /\.ya?ml$/.test(f))
      .flatMap(f => {
        const workflow = parse(readFileSync(`.github/workflows/${f}`, 'utf8')) as {
          jobs: Record<string, { steps?: Step[] }>
        }
        return Object.values(workflow.jobs).flatMap(j => j.steps ?? [])
      })
      .filter(s => s.uses?.startsWith('actions/setup-node@'))
    expect(steps.length).toBeGreaterThan(0)
    expect(steps.map(s => s.with)).toEqual(
      steps.map(() => expect.objectContaining({ 'node-version-file': '.node-version' }))
    )
    expect(steps.filter(s => s.with?.['node-version'] !== undefined)).toEqual([])
  })
})
