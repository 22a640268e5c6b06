/**
 * The sources of the generated blocks in README.md and docs/*.md, read from the repository:
 * action.yml, the checklist's zod schema, and which check types this version evaluates. Shared by
 * `npm run docs` and its tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { CheckSchema, type CheckSpec } from '../src/checklist/schema.js'
import { evaluateCheck } from '../src/evaluate/evaluators.js'
import type { EvalContext } from '../src/evaluate/outcome.js'
import { plainText } from '../src/text/phrase.js'
import { BLOCK_HOME, blocksIn, checkTypeOf, renderDocument, type ReadmeSources } from './readme-tables-lib.js'

/**
 * Asks the evaluator registry itself which types it evaluates: an unsupported type answers `unknown`
 * "not supported by this version" without touching the context, so a context that throws on every
 * read tells the two apart without any network.
 */
export async function supportedCheckTypes(): Promise<Set<string>> {
  const ctx = new Proxy({} as EvalContext, {
    get() {
      throw new Error('no evidence while generating the docs')
    }
  })
  const supported = new Set<string>()
  for (const option of CheckSchema.options) {
    const type = checkTypeOf(option)
    const outcome = await evaluateCheck({ type } as CheckSpec, ctx)
    if (!/not supported by this version/.test(plainText(outcome.summary))) supported.add(type)
  }
  return supported
}

export async function readmeSources(root = '.'): Promise<ReadmeSources> {
  return {
    actionYml: readFileSync(`${root}/action.yml`, 'utf8'),
    checkOptions: CheckSchema.options,
    supportedTypes: await supportedCheckTypes(),
    productionChecklist: readFileSync(`${root}/checklist/production.yml`, 'utf8')
  }
}

/** The documents that may hold generated blocks: README.md and every docs/*.md (root-relative). */
export function documentFiles(root = '.'): string[] {
  const docs = existsSync(`${root}/docs`)
    ? readdirSync(`${root}/docs`)
        .filter(f => f.endsWith('.md'))
        .sort()
        .map(f => `docs/${f}`)
    : []
  return ['README.md', ...docs]
}

/** Formats Markdown exactly as `prettier --write` would, with the repository's config. */
export async function formatMarkdown(text: string, file = 'README.md'): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(text, { ...config, filepath: file })
}

/**
 * A document as it should be: its generated blocks rewritten from the sources, then formatted. A
 * document with no block (and home to none) is returned as it is.
 */
export async function expectedDocument(
  file: string,
  text: string,
  root = '.',
  sources?: ReadmeSources
): Promise<string> {
  if (blocksIn(text).length === 0 && !Object.values(BLOCK_HOME).includes(file)) return text
  const rendered = renderDocument(text, file, sources ?? (await readmeSources(root)))
  return formatMarkdown(rendered, `${root}/${file}`)
}
