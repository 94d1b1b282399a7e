// Account and profile writes where Linode says no: per-field 400s become userErrors on the
// GraphQL input path, other refusals GraphQL errors; and what the writes leave behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

describe('account writes Linode refuses', () => {
  it('a card failing its checksum and an expired one: userErrors on their input fields, nothing stored', async () => {
    const before = JSON.stringify(stack.emulator.store.collections['/account/payment-methods']);
    const { data, errors } = await stack.gql(
      'mutation { addCreditCard(input: { cardNumber: "4111111111111112", cvv: "12x", expiryMonth: 1, expiryYear: 2001 }) { userErrors { field message } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.addCreditCard.userErrors).toEqual([
      { field: ['input', 'cardNumber'], message: 'Invalid card number' },
      { field: ['input', 'cvv'], message: 'Invalid CVV' },
      { field: ['input', 'expiryYear'], message: 'The card has expired' },
    ]);
    expect(JSON.stringify(stack.emulator.store.collections['/account/payment-methods'])).toBe(before);
  });

  it('a payment with an unknown method, or in a malformed amount', async () => {
    const { data } = await stack.gql(
      'mutation { a: createPayment(input: { usd: "10.00", paymentMethodId: 1 }) { payment { id } userErrors { field message } } b: createPayment(input: { usd: "ten" }) { userErrors { field } } }',
    );
    expect(data.a).toEqual({ payment: null, userErrors: [{ field: ['input', 'paymentMethodId'], message: 'Payment method not found' }] });
    expect(data.b.userErrors).toEqual([{ field: ['input', 'usd'] }]);
  });

  it('the default payment method cannot be deleted', async () => {
    const method = stack.emulator.store.collections['/account/payment-methods'].find((m) => m.is_default)!;
    const { data } = await stack.gql('mutation($id: ID!) { deletePaymentMethod(id: $id) { deletedId userErrors { field message } } }', {
      variables: { id: method.id },
    });
    expect(data.deletePaymentMethod.deletedId).toBeNull();
    expect(data.deletePaymentMethod.userErrors[0].message).toMatch(/default payment method cannot be deleted/);
  });

  it('grants of an unrestricted user cannot be set; a restricted user gets what was granted', async () => {
    const unrestricted = await stack.gql(
      'mutation { updateUserGrants(id: "alice-ops", input: { global: { addVolumes: true } }) { grants { global { addVolumes } } userErrors { message } } }',
    );
    expect(unrestricted.data.updateUserGrants).toEqual({
      grants: null,
      userErrors: [{ message: 'This user is unrestricted: it has every grant' }],
    });
    const volume = stack.emulator.store.volumes[0];
    const granted = await stack.gql(
      'mutation($volume: ID!) { updateUserGrants(id: "ci-bot", input: { global: { addVolumes: true }, volume: [{ id: $volume, permissions: READ_WRITE }] }) { userErrors { message } } }',
      { variables: { volume: volume.id } },
    );
    expect(granted.data.updateUserGrants.userErrors).toEqual([]);
    const read = await stack.gql(
      '{ user(id: "ci-bot") { grants { global { addVolumes } volume { volumeId permissions volume { label } } } } }',
    );
    expect(read.data.user.grants.global.addVolumes).toBe(true);
    expect(read.data.user.grants.volume).toContainEqual({
      volumeId: String(volume.id),
      permissions: 'READ_WRITE',
      volume: { label: volume.label },
    });
  });

  it("transfers: an account's own transfer cannot be accepted, a Linode cannot go in two pending ones", async () => {
    const own = stack.emulator.store.collections['/account/service-transfers'].find((t) => t.is_sender && t.status === 'pending')!;
    const accept = await stack.gql('mutation($id: ID!) { acceptServiceTransfer(id: $id) { transfer { id } userErrors { message } } }', {
      variables: { id: own.token },
    });
    expect(accept.data.acceptServiceTransfer.userErrors).toEqual([{ message: 'You cannot accept a transfer your own account created' }]);
    const linode = (own.entities as { linodes: number[] }).linodes[0];
    const again = await stack.gql(
      'mutation($id: SafeInt!) { createServiceTransfer(input: { entities: { linodes: [$id] } }) { userErrors { field message } } }',
      {
        variables: { id: linode },
      },
    );
    expect(again.data.createServiceTransfer.userErrors).toEqual([
      { field: ['input', 'entities', 'linodes', '0'], message: `Linode ${linode} is already in a pending transfer` },
    ]);
  });

  it('a tag with a space in its label is created, listed, and deleted', async () => {
    const instance = stack.emulator.store.instances[3];
    await stack.gql('mutation($id: SafeInt!) { createTag(input: { label: "blue team", linodes: [$id] }) { tag { label } } }', {
      variables: { id: instance.id },
    });
    const listed = await stack.gql('{ tags { nodes { label objects { ... on Instance { id } } } } }', {
      headers: { 'cache-control': 'no-cache' },
    });
    expect(listed.data.tags.nodes).toContainEqual({ label: 'blue team', objects: [{ id: String(instance.id) }] });
    const deleted = await stack.gql('mutation { deleteTag(id: "blue team") { deletedId userErrors { message } } }');
    expect(deleted.data.deleteTag).toEqual({ deletedId: 'blue team', userErrors: [] });
    expect(instance.tags).not.toContain('blue team');
    const bad = await stack.gql('mutation { deleteTag(id: "../account") { deletedId } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an account that owes money and has no way to pay cannot be cancelled: a GraphQL error, not a user error', async () => {
    const methods = stack.emulator.store.collections['/account/payment-methods'];
    stack.emulator.store.collections['/account/payment-methods'] = [];
    stack.emulator.store.singletons['/account'].balance = 42.5;
    const { data, errors } = await stack.gql('mutation { cancelAccount { surveyLink userErrors { message } } }');
    expect(data.cancelAccount).toBeNull();
    expect(errors?.[0].message).toMatch(/remaining balance of \$42\.50/);
    stack.emulator.store.singletons['/account'].balance = 0;
    stack.emulator.store.collections['/account/payment-methods'] = methods;
  });

  it('a promo code: only on a new account without a promotion; an unknown one is a user error on its field', async () => {
    const apply = (code: string) =>
      stack.gql(
        `mutation { applyPromoCode(input: { promoCode: "${code}" }) { promotion { creditRemaining } userErrors { field message } } }`,
      );
    expect((await apply('CLOUD-100')).data.applyPromoCode.userErrors).toEqual([
      { field: null, message: 'Promo codes can only be added to accounts less than 90 days old' },
    ]);
    const recently = new Date(Date.now() - 86_400_000).toISOString().slice(0, 19);
    Object.assign(stack.emulator.store.singletons['/account'], { active_since: recently, active_promotions: [] });
    expect((await apply('FREE-MONEY')).data.applyPromoCode.userErrors).toEqual([
      { field: ['input', 'promoCode'], message: 'Invalid promo code' },
    ]);
    expect((await apply('CLOUD-100')).data.applyPromoCode).toEqual({ promotion: { creditRemaining: '100.00' }, userErrors: [] });
    expect((await apply('podcast20')).data.applyPromoCode.userErrors).toEqual([
      { field: ['input', 'promoCode'], message: 'The account already has a promotional credit' },
    ]);
  });
});

describe('the Longview plan', () => {
  it('back to the free plan: `plan` is null without an error, as Linode answers `{}` (linodego TestLongviewPlan_Update.yaml)', async () => {
    const paid = await stack.gql(
      'mutation { updateLongviewPlan(input: { longviewSubscription: LONGVIEW_40 }) { plan { id } userErrors { message } } }',
    );
    expect(paid.data.updateLongviewPlan).toEqual({ plan: { id: 'longview-40' }, userErrors: [] });
    for (const input of ['{ longviewSubscription: null }', '{}']) {
      await stack.gql('mutation { updateLongviewPlan(input: { longviewSubscription: LONGVIEW_40 }) { userErrors { message } } }');
      const { data, errors } = await stack.gql(
        `mutation { updateLongviewPlan(input: ${input}) { plan { id label } userErrors { message } } }`,
      );
      expect(errors, input).toBeUndefined();
      expect(data.updateLongviewPlan).toEqual({ plan: null, userErrors: [] });
      const read = await stack.gql('query @fresh { currentLongviewPlan { id } account { settings { longviewSubscription } } }');
      expect(read.errors).toBeUndefined();
      expect(read.data).toEqual({ currentLongviewPlan: null, account: { settings: { longviewSubscription: null } } });
    }
  });
});

describe('uploads: bytes, not JSON', () => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

  it("an OAuth client's thumbnail goes up as image/png and comes back as a data URL; none is null", async () => {
    const [client, other] = stack.emulator.store.collections['/account/oauth-clients'];
    const before = await stack.gql('query($id: ID!) { oauthClient(id: $id) { thumbnail } }', { variables: { id: other.id } });
    expect(before.data.oauthClient.thumbnail).toBeNull();
    const set = await stack.gql(
      'mutation($id: ID!, $png: String!) { setOAuthClientThumbnail(id: $id, input: { pngBase64: $png }) { oauthClient { thumbnail } userErrors { message } } }',
      {
        variables: { id: client.id, png },
      },
    );
    expect(set.data.setOAuthClientThumbnail).toEqual({ oauthClient: { thumbnail: `data:image/png;base64,${png}` }, userErrors: [] });
    const put = stack.emulator.log.find((e) => e.method === 'PUT' && e.path.endsWith('/thumbnail'))!;
    expect(put.status).toBe(200);
    const notPng = await stack.gql(
      'mutation($id: ID!) { setOAuthClientThumbnail(id: $id, input: { pngBase64: "aGVsbG8=" }) { userErrors { message } } }',
      {
        variables: { id: client.id },
      },
    );
    expect(notPng.data.setOAuthClientThumbnail.userErrors).toEqual([{ message: 'The thumbnail is not a PNG image' }]);
  });

  it('a file attached to a ticket goes up as multipart/form-data and is listed by its name', async () => {
    const ticket = stack.emulator.store.collections['/support/tickets'].find((t) => t.status !== 'closed')!;
    const { data, errors } = await stack.gql(
      'mutation($id: ID!) { createSupportTicketAttachment(id: $id, input: { fileName: "dmesg\\n.txt", contentBase64: "b29wcwo=" }) { ticket { attachments } userErrors { message } } }',
      { variables: { id: ticket.id } },
    );
    expect(errors).toBeUndefined();
    expect(data.createSupportTicketAttachment.ticket.attachments).toContain('dmesg_.txt'); // the newline would have broken out of the part's header;
    expect(stack.emulator.store.events.at(-1)).toMatchObject({ action: 'ticket_attachment_upload', entity: { id: ticket.id } });
  });
});
