/**
 * A faster `text` handler for mdast-util-to-markdown, with the same output. The library's own runs
 * every escaping pattern it knows (91 with GFM) over every text node, allocating for each: at
 * 2,000 items that was a large share of a busy run's garbage and of its CPU. Yet a pattern can
 * escape a character only where that character stands, so a text holding none of the characters
 * the patterns in scope name comes out exactly as it went in. Such a text is returned as it is;
 * any other goes to the library's handler.
 */
import type { Parents, Text } from 'mdast'
import { defaultHandlers, type Info, type State, type Unsafe } from 'mdast-util-to-markdown'

const LINE_ENDING = /[\r\n]/

/** Whether the library's `safe` would change `value`, which holds no line ending or backslash. */
function escapes(value: string, state: State, info: Info): boolean {
  for (const pattern of state.unsafe) {
    if (!inScope(state.stack, pattern) || !value.includes(pattern.character)) continue
    const edge = edgeOnly(pattern)
    if (!edge) return true
    // A space or tab escaped only next to a line ending: the text holds none, so only its first
    // or last character can meet one, in the text around it.
    if (edge === 'before' && value[0] === pattern.character && LINE_ENDING.test(info.before.slice(-1)))
      return true
    if (edge === 'after' && value.at(-1) === pattern.character && LINE_ENDING.test(info.after.charAt(0)))
      return true
  }
  return false
}

/** Which side a whitespace pattern needs a line ending on, when that is all it needs. */
function edgeOnly(p: Unsafe): 'before' | 'after' | undefined {
  if ((p.character !== ' ' && p.character !== '\t') || p.atBreak || p.beforeNode || p.afterNode)
    return undefined
  if (p.before === '[\\r\\n]' && !p.after) return 'before'
  if (p.after === '[\\r\\n]' && !p.before) return 'after'
  return undefined
}

/** The library's own scope rule (`patternInScope`): in one of `inConstruct`, none of `notInConstruct`. */
function inScope(stack: State['stack'], p: Unsafe): boolean {
  return listed(stack, p.inConstruct, true) && !listed(stack, p.notInConstruct, false)
}

function listed(stack: State['stack'], list: Unsafe['inConstruct'], none: boolean): boolean {
  if (typeof list === 'string') return stack.includes(list)
  if (!list || list.length === 0) return none
  return list.some(c => stack.includes(c))
}

/** The `text` handler: the text as it is when nothing in it can be escaped, else the library's. */
export function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const value = node.value
  // Line endings make any space escapable, and a backslash is escaped by the library whatever the
  // patterns say: both go the library's way.
  if (value !== '' && !value.includes('\\') && !LINE_ENDING.test(value) && !escapes(value, state, info)) {
    return value
  }
  return defaultHandlers.text(node, parent, state, info)
}
