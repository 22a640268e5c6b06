/** Scenario data for PR reviews and branch rules (filled in with those routes). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReviewsScenario {}
