/**
 * Whether a comment may hold a `/readiness` command: a first, cheap look (events, listing) before
 * the comment is parsed as GitHub renders it (src/attestations/commands.ts decides).
 */
export function mayHoldCommands(body: string | null | undefined): boolean {
  return typeof body === 'string' && /(^|\n) {0,3}\/readiness(?:\s|$)/i.test(body)
}
