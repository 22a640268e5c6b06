/** Scenario data for people: organisation teams, and issues that are no pull request (launch issues). */

export type MembershipState = 'active' | 'pending'

export interface PeopleScenario {
  /** `org/team-slug` → login → membership state; a login not listed is no member. */
  teams?: Record<string, Record<string, MembershipState>>
  /** Numbers of open issues (a launch issue) besides the pull requests. */
  issues?: number[]
}
