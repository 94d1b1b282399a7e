// Which writes the emulator implements: the generic create/update/delete of each writable
// collection (with its rules), plus the actions that are not plain CRUD.
import { schemaFact, type OperationFact } from 'linode-facts/spec';
import type { Handler } from './context.js';
import {
  closeTicket,
  createImage,
  createReply,
  eventRead,
  eventSeen,
  imageRules,
  sshKeyRules,
  stackScriptRules,
  ticketRules,
  userRules,
} from './account-writes.js';
import {
  addCreditCard,
  addPaymentMethod,
  applyPromoCode,
  createPayment,
  createPayPalPayment,
  deletePaymentMethod,
  executePayPalPayment,
  makeDefaultPaymentMethod,
} from './account-billing.js';
import { createOAuthClient, oauthClientRules, resetOAuthClientSecret, setThumbnail } from './account-oauth.js';
import { createAttachment } from './support-attachments.js';
import {
  cancelAccount,
  createChildToken,
  enableManaged,
  enrollBeta,
  updateAccount,
  updateAccountSettings,
  updateUserGrants,
} from './account-self.js';
import { createTag, deleteTag } from './account-tags.js';
import { acceptTransfer, cancelTransfer, createTransfer } from './account-transfers.js';
import { cloneDomain, domainRules, importDomain, recordRules } from './dns-writes.js';
import {
  answerSecurityQuestions,
  appRules,
  confirmTfa,
  createToken,
  deletePhone,
  deviceRules,
  disableTfa,
  enableTfa,
  sendPhoneCode,
  tokenRules,
  updatePreferences,
  updateProfile,
  verifyPhone,
} from './profile-writes.js';
import { configRules, diskRules, instanceActionHandlers } from './instance-actions.js';
import { uploadImage } from './image-upload.js';
import { instanceChildWriteHandlers } from './instance-child-writes.js';
import {
  clusterRules,
  deleteKubeconfig,
  deleteNode,
  deleteServiceToken,
  poolRules,
  recycleCluster,
  recycleNode,
  recyclePool,
  regenerateCluster,
} from './lke-writes.js';
import {
  allocateIp,
  assignIps,
  createDevice,
  createIpv6Range,
  deleteIpv6Range,
  deleteDevice,
  firewallRules,
  nbConfigRules,
  nbNodeRules,
  nodeBalancerRules,
  subnetRules,
  shareIps,
  updateFirewallRules,
  updateIp,
  vpcRules,
} from './networking-writes.js';
import { createHandler, deleteHandler, updateHandler, type WriteRules } from './writes.js';

/** Collection path (as the facts spell it) -> the schema of its items and its rules. */
const WRITABLE: Record<string, [schema: string, rules: WriteRules]> = {
  '/networking/firewalls': ['Firewall', firewallRules],
  '/vpcs': ['VPC', vpcRules],
  '/vpcs/{vpcId}/subnets': ['VPCSubnet', subnetRules],
  '/nodebalancers': ['NodeBalancer', nodeBalancerRules],
  '/nodebalancers/{nodeBalancerId}/configs': ['NodeBalancerConfig', nbConfigRules],
  '/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes': ['NodeBalancerNode', nbNodeRules],
  '/lke/clusters': ['LKECluster', clusterRules],
  '/lke/clusters/{clusterId}/pools': ['LKENodePool', poolRules],
  '/account/users': ['User', userRules],
  '/profile/sshkeys': ['SSHKey', sshKeyRules],
  '/linode/stackscripts': ['StackScript', stackScriptRules],
  '/images': ['Image', imageRules],
  '/support/tickets': ['SupportTicket', ticketRules],
  '/domains': ['Domain', domainRules],
  '/domains/{domainId}/records': ['DomainRecord', recordRules],
  '/linode/instances/{linodeId}/disks': ['Disk', diskRules],
  '/linode/instances/{linodeId}/configs': ['LinodeConfig', configRules],
  '/account/oauth-clients': ['OAuthClient', oauthClientRules],
  '/profile/tokens': ['PersonalAccessToken', tokenRules],
  '/profile/apps': ['AuthorizedApp', appRules],
  '/profile/devices': ['TrustedDevice', deviceRules],
};

/** Writes that are not plain CRUD of a collection, or CRUD with their own shape. */
const ACTIONS: Record<string, Handler> = {
  ...instanceActionHandlers,
  createImage,
  closeTicket,
  createTicketReply: createReply,
  eventSeen,
  eventRead,
  cloneDomain,
  importDomain,
  updateFirewallRules,
  createFirewallDevice: createDevice,
  deleteFirewallDevice: deleteDevice,
  postLKEClusterRecycle: recycleCluster,
  allocateIP: allocateIp,
  updateIP: updateIp,
  assignIPs: assignIps,
  assignIPv4s: assignIps,
  shareIPs: shareIps,
  shareIPv4s: shareIps,
  postIPv6Range: createIpv6Range,
  deleteIPv6Range: deleteIpv6Range,
  ...instanceChildWriteHandlers,
  postLKEClusterPoolRecycle: recyclePool,
  deleteLKEClusterNode: deleteNode,
  postLKEClusterNodeRecycle: recycleNode,
  deleteLKEClusterKubeconfig: deleteKubeconfig,
  postLKECServiceTokenDelete: deleteServiceToken,
  postLKEClusterRegenerate: regenerateCluster,
  // The account (account-self.ts, account-billing.ts, account-transfers.ts, account-oauth.ts, account-tags.ts)
  updateAccount,
  updateAccountSettings,
  enableAccountManaged: enableManaged,
  cancelAccount,
  enrollBetaProgram: enrollBeta,
  updateUserGrants,
  createChildAccountToken: createChildToken,
  createCreditCard: addCreditCard,
  createPaymentMethod: addPaymentMethod,
  deletePaymentMethod,
  makePaymentMethodDefault: makeDefaultPaymentMethod,
  createPayment,
  createPayPalPayment,
  executePayPalPayment,
  createPromoCredit: applyPromoCode,
  createServiceTransfer: createTransfer,
  createEntityTransfer: createTransfer,
  deleteServiceTransfer: cancelTransfer,
  deleteEntityTransfer: cancelTransfer,
  acceptServiceTransfer: acceptTransfer,
  acceptEntityTransfer: acceptTransfer,
  createClient: createOAuthClient,
  resetClientSecret: resetOAuthClientSecret,
  setClientThumbnail: setThumbnail,
  createTicketAttachment: createAttachment,
  createTag,
  deleteTag,
  // The profile (profile-writes.ts)
  updateProfile,
  updateUserPreferences: updatePreferences,
  tfaEnable: enableTfa,
  tfaConfirm: confirmTfa,
  tfaDisable: disableTfa,
  postSecurityQuestions: answerSecurityQuestions,
  postProfilePhoneNumber: sendPhoneCode,
  postProfilePhoneNumberVerify: verifyPhone,
  deleteProfilePhoneNumber: deletePhone,
  createPersonalAccessToken: createToken,
};

/** The write handler of `op`, if the emulator implements it. */
export function writeHandler(op: OperationFact): Handler | undefined {
  if (ACTIONS[op.operationId]) return ACTIONS[op.operationId];
  // The spec gives this one no operationId.
  if (op.method === 'POST' && op.path === '/images/upload') return uploadImage;
  const itemOf = /^(.*)\/\{[^}]+\}$/.exec(op.path)?.[1];
  const entry = op.method === 'POST' ? WRITABLE[op.path] : itemOf ? WRITABLE[itemOf] : undefined;
  if (!entry) return undefined;
  const [schema, rules] = entry;
  const shape = () => schemaFact(schema);
  if (op.method === 'POST') return createHandler(rules, shape);
  if (op.method === 'PUT') return updateHandler(rules, shape);
  return op.method === 'DELETE' ? deleteHandler(rules) : undefined;
}
