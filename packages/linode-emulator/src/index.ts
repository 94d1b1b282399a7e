// The Linode API v4 emulator: public API.
export { startEmulator } from './server.js';
export { DEMO_TOKEN, DEMO_TOKENS } from './tokens.js';
export { DEMO_OAUTH_CLIENT, type OAuthClient } from './oauth.js';
export { QUIRKS, type Quirk, type QuirkClass } from './quirks/index.js';
export { EVENT_ENTITY_EXAMPLES, EVENT_ENTITY_TYPES, type EventEntityType } from './data/entity-types.js';
export type {
  Emulator,
  EmulatorOptions,
  EmulatorStore,
  Fault,
  InstanceBackups,
  JsonObject,
  LoggedRequest,
  RateLimitRule,
} from './types.js';
