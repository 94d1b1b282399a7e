// What an account event drops from a token's cache, and which answers are volatile.
import { describe, expect, it } from 'vitest';
import { DROP_ALL, droppedAt, eventMarkers, isVolatile } from '../../src/rest/event-scopes.js';

describe('eventMarkers', () => {
  it('an instance event drops the instance, everything under it, its list and the events list', () => {
    const markers = eventMarkers({ action: 'linode_update', entity: { id: 7, type: 'linode', url: '/v4/linode/instances/7' } });
    expect(markers).toEqual(expect.arrayContaining(['/linode/instances/7', '=/linode/instances', '=/account/events']));
  });

  it('a secondary entity is dropped too; a volume also drops the instances’ volume lists', () => {
    const markers = eventMarkers({
      action: 'volume_attach',
      entity: { id: 3, type: 'volume', url: '/v4/volumes/3' },
      secondary_entity: { id: 7, type: 'linode', url: '/v4/linode/instances/7' },
    });
    expect(markers).toEqual(expect.arrayContaining(['/volumes/3', '=/volumes', '=/linode/instances/*/volumes', '/linode/instances/7']));
  });

  it('an entity without a url is placed by its type; one that cannot be placed drops everything', () => {
    expect(eventMarkers({ entity: { id: 9, type: 'domain' } })).toContain('/domains/9');
    expect(eventMarkers({ entity: { id: 9, type: 'something_new' } })).toEqual([DROP_ALL]);
    expect(eventMarkers({ entity: { id: 1, type: 'account' } })).toContain('/account');
  });
});

describe('droppedAt', () => {
  const drops = { '/linode/instances/7': 4, '=/linode/instances': 5, '=/linode/instances/*/volumes': 6 };
  it('a subtree marker covers the path and what is under it; a list marker only the list', () => {
    expect(droppedAt('/linode/instances/7/disks', drops)).toBe(4);
    expect(droppedAt('/linode/instances/8/disks', drops)).toBe(0);
    expect(droppedAt('/linode/instances', drops)).toBe(5);
    expect(droppedAt('/linode/instances/8/volumes', drops)).toBe(6);
    expect(droppedAt('/volumes', { ...drops, [DROP_ALL]: 9 })).toBe(9);
  });
});

describe('isVolatile', () => {
  it('usage figures and objects in a moving status are volatile; settled objects are not', () => {
    expect(isVolatile('/linode/instances/7/transfer', { used: 1 })).toBe(true);
    expect(isVolatile('/linode/instances/7/stats', {})).toBe(true);
    expect(isVolatile('/linode/instances', { data: [{ status: 'running' }, { status: 'booting' }] })).toBe(true);
    expect(isVolatile('/linode/instances/7', { status: 'provisioning' })).toBe(true);
    expect(isVolatile('/linode/instances', { data: [{ status: 'running' }, { status: 'offline' }] })).toBe(false);
    expect(isVolatile('/regions', { data: [{ id: 'us-east' }] })).toBe(false);
  });

  it('buckets and their objects are volatile: S3 changes them without a Linode event', () => {
    expect(isVolatile('/object-storage/buckets/us-east-1/assets/object-list', { data: [] })).toBe(true);
    expect(isVolatile('/object-storage/buckets', { data: [{ label: 'assets' }] })).toBe(true);
    expect(isVolatile('/object-storage/keys', { data: [{ id: 1 }] })).toBe(false);
  });
});
