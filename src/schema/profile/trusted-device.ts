import { defineResource } from '../kit/resource.js';

export const TrustedDevice = defineResource({
  name: 'TrustedDevice',
  schema: 'TrustedDevice',
  description: 'A browser the user marked as trusted, which skips two-factor prompts until it expires.',
  path: '/profile/devices',
  idKind: 'int',
  root: { one: 'trustedDevice', many: 'trustedDevices' },
});
