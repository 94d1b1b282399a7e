// Root Mutation fields for the token's own user: profile, preferences, two-factor login, phone
// number, security questions, personal access tokens, authorized apps and trusted devices.
import { Profile } from '../schema/account/account.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { PersonalAccessToken } from '../schema/profile/personal-access-token.js';

const token = { field: 'personalAccessToken', resource: PersonalAccessToken };

defineMutations({
  updateProfile: {
    op: 'PUT /profile',
    description: "Changes the user's email, timezone, notifications, Lish settings or authorized keys.",
    returns: { field: 'profile', object: { name: 'Profile', ref: Profile.ref } },
  },
  updateProfilePreferences: {
    op: 'PUT /profile/preferences',
    description: "Replaces the user's interface preferences with the given JSON.",
    returns: 'none',
    jsonInput: true,
    answerFields: [{ field: 'preferences', key: '', type: 'JSON', description: 'The preferences as Linode now keeps them.' }],
  },

  enableTwoFactor: {
    op: 'POST /profile/tfa-enable',
    description: 'Starts turning on two-factor login: confirmTwoFactor with a code from the secret finishes it.',
    returns: 'none',
    answerFields: [
      {
        field: 'secret',
        key: 'secret',
        description: 'A secret: the TOTP key to add to an authenticator app, shown only in this answer.',
      },
      { field: 'expiry', key: 'expiry', description: 'When the secret expires unless confirmed.' },
    ],
  },
  confirmTwoFactor: {
    op: 'POST /profile/tfa-enable-confirm',
    description: 'Finishes turning on two-factor login with a code from the authenticator app.',
    returns: 'none',
    answerFields: [
      {
        field: 'scratchCode',
        key: 'scratch',
        description: 'A secret: the one-time code that logs in without the app, shown only in this answer.',
      },
    ],
  },
  disableTwoFactor: { op: 'POST /profile/tfa-disable', description: 'Turns off two-factor login.', returns: 'none' },
  answerSecurityQuestions: {
    op: 'POST /profile/security-questions',
    description: 'Sets the answers to three security questions, used to recover the account.',
    returns: 'none',
  },
  sendPhoneVerificationCode: {
    op: 'POST /profile/phone-number',
    description: 'Texts a verification code to a phone number for the profile.',
    returns: 'none',
  },
  verifyPhoneNumber: {
    op: 'POST /profile/phone-number/verify',
    description: 'Confirms the phone number with the code texted to it.',
    returns: 'none',
  },
  deletePhoneNumber: { op: 'DELETE /profile/phone-number', description: "Removes the profile's verified phone number.", returns: 'none' },

  createPersonalAccessToken: {
    op: 'POST /profile/tokens',
    description: 'Creates a personal access token; the token itself is in this answer only.',
    returns: token,
    optionalInput: true,
    answerFields: [
      {
        field: 'token',
        key: 'token',
        description: 'A secret: the bearer token, shown only in this answer (Linode never shows it again).',
      },
    ],
  },
  updatePersonalAccessToken: {
    op: 'PUT /profile/tokens/{tokenId}',
    id: 'tokenId',
    description: 'Renames a personal access token.',
    returns: token,
  },
  deletePersonalAccessToken: {
    op: 'DELETE /profile/tokens/{tokenId}',
    id: 'tokenId',
    description: 'Revokes a personal access token.',
    returns: 'deleted',
  },
  revokeAuthorizedApp: {
    op: 'DELETE /profile/apps/{appId}',
    id: 'appId',
    description: "Takes back an app's access to the account; its tokens stop working.",
    returns: 'deleted',
  },
  revokeTrustedDevice: {
    op: 'DELETE /profile/devices/{deviceId}',
    id: 'deviceId',
    description: 'Stops trusting a browser: it is asked for a two-factor code again.',
    returns: 'deleted',
  },
});
