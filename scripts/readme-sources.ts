/**
 * The sources of the README's generated blocks, read from the repository: action.yml, the checklist's
 * zod schema, and which check types this version evaluates. Shared by `npm run docs` and its test.
 */
import { readFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { CheckSchema, type CheckSpec } from '../src/checklist/schema.js'
import { evaluateCheck } from '../src/evaluate/evaluators.js'
import type { EvalContext } from '../src/evaluate/outcome.js'
import { plainText } from '../src/text/phrase.js'
import { checkTypeOf, renderReadme, type ReadmeSources } from './readme-tables-lib.js'

/**
 * Asks the evaluator registry itself which types it evaluates: an unsupported type answers `unknown`
 * "not supported by this version" without touching the context, so a context that throws on every
 * read tells the two apart without any network.
 */
export async function supportedCheckTypes(): Promise<Set<string>> {
  const ctx = new Proxy({} as EvalContext, {
    get() {
      throw new Error('no evidence while generating the README')
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
    supportedTypes: await supportedCheckTypes()
  }
}

/** Formats Markdown exactly as `prettier --write README.md` would, with the repository's config. */
export async function formatMarkdown(text: string, file = 'README.md'): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(text, { ...config, filepath: file })
}

/** The README as it should be: its generated blocks rewritten from the sources, then formatted. */
export async function expectedReadme(readme: string, root = '.'): Promise<string> {
  return formatMarkdown(renderReadme(readme, await readmeSources(root)), `${root}/README.md`)
}
