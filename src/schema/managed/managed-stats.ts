// A day of the Managed instances' resource use. Linode sends `{x: time in ms, y: value}` points
// with fractional values (the spec types `y` as an integer), or a list of messages while it has no
// graphs yet.
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';

interface Point {
  x?: unknown;
  y?: unknown;
}
type Series = 'cpu' | 'disk' | 'swap' | 'net_in' | 'net_out';
type Stats = Partial<Record<Series, unknown>>;

const isPoint = (p: unknown): p is { x: number; y: number } =>
  typeof p === 'object' && p !== null && typeof (p as Point).x === 'number' && typeof (p as Point).y === 'number';

const ManagedStatsPoint = builder.objectRef<{ x: number; y: number }>('ManagedStatsPoint').implement({
  description: 'One 5-minute average of a Managed series.',
  fields: (t) => ({
    time: t.field({ type: 'DateTime', description: 'The start of the five minutes.', resolve: (p) => new Date(p.x).toISOString() }),
    value: t.float({ description: 'The average over the five minutes.', resolve: (p) => p.y }),
  }),
});

const series = (description: string, key: Series) => ({ description, key });
const SERIES = {
  cpu: series('CPU use, in percent.', 'cpu'),
  disk: series('Disk IO, in blocks per second.', 'disk'),
  swap: series('Swap IO, in blocks per second.', 'swap'),
  netIn: series('Traffic in, in bits per second.', 'net_in'),
  netOut: series('Traffic out, in bits per second.', 'net_out'),
};

const ManagedStats = builder.objectRef<Stats>('ManagedStats').implement({
  description: "The last day of the Managed instances' resource use, in 5-minute averages.",
  fields: (t) =>
    Object.fromEntries(
      Object.entries(SERIES).map(([name, { description, key }]) => [
        name,
        t.field({
          type: [ManagedStatsPoint],
          nullable: true,
          description,
          resolve: (s) => {
            const points = s[key];
            return Array.isArray(points) ? points.filter(isPoint) : null;
          },
        }),
      ]),
    ),
});

builder.queryFields((t) => ({
  managedStats: t.field({
    type: ManagedStats,
    nullable: true,
    description: "The last day of the Managed instances' resource use; null while Linode has no graphs yet.",
    extensions: upstreamCost.perParent,
    resolve: async (_root, _args, ctx) => {
      const answer = await ctx.upstream.get<{ data?: unknown }>('/managed/stats', { operation: 'GET /managed/stats' });
      // Without graphs yet, `data` is a list of messages.
      return typeof answer.data === 'object' && answer.data !== null && !Array.isArray(answer.data) ? answer.data : null;
    },
  }),
}));
