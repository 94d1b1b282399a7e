// The instances a range is routed to: from the list when it names them, else from the range's
// own GET (GET /networking/ipv6/ranges/{range}).
import type { IPv6RangeBGP } from 'linode-facts/shapes';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { loadRelated } from '../kit/relation.js';
import { Instance } from '../linode/instance.js';
import { IPv6Range } from './vlan.js';

function detailOf(ctx: GatewayContext, range: string | null | undefined): Promise<IPv6RangeBGP> | null {
  if (!range) return null;
  return ctx.upstream.get<IPv6RangeBGP>(`/networking/ipv6/ranges/${validId('ip', range, 'range')}`, {
    operation: 'GET /networking/ipv6/ranges/{range}',
  });
}

builder.objectFields(IPv6Range.ref, (t) => ({
  instances: t.field({
    type: [Instance.ref],
    nullable: { list: true, items: true },
    description:
      'The instances the range is routed to (null for one deleted since); one request per range when the list did not name them.',
    extensions: upstreamCost.perParentThenLoads,
    resolve: async (r, _args, ctx) => {
      // Today's lists carry the instances; older answers only the range's own GET.
      const ids = Array.isArray(r.linodes) ? r.linodes : (await detailOf(ctx, r.range))?.linodes;
      return Array.isArray(ids) ? Promise.all(ids.map((id) => loadRelated(ctx, Instance, id))) : null;
    },
  }),
}));
