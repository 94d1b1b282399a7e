// `uploadImage`: Linode answers a private image waiting for its file, and a signed URL to PUT the
// file to. The URL grants a write into Linode's storage: shown once, never cached (writes never are).
import { operationFact, type ObjectFact } from 'linode-facts';
import type { Image as ImageShape } from 'linode-facts/shapes';
import { builder } from '../schema/builder.js';
import { Image } from '../schema/catalogs/image.js';
import { factInputRef, toLinodeBody } from '../schema/kit/inputs.js';
import { attempt, UserErrorRef, type MutationOutcome } from '../schema/kit/mutations.js';

const OPERATION = 'POST /images/upload';

interface UploadAnswer {
  upload_to?: string | null;
  image?: ImageShape | null;
}

const op = operationFact('POST', '/images/upload');
const request: ObjectFact = { type: 'object', fields: op.request?.fields ?? {}, required: op.request?.required };
const UploadImageInput = factInputRef('UploadImageInput', request, 'The image to be: its label and region are required.');

const UploadImagePayload = builder.objectRef<MutationOutcome<UploadAnswer>>('UploadImagePayload').implement({
  description: 'Result of uploadImage.',
  fields: (t) => ({
    image: t.field({
      type: Image.ref,
      nullable: true,
      description: 'The new private image, `pending_upload` until its file arrives.',
      resolve: (p) => (p.result?.image ? Image.fromLinode(p.result.image) : null),
    }),
    uploadTo: t.string({
      nullable: true,
      description: 'SECRET: the signed URL to PUT the image file (gzip) to; anyone holding it can upload. Shown once.',
      resolve: (p) => p.result?.upload_to ?? null,
    }),
    userErrors: t.field({ type: [UserErrorRef], description: 'Problems with the input; empty on success.', resolve: (p) => p.userErrors }),
  }),
});

builder.mutationField('uploadImage', (t) =>
  t.field({
    type: UploadImagePayload,
    nullable: true,
    description: 'Starts an image upload: a private image and the URL its file goes to.',
    extensions: { linodeOperation: OPERATION },
    args: { input: t.arg({ type: UploadImageInput, required: true }) },
    resolve: (_root, args, ctx) =>
      attempt(async () => {
        const input: unknown = args.input;
        const body = typeof input === 'object' && input !== null ? toLinodeBody(input, request) : {};
        const answer = await ctx.upstream.write<UploadAnswer>('POST', '/images/upload', body, OPERATION);
        Image.forget(ctx); // the images this request read are stale now
        return answer;
      }),
  }),
);
