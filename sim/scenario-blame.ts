/** Scenario data for the GraphQL `blame` of a file (Commit.blame): who last changed each line. */

export interface BlameCommitSpec {
  oid: string
  /** The commit's author as git records it; `login` when the email is linked to a GitHub account. */
  author: { name: string; email: string; login?: string }
  /** ISO 8601. */
  committedDate: string
}

export interface BlameRangeSpec {
  startingLine: number
  endingLine: number
  commit: BlameCommitSpec
}

/**
 * commit SHA → path → the ranges of the file at that commit, top to bottom. A file without an entry
 * is blamed, all of it, on the commit it is read at, authored by nobody GitHub knows.
 */
export type BlameScenario = Record<string, Record<string, BlameRangeSpec[]>>
