import { defineResource } from '../kit/resource.js';

export const Image = defineResource({
  name: 'Image',
  schema: 'Image',
  description: "A disk image to deploy from: public distributions and the account's private images.",
  path: '/images',
  idKind: 'image',
  root: { one: 'image', many: 'images' },
  // The list holds the caller's private images, so it is cached per token, and briefly: Linode
  // allows only 20 image list requests a minute.
  catalog: { scope: 'private', ttlMs: 60 * 1000 },
});
