// The objects of a bucket, as a connection over Linode's marker paging (S3's): a page starts after
// the name of the last object of the one before, so only `first`/`after` page forward.
import type { ObjectStorageBucket as BucketShape, ObjectStorageObject as ObjectShape } from 'linode-facts/shapes';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { badInput, validId } from '../kit/ids.js';
import { withGatewayKey } from '../kit/linode-values.js';
import type { FieldMap } from '../kit/types.js';
import { ObjectStorageBucket } from './object-storage-bucket.js';

/** An object as the schema keeps it: with its bucket (`cluster/label`). */
type StoredObject = ObjectShape & { _bucket: string };

interface ObjectList {
  data?: ObjectShape[] | null;
  next_marker?: string | null;
  is_truncated?: boolean | null;
}

interface ObjectAcl {
  acl?: string | null;
  acl_xml?: string | null;
}

/** `cluster/label` of a bucket as Linode named it, each part one path segment whatever it holds. */
export function bucketPath(bucket: BucketShape): string {
  return `${encodeURIComponent(String(bucket.cluster))}/${encodeURIComponent(String(bucket.label))}`;
}

function aclOf(ctx: GatewayContext, object: StoredObject): Promise<ObjectAcl> {
  return ctx.upstream.get<ObjectAcl>(`/object-storage/buckets/${object._bucket}/object-acl`, {
    operation: 'GET /object-storage/buckets/{clusterId}/{bucket}/object-acl',
    query: { name: object.name ?? '' },
  });
}

export const ObjectStorageObject = factObject({
  name: 'ObjectStorageObject',
  schema: 'ObjectStorageObject',
  description: 'An object of a bucket, or, listed with a delimiter, a "folder" of them (its other fields null).',
  relations: (t): FieldMap => ({
    acl: t.string({
      nullable: true,
      description: "Who may read the object (S3's canned ACL: `private`, `public-read`, ...); one request per object.",
      extensions: upstreamCost.perParent,
      resolve: async (o, _args, ctx) => (o.etag === null ? null : ((await aclOf(ctx, o as StoredObject)).acl ?? null)),
    }),
    aclXml: t.string({
      nullable: true,
      description: "The object's access control list as S3 XML; one request per object.",
      extensions: upstreamCost.perParent,
      resolve: async (o, _args, ctx) => (o.etag === null ? null : ((await aclOf(ctx, o as StoredObject)).acl_xml ?? null)),
    }),
  }),
});

const connection = builder.connectionObject({ type: ObjectStorageObject.ref, name: 'ObjectStorageObjectConnection' });

const MIN_PAGE = 25; // Linode's page sizes, objects too
const MAX_PAGE = 500;
const DEFAULT_FIRST = 100;

const cursorOf = (name: string) => Buffer.from(`marker:${name}`).toString('base64url');
function markerOf(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('marker:') || cursorOf(text.slice(7)) !== cursor) throw badInput('Invalid cursor: use a cursor of this connection.');
  return text.slice(7);
}

builder.objectFields(ObjectStorageBucket.ref, (t) => ({
  objects: t.connection(
    {
      type: ObjectStorageObject.ref,
      nullable: true,
      description:
        "The objects of the bucket by name, one Linode request per page (forward only: `first`, `after`). `totalCount` is the bucket's object count, or with `prefix` or `delimiter` the number of entries read so far.",
      extensions: upstreamCost.perParent,
      args: {
        prefix: t.arg.string({ required: false, description: 'Only objects whose names start with this.' }),
        delimiter: t.arg.string({
          required: false,
          description: 'Group the names under `prefix` up to this character ("folders", usually `/`).',
        }),
      },
      resolve: async (bucket, args, ctx) => {
        if (args.last != null || args.before != null) throw badInput('Bucket objects page forward only: use `first` and `after`.');
        const first = args.first ?? DEFAULT_FIRST;
        if (first < 0 || first > MAX_PAGE) throw badInput(`\`first\` must be 0 to ${MAX_PAGE}.`, { argument: 'first' });
        const marker = args.after ? markerOf(args.after) : undefined;
        const path = bucketPath(bucket);
        const page = await ctx.upstream.get<ObjectList>(`/object-storage/buckets/${path}/object-list`, {
          operation: 'GET /object-storage/buckets/{clusterId}/{bucket}/object-list',
          query: { page_size: Math.max(MIN_PAGE, first), marker, prefix: args.prefix ?? undefined, delimiter: args.delimiter ?? undefined },
        });
        const all = Array.isArray(page.data) ? page.data : [];
        const items = all.slice(0, first).map((o) => withGatewayKey(o, '_bucket', path));
        const edges = items.map((node) => ({ cursor: cursorOf(String(node.name)), node }));
        const filtered = Boolean(args.prefix || args.delimiter);
        return {
          edges,
          pageInfo: {
            hasNextPage: all.length > first || page.is_truncated === true,
            hasPreviousPage: marker !== undefined,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: !filtered && typeof bucket.objects === 'number' ? bucket.objects : edges.length,
        };
      },
    },
    connection,
  ),
  hasTlsCertificate: t.boolean({
    nullable: true,
    description: 'Whether a TLS certificate of your own is installed for the bucket (its key is never shown).',
    extensions: upstreamCost.perParent,
    resolve: async (bucket, _args, ctx) =>
      (
        await ctx.upstream.get<{ ssl?: boolean | null }>(`/object-storage/buckets/${bucketPath(bucket)}/ssl`, {
          operation: 'GET /object-storage/buckets/{clusterId}/{bucket}/ssl',
        })
      ).ssl ?? null,
  }),
}));

builder.queryFields((t) => ({
  objectStorageBucket: t.field({
    type: ObjectStorageBucket.ref,
    nullable: true,
    description: 'One bucket, by its cluster and label; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { cluster: t.arg.id({ required: true }), label: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.upstream.get<BucketShape>(
        `/object-storage/buckets/${validId('slug', args.cluster, 'cluster')}/${validId('slug', args.label, 'label')}`,
        {
          operation: 'GET /object-storage/buckets/{clusterId}/{bucket}',
        },
      ),
  }),
  objectStorageTransferUsed: t.field({
    type: 'SafeInt',
    nullable: true,
    description: 'Bytes the account sent out of Object Storage this month.',
    extensions: upstreamCost.perParent,
    resolve: async (_root, _args, ctx) =>
      (await ctx.upstream.get<{ used?: number | null }>('/object-storage/transfer', { operation: 'GET /object-storage/transfer' })).used ??
      null,
  }),
}));
