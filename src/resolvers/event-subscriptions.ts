// Root Subscription fields: account events as they happen, from the token's shared poller
// (src/resolvers/event-pollers.ts). Each delivery reads the event's entities afresh (as they are
// now, not as at an earlier delivery) with a budget of its own.
import { Event } from '../schema/account/event.js';
import { builder } from '../schema/builder.js';
import { compileListArgs, filterArg } from '../schema/kit/connection-field.js';
import { forgetLoaded } from '../schema/kit/resource.js';
import { UpstreamBudget } from '../security/budget.js';

builder.subscriptionFields((t) => ({
  events: t.field({
    type: Event.ref,
    description:
      'Each new account event, and each change of status of an event under way (`started` -> `finished`), as Linode reports it. Only events that happen after subscribing; `filter` narrows them.',
    args: filterArg(t.arg, Event.filter),
    subscribe: (_root, args, ctx) => {
      const filter = compileListArgs(Event.filter, args, ctx.filterLimits);
      return ctx.events.subscribe({
        token: ctx.token,
        address: ctx.clientAddress,
        filter: filter && withoutOrder(filter),
        signal: ctx.upstream.signal,
        beforeDelivery: () => {
          forgetLoaded(ctx);
          ctx.upstream.useBudget(new UpstreamBudget(ctx.cost?.budget ?? Number.POSITIVE_INFINITY));
        },
      });
    },
    resolve: (event) => Event.fromLinode(event),
  }),
}));

/** The caller's filter without ordering (events arrive in id order). */
function withoutOrder(filter: Record<string, unknown>): Record<string, unknown> | undefined {
  const { '+order_by': _by, '+order': _order, ...rest } = filter;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
