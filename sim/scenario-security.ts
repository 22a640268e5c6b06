/** Scenario data for code-scanning, secret-scanning and Dependabot alerts (filled in with those routes). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SecurityScenario {}
