/**
 * `/readiness …` commands in a comment, found as GitHub renders the comment: only lines of top-level
 * paragraphs count, so a command inside fenced or indented code, a `>` quote, a list or HTML is not
 * one (the structure comes from the GFM parser, not from patterns).
 */
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { mayHoldCommands } from '../text/command-line.js'

export type Verb = 'sign-off' | 'revoke' | 'waive' | 'unwaive' | 'recheck'
export const VERBS: readonly Verb[] = ['sign-off', 'revoke', 'waive', 'unwaive', 'recheck']

export type Command =
  | { verb: 'sign-off'; ids: string[]; note?: string; text: string }
  | { verb: 'revoke'; ids: string[]; text: string }
  | { verb: 'unwaive'; ids: string[]; text: string }
  | { verb: 'waive'; ids: string[]; until: string; reason: string; text: string }
  | { verb: 'recheck'; text: string }
  /** A line that starts like a command but cannot be one: refused with `problem`. */
  | { verb: 'invalid'; problem: string; text: string }

/** The longest command line kept (for the refusal list): longer ones are cut. */
const MAX_TEXT = 200
/** The most commands read from one comment (a comment of thousands of lines is no release decision). */
export const MAX_COMMANDS_PER_COMMENT = 20

const COMMAND_LINE = /^ {0,3}\/readiness(?:\s|$)/i

export { mayHoldCommands }

/** Every command of a comment body, in order. */
export function commandsIn(body: string): Command[] {
  if (!mayHoldCommands(body)) return []
  const tree: Root = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
  const lines = body.split(/\r?\n/)
  const commands: Command[] = []
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.position) continue
    for (let n = node.position.start.line; n <= node.position.end.line; n++) {
      const line = lines[n - 1] ?? ''
      if (COMMAND_LINE.test(line)) commands.push(parseCommand(line.trim()))
      if (commands.length >= MAX_COMMANDS_PER_COMMENT) return commands
    }
  }
  return commands
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** One command line (it starts with `/readiness`). */
export function parseCommand(line: string): Command {
  const text = line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line
  const [head, ...tail] = line.split(/\s--(?:\s|$)/)
  const trailer = tail.length > 0 ? tail.join(' -- ').trim() : undefined
  const words = head.trim().split(/\s+/).slice(1)
  const verb = (words.shift() ?? '').toLowerCase()
  const invalid = (problem: string): Command => ({ verb: 'invalid', problem, text })
  switch (verb) {
    case 'sign-off':
    case 'signoff': {
      if (words.length === 0)
        return invalid('name the items to sign off: `/readiness sign-off <id> [-- note]`')
      return { verb: 'sign-off', ids: words, note: trailer || undefined, text }
    }
    case 'revoke':
    case 'unwaive': {
      if (words.length === 0) return invalid(`name the items: \`/readiness ${verb} <id>\``)
      return verb === 'revoke' ? { verb, ids: words, text } : { verb, ids: words, text }
    }
    case 'waive': {
      const usage = '`/readiness waive <id> until <YYYY-MM-DD> -- <reason>`'
      if (words.length !== 3 || words[1].toLowerCase() !== 'until' || !DATE.test(words[2]))
        return invalid(`write it as ${usage}`)
      if (!trailer) return invalid(`a waiver needs a reason: ${usage}`)
      if (Number.isNaN(Date.parse(`${words[2]}T00:00:00Z`)))
        return invalid(`\`${words[2]}\` is no calendar date`)
      return { verb: 'waive', ids: [words[0]], until: words[2], reason: trailer, text }
    }
    case 'recheck':
      return { verb: 'recheck', text }
    case '':
      return invalid(`say what to do: ${VERBS.map(v => `\`${v}\``).join(', ')}`)
    default:
      return invalid(`unknown command \`${verb.slice(0, 40)}\`: use ${VERBS.map(v => `\`${v}\``).join(', ')}`)
  }
}
