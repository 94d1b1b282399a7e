// POST /images/upload: a private image `pending_upload`, and a signed URL to PUT the image file to
// (valid for a while, shown once: Linode never answers it again). The emulator takes no upload, so
// the image stays pending; Linode records `image_upload` only once an upload is processed.
import { privateImageKeys } from '../data/catalogs.js';
import { USERNAME } from '../data/events.js';
import { hash } from '../data/keyed-rng.js';
import { FieldErrors } from '../errors.js';
import type { ImageRecord } from '../records.js';
import { ok, type Handler } from './context.js';
import { imagesPlace } from './places.js';
import { checkFields } from './validate.js';
import { createItem } from './writes.js';

/** How long the emulated upload URL says it stays valid. */
const UPLOAD_URL_SECONDS = 3600;

export const uploadImage: Handler = (ctx) => {
  const { state, body } = ctx;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, body);
  if (typeof body.region === 'string' && !state.store.regions.some((r) => r.id === body.region)) errors.add('region', 'Region not found');
  errors.throwIfAny();
  const numbers = state.store.images.map((i) => Number(String(i.id).split('/')[1])).filter(Number.isInteger);
  const number = state.ids.nextAbove('image', Math.max(0, ...numbers));
  const image = createItem(
    ctx,
    {
      place: imagesPlace,
      initial: () => ({
        id: `private/${number}`,
        created_by: USERNAME,
        is_public: false,
        size: 0,
        type: 'manual',
        status: 'pending_upload',
        vendor: null,
        expiry: null,
        eol: null,
        deprecated: false,
        capabilities: body.cloud_init === true ? ['cloud-init'] : [],
      }),
    },
    imagesPlace(ctx),
    ctx.op.response?.fields?.image ?? {},
  ) as ImageRecord; // createItem fills every field of the Image schema
  Object.assign(image, privateImageKeys(number, 'pending_upload', 0, [String(body.region)]));
  state.store.images.push(image);
  const signature = [0, 1, 2, 3].map((i) => (hash(`upload/${number}/${i}`) >>> 0).toString(16).padStart(8, '0')).join('');
  const date = new Date(state.now()).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const upload_to =
    `https://${String(body.region)}-1.linodeobjects.com/linode-producer-images/private/${number}.gz` +
    `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${date}&X-Amz-Expires=${UPLOAD_URL_SECONDS}&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=${signature}`;
  return ok({ upload_to, image });
};
