// An instance's usage, each read only when selected and kept briefly (Linode records no event when
// it changes): its graphs (last 24 hours, or a month) and its network transfer (this month against
// its quota, or a month's bytes). Months default to the current one (UTC).
import type { GatewayContext } from '../../context.js';
import type { LinodeMonthlyTransferResponse, LinodeStats, LinodeTransferResponse } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { badInput } from '../kit/ids.js';
import { Instance } from './instance.js';

const InstanceStats = factObject({
  name: 'InstanceStats',
  schema: 'LinodeStats',
  description: 'Graphs of an instance: each series is a list of [epoch milliseconds, value] pairs.',
});
const InstanceTransfer = factObject({
  name: 'InstanceTransfer',
  schema: 'LinodeTransferResponse',
  description: "An instance's network transfer this month: used (bytes) against its quota (GB).",
});
const InstanceMonthlyTransfer = factObject({
  name: 'InstanceMonthlyTransfer',
  schema: 'LinodeMonthlyTransferResponse',
  description: "An instance's network transfer in one month, in bytes.",
});

/** Linode sends the graphs wrapped in `data` (linodego InstanceStats), the spec flat: either is read. */
type StatsAnswer = LinodeStats & { data?: LinodeStats | null };
const unwrap = (answer: StatsAnswer): LinodeStats => (answer.data ? { ...answer.data, title: answer.title } : answer);

/** The month asked for, or the current one; both or neither must be given. */
function yearMonth(args: { year?: number | null; month?: number | null }): string {
  const now = new Date();
  const year = args.year ?? now.getUTCFullYear();
  const month = args.month ?? now.getUTCMonth() + 1;
  if ((args.year == null) !== (args.month == null)) throw badInput('Give both year and month, or neither (the current month).');
  if (year < 2000 || year > 2100 || month < 1 || month > 12) throw badInput('year must be 2000..2100 and month 1..12.');
  return `${year}/${month}`;
}

const read = <T>(ctx: GatewayContext, id: number, path: string, operation: string) =>
  ctx.upstream.get<T>(`/linode/instances/${id}/${path}`, { operation: `GET /linode/instances/{id}/${operation}` });

builder.objectFields(Instance.ref, (t) => {
  const monthArgs = {
    year: t.arg.int({ required: false, description: 'The year (UTC); the current one when left out.' }),
    month: t.arg.int({ required: false, description: 'The month, 1 to 12 (UTC); the current one when left out.' }),
  };
  return {
    stats: t.field({
      type: InstanceStats.ref,
      nullable: true,
      description: 'CPU, disk IO and network graphs of the last 24 hours, five-minute averages.',
      extensions: upstreamCost.perParent,
      resolve: async (i, _args, ctx) => unwrap(await read<StatsAnswer>(ctx, i.id, 'stats', 'stats')),
    }),
    monthlyStats: t.field({
      type: InstanceStats.ref,
      nullable: true,
      description: 'CPU, disk IO and network graphs of one month, hourly averages.',
      extensions: upstreamCost.perParent,
      args: monthArgs,
      resolve: async (i, args, ctx) => unwrap(await read<StatsAnswer>(ctx, i.id, `stats/${yearMonth(args)}`, 'stats/{year}/{month}')),
    }),
    transfer: t.field({
      type: InstanceTransfer.ref,
      nullable: true,
      description: "Network transfer this month so far, against the instance's quota.",
      extensions: upstreamCost.perParent,
      resolve: (i, _args, ctx) => read<LinodeTransferResponse>(ctx, i.id, 'transfer', 'transfer'),
    }),
    monthlyTransfer: t.field({
      type: InstanceMonthlyTransfer.ref,
      nullable: true,
      description: 'Bytes in and out in one month.',
      extensions: upstreamCost.perParent,
      args: monthArgs,
      resolve: (i, args, ctx) => read<LinodeMonthlyTransferResponse>(ctx, i.id, `transfer/${yearMonth(args)}`, 'transfer/{year}/{month}'),
    }),
  };
});
