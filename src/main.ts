// Process entry: configuration from the environment, then serve until SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { serve } from './serve.js';

try {
  const config = loadConfig();
  const server = await serve(config);
  console.log(`Linode GraphQL gateway on http://localhost:${server.port}/graphql (upstream ${config.linodeApiUrl})`);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
