// Logs, metrics and health for one gateway: createGateway builds one and adds its plugins.
import type { Plugin } from 'graphql-yoga';
import type { GatewayConfig } from '../config.js';
import type { ResponseCache } from '../rest/cache.js';
import { Readiness, useOperationalEndpoints } from './endpoints.js';
import { createLogger, type Logger } from './logger.js';
import { DriftReporter } from './drift.js';
import { GatewayMetrics, type UpstreamCallReport } from './metrics.js';
import { useOperationObservability } from './operations.js';
import { useVariableRedaction } from './redaction.js';

export { createLogger, yogaLogger, scrub, type Logger } from './logger.js';
export { GatewayMetrics, templatePath, type UpstreamCallReport } from './metrics.js';
export { Readiness } from './endpoints.js';
export { DriftReporter } from './drift.js';

export interface Observability {
  logger: Logger;
  /** Undefined when METRICS is off. */
  metrics: GatewayMetrics | undefined;
  readiness: Readiness;
  /** Enum values and keys Linode sends that the schema does not know. */
  drift: DriftReporter;
  /** For LinodeClient's `onCall`: every upstream attempt. */
  onUpstreamCall(call: UpstreamCallReport): void;
  plugins: Plugin[];
}

export function createObservability(config: Pick<GatewayConfig, 'metrics'>, cache: ResponseCache, logger: Logger): Observability {
  const metrics = config.metrics ? new GatewayMetrics() : undefined;
  metrics?.observeCache(cache.stats);
  const readiness = new Readiness();
  return {
    logger,
    metrics,
    readiness,
    drift: new DriftReporter(logger, metrics),
    onUpstreamCall(call) {
      metrics?.upstreamCall(call);
      if (logger.isLevelEnabled('debug')) {
        logger.debug(
          {
            operation: call.operation,
            method: call.method,
            path: call.path.split('?')[0],
            status: call.status ?? null,
            durationMs: call.durationMs,
            attempt: call.attempt,
          },
          'upstream request',
        );
      }
    },
    plugins: [useOperationalEndpoints(readiness, metrics), useOperationObservability(logger, metrics), useVariableRedaction()],
  };
}

/** A logger that writes nothing: the default for gateways embedded without one (tests, libraries). */
export function silentLogger(): Logger {
  return createLogger({ level: 'silent', destination: { write: () => undefined } });
}
