// The profile's authorized OAuth apps and trusted devices (metadata only: no secret exists here).
import type { SeedContext } from './collections.js';
import { DAY_MS, make, timeBetween } from './seed-helpers.js';
import { linodeTime, parseTime } from '../time.js';

export const PROFILE_APPS = {
  apps: '/profile/apps',
  devices: '/profile/devices',
} as const;

const APPS: Array<[label: string, scopes: string, website: string, expiresInDays: number | null]> = [
  ['Grafana Linode Datasource', 'linodes:read_only nodebalancers:read_only volumes:read_only', 'https://grafana.example.com', null],
  ['Cost Explorer', 'account:read_only linodes:read_only', 'https://costs.example.net', 90],
];

const AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
];

export function seedProfileApps(ctx: SeedContext): void {
  const { rng, ids, now } = ctx;
  ctx.put(
    PROFILE_APPS.apps,
    APPS.map(([label, scopes, website, days]) => {
      const id = ids.next('authorizedApp');
      const created = timeBetween(rng, now - 400 * DAY_MS, now - 10 * DAY_MS);
      const thumbnail = `https://api.linode.com/v4/account/oauth-clients/${rng.hex(20)}/thumbnail`;
      return make('AuthorizedApp', rng, {
        id,
        label,
        // An OAuth client without a thumbnail answers null (issue 8's recordings).
        thumbnail_url: label === 'Cost Explorer' ? null : thumbnail,
        scopes,
        created,
        expiry: days === null ? null : linodeTime(parseTime(created) + days * DAY_MS),
        website,
      });
    }),
  );
  // Trusted for 30 days from the login that trusted them.
  ctx.put(
    PROFILE_APPS.devices,
    AGENTS.map((user_agent) => {
      const created = timeBetween(rng, now - 25 * DAY_MS, now - DAY_MS);
      return make('TrustedDevice', rng, {
        id: ids.next('trustedDevice'),
        created,
        expiry: linodeTime(parseTime(created) + 30 * DAY_MS),
        user_agent,
        last_authenticated: timeBetween(rng, created, now - 60_000),
        last_remote_addr: `${rng.pick(['203.0.113', '198.51.100'])}.${rng.int(2, 254)}`,
      });
    }),
  );
}
