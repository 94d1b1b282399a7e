// A day of a NodeBalancer's traffic. Linode sends each series as `[time in ms, value]` pairs (the
// spec says plain numbers), so the points get a type of their own.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { LinodeApiError } from '../../rest/errors.js';
import { NodeBalancer } from './nodebalancer.js';

type Point = [number, number];
interface Stats {
  title?: string | null;
  data?: { connections?: unknown; traffic?: { in?: unknown; out?: unknown } | null } | null;
}

const isPoint = (value: unknown): value is Point =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
const points = (series: unknown): Point[] | null => (Array.isArray(series) ? series.filter(isPoint) : null);

const StatsPoint = builder.objectRef<Point>('NodeBalancerStatsPoint').implement({
  description: 'One 5-minute average of a NodeBalancer series.',
  fields: (t) => ({
    time: t.field({ type: 'DateTime', description: 'The start of the five minutes.', resolve: (p) => new Date(p[0]).toISOString() }),
    value: t.float({ description: 'The average over the five minutes.', resolve: (p) => p[1] }),
  }),
});

const NodeBalancerStats = builder.objectRef<Stats>('NodeBalancerStats').implement({
  description: "A NodeBalancer's last day of traffic, in 5-minute averages.",
  fields: (t) => ({
    title: t.string({ nullable: true, description: "Linode's title of the graphs.", resolve: (s) => s.title ?? null }),
    connections: t.field({
      type: [StatsPoint],
      nullable: true,
      description: 'Connections per second.',
      resolve: (s) => points(s.data?.connections),
    }),
    trafficIn: t.field({
      type: [StatsPoint],
      nullable: true,
      description: 'Bits per second in.',
      resolve: (s) => points(s.data?.traffic?.in),
    }),
    trafficOut: t.field({
      type: [StatsPoint],
      nullable: true,
      description: 'Bits per second out.',
      resolve: (s) => points(s.data?.traffic?.out),
    }),
  }),
});

builder.objectFields(NodeBalancer.ref, (t) => ({
  stats: t.field({
    type: NodeBalancerStats,
    nullable: true,
    description: 'The last day of traffic; null (with an error) while Linode has none yet, for a NodeBalancer younger than a day.',
    extensions: upstreamCost.perParent,
    resolve: async (nb, _args, ctx) => {
      try {
        return await ctx.upstream.get<Stats>(`/nodebalancers/${validId('int', nb.id)}/stats`, {
          operation: 'GET /nodebalancers/{id}/stats',
        });
      } catch (error) {
        if (error instanceof LinodeApiError && error.status === 400)
          throw new GraphQLError(`Linode has no stats for NodeBalancer ${String(nb.id)} yet: ${error.message}`, {
            extensions: { code: 'NOT_FOUND' },
          });
        throw error;
      }
    },
  }),
}));
