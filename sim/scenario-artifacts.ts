/** Scenario data for workflow artifacts (filled in with the coverage routes). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ArtifactsScenario {}
