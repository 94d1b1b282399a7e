// The API moves: enum values and keys the schema does not know are served (OTHER plus the raw
// value; unknown keys ignored), counted in /metrics per occurrence, and logged once each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway.js';
import { memoryLogger } from '../e2e/helpers.js';
import { gql } from '../support/gql.js';
import { startFakeLinode, type FakeLinode } from '../support/fake-linode.js';

let fake: FakeLinode;
beforeAll(async () => {
  fake = await startFakeLinode();
});
afterAll(() => fake.close());

const INSTANCE = {
  id: 7,
  label: 'web-7',
  status: 'Hibernating',
  hypervisor: 'KVM',
  tags: ['a'],
  future_thing: { nested: true },
  another_new_key: 1,
};

describe('API drift', () => {
  it('serves an unknown enum value as OTHER with its raw value, matches another case of a known one, and reports both kinds of drift', async () => {
    fake.answer(INSTANCE);
    const sink = memoryLogger('info');
    const gateway = createGateway({ linodeApiUrl: fake.url }, { logger: sink.logger });
    try {
      const text = '{ instances(first: 5) { nodes { id status statusRaw hypervisor hypervisorRaw label } } }';
      const first = await gql(gateway, text, { token: 'drift-test' });
      expect(first.errors).toBeUndefined();
      expect(first.data?.instances).toEqual({
        nodes: [{ id: '7', status: 'OTHER', statusRaw: 'Hibernating', hypervisor: 'KVM', hypervisorRaw: 'KVM', label: 'web-7' }],
      });
      await gql(gateway, text, { token: 'drift-test' });

      const metrics = await (await gateway.yoga.fetch('http://gateway.test/metrics')).text();
      expect(metrics).toMatch(/^linode_gateway_upstream_unknown_enum_values_total\{type="Instance",field="status"\} 2$/m); // once per object served
      expect(metrics).toMatch(/^linode_gateway_upstream_unknown_fields_total\{type="Instance",field="future_thing"\} 2$/m);
      expect(metrics).toMatch(/^linode_gateway_upstream_unknown_fields_total\{type="Instance",field="another_new_key"\} 2$/m);
      expect(metrics).not.toMatch(/unknown_fields_total\{type="Instance",field="(label|status|id)"\}/);

      const drift = sink.lines().filter((l) => String(l.msg).startsWith('Linode sent'));
      expect(drift.map((l) => [l.type, l.field, l.value])).toEqual([
        ['Instance', 'future_thing', undefined],
        ['Instance', 'another_new_key', undefined],
        ['Instance', 'status', 'Hibernating'],
      ]);
    } finally {
      await gateway.close();
    }
  });
});
