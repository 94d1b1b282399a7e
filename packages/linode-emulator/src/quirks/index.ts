// The emulator's table of real-API deviations from the 4.176 spec: what Linode sends that the
// spec does not promise. Generators in data/ follow it; tests hold every answer to spec + table.
import { operationFact, schemaFact, type FieldFact, type OperationFact } from 'linode-facts/spec';
import { ABSENT } from './absent.js';
import { ENUMS } from './enums.js';
import { INTEGERS } from './integers.js';
import { NEW_KEYS } from './new-keys.js';
import { NULLS } from './nulls.js';
import { ANSWERS, type Quirk, type QuirkClass } from './types.js';

export { ANSWERS, type JsonType, type Quirk, type QuirkClass } from './types.js';

export const QUIRKS: Quirk[] = [...NULLS, ...ABSENT, ...ENUMS, ...INTEGERS, ...NEW_KEYS];

/** `Schema.a.b` -> ['Schema', 'a.b']. */
export function splitAt(at: string): [schema: string, path: string] {
  const dot = at.indexOf('.');
  return [at.slice(0, dot), at.slice(dot + 1)];
}

function matches(pattern: string, path: string): boolean {
  const p = pattern.split('.');
  const parts = path.split('.');
  return p.length === parts.length && p.every((seg, i) => seg === '*' || seg === parts[i]);
}

/** The quirk of `class` declared at `path` (dotted, arrays transparent) of `schema`. */
export function quirkAt(cls: QuirkClass, schema: string, path: string): Quirk | undefined {
  return QUIRKS.find(
    (q) =>
      q.class === cls &&
      q.at.some((at) => {
        const [s, p] = splitAt(at);
        return s === schema && matches(p, path);
      }),
  );
}

/** True when real Linode may send null at `path` of `schema` although the facts say otherwise. */
export function mayBeNull(schema: string, path: string): boolean {
  return quirkAt('null', schema, path) !== undefined;
}

/** The fact an answer name of the table stands for: a facts schema, or an operation's answer. */
export function answerFact(name: string): FieldFact {
  const op = ANSWERS[name];
  if (!op) return schemaFact(name);
  const [method, path] = op.split(' ') as [OperationFact['method'], string];
  return operationFact(method, path).response ?? {};
}

/** The name the table uses for the answer of GET `path`: its ANSWERS name, else its facts schema. */
export function answerName(path: string): string | undefined {
  const named = Object.entries(ANSWERS).find(([, op]) => op === `GET ${path}`)?.[0];
  if (named) return named;
  const op = operationFact('GET', path);
  return (op.paginated ? op.itemSchema : op.responseSchema) ?? undefined;
}
