/** Leaf states (docs/checklist.md, "States and the verdict"). */
export type LeafState =
  'pass' | 'fail' | 'pending' | 'unknown' | 'manual' | 'waived' | 'signed-off' | 'skipped'
export type Verdict = 'pass' | 'fail' | 'pending'

/** Worst first: how the report orders what blocks. */
export const SEVERITY_ORDER: readonly LeafState[] = [
  'fail',
  'unknown',
  'pending',
  'manual',
  'waived',
  'signed-off',
  'pass',
  'skipped'
]

/** Not done: what the report lists as open (blocking when required, advisory otherwise). */
export const OPEN_STATES: readonly LeafState[] = ['fail', 'unknown', 'pending', 'manual']
/** What blocks a release by evidence (manual items block too, but are listed as sign-offs). */
export const BLOCKING_STATES: readonly LeafState[] = ['fail', 'unknown', 'pending']

/** What makes a required item fail the verdict (pending only holds it). */
export const FAILING_STATES: readonly LeafState[] = ['fail', 'unknown', 'manual']

/**
 * The verdict over required leaves: any fail/unknown → fail; else any pending → pending;
 * else any manual → fail; else pass (a waived item counts as passed). Advisory items never reach this function.
 */
export function verdictOf(requiredStates: readonly LeafState[]): Verdict {
  if (requiredStates.some(s => s === 'fail' || s === 'unknown')) return 'fail'
  if (requiredStates.includes('pending')) return 'pending'
  if (requiredStates.includes('manual')) return 'fail'
  return 'pass'
}

export interface Counts {
  passed: number
  failed: number
  pending: number
  unknown: number
  manual: number
  waived: number
  skipped: number
  total: number
}

/** Counts over leaves, advisory ones included; `passed` = pass + signed-off. */
export function countStates(states: readonly LeafState[]): Counts {
  const n = (...wanted: LeafState[]) => states.filter(s => wanted.includes(s)).length
  return {
    passed: n('pass', 'signed-off'),
    failed: n('fail'),
    pending: n('pending'),
    unknown: n('unknown'),
    manual: n('manual'),
    waived: n('waived'),
    skipped: n('skipped'),
    total: states.length
  }
}
