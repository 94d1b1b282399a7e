// The account's and profile's writes as Linode answers them: grants (204 for unrestricted users),
// transfers that expire and complete, secrets shown once and stored redacted, two-factor login and
// phone verification in two steps, tags that exist without objects, and the events they record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from '../src/index.js';
import { REDACTED } from '../src/data/seed-helpers.js';
import { call, manualClock, type LooseJson, seeded } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 30, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const get = (path: string) => call(emulator, path, { query: { page_size: 500 } });
const post = (path: string, body: unknown = {}) => call(emulator, path, { method: 'POST', body });
const put = (path: string, body: unknown) => call(emulator, path, { method: 'PUT', body });
const del = (path: string) => call(emulator, path, { method: 'DELETE' });
const lastEvent = () => emulator.store.events.at(-1)!;

describe('grants', () => {
  it('an unrestricted user answers 204 without a body; a restricted one every object with its permission', async () => {
    const unrestricted = await get('/account/users/alice-ops/grants');
    expect(unrestricted).toMatchObject({ status: 204 });
    const restricted = await get('/account/users/bob-dev/grants');
    expect(restricted.status).toBe(200);
    expect(restricted.body.linode).toHaveLength(emulator.store.instances.length);
    expect(restricted.body.linode[0]).toEqual({
      id: emulator.store.instances[0].id,
      label: emulator.store.instances[0].label,
      permissions: 'read_only',
    });
    expect((await get('/account/users/nobody-here/grants')).status).toBe(404);
  });

  it('updates merge, and name unknown objects and permissions by field', async () => {
    const volume = emulator.store.volumes[0];
    const bad = await put('/account/users/bob-dev/grants', {
      volume: [
        { id: 1, permissions: 'read_write' },
        { id: volume.id, permissions: 'all' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: LooseJson) => e.field).sort()).toEqual(['volume[0].id', 'volume[1].permissions']);
    const ok = await put('/account/users/bob-dev/grants', {
      global: { add_volumes: true },
      volume: [{ id: volume.id, permissions: 'read_write' }],
    });
    expect(ok.body.global.add_volumes).toBe(true);
    expect(ok.body.volume.find((g: LooseJson) => g.id === volume.id).permissions).toBe('read_write');
    expect(ok.body.linode[0].permissions).toBe('read_only');
    expect((await put('/account/users/alice-ops/grants', { global: { add_volumes: true } })).status).toBe(400);
  });
});

describe('service transfers', () => {
  it('are listed under both names; a sent one is canceled, not removed', async () => {
    const linode = emulator.store.instances[2].id;
    const created = await post('/account/entity-transfers', { entities: { linodes: [linode] } });
    expect(created.body).toMatchObject({ status: 'pending', is_sender: true, entities: { linodes: [linode] } });
    const token = created.body.token;
    expect((await get(`/account/service-transfers/${token}`)).body.token).toBe(token);
    expect((await del(`/account/service-transfers/${token}`)).status).toBe(200);
    expect((await get(`/account/entity-transfers/${token}`)).body.status).toBe('canceled');
    expect((await del(`/account/service-transfers/${token}`)).status).toBe(400);
  });

  it("another account's transfer is accepted, then completes; past its expiry it is stale", async () => {
    const offered = seeded(emulator, '/account/service-transfers').find((t) => !t.is_sender && t.status === 'pending');
    expect((await post(`/account/service-transfers/${offered.token}/accept`)).status).toBe(200);
    expect(offered.status).toBe('accepted');
    clock.advance(61_000);
    expect((await get(`/account/service-transfers/${offered.token}`)).body.status).toBe('completed');
    const late = { ...offered, token: 'AAAAAAAA-0000-4000-A000-000000000000', status: 'pending', expiry: '2025-06-30T10:00:00' };
    seeded(emulator, '/account/service-transfers').push(late);
    expect((await post(`/account/service-transfers/${late.token}/accept`)).status).toBe(400);
    expect(late.status).toBe('stale');
  });
});

describe('secrets', () => {
  it('a new token and OAuth client secret are answered once and stored redacted', async () => {
    const token = await post('/profile/tokens', { label: 'ci', scopes: 'linodes:read_only' });
    expect(token.body.token).toMatch(/^[0-9a-f]{64}$/);
    expect((await get(`/profile/tokens/${token.body.id}`)).body).toMatchObject({
      token: REDACTED,
      expiry: null,
      scopes: 'linodes:read_only',
    });
    expect(lastEvent()).toMatchObject({ action: 'token_create', entity: { id: token.body.id, type: 'token' } });
    const client = await post('/account/oauth-clients', { label: 'app', redirect_uri: 'https://example.org/cb' });
    expect(client.body.secret).toMatch(/^[0-9a-f]{64}$/);
    expect((await get(`/account/oauth-clients/${client.body.id}`)).body.secret).toBe(REDACTED);
    const reset = await post(`/account/oauth-clients/${client.body.id}/reset-secret`);
    expect(reset.body.secret).not.toBe(client.body.secret);
    expect((await post('/account/oauth-clients', { label: 'app', redirect_uri: 'not a url' })).body.errors).toEqual([
      { field: 'redirect_uri', reason: 'redirect_uri must be a valid URL' },
    ]);
  });
});

describe('personal access tokens', () => {
  it('a new token works at once, within its scopes, until it is deleted', async () => {
    const created = await post('/profile/tokens', { label: 'reader', scopes: 'linodes:read_only' });
    const token: string = created.body.token;
    expect((await call(emulator, '/linode/instances', { token })).status).toBe(200);
    expect((await call(emulator, '/volumes', { token })).status).toBe(403); // a scope it lacks
    expect((await del(`/profile/tokens/${created.body.id}`)).status).toBe(200);
    expect((await call(emulator, '/linode/instances', { token })).status).toBe(401);
  });
});

describe('the profile', () => {
  it('two-factor login: enable gives a secret, a code confirms it, an event says so', async () => {
    emulator.store.singletons['/profile'].two_factor_auth = false;
    expect((await post('/profile/tfa-enable-confirm', { tfa_code: '123456' })).status).toBe(400);
    const enabled = await post('/profile/tfa-enable');
    expect(enabled.body.secret).toMatch(/^[A-Z2-7]{16}$/);
    expect((await post('/profile/tfa-enable-confirm', { tfa_code: 'abc' })).body.errors).toEqual([
      { field: 'tfa_code', reason: 'Invalid two-factor code' },
    ]);
    expect((await post('/profile/tfa-enable-confirm', { tfa_code: '654321' })).body.scratch).toMatch(/^[0-9a-f]{16}$/);
    expect((await get('/profile')).body.two_factor_auth).toBe(true);
    expect(lastEvent()).toMatchObject({ action: 'tfa_enabled', entity: { type: 'profile' } });
  });

  it('a phone number is set once verified with the texted code', async () => {
    expect((await post('/profile/phone-number', { iso_code: 'US', phone_number: '215-555-0100' })).status).toBe(200);
    const code = emulator.store.singletons['/profile/phone-number'].otp_code;
    expect((await post('/profile/phone-number/verify', { otp_code: '000000' })).status).toBe(400);
    expect((await post('/profile/phone-number/verify', { otp_code: code })).status).toBe(200);
    expect((await get('/profile')).body.verified_phone_number).toBe('+12155550100');
  });

  it('security questions: three different known ones', async () => {
    const twice = await post('/profile/security-questions', {
      security_questions: [1, 1, 2].map((id) => ({ question_id: id, response: 'answer' })),
    });
    expect(twice.body.errors).toEqual([{ field: 'security_questions[1].question_id', reason: 'Each question may be answered once' }]);
    const ok = await post('/profile/security-questions', {
      security_questions: [1, 2, 3].map((id) => ({ question_id: id, response: 'answer' })),
    });
    expect(ok.body.security_questions[0]).toEqual({ question_id: 1, response: 'answer', security_question: 'In what city were you born?' });
  });

  it('preferences are kept as given', async () => {
    await put('/profile/preferences', { theme: 'light', nested: { a: [1, 2] } });
    expect((await get('/profile/preferences')).body).toEqual({ theme: 'light', nested: { a: [1, 2] } });
  });
});

describe('tags', () => {
  it('a tag made without objects exists until deleted; deleting one takes it off everything', async () => {
    expect((await post('/tags', { label: 'empty tag' })).body).toEqual({ label: 'empty tag' });
    expect((await get('/tags')).body.data).toContainEqual({ label: 'empty tag' });
    expect((await post('/tags', { label: 'empty tag' })).status).toBe(400);
    const instance = emulator.store.instances[0];
    const label = instance.tags[0];
    expect((await del(`/tags/${encodeURIComponent(label)}`)).status).toBe(200);
    expect(emulator.store.instances.some((i) => i.tags.includes(label))).toBe(false);
    expect((await del(`/tags/${encodeURIComponent(label)}`)).status).toBe(404);
    expect((await del('/tags/empty%20tag')).status).toBe(200);
  });
});

describe('billing', () => {
  it('a card is kept as its type, last four digits and expiry only', async () => {
    await post('/account/credit-card', { card_number: '4111 1111 1111 1111', expiry_month: 3, expiry_year: 2030, cvv: '123' });
    expect((await get('/account')).body.credit_card).toEqual({ last_four: '1111', expiry: '03/2030' });
    const methods = seeded(emulator, '/account/payment-methods');
    expect(methods.filter((m) => m.is_default)).toEqual([
      expect.objectContaining({ type: 'credit_card', data: { card_type: 'Visa', last_four: '1111', expiry: '03/2030' } }),
    ]);
    expect(JSON.stringify(emulator.store)).not.toContain('4111 1111');
  });
});

describe('uploads', () => {
  const send = (path: string, method: string, contentType: string, body: Buffer) =>
    fetch(`${emulator.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': contentType },
      body: new Uint8Array(body),
    });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

  it('a thumbnail is a PNG sent as image/png, answered as it is; a client without one answers 404', async () => {
    const [client, other] = seeded(emulator, '/account/oauth-clients');
    expect(
      (await fetch(`${emulator.url}/account/oauth-clients/${other.id}/thumbnail`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } }))
        .status,
    ).toBe(404);
    expect((await send(`/account/oauth-clients/${client.id}/thumbnail`, 'PUT', 'image/png', Buffer.from('not a png'))).status).toBe(400);
    expect((await send(`/account/oauth-clients/${client.id}/thumbnail`, 'PUT', 'image/png', png)).status).toBe(200);
    const read = await fetch(`${emulator.url}/account/oauth-clients/${client.id}/thumbnail`, {
      headers: { authorization: `Bearer ${DEMO_TOKEN}` },
    });
    expect(read.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await read.arrayBuffer()).equals(png)).toBe(true);
    expect((await get(`/account/oauth-clients/${client.id}`)).body.thumbnail_url).toMatch(/\/thumbnail$/);
  });

  it("a ticket's attachment is the `file` part of a multipart form", async () => {
    const ticket = seeded(emulator, '/support/tickets').find((t) => t.status !== 'closed');
    const form = new FormData();
    form.append('file', new Blob(['kernel panic\n']), 'boot.txt');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const contentType = request.headers.get('content-type')!;
    expect((await send(`/support/tickets/${ticket.id}/attachments`, 'POST', 'application/json', Buffer.from('{}'))).status).toBe(400);
    expect((await send(`/support/tickets/${ticket.id}/attachments`, 'POST', contentType, body)).status).toBe(200);
    expect((await get(`/support/tickets/${ticket.id}`)).body.attachments).toContain('boot.txt');
    const log = new FormData();
    log.append('file', new Blob(['x']), 'boot.log');
    const logRequest = new Request('http://x/', { method: 'POST', body: log });
    const refused = await send(
      `/support/tickets/${ticket.id}/attachments`,
      'POST',
      logRequest.headers.get('content-type')!,
      Buffer.from(await logRequest.arrayBuffer()),
    );
    expect(refused.status).toBe(400); // not an extension Linode takes
  });
});
