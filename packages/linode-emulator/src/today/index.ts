// Handlers of today's operations (src/today/operations.ts), by operationId.
import type { Handler } from '../handlers/context.js';
import { imageShareHandlers } from './image-share.js';
import { linodeInterfaceHandlers } from './linode-interfaces.js';
import { lockHandlers } from './locks.js';
import { monitorHandlers } from './monitor.js';
import { placementHandlers } from './placement.js';

export const todayHandlers: Record<string, Handler> = {
  ...placementHandlers,
  ...lockHandlers,
  ...monitorHandlers,
  ...linodeInterfaceHandlers,
  ...imageShareHandlers,
};
