import { Command, CommanderError, Option } from 'commander'
import { DEFAULT_CHECKLIST } from './checklist-file.js'
import { EXIT, type Io } from './io.js'
import { VERSION } from './version.js'

/**
 * `readiness-gate <command>`: the commands, their options and `--help`. Each command loads its own
 * modules when it runs, so `validate` never loads the GitHub client. Resolves to the exit code;
 * a usage error (unknown option, missing argument) is 3, like any run that could not start.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.pass
  const done = (c: number) => {
    code = c
  }
  const program = new Command('readiness-gate')
    .description(
      'Readiness Gate on your machine: the same engine as the action. Check checklists, see what they need, audit repositories.'
    )
    .version(VERSION)
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: s => io.out(s.trimEnd()),
      writeErr: s => io.err(s.trimEnd())
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes: 0 pass, 1 fail (validate: errors), 2 pending, 3 could not run (usage, token, network, configuration).
Environment: GITHUB_TOKEN or GH_TOKEN (audit), GITHUB_API_URL (GitHub Enterprise Server, or a simulator).`
    )

  program
    .command('validate')
    .description('Check checklist files as the gate parses them; each error as file:line:col: message.')
    .argument('[file...]', `checklist files (default: ${DEFAULT_CHECKLIST})`)
    .addHelpText('after', '\nExit codes: 0 every file is valid, 1 any error.')
    .action(async (files: string[]) => {
      const { validate } = await import('./validate.js')
      done(await validate(files, io))
    })

  program
    .command('import')
    .description('Turn a Markdown checklist into YAML, with suggested checks as comments to review.')
    .argument('<file.md>', 'Markdown checklist')
    .option('-o, --output <file.yml>', 'write the YAML to this file (default: stdout)')
    .option('--force', 'replace the output file if it exists')
    .addHelpText(
      'after',
      '\nThe phrase table that suggests checks is in docs/cli.md.\nExit codes: 0 written, 1 the Markdown has errors, 3 not a Markdown file or the output exists.'
    )
    .action(async (file: string, opts: { output?: string; force?: boolean }) => {
      const { importMarkdown } = await import('./import.js')
      done(await importMarkdown(file, opts, io))
    })

  program
    .command('explain')
    .description('List each item, the evidence it needs, and the permissions: block the job needs.')
    .argument('[file]', `checklist file (default: ${DEFAULT_CHECKLIST})`)
    .addOption(
      new Option('--status <mode>', 'how the action posts the verdict (its `status` input)')
        .choices(['commit-status', 'check-run', 'both', 'none'])
        .default('commit-status')
    )
    .addOption(
      new Option('--comment <mode>', 'whether the action comments on PRs (its `comment` input)')
        .choices(['auto', 'never'])
        .default('auto')
    )
    .action(async (file: string | undefined, opts: { status: 'commit-status'; comment: 'auto' }) => {
      const { explain } = await import('./explain.js')
      done(await explain(file, opts, io))
    })

  program
    .command('audit')
    .description('Evaluate a repository (a branch, tag, SHA or PR) and print the report; nothing is posted.')
    .requiredOption('--repo <owner/name>', 'the repository')
    .addOption(
      new Option('--ref <ref>', 'branch, tag or SHA to audit (default: the default branch)').conflicts('pr')
    )
    .option('--pr <number>', "pull request to audit (its base branch's checklist, as the action reads it)")
    .option('--checklist <path>', 'checklist path in the repository', DEFAULT_CHECKLIST)
    .option('--checklist-file <file>', 'read the checklist from this local file instead (try a draft)')
    .option('--check-name <name>', "the gate's check name, never counted as evidence", 'Readiness gate')
    .option('--wait-timeout <seconds>', 'wait this long for pending checks', '0')
    .option('--json', "print the JSON report (the action's `report` file) instead of text")
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      `
Token: GITHUB_TOKEN or GH_TOKEN (read access; see \`explain\` for the permissions).
Exit codes: 0 pass, 1 fail, 2 pending, 3 error (a missing or invalid checklist, no token, the API unreachable).`
    )
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const { audit } = await import('./audit.js')
      done(await audit(opts as never, io))
    })

  program
    .command('rollup')
    .description("One table of many repositories' JSON reports (from the action or `audit --json`).")
    .argument('<report...>', 'JSON report files')
    .option('--json', 'print the rollup as JSON instead of a Markdown table')
    .addHelpText(
      'after',
      '\nExit codes: 0 all pass, 1 any fail (or configuration error), 2 any pending, 3 a file holds no readable report.'
    )
    .action(async (files: string[], opts: { json?: boolean }) => {
      const { rollup } = await import('./rollup.js')
      done(await rollup(files, opts, io))
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors have been written already.
      return error.exitCode === 0 ? EXIT.pass : EXIT.error
    }
    throw error
  }
  return code
}
