// Issue 10, finding 11: variable values never reach the logs, not even when an error quotes them,
// at the most verbose level; variables nested thousands of levels are refused as such (not a
// stack overflow reported as a bug).
import { Writable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from 'linode-emulator';
import { createLogger, yogaLogger } from '../../src/observability/index.js';
import { rememberValues, valuesToRedact } from '../../src/observability/redaction.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { gql } from '../support/gql.js';

const SECRET = 'Sup3r-Secret-R00t-Pass!';
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

let emulator: Emulator;
let gateway: Gateway;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
  gateway = createGateway({ linodeApiUrl: emulator.url }, { logger: createLogger({ level: 'trace', destination: sink }) });
});
afterAll(async () => {
  await gateway.close();
  await emulator.close();
});
beforeEach(() => {
  lines.length = 0;
  emulator.clearLog();
});

/** Lets the logger write what the request logged. */
const logsWritten = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('finding 11: logs hold no variable values', () => {
  it('a wrongly typed rootPass is BAD_USER_INPUT and appears in no log line', async () => {
    const { status, errors } = await gql(
      gateway,
      'mutation($input: CreateInstanceInput!) { createInstance(input: $input) { userErrors { message } } }',
      { variables: { input: { region: 'us-east', type: 'g6-nanode-1', rootPass: { value: SECRET } } } },
    );
    await logsWritten();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(status).toBe(200);
    expect(emulator.log).toHaveLength(0);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain(SECRET);
    expect(lines.join('')).not.toMatch(/unexpected error/);
  });

  it('variables nested 5000 levels are VARIABLES_TOO_DEEP, not a bug in the log', async () => {
    const deep = `${'{"or":['.repeat(5000)}{"label":{"eq":"a"}}${']}'.repeat(5000)}`;
    // The body as written, 5000 levels deep.
    const { status, errors } = await gql(gateway, '', {
      body: `{"query":"query($f: InstanceFilter) { instances(filter: $f) { totalCount } }","variables":{"f":${deep}}}`,
    });
    await logsWritten();
    expect(errors?.[0].extensions?.code).toBe('VARIABLES_TOO_DEEP');
    expect(status).toBe(400);
    expect(emulator.log).toHaveLength(0);
    expect(lines.join('')).not.toMatch(/INTERNAL_SERVER_ERROR|Maximum call stack|unexpected error/);
  });

  it('an unexpected error quoting a variable is logged with the value masked', () => {
    const logged: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({ write: (chunk, _e, done) => (logged.push(String(chunk)), done()) }),
    });
    const bug = new GraphQLError('wrapped', { originalError: new TypeError(`cannot read ${SECRET}`) });
    rememberValues([bug], valuesToRedact({ input: { rootPass: SECRET, label: 'ab' } }));
    yogaLogger(logger).error(bug);
    const text = logged.join('');
    expect(text).toMatch(/unexpected error: cannot read \[redacted\]/);
    expect(text).toContain('TypeError');
    expect(text).not.toContain(SECRET);
  });
});
