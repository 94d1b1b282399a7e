// What one deviation of real Linode answers from the 4.176 spec looks like in the quirks table.

/**
 * - `null`: null where the spec promises a value;
 * - `absent`: a key the spec lists is left out;
 * - `enum`: a value outside the spec's enum (other cases included);
 * - `int53`: an integer past 2^31 - 1 (bytes, sizes);
 * - `new-key`: a key the spec does not know (today's API); anything under it is free;
 * - `type`: another JSON type than the spec's (an integer where it says string);
 * - `format`: a timestamp in another format than Linode's zone-less one.
 */
export type QuirkClass = 'null' | 'absent' | 'enum' | 'int53' | 'new-key' | 'type' | 'format';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

export interface Quirk {
  class: QuirkClass;
  /**
   * Where: `Schema.dotted.path`, arrays transparent, `*` for any key. `Schema` is a facts schema
   * or an answer name of ANSWERS (answers the facts give no schema name).
   */
  at: string[];
  /** What real Linode sends, and when. */
  real: string;
  /** `enum`: the values sent beyond the spec's. */
  values?: string[];
  /** `new-key` and `type`: the JSON type sent. */
  type?: JsonType;
  /** `new-key`: the key may be null. */
  nullable?: boolean;
  /** Where the behaviour is shown: recorded answers, or the official SDKs' types. */
  source: string;
}

/** Answers without a usable facts schema name, by the name the table uses for them. */
export const ANSWERS: Record<string, string> = {
  Backups: 'GET /linode/instances/{linodeId}/backups',
  LinodeIPs: 'GET /linode/instances/{linodeId}/ips',
  FirewallRules: 'GET /networking/firewalls/{firewallId}/rules',
  ObjectList: 'GET /object-storage/buckets/{clusterId}/{bucket}/object-list',
  LinodeTransfer: 'GET /linode/instances/{linodeId}/transfer',
  LinodeMonthlyTransfer: 'GET /linode/instances/{linodeId}/transfer/{year}/{month}',
  ObjectStorageTransfer: 'GET /object-storage/transfer',
};

// Source notes. Recorded answers: the go-vcr cassettes of linodego's integration tests
// (github:linode/linodego test/integration/fixtures), recorded against the real API.
export const ISSUE_8 = 'issue 8: recorded answers of the real API';
export const recorded = (...cassettes: string[]): string => `recorded: linodego test/integration/fixtures/${cassettes.join(', ')}`;
export const linodego = (file: string, type: string): string => `linodego ${file} ${type}`;
export const python = (file: string, what: string): string => `linode_api4-python ${file} ${what}`;
