// Objects only account writes answer with: a promotion applied, a token for a child account.
import { factObject } from '../kit/fact-object.js';

export const Promotion = factObject({
  name: 'Promotion',
  schema: 'Promotion',
  description: 'A promotional credit on the account.',
});

// The token itself is a secret: the mutation's payload shows it, once.
export const ProxyUserToken = factObject({
  name: 'ProxyUserToken',
  schema: 'ProxyUserToken',
  description: "A short-lived token acting as the parent account's proxy user on a child account.",
  omit: ['token'],
});
