// Write cases for the account: its details, settings and billing, transfers, OAuth clients, child
// accounts, users and their grants, events, tags; cancelling it goes last.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Item = Record<string, unknown>;
const items = (e: Emulator, path: string): Item[] => e.store.collections[path] ?? [];
const transfers = (e: Emulator) => items(e, '/account/service-transfers');
const pendingSent = (e: Emulator) => transfers(e).filter((t) => t.status === 'pending' && t.is_sender === true);
const nextYear = new Date().getUTCFullYear() + 1;

/** Another account offers a transfer: its token reaches this one outside the API. */
function offered(e: Emulator): string {
  const token = `0FFE${String(transfers(e).length).padStart(4, '0')}-0000-4000-A000-000000000000`;
  const now = new Date();
  const time = (ms: number) => new Date(ms).toISOString().slice(0, 19);
  transfers(e).push({
    token,
    status: 'pending',
    created: time(now.getTime()),
    updated: time(now.getTime()),
    is_sender: false,
    expiry: time(now.getTime() + 86_400_000),
    entities: { linodes: [69_000_001] },
  });
  return token;
}

const errors = 'userErrors { field message }';
/** A 1x1 PNG. */
export const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const cases: WriteCase[] = [
  {
    mutation: 'updateAccount',
    document: `mutation { updateAccount(input: { city: "Philadelphia", zip: "19106" }) { account { city zip } ${errors} } }`,
    returns: 'account',
  },
  {
    mutation: 'updateAccountSettings',
    document: `mutation { updateAccountSettings(input: { networkHelper: true }) { settings { networkHelper } ${errors} } }`,
    returns: 'settings',
  },
  {
    mutation: 'enableAccountManaged',
    document: `mutation { enableAccountManaged { ${errors} } }`,
    variables: (e) => {
      e.store.singletons['/account/settings'].managed = false; // an account without Managed yet
      return {};
    },
  },
  {
    mutation: 'enrollBetaProgram',
    document: `mutation { enrollBetaProgram(input: { id: "linode_interfaces" }) { ${errors} } }`,
  },
  {
    mutation: 'addCreditCard',
    document: `mutation($year: SafeInt!) { addCreditCard(input: { cardNumber: "4111111111111111", cvv: "123", expiryMonth: 12, expiryYear: $year }) { ${errors} } }`,
    variables: () => ({ year: nextYear }),
  },
  {
    mutation: 'addPaymentMethod',
    document: `mutation($year: SafeInt!) { addPaymentMethod(input: { type: CREDIT_CARD, isDefault: false, data: { cardNumber: "5555555555554444", cvv: "321", expiryMonth: 6, expiryYear: $year } }) { ${errors} } }`,
    variables: () => ({ year: nextYear }),
  },
  {
    mutation: 'makePaymentMethodDefault',
    document: `mutation($id: ID!) { makePaymentMethodDefault(id: $id) { paymentMethod { id isDefault } ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/payment-methods').find((m) => m.is_default === false)!.id }),
    returns: 'paymentMethod',
  },
  {
    mutation: 'createPayment',
    document: `mutation { createPayment(input: { usd: "$10.00" }) { payment { id usd } ${errors} } }`,
    returns: 'payment',
  },
  {
    mutation: 'createPayPalPayment',
    document: `mutation { createPayPalPayment(input: { usd: "20.00", redirectUrl: "https://example.org/paid", cancelUrl: "https://example.org/cancel" }) { paymentId checkoutToken ${errors} } }`,
    returns: 'checkoutToken',
  },
  {
    mutation: 'executePayPalPayment',
    document: `mutation($paymentId: ID!) { executePayPalPayment(input: { payerId: "BUYER123", paymentId: $paymentId }) { ${errors} } }`,
    variables: (e) => ({ paymentId: Object.keys(e.store.singletons['/account/payments/paypal'])[0] }),
  },
  {
    mutation: 'applyPromoCode',
    document: `mutation { applyPromoCode(input: { promoCode: "podcast20" }) { promotion { summary creditRemaining } ${errors} } }`,
    variables: (e) => {
      // A new account (promo codes are for accounts under 90 days old) without a promotion yet.
      Object.assign(e.store.singletons['/account'], {
        active_since: new Date(Date.now() - 86_400_000).toISOString().slice(0, 19),
        active_promotions: [],
      });
      return {};
    },
    returns: 'promotion',
  },
  {
    mutation: 'deletePaymentMethod',
    document: `mutation($id: ID!) { deletePaymentMethod(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/payment-methods').find((m) => m.is_default === false)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'createServiceTransfer',
    document: `mutation($id: SafeInt!) { createServiceTransfer(input: { entities: { linodes: [$id] } }) { transfer { id status isSender } ${errors} } }`,
    variables: (e) => ({ id: e.store.instances[5].id }),
    returns: 'transfer',
  },
  {
    mutation: 'createEntityTransfer',
    document: `mutation($id: SafeInt!) { createEntityTransfer(input: { entities: { linodes: [$id] } }) { transfer { id status } ${errors} } }`,
    variables: (e) => ({ id: e.store.instances[6].id }),
    returns: 'transfer',
  },
  {
    mutation: 'acceptServiceTransfer',
    document: `mutation($id: ID!) { acceptServiceTransfer(id: $id) { transfer { id status } ${errors} } }`,
    variables: (e) => ({ id: offered(e) }),
    returns: 'transfer',
  },
  {
    mutation: 'acceptEntityTransfer',
    document: `mutation($id: ID!) { acceptEntityTransfer(id: $id) { transfer { id status } ${errors} } }`,
    variables: (e) => ({ id: offered(e) }),
    returns: 'transfer',
  },
  {
    mutation: 'deleteServiceTransfer',
    document: `mutation($id: ID!) { deleteServiceTransfer(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: pendingSent(e)[0].token }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteEntityTransfer',
    document: `mutation($id: ID!) { deleteEntityTransfer(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: pendingSent(e)[0].token }),
    returns: 'deletedId',
  },
  {
    mutation: 'createOAuthClient',
    document: `mutation { createOAuthClient(input: { label: "coverage-app", redirectUri: "https://app.example.org/callback" }) { oauthClient { id label } secret ${errors} } }`,
    returns: 'secret',
  },
  {
    mutation: 'updateOAuthClient',
    document: `mutation($id: ID!) { updateOAuthClient(id: $id, input: { label: "renamed-app" }) { oauthClient { id label } ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/oauth-clients')[0].id }),
    returns: 'oauthClient',
  },
  {
    mutation: 'resetOAuthClientSecret',
    document: `mutation($id: ID!) { resetOAuthClientSecret(id: $id) { oauthClient { id } secret ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/oauth-clients')[0].id }),
    returns: 'secret',
  },
  {
    mutation: 'setOAuthClientThumbnail',
    document: `mutation($id: ID!, $png: String!) { setOAuthClientThumbnail(id: $id, input: { pngBase64: $png }) { oauthClient { id thumbnailUrl thumbnail } ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/oauth-clients')[0].id, png: PNG }),
    returns: 'oauthClient',
  },
  {
    mutation: 'deleteOAuthClient',
    document: `mutation($id: ID!) { deleteOAuthClient(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/oauth-clients').at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'createChildAccountToken',
    document: `mutation($id: ID!) { createChildAccountToken(id: $id) { proxyToken { id expiry } token ${errors} } }`,
    variables: (e) => ({ id: items(e, '/account/child-accounts')[0].euuid }),
    returns: 'token',
  },
  {
    mutation: 'updateUserGrants',
    document: `mutation($id: ID!, $linode: ID!) { updateUserGrants(id: $id, input: { global: { addVolumes: true }, linode: [{ id: $linode, permissions: READ_WRITE }] }) { grants { global { addVolumes } linode { linodeId permissions instance { id } } } ${errors} } }`,
    variables: (e) => ({ id: 'bob-dev', linode: e.store.instances[0].id }),
    returns: 'grants',
  },
  {
    mutation: 'createUser',
    document: `mutation { createUser(input: { username: "coverage-user", email: "coverage@example.com", restricted: true }) { user { id email } ${errors} } }`,
    returns: 'user',
  },
  {
    mutation: 'updateUser',
    document: `mutation { updateUser(id: "coverage-user", input: { email: "renamed@example.com" }) { user { id email } ${errors} } }`,
    returns: 'user',
  },
  {
    mutation: 'deleteUser',
    document: `mutation { deleteUser(id: "coverage-user") { deletedId ${errors} } }`,
    returns: 'deletedId',
  },
  {
    mutation: 'markEventSeen',
    document: `mutation($id: ID!) { markEventSeen(id: $id) { event { id seen } ${errors} } }`,
    variables: (e) => ({ id: e.store.events.at(-1)!.id }),
    returns: 'event',
  },
  {
    mutation: 'markEventRead',
    document: `mutation($id: ID!) { markEventRead(id: $id) { event { id read } ${errors} } }`,
    variables: (e) => ({ id: e.store.events.at(-1)!.id }),
    returns: 'event',
  },
  {
    mutation: 'createTag',
    document: `mutation($id: SafeInt!) { createTag(input: { label: "coverage tag", linodes: [$id] }) { tag { label } ${errors} } }`,
    variables: (e) => ({ id: e.store.instances[0].id }),
    returns: 'tag',
  },
  {
    mutation: 'deleteTag',
    document: `mutation { deleteTag(id: "coverage tag") { deletedId ${errors} } }`,
    returns: 'deletedId',
  },
  {
    mutation: 'cancelAccount',
    document: `mutation { cancelAccount(input: { comments: "coverage" }) { surveyLink ${errors} } }`,
    returns: 'surveyLink',
  },
];
