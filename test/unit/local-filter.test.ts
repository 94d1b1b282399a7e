// X-Filter evaluated by the gateway on a catalog it holds whole (regions): Linode's meaning.
import { describe, expect, it } from 'vitest';
import { applyXFilter } from '../../src/rest/local-filter.js';

const regions = [
  { id: 'us-east', label: 'Newark, NJ', country: 'us', capabilities: ['Linodes', 'GPU Linodes'], status: 'ok' },
  { id: 'us-central', label: 'Dallas, TX', country: 'us', capabilities: ['Linodes'], status: 'outage' },
  { id: 'eu-west', label: 'London, UK', country: 'gb', capabilities: ['Linodes', 'Vlans'], status: 'ok' },
];
const ids = (filter: Record<string, unknown>) => applyXFilter(regions, filter).map((r) => r.id);

describe('applyXFilter', () => {
  it.each([
    [{ country: 'us' }, ['us-east', 'us-central']],
    [{ capabilities: 'Vlans' }, ['eu-west']], // a value on a list field: one of its items
    [{ capabilities: { '+neq': 'GPU Linodes' } }, ['us-central', 'eu-west']], // none of its items
    [{ label: { '+contains': 'tx' } }, ['us-central']], // case-insensitive
    [{ '+or': [{ status: 'outage' }, { country: 'gb' }] }, ['us-central', 'eu-west']],
    [{ '+and': [{ country: 'us' }, { status: { '+neq': 'outage' } }] }, ['us-east']],
    [{ id: { '+gt': 'us-central' } }, ['us-east']],
  ])('%j keeps %j', (filter, expected) => expect(ids(filter)).toEqual(expected));

  it('sorts by +order_by / +order, stably', () => {
    expect(ids({ '+order_by': 'label', '+order': 'desc' })).toEqual(['us-east', 'eu-west', 'us-central']);
    expect(ids({ country: 'us', '+order_by': 'status', '+order': 'asc' })).toEqual(['us-east', 'us-central']);
  });
});
