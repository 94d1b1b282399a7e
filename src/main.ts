// Process entry: configuration from the environment, then serve until SIGTERM/SIGINT (graceful
// shutdown: see http-server.ts). Logs are JSON lines on stdout.
import { ConfigError, loadConfig } from './config.js';
import { serve } from './http-server.js';

try {
  const config = loadConfig();
  const running = await serve(config);
  running.logger.info(
    { url: `http://localhost:${running.port}/graphql`, upstream: config.linodeApiUrl, graphiql: config.graphiql, metrics: config.metrics },
    'Linode GraphQL gateway listening',
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
