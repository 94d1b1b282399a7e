// Object Storage beyond its lists: buckets (create, delete when empty, access), object ACLs,
// signed URLs, a bucket's TLS certificate (the key is never sent back), access keys (the secret
// shown once, at creation) and cancelling the service (every bucket goes).
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { BUCKETS } from '../data/object-storage.js';
import { keyedRng } from '../data/keyed-rng.js';
import { accessKey, REDACTED } from '../data/seed-helpers.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { nowTime, ok, type Handler, type HandlerContext } from './context.js';
import { collectionPlace } from './places.js';
import { checkFields } from './validate.js';
import { createHandler, deleteHandler, itemEntity, updateHandler, type WriteRules } from './writes.js';

/** Per emulator: object ACLs (`cluster/bucket/name`), bucket access settings and certificates (`cluster/bucket`). */
interface BucketState {
  acls: Map<string, string>;
  access: Map<string, { acl: string; cors_enabled: boolean }>;
  certificates: Set<string>;
}
const states = new WeakMap<EmulatorStore, BucketState>();
function stateOf(store: EmulatorStore): BucketState {
  let state = states.get(store);
  if (!state) states.set(store, (state = { acls: new Map(), access: new Map(), certificates: new Set() }));
  return state;
}

const bucketsIn = (store: EmulatorStore, cluster: string) => store.collections[collectionPath(BUCKETS, cluster)];

function findBucket(ctx: HandlerContext): JsonObject {
  const bucket = bucketsIn(ctx.state.store, ctx.params.clusterId)?.find((b) => b.label === ctx.params.bucket);
  if (!bucket) throw notFound();
  return bucket;
}

const bucketKey = (ctx: HandlerContext) => `${ctx.params.clusterId}/${ctx.params.bucket}`;

/** The object a request names (`name` in the query or the body); 400 without one, 404 when the bucket lacks it. */
function objectName(ctx: HandlerContext, name: unknown): string {
  findBucket(ctx);
  if (typeof name !== 'string' || name === '') throw badRequest('name is required', 'name');
  if (!(ctx.state.store.bucketObjects[bucketKey(ctx)] ?? []).some((o) => o.name === name)) throw notFound();
  return name;
}

/** S3's canned ACL as the XML grant list Linode passes on. */
function aclXml(acl: string, owner: string): string {
  const grants = [`<Grant><Grantee xsi:type="CanonicalUser"><ID>${owner}</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>`];
  if (acl.startsWith('public-read'))
    grants.push(
      '<Grant><Grantee xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>',
    );
  return `<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>${owner}</ID></Owner><AccessControlList>${grants.join('')}</AccessControlList></AccessControlPolicy>`;
}

function objectAcl(ctx: HandlerContext, name: string): JsonObject {
  const acl = stateOf(ctx.state.store).acls.get(`${bucketKey(ctx)}/${name}`) ?? 'private';
  const owner = ctx.state.store.bucketObjects[bucketKey(ctx)]?.find((o) => o.name === name)?.owner ?? '';
  return { acl, acl_xml: aclXml(acl, owner) };
}

function validBody(ctx: HandlerContext, extra?: (errors: FieldErrors) => void): void {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  extra?.(errors);
  errors.throwIfAny();
}

// Bucket names follow S3's rules: 3 to 63 lower-case letters, digits, dots and dashes.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

const createBucket: Handler = (ctx) => {
  const clusters = ctx.state.store.collections['/object-storage/clusters'] ?? [];
  const cluster = clusters.find((c) => c.id === ctx.body.cluster || c.region === ctx.body.region);
  validBody(ctx, (errors) => {
    const label = ctx.body.label;
    if (typeof label === 'string' && !BUCKET_NAME.test(label))
      errors.add('label', 'Label must be 3 to 63 lower-case letters, digits, dots or dashes');
    if (typeof ctx.body.cluster === 'string' && !cluster) errors.add('cluster', 'Cluster not found');
    const taken = Object.entries(ctx.state.store.collections).some(
      ([path, items]) => path.startsWith('/object-storage/buckets/') && items.some((b) => b.label === label),
    );
    if (taken) errors.add('label', 'A bucket with that label already exists');
  });
  if (!cluster) throw badRequest('cluster is required', 'cluster');
  const label = String(ctx.body.label);
  const bucket: JsonObject = {
    created: nowTime(ctx.state),
    cluster: cluster.id,
    label,
    hostname: `${label}.${String(cluster.domain)}`,
    size: 0,
    objects: 0,
    region: cluster.region,
    s3_endpoint: cluster.domain,
    endpoint_type: 'E1',
  };
  (ctx.state.store.collections[collectionPath(BUCKETS, cluster.id)] ??= []).push(bucket);
  ctx.state.store.bucketObjects[`${String(cluster.id)}/${label}`] = [];
  stateOf(ctx.state.store).access.set(`${String(cluster.id)}/${label}`, {
    acl: typeof ctx.body.acl === 'string' ? ctx.body.acl : 'private',
    cors_enabled: ctx.body.cors_enabled === true,
  });
  return ok(bucket);
};

// S3 refuses to delete a bucket with objects in it; Linode passes that on.
const deleteBucket: Handler = (ctx) => {
  const bucket = findBucket(ctx);
  if ((ctx.state.store.bucketObjects[bucketKey(ctx)] ?? []).length > 0) throw badRequest('Bucket is not empty; delete its objects first');
  const buckets = bucketsIn(ctx.state.store, ctx.params.clusterId) ?? [];
  buckets.splice(buckets.indexOf(bucket), 1);
  delete ctx.state.store.bucketObjects[bucketKey(ctx)];
  return ok({});
};

const setAccess: Handler = (ctx) => {
  findBucket(ctx);
  validBody(ctx);
  const access = stateOf(ctx.state.store).access;
  const before = access.get(bucketKey(ctx)) ?? { acl: 'private', cors_enabled: false };
  access.set(bucketKey(ctx), {
    acl: typeof ctx.body.acl === 'string' ? ctx.body.acl : before.acl,
    cors_enabled: typeof ctx.body.cors_enabled === 'boolean' ? ctx.body.cors_enabled : before.cors_enabled,
  });
  return ok({});
};

const METHODS = ['GET', 'PUT', 'POST', 'DELETE'];

/** A pre-signed URL of an object (which need not exist yet for a PUT). */
const objectUrl: Handler = (ctx) => {
  const bucket = findBucket(ctx);
  const method = typeof ctx.body.method === 'string' ? ctx.body.method : 'GET';
  validBody(ctx, (errors) => {
    if (!METHODS.includes(method)) errors.add('method', `method must be one of ${METHODS.join(', ')}`);
    if (typeof ctx.body.name !== 'string' || ctx.body.name === '') errors.add('name', 'name is required');
    if ((method === 'PUT' || method === 'POST') && typeof ctx.body.content_type !== 'string')
      errors.add('content_type', 'content_type is required for this method');
  });
  const expires = Number(ctx.body.expires_in ?? 3600);
  const first = (ctx.state.store.collections['/object-storage/keys'] ?? [])[0]?.access_key;
  const key = typeof first === 'string' ? first : 'EMULATORKEY';
  const signature = keyedRng(`signed/${bucketKey(ctx)}/${String(ctx.body.name)}/${ctx.state.now()}`).hex(28);
  const until = Math.floor(ctx.state.now() / 1000) + expires;
  const name = String(ctx.body.name).split('/').map(encodeURIComponent).join('/');
  return ok({
    url: `https://${String(bucket.hostname)}/${name}?AWSAccessKeyId=${key}&Expires=${until}&Signature=${signature}`,
  });
};

const getSsl: Handler = (ctx) => {
  findBucket(ctx);
  return ok({ ssl: stateOf(ctx.state.store).certificates.has(bucketKey(ctx)) });
};

const PEM = (kind: string) => new RegExp(`^-----BEGIN [A-Z ]*${kind}-----[\\s\\S]+-----END [A-Z ]*${kind}-----\\s*$`);

const postSsl: Handler = (ctx) => {
  findBucket(ctx);
  validBody(ctx, (errors) => {
    if (typeof ctx.body.certificate === 'string' && !PEM('CERTIFICATE').test(ctx.body.certificate))
      errors.add('certificate', 'certificate must be a PEM-encoded certificate');
    if (typeof ctx.body.private_key === 'string' && !PEM('PRIVATE KEY').test(ctx.body.private_key))
      errors.add('private_key', 'private_key must be a PEM-encoded private key');
  });
  stateOf(ctx.state.store).certificates.add(bucketKey(ctx));
  return ok({ ssl: true });
};

const deleteSsl: Handler = (ctx) => {
  findBucket(ctx);
  stateOf(ctx.state.store).certificates.delete(bucketKey(ctx));
  return ok({});
};

// Access keys: the secret is answered once, at creation; lists and reads show it redacted.
const keyRules: WriteRules = {
  place: collectionPlace('/object-storage/keys'),
  idKind: 'objectStorageKey',
  event: {
    create: 'obj_access_key_create',
    update: 'obj_access_key_update',
    delete: 'obj_access_key_delete',
    entity: itemEntity('obj_access_key', '/object-storage/keys'),
  },
  check: (ctx, errors) => {
    const buckets = Array.isArray(ctx.body.bucket_access) ? ctx.body.bucket_access : [];
    buckets.forEach((access, i) => {
      const { cluster, bucket_name } = (access ?? {}) as JsonObject;
      if (!bucketsIn(ctx.state.store, String(cluster))?.some((b) => b.label === bucket_name))
        errors.add(`bucket_access[${i}].bucket_name`, 'Bucket not found');
    });
  },
  initial: (ctx) => {
    const limited = Array.isArray(ctx.body.bucket_access) && ctx.body.bucket_access.length > 0;
    const clusters = ctx.state.store.collections['/object-storage/clusters'] ?? [];
    return {
      access_key: accessKey(ctx.state.rng),
      secret_key: REDACTED,
      limited,
      bucket_access: limited ? ctx.body.bucket_access : null,
      regions: clusters.map((c) => ({ id: c.region, s3_endpoint: c.domain, endpoint_type: 'E1' })),
    };
  },
};

const createKeyStored = createHandler(keyRules, () => schemaFact('ObjectStorageKey'));
const createKey: Handler = (ctx) => {
  const answer = createKeyStored(ctx);
  const key = 'body' in answer ? (answer.body as JsonObject) : {};
  // The stored key keeps the secret redacted; this answer alone carries it.
  return ok({ ...key, secret_key: accessKey(ctx.state.rng, 40) });
};

// Cancelling removes every bucket and its objects, and the keys.
const cancel: Handler = (ctx) => {
  const { store } = ctx.state;
  for (const path of Object.keys(store.collections)) if (/^\/object-storage\/buckets\/[^/]+$/.test(path)) store.collections[path] = [];
  for (const key of Object.keys(store.bucketObjects)) delete store.bucketObjects[key];
  store.collections['/object-storage/keys'] = [];
  const settings = store.singletons['/account/settings'];
  if (settings) settings.object_storage = 'disabled';
  return ok({});
};

export const objectStorageHandlers: Record<string, Handler> = {
  viewObjectStorageBucketACL: (ctx) => ok(objectAcl(ctx, objectName(ctx, ctx.query.get('name')))),
  updateObjectStorageBucketACL: (ctx) => {
    validBody(ctx);
    const name = objectName(ctx, ctx.body.name);
    stateOf(ctx.state.store).acls.set(`${bucketKey(ctx)}/${name}`, String(ctx.body.acl));
    return ok(objectAcl(ctx, name));
  },
  createObjectStorageBucket: createBucket,
  deleteObjectStorageBucket: deleteBucket,
  modifyObjectStorageBucketAccess: setAccess,
  updateObjectStorageBucketAccess: setAccess,
  createObjectStorageObjectURL: objectUrl,
  getObjectStorageSSL: getSsl,
  createObjectStorageSSL: postSsl,
  deleteObjectStorageSSL: deleteSsl,
  createObjectStorageKeys: createKey,
  updateObjectStorageKey: updateHandler(keyRules, () => schemaFact('ObjectStorageKey')),
  deleteObjectStorageKey: deleteHandler(keyRules),
  cancelObjectStorage: cancel,
};
