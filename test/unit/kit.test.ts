import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { validId } from '../../src/schema/kit/ids.js';
import { camelCase, pascalCase, singular, upperSnake } from '../../src/schema/kit/names.js';
import { toRfc3339 } from '../../src/schema/kit/scalars.js';

describe('names', () => {
  it.each([
    ['watchdog_enabled', 'watchdogEnabled'],
    ['lke_cluster_id', 'lkeClusterId'],
    ['entity.id', 'entityId'],
    ['created', 'created'],
  ])('camelCase(%s) = %s', (input, expected) => expect(camelCase(input)).toBe(expected));

  it.each([
    ['shutting_down', 'SHUTTING_DOWN'],
    ['needsPostProcessing', 'NEEDS_POST_PROCESSING'],
    ['not ready', 'NOT_READY'],
    ['W22', 'W22'],
    ['x86_64', 'X86_64'],
    ['4', '_4'],
  ])('upperSnake(%s) = %s', (input, expected) => expect(upperSnake(input)).toBe(expected));

  it('pascalCase and singular', () => {
    expect(pascalCase('region_prices')).toBe('RegionPrices');
    expect(singular('region_prices')).toBe('region_price');
    expect(singular('addresses')).toBe('address');
    expect(singular('policies')).toBe('policy');
  });
});

describe('DateTime', () => {
  it('reads Linode zone-less UTC timestamps as UTC', () => {
    expect(toRfc3339('2018-01-01T00:01:01')).toBe('2018-01-01T00:01:01Z');
    expect(toRfc3339('2018-01-01T02:01:01+02:00')).toBe('2018-01-01T00:01:01Z');
  });
});

describe('ids before they go into a path', () => {
  it.each([
    ['int', '123'],
    ['slug', 'us-east'],
    ['slug', 'g6-standard-2'],
    ['qualified', 'linode/grub2'],
    ['qualified', 'mysql/8.0.26'],
    ['username', 'example_user'],
    ['image', 'linode/debian12'],
    ['image', 'private/123'],
    ['image', 'shared/123'],
  ] as const)('%s accepts %s', (kind, id) => expect(validId(kind, id)).toBe(id));

  it.each([
    ['int', '12a'],
    ['int', '../1'],
    ['int', ''],
    ['slug', 'us-east/../../account'],
    ['slug', 'a%2Fb'],
    ['slug', 'us-east?x=1'],
    ['slug', 'us-east#x'],
    ['slug', 'us\neast'],
    ['image', 'linode/../account'],
    ['image', 'debian12'],
    ['image', 'linode/a/b'],
    // Text ids are one path segment: no `/` to reach another endpoint (finding 10 of issue 10).
    ['slug', 'linode/grub2'],
    ['slug', 'x/thumbnail'],
    ['username', 'jdoe/grants'],
    ['username', 'jd'],
    ['qualified', 'linode/grub2/x'],
    ['qualified', 'grub2'],
  ] as const)('%s refuses %j with BAD_USER_INPUT', (kind, id) => {
    expect(() => validId(kind, id)).toThrowError(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('config', () => {
  it('has embedded defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.linodeApiUrl).toBe('https://api.linode.com/v4');
    expect(config.monitorApiUrl).toBe('https://monitor-api.linode.com/v2beta');
    expect(loadConfig({ MONITOR_API_URL: 'http://127.0.0.1:4010/v2beta/' }).monitorApiUrl).toBe('http://127.0.0.1:4010/v2beta');
    expect(config.cacheUrl).toBe('');
    expect(config.oauthClientId).toBeUndefined();
    expect(config.linodeLoginUrl).toBe('https://login.linode.com');
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ LINODE_API_URL: 'ftp://x' }, /LINODE_API_URL must use https: or http:/],
    [{ MONITOR_API_URL: 'monitor-api.linode.com' }, /MONITOR_API_URL must be a URL/],
    [{ CACHE_URL: 'not a url' }, /CACHE_URL must be a URL/],
    [{ GRAPHIQL: 'maybe' }, /GRAPHIQL must be true or false/],
    [{ OAUTH_REDIRECT_URL: 'gateway/auth/callback' }, /OAUTH_REDIRECT_URL must be a URL/],
    [{ SESSION_TTL_MS: '5' }, /SESSION_TTL_MS must be a whole number from 60000/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});
