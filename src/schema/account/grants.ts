// What a restricted user may do: the same structure for any user and for the token's own.
import type { GrantsResponse } from 'linode-facts/shapes';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { validId } from '../kit/ids.js';
import { relation } from '../kit/relation.js';
import type { Id, Loadable } from '../kit/types.js';
import { Image } from '../catalogs/image.js';
import { Domain } from '../domains/domain.js';
import { StackScript } from '../linode/stackscript.js';
import { Instance } from '../linode/instance.js';
import { LongviewClient } from '../longview/longview-client.js';
import { Firewall } from '../networking/firewall.js';
import { VPC } from '../networking/vpc.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { PlacementGroup } from '../placement/placement-group.js';
import { Volume } from '../volumes/volume.js';
import { Profile } from './account.js';
import { User } from './user.js';

export const Grants = factObject({ name: 'Grants', schema: 'GrantsResponse' });

// Each grant names its object by id (an image by the number of `private/<n>`).
type GrantList =
  'linode' | 'domain' | 'nodebalancer' | 'image' | 'longview' | 'stackscript' | 'volume' | 'vpc' | 'firewall' | 'placement_group';
const granted = <Target>(path: GrantList, field: string, target: Loadable<Target>, idOf = (id: Id) => id) =>
  Grants.relate(path, (t) => ({
    [field]: relation(t, target, (grant: { id?: Id | null }) => (grant.id == null ? null : idOf(grant.id)), 'The object the grant is for.'),
  }));
granted('linode', 'instance', Instance);
granted('domain', 'domain', Domain);
granted('nodebalancer', 'nodeBalancer', NodeBalancer);
granted('image', 'image', Image, (id) => `private/${id}`);
granted('longview', 'longview', LongviewClient);
granted('stackscript', 'stackscript', StackScript);
granted('volume', 'volume', Volume);
granted('vpc', 'vpc', VPC);
granted('firewall', 'firewall', Firewall);
granted('placement_group', 'placementGroup', PlacementGroup);

/** Linode answers 204 with no body for an unrestricted user: every grant, nothing to list. */
async function grantsAt(ctx: GatewayContext, path: string, operation: string): Promise<GrantsResponse | null> {
  const grants = await ctx.upstream.get<GrantsResponse>(path, { operation });
  return Object.keys(grants).length > 0 ? grants : null;
}

const unrestricted = 'null for an unrestricted user, who may do everything';

builder.objectFields(User.ref, (t) => ({
  grants: t.field({
    type: Grants.ref,
    nullable: true,
    description: `What the user may do on the account, entity by entity (${unrestricted}).`,
    extensions: upstreamCost.perParent,
    resolve: (user, _args, ctx) =>
      grantsAt(ctx, `/account/users/${validId('username', user.username)}/grants`, 'GET /account/users/{username}/grants'),
  }),
}));

builder.objectFields(Profile.ref, (t) => ({
  grants: t.field({
    type: Grants.ref,
    nullable: true,
    description: `What the token's user may do (${unrestricted}).`,
    extensions: upstreamCost.perParent,
    resolve: (_p, _args, ctx) => grantsAt(ctx, '/profile/grants', 'GET /profile/grants'),
  }),
}));
