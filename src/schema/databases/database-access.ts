// What a client needs to connect to a cluster, read on demand: the root credentials (a secret,
// never cached or shared) and the CA certificate to verify the cluster's TLS with.
import type { DatabaseCredentials as CredentialsShape, DatabaseSSL as SSLShape } from 'linode-facts/shapes';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import type { FieldMap, Fields, Id } from '../kit/types.js';

export const DatabaseCredentials = factObject({
  name: 'DatabaseCredentials',
  schema: 'DatabaseCredentials',
  description: "A cluster's root user and password. A secret.",
});

export const DatabaseSSL = factObject({
  name: 'DatabaseSSL',
  schema: 'DatabaseSSL',
  description: "The CA certificate a cluster's TLS certificate is signed with.",
});

/** The `credentials` and `ssl` fields of a cluster of `engine`. */
export function databaseAccessFields<Parent extends { id: Id }>(t: Fields<Parent>, engine: 'mysql' | 'postgresql'): FieldMap {
  // The id is the one Linode sent for the cluster (a number), as the instance's own fields use theirs.
  const base = (db: Parent) => `/databases/${engine}/instances/${encodeURIComponent(String(db.id))}`;
  return {
    credentials: t.field({
      type: DatabaseCredentials.ref,
      nullable: true,
      description:
        "SECRET: the cluster's root username and password, read from Linode on every request and never cached. Select it only where the password is needed.",
      extensions: upstreamCost.perParent,
      resolve: (db, _args, ctx) =>
        ctx.upstream.get<CredentialsShape>(`${base(db)}/credentials`, {
          operation: `GET /databases/${engine}/instances/{id}/credentials`,
          fresh: true,
        }),
    }),
    ssl: t.field({
      type: DatabaseSSL.ref,
      nullable: true,
      description: "The CA certificate (base64 PEM) to verify the cluster's TLS with.",
      extensions: upstreamCost.perParent,
      resolve: (db, _args, ctx) =>
        ctx.upstream.get<SSLShape>(`${base(db)}/ssl`, { operation: `GET /databases/${engine}/instances/{id}/ssl` }),
    }),
  };
}
