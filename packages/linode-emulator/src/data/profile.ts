// The profile's SSH keys and personal access tokens (metadata only), and StackScripts: public ones
// by Linode and a few of the account's own.
import { asString } from '../json.js';
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { randomTime } from './fill.js';
import { after, DAY_MS, make, REDACTED, timeBetween } from './seed-helpers.js';
import { linodeTime } from '../time.js';

export const PROFILE = {
  sshKeys: '/profile/sshkeys',
  tokens: '/profile/tokens',
  stackScripts: '/linode/stackscripts',
} as const;

/** The user the profile belongs to. */
export const profileUsername = (ctx: SeedContext): string => asString(ctx.store.singletons['/profile']?.username) ?? 'demo-user';

const KEYS: Array<[label: string, kind: 'ed25519' | 'rsa', comment: string]> = [
  ['laptop', 'ed25519', 'demo@laptop'],
  ['work-desktop', 'rsa', 'demo@workstation'],
  ['ci-deploy', 'ed25519', 'deploy@ci.example.com'],
];

/**
 * Days to expiry; `never`: created without expiry, answered as null (issue 8's recordings);
 * `far`: the far date Cloud Manager's "never" gives (2999-12-12T05:00:00, recorded).
 */
const TOKENS: Array<[label: string, scopes: string, expiresInDays: number | 'never' | 'far']> = [
  ['linode-cli', '*', 'never'],
  ['terraform', 'linodes:read_write volumes:read_write domains:read_write nodebalancers:read_write firewall:read_write', 180],
  ['grafana-readonly', 'linodes:read_only volumes:read_only nodebalancers:read_only', 'far'],
  ['ci-deploy', 'linodes:read_write images:read_only', 90],
];

export function seedProfile(ctx: SeedContext): void {
  const { rng, ids, now } = ctx;
  const keyBody = (kind: string) =>
    kind === 'rsa' ? `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${rng.hex(64)}` : `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rng.hex(43)}`;
  ctx.put(
    PROFILE.sshKeys,
    KEYS.map(([label, kind, comment]) =>
      make('SSHKey', rng, { id: ids.next('sshKey'), label, ssh_key: `${keyBody(kind)} ${comment}`, created: randomTime(rng) }),
    ),
  );

  ctx.put(
    PROFILE.tokens,
    TOKENS.map(([label, scopes, days]) => {
      const created = timeBetween(rng, now - 300 * DAY_MS, now - DAY_MS);
      const expiry =
        days === 'never' ? null : days === 'far' ? '2999-12-12T05:00:00' : linodeTime(Date.parse(`${created}Z`) + days * DAY_MS);
      return make('PersonalAccessToken', rng, { id: ids.next('token'), scopes, created, label, token: REDACTED, expiry });
    }),
  );

  seedStackScripts(ctx);
}

const STACKSCRIPTS = [
  {
    mine: false,
    label: 'Docker One-Click',
    description: 'Installs Docker Engine and Docker Compose.',
    fields: [['DOCKER_COMPOSE', 'Install Docker Compose?', 'yes,no', 'yes']],
  },
  {
    mine: false,
    label: 'WordPress One-Click',
    description: 'WordPress on a LAMP stack, with a firewall and an admin user.',
    fields: [
      ['SOA_EMAIL_ADDRESS', 'Email address for the SOA record', '', '', 'Example: admin@example.com'],
      ['WEBSERVER_STACK', 'The web server stack', 'LAMP,LEMP', 'LAMP'],
      ['PHP_MODULES', 'Extra PHP modules', '', '', '', 'imagick,redis,intl'],
    ],
  },
  {
    mine: false,
    label: 'Secure Your Server',
    description: 'Creates a limited sudo user, disables root SSH login and enables automatic updates.',
    fields: [['USERNAME', 'The limited sudo user to create', '', '']],
  },
  { mine: false, label: 'LAMP One-Click', description: 'Apache, MySQL and PHP on one instance.', fields: [] },
  {
    mine: true,
    label: 'bootstrap-web',
    description: 'Installs nginx and the node exporter, then pulls the site.',
    fields: [['SITE_REPO', 'Git repository of the site', '', 'https://git.example.com/site.git']],
  },
  { mine: true, label: 'install-monitoring-agent', description: 'Registers the host with the monitoring service.', fields: [] },
];

/**
 * A user-defined field as real answers carry it: `name` and `label`, then `oneof`, `manyof`,
 * `example` and `default` only when set (lower case: the spec's `oneOf`/`manyOf` never come).
 */
export function userDefinedField(attrs: Record<string, string | undefined>): JsonObject {
  const out: JsonObject = { name: attrs.name ?? '', label: attrs.label ?? '' };
  for (const key of ['oneof', 'manyof', 'example', 'default']) if (attrs[key]) out[key] = attrs[key];
  return out;
}

function seedStackScripts(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const me = profileUsername(ctx);
  const images = store.images.filter((i) => i.is_public && !i.deprecated && /^linode\/(debian|ubuntu)/.test(i.id)).map((i) => i.id);
  ctx.put(
    PROFILE.stackScripts,
    STACKSCRIPTS.map((plan) => {
      const created = randomTime(rng);
      const total = plan.mine ? rng.int(3, 60) : rng.int(20_000, 400_000);
      const chosen = rng.some(images, 4);
      const udfs = plan.fields.map(([name, label]) => `# <UDF name="${name}" label="${label}" />\n`).join('');
      return make('StackScript', rng, {
        id: ids.next('stackScript'),
        username: plan.mine ? me : 'linode',
        user_gravatar_id: rng.hex(32),
        label: plan.label,
        description: plan.description,
        images: chosen.length ? chosen : images.slice(0, 1),
        deployments_total: total,
        deployments_active: Math.floor(total * rng.next() * 0.3),
        is_public: !plan.mine,
        created,
        updated: after(rng, created, 300),
        rev_note: plan.mine ? 'Pin package versions' : 'Initial import',
        script: `#!/bin/bash\n${udfs}set -euo pipefail\napt-get update && apt-get -y upgrade\n`,
        user_defined_fields: plan.fields.map(([name, label, oneof, def, example, manyof]) =>
          userDefinedField({ name, label, oneof, manyof, example, default: def }),
        ),
        mine: plan.mine,
        logo_url: '',
        ordinal: 0,
      });
    }),
  );
}
