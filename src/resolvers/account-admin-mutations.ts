// Root Mutation fields for the account itself: its contact details and settings, beta programs,
// billing (cards, payment methods, payments, promotions), transfers, OAuth clients, child
// accounts, grants, and cancelling it. Card numbers go to Linode and nowhere else (never logged).
import { Account } from '../schema/account/account.js';
import { AccountSettings } from '../schema/account/account-settings.js';
import { Promotion, ProxyUserToken } from '../schema/account/account-answers.js';
import { Grants } from '../schema/account/grants.js';
import { OAuthClient } from '../schema/account/oauth-client.js';
import { Payment } from '../schema/account/payment.js';
import { PaymentMethod } from '../schema/account/payment-method.js';
import { EntityTransfer, ServiceTransfer } from '../schema/account/transfers.js';
import { defineMutations } from '../schema/kit/mutations.js';

const account = { field: 'account', object: { name: 'Account', ref: Account.ref } };
const oauthClient = { field: 'oauthClient', resource: OAuthClient };
const clientSecret = {
  field: 'secret',
  key: 'secret',
  description: "A secret: the OAuth client's secret, shown only in this answer (Linode never shows it again).",
};

defineMutations({
  updateAccount: { op: 'PUT /account', description: "Changes the account's contact and billing details.", returns: account },
  updateAccountSettings: {
    op: 'PUT /account/settings',
    description: 'Changes account-wide defaults (backups and network helper for new Linodes).',
    returns: { field: 'settings', object: { name: 'AccountSettings', ref: AccountSettings.ref } },
  },
  enableAccountManaged: {
    op: 'POST /account/settings/managed-enable',
    description: 'Adds Linode Managed to the account (billed per Linode).',
    returns: 'none',
  },
  cancelAccount: {
    op: 'POST /account/cancel',
    description: 'Cancels the account and removes everything on it. Cannot be undone.',
    returns: 'none',
    optionalInput: true,
    answerFields: [{ field: 'surveyLink', key: 'survey_link', description: "Linode's exit survey." }],
  },
  enrollBetaProgram: { op: 'POST /account/betas', description: 'Joins a beta program.', returns: 'none' },

  addCreditCard: {
    op: 'POST /account/credit-card',
    description: "Replaces the account's card on file.",
    returns: 'none',
  },
  addPaymentMethod: { op: 'POST /account/payment-methods', description: 'Adds a card as a payment method.', returns: 'none' },
  deletePaymentMethod: {
    op: 'DELETE /account/payment-methods/{paymentMethodId}',
    id: 'paymentMethodId',
    description: 'Removes a payment method other than the default one.',
    returns: 'deleted',
  },
  makePaymentMethodDefault: {
    op: 'POST /account/payment-methods/{paymentMethodId}/make-default',
    id: 'paymentMethodId',
    description: 'Makes a payment method the one charged automatically.',
    returns: { field: 'paymentMethod', resource: PaymentMethod, reload: true },
  },
  createPayment: {
    op: 'POST /account/payments',
    description: 'Pays toward the balance with a payment method (the default one when none is named).',
    returns: { field: 'payment', resource: Payment },
  },
  createPayPalPayment: {
    op: 'POST /account/payments/paypal',
    description: 'Starts a PayPal payment: the buyer approves it at PayPal, then executePayPalPayment completes it.',
    returns: 'none',
    answerFields: [
      { field: 'paymentId', key: 'payment_id', description: 'The PayPal payment to approve and execute.' },
      { field: 'checkoutToken', key: 'checkout_token', description: "PayPal's checkout token for the approval page." },
    ],
  },
  executePayPalPayment: {
    op: 'POST /account/payments/paypal/execute',
    description: 'Completes a PayPal payment the buyer approved.',
    returns: 'none',
  },
  applyPromoCode: {
    op: 'POST /account/promo-codes',
    description: 'Adds a promotional credit to the account.',
    returns: { field: 'promotion', object: { name: 'Promotion', ref: Promotion.ref } },
  },

  createServiceTransfer: {
    op: 'POST /account/service-transfers',
    description: 'Offers Linodes to another account: it accepts with the transfer token.',
    returns: { field: 'transfer', resource: ServiceTransfer },
  },
  deleteServiceTransfer: {
    op: 'DELETE /account/service-transfers/{token}',
    id: 'token',
    description: 'Cancels a pending transfer this account offered.',
    returns: 'deleted',
  },
  acceptServiceTransfer: {
    op: 'POST /account/service-transfers/{token}/accept',
    id: 'token',
    description: "Accepts another account's transfer: its Linodes move to this account.",
    returns: { field: 'transfer', resource: ServiceTransfer, reload: true },
  },
  createEntityTransfer: {
    op: 'POST /account/entity-transfers',
    description: 'Offers Linodes to another account (the older name of createServiceTransfer).',
    returns: { field: 'transfer', resource: EntityTransfer },
  },
  deleteEntityTransfer: {
    op: 'DELETE /account/entity-transfers/{token}',
    id: 'token',
    description: 'Cancels a pending transfer (the older name of deleteServiceTransfer).',
    returns: 'deleted',
  },
  acceptEntityTransfer: {
    op: 'POST /account/entity-transfers/{token}/accept',
    id: 'token',
    description: "Accepts another account's transfer (the older name of acceptServiceTransfer).",
    returns: { field: 'transfer', resource: EntityTransfer, reload: true },
  },

  createOAuthClient: {
    op: 'POST /account/oauth-clients',
    description: 'Registers an OAuth application; its secret is in this answer only.',
    returns: oauthClient,
    answerFields: [clientSecret],
  },
  updateOAuthClient: {
    op: 'PUT /account/oauth-clients/{clientId}',
    id: 'clientId',
    description: "Changes an OAuth application's label, callback or public flag.",
    returns: oauthClient,
  },
  deleteOAuthClient: {
    op: 'DELETE /account/oauth-clients/{clientId}',
    id: 'clientId',
    description: 'Removes an OAuth application; its tokens stop working.',
    returns: 'deleted',
  },
  resetOAuthClientSecret: {
    op: 'POST /account/oauth-clients/{clientId}/reset-secret',
    id: 'clientId',
    description: "Replaces an OAuth application's secret; the new one is in this answer only.",
    returns: oauthClient,
    answerFields: [clientSecret],
  },

  setOAuthClientThumbnail: {
    op: 'PUT /account/oauth-clients/{clientId}/thumbnail',
    id: 'clientId',
    description: "Sets an OAuth application's thumbnail, a PNG image anyone may view.",
    returns: { ...oauthClient, reload: true },
    upload: {
      fields: { pngBase64: 'The PNG image, base64-encoded.' },
      body: (input) => ({ contentType: 'image/png', bytes: Buffer.from(input.pngBase64, 'base64') }),
    },
  },

  createChildAccountToken: {
    op: 'POST /account/child-accounts/{euuid}/token',
    id: 'euuid',
    description: 'Makes a short-lived token to act on a child account as its proxy user.',
    returns: { field: 'proxyToken', object: { name: 'ProxyUserToken', ref: ProxyUserToken.ref } },
    answerFields: [
      {
        field: 'token',
        key: 'token',
        description: 'A secret: the bearer token for the child account, shown only in this answer.',
      },
    ],
  },
  updateUserGrants: {
    op: 'PUT /account/users/{username}/grants',
    id: 'username',
    description: 'Changes what a restricted user may do, account-wide and object by object.',
    returns: { field: 'grants', object: { name: 'Grants', ref: Grants.ref } },
  },
});
