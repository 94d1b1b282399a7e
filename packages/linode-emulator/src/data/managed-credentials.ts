// Credentials Linode Managed keeps to log in to monitored services. Linode never sends their
// username or password back: an answer names the credential and when Managed last decrypted it.
import type { SeedContext } from './collections.js';
import { DAY_MS, make, timeBetween } from './seed-helpers.js';

export const MANAGED_CREDENTIALS = '/managed/credentials';

export function seedManagedCredentials(ctx: SeedContext): void {
  ctx.put(
    MANAGED_CREDENTIALS,
    ['prod-db-root', 'shop-admin-login'].map((label) =>
      make('ManagedCredential', ctx.rng, {
        id: ctx.ids.next('managedCredential'),
        label,
        last_decrypted: timeBetween(ctx.rng, ctx.now - 90 * DAY_MS, ctx.now - DAY_MS),
      }),
    ),
  );
}
