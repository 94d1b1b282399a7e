// Image share groups (today's API): the account shares two of its private images with a partner
// account (a member, named by the token it was given), and holds a token for another account's
// group whose images it may deploy. Shared images answer as `shared/<n>` entries.
import type { ImageRecord } from '../../records.js';
import type { JsonObject } from '../../types.js';
import type { SeedContext } from '../collections.js';
import { uuid } from '../fill.js';
import { DAY_MS } from '../seed-helpers.js';
import { linodeTime } from '../../time.js';

export const SHARE = {
  groups: '/images/sharegroups',
  tokens: '/images/sharegroups/tokens',
  images: (groupId: number | string) => `/images/sharegroups/${groupId}/images`,
  members: (groupId: number | string) => `/images/sharegroups/${groupId}/members`,
  /** Groups of other accounts, seen through this account's tokens, by group uuid. */
  consumed: '/images/sharegroups/consumed',
  consumedImages: (groupUuid: string) => `/images/sharegroups/consumed/${groupUuid}/images`,
};

/** An image as a share group shows it: a `shared/<n>` id, and where it comes from. */
export function shareEntry(image: ImageRecord | JsonObject, n: number, group: JsonObject, at: string, extra: JsonObject = {}): JsonObject {
  return {
    id: `shared/${n}`,
    created_by: null,
    capabilities: image.capabilities ?? [],
    label: image.label,
    description: image.description ?? '',
    type: 'manual',
    vendor: null,
    status: 'available',
    size: image.size,
    total_size: image.total_size ?? image.size,
    is_public: false,
    is_shared: true,
    deprecated: false,
    regions: image.regions ?? [],
    tags: [],
    updated: null,
    created: at,
    expiry: null,
    eol: null,
    image_sharing: {
      shared_with: null,
      shared_by: { sharegroup_id: group.id, sharegroup_uuid: group.uuid, sharegroup_label: group.label, source_image_id: image.id },
    },
    ...extra,
  };
}

export function seedImageShare(ctx: SeedContext): void {
  const { store, rng, ids, now } = ctx;
  const created = linodeTime(now - 40 * DAY_MS);
  const own = store.images.filter((i) => !i.is_public && i.status === 'available').slice(0, 2);
  const id = ids.next('shareGroup');
  const group: JsonObject = {
    id,
    uuid: uuid(rng),
    label: 'partner-golden-images',
    description: 'Hardened base images for our partner',
    is_suspended: false,
    images_count: own.length,
    members_count: 1,
    created,
    updated: null,
    expiry: null,
  };
  store.today[SHARE.groups] = [group];
  store.today[SHARE.images(id)] = own.map((image, n) => shareEntry(image, 7_100 + n * 13, group, created));
  store.today[SHARE.members(id)] = [
    { token_uuid: uuid(rng), status: 'active', label: 'partner-account', created, updated: null, expiry: null },
  ];
  // A group of another account, which this account's token was accepted into.
  const theirs = {
    id: ids.next('shareGroup') + 5_000,
    uuid: uuid(rng),
    label: 'vendor-appliances',
    description: 'Appliance images',
    is_suspended: false,
    created,
    updated: null,
  };
  store.today[SHARE.consumed] = [theirs];
  store.today[SHARE.consumedImages(String(theirs.uuid))] = [
    shareEntry({ id: 'private/0', label: 'vendor-appliance-2.4', size: 4_200, capabilities: ['cloud-init'] }, 9_300, theirs, created, {
      image_sharing: { shared_with: null, shared_by: null },
    }),
  ];
  store.today[SHARE.tokens] = [
    {
      token_uuid: uuid(rng),
      status: 'active',
      label: 'vendor-appliances',
      valid_for_sharegroup_uuid: theirs.uuid,
      created,
      updated: null,
      expiry: null,
      sharegroup_uuid: theirs.uuid,
      sharegroup_label: theirs.label,
    },
  ];
}
