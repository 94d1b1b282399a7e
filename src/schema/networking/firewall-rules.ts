// A firewall's rules read on their own: the same object as `firewall.rules`, as Linode has it now.
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { Firewall } from './firewall.js';

const FirewallRules = Firewall.nested('rules');

builder.objectFields(Firewall.ref, (t) => ({
  currentRules: t.field({
    type: FirewallRules,
    nullable: true,
    description: "The firewall's rules read on their own (one request per firewall): the current version and fingerprint.",
    extensions: upstreamCost.perParent,
    resolve: (firewall, _args, ctx) =>
      ctx.upstream.get(`/networking/firewalls/${validId('int', firewall.id)}/rules`, {
        operation: 'GET /networking/firewalls/{id}/rules',
      }),
  }),
}));
