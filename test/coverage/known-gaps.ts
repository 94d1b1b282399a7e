// Linode operations the coverage crawl does not reach: the coverage test fails when one of these
// becomes reachable (take it off the list) or when a reachable one is lost. None today.
export const KNOWN_GAPS: readonly string[] = [];
