import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { parseTimestamp } from '../../rest/xfilter.js';
import { builder } from '../builder.js';

/** Linode timestamps carry no zone but are UTC: `2018-01-01T00:01:01` -> `2018-01-01T00:01:01Z`. */
export function toRfc3339(value: string): string {
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(value)) return new Date(value).toISOString().replace('.000Z', 'Z');
  return `${value.replace(' ', 'T')}Z`;
}

/** The same rule as the X-Filter compiler's, so a DateTime the scalar accepts is one Linode can compare. */
function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || parseTimestamp(value) === undefined) {
    throw new GraphQLError(
      `DateTime must be an RFC 3339 timestamp such as 2024-01-31T12:00:00Z, got ${JSON.stringify(value)?.slice(0, 60)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

builder.scalarType('DateTime', {
  description: 'An RFC 3339 timestamp in UTC, such as `2018-01-01T00:01:01Z`.',
  serialize: (value) => toRfc3339(String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    default:
      return null;
  }
}

builder.scalarType('JSON', {
  description: 'Free-form JSON, for Linode fields whose shape the API does not fix.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});

// graphql-scalars' SafeInt, with a description of why it is there.
builder.addScalarType(
  'SafeInt',
  new GraphQLScalarType({
    ...GraphQLSafeInt.toConfig(),
    description:
      'An integer up to 2^53 - 1 (9007199254740991), exact in JSON and JavaScript. Used for sizes, bytes, transfer, quotas and counters, whose real values pass the 2^31 limit of `Int`.',
  }),
);
