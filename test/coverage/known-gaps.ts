// Linode operations the coverage crawl does not reach: the coverage test fails when one of these
// becomes reachable (take it off the list) or when a reachable one is lost.
export const KNOWN_GAPS: readonly string[] = [
  // Instance.backup(id:) reaches it (test/integration/linode-writes.test.ts reads one), but the
  // crawl follows the first instance of the list, which has no backups to take an id from.
  'GET /linode/instances/{linodeId}/backups/{backupId}',
  // Not exposed: every config embeds its interfaces (InstanceConfig.interfaces), the same list.
  'GET /linode/instances/{linodeId}/configs/{configId}/interfaces',
  // Today's operations, newer than the spec (linode-facts/today-operations).
  // Image.shareGroups reaches it for private images; the crawler's first images are public ones.
  'GET /images/{imageId}/sharegroups',
  // Served by another host (monitor-api.linode.com) with createMonitorServiceToken's token.
  'POST /monitor/services/{serviceType}/metrics',
];
