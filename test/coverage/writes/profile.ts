// Write cases for the token's own user: profile, preferences, two-factor login, security
// questions, phone number, personal access tokens, SSH keys, authorized apps, trusted devices.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const items = (e: Emulator, path: string): Array<Record<string, unknown>> => e.store.collections[path] ?? [];
const errors = 'userErrors { field message }';
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ3c0ZlcmF0aW9uLWtleS1mb3ItY292ZXJhZ2U coverage@example';

export const cases: WriteCase[] = [
  {
    mutation: 'updateProfile',
    document: `mutation { updateProfile(input: { timezone: "Europe/Paris", emailNotifications: true }) { profile { timezone } ${errors} } }`,
    returns: 'profile',
  },
  {
    mutation: 'updateProfilePreferences',
    document: `mutation { updateProfilePreferences(input: { theme: "light", desktop_sidebar_open: false }) { preferences ${errors} } }`,
    returns: 'preferences',
  },
  {
    mutation: 'enableTwoFactor',
    document: `mutation { enableTwoFactor { secret expiry ${errors} } }`,
    returns: 'secret',
  },
  {
    mutation: 'confirmTwoFactor',
    document: `mutation { confirmTwoFactor(input: { tfaCode: "123456" }) { scratchCode ${errors} } }`,
    returns: 'scratchCode',
  },
  {
    mutation: 'disableTwoFactor',
    document: `mutation { disableTwoFactor { ${errors} } }`,
  },
  {
    mutation: 'answerSecurityQuestions',
    document: `mutation { answerSecurityQuestions(input: { securityQuestions: [{ questionId: 1, response: "Gotham" }, { questionId: 2, response: "Rex" }, { questionId: 4, response: "Ridgemont" }] }) { ${errors} } }`,
  },
  {
    mutation: 'sendPhoneVerificationCode',
    document: `mutation { sendPhoneVerificationCode(input: { isoCode: "US", phoneNumber: "215-555-0100" }) { ${errors} } }`,
  },
  {
    mutation: 'verifyPhoneNumber',
    document: `mutation($code: String!) { verifyPhoneNumber(input: { otpCode: $code }) { ${errors} } }`,
    // The code texted to the phone, which the emulator keeps.
    variables: (e) => ({ code: e.store.singletons['/profile/phone-number'].otp_code }),
  },
  {
    mutation: 'deletePhoneNumber',
    document: `mutation { deletePhoneNumber { ${errors} } }`,
  },
  {
    mutation: 'createPersonalAccessToken',
    document: `mutation { createPersonalAccessToken(input: { label: "coverage-token", scopes: "linodes:read_only" }) { personalAccessToken { id label scopes } token ${errors} } }`,
    returns: 'token',
  },
  {
    mutation: 'updatePersonalAccessToken',
    document: `mutation($id: ID!) { updatePersonalAccessToken(id: $id, input: { label: "renamed-token" }) { personalAccessToken { id label } ${errors} } }`,
    variables: (e) => ({ id: items(e, '/profile/tokens').at(-1)!.id }),
    returns: 'personalAccessToken',
  },
  {
    mutation: 'deletePersonalAccessToken',
    document: `mutation($id: ID!) { deletePersonalAccessToken(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: items(e, '/profile/tokens').at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'createSSHKey',
    document: `mutation($key: String!) { createSSHKey(input: { label: "coverage-key", sshKey: $key }) { sshKey { id label } ${errors} } }`,
    variables: () => ({ key: ED25519 }),
    returns: 'sshKey',
  },
  {
    mutation: 'updateSSHKey',
    document: `mutation($id: ID!) { updateSSHKey(id: $id, input: { label: "renamed-key" }) { sshKey { id label } ${errors} } }`,
    variables: (e) => ({ id: items(e, '/profile/sshkeys').at(-1)!.id }),
    returns: 'sshKey',
  },
  {
    mutation: 'deleteSSHKey',
    document: `mutation($id: ID!) { deleteSSHKey(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: items(e, '/profile/sshkeys').at(-1)!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'revokeAuthorizedApp',
    document: `mutation($id: ID!) { revokeAuthorizedApp(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: items(e, '/profile/apps')[0].id }),
    returns: 'deletedId',
  },
  {
    mutation: 'revokeTrustedDevice',
    document: `mutation($id: ID!) { revokeTrustedDevice(id: $id) { deletedId ${errors} } }`,
    variables: (e) => ({ id: items(e, '/profile/devices')[0].id }),
    returns: 'deletedId',
  },
];
