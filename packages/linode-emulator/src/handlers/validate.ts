// Request body checks shared by the write handlers; each adds field errors instead of throwing.
import { operationFact, type FieldFact } from 'linode-facts/spec';
import type { FieldErrors } from '../errors.js';
import { isJsonObject } from '../json.js';
import type { JsonObject } from '../types.js';

/** A check of one body field that, when it holds, tells the compiler the field's type. */
type Check<T> = <K extends string>(errors: FieldErrors, body: JsonObject, field: K) => body is JsonObject & Record<K, T>;

/** True when present; adds "required" otherwise. */
export const required: Check<NonNullable<unknown>> = <K extends string>(
  errors: FieldErrors,
  body: JsonObject,
  field: K,
): body is JsonObject & Record<K, NonNullable<unknown>> => {
  if (body[field] !== undefined && body[field] !== null) return true;
  errors.add(field, `${field} is required`);
  return false;
};

function typed<T>(test: (v: unknown) => v is T, what: string): Check<T> {
  return <K extends string>(errors: FieldErrors, body: JsonObject, field: K): body is JsonObject & Record<K, T> => {
    if (body[field] === undefined) return false;
    if (test(body[field])) return true;
    errors.add(field, `${field} must be ${what}`);
    return false;
  };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Each returns true only when the field is present and of the right type. */
export const isString = typed((v): v is string => typeof v === 'string', 'a string');
export const isBoolean = typed((v): v is boolean => typeof v === 'boolean', 'a boolean');
export const isInteger = typed((v): v is number => Number.isInteger(v), 'an integer');
export const isObject = typed(isJsonObject, 'an object');
export const isStringArray = typed(isStrings, 'an array of strings');

// Linode's rule for instance labels (the spec's own regex has an unescaped `..`).
const LINODE_LABEL = /^[a-zA-Z](?:(?!--|__|\.\.)[a-zA-Z0-9\-_.])+$/;
const VOLUME_LABEL = /^[a-zA-Z](?:(?!--|__)[a-zA-Z0-9\-_])+$/;

export function checkLinodeLabel(errors: FieldErrors, label: string, taken: boolean): void {
  if (label.length < 3 || label.length > 64) errors.add('label', 'Label must be 3 to 64 characters');
  else if (!LINODE_LABEL.test(label)) {
    errors.add(
      'label',
      'Label must start with a letter and use only letters, numbers, dashes, underscores and periods, never two of those symbols in a row',
    );
  } else if (taken) errors.add('label', 'Label must be unique among your Linodes');
}

export function checkVolumeLabel(errors: FieldErrors, label: string, taken: boolean): void {
  if (label.length < 1 || label.length > 32) errors.add('label', 'Label must be 1 to 32 characters');
  else if (!VOLUME_LABEL.test(label)) {
    errors.add(
      'label',
      'Label must start with a letter and use only letters, numbers, dashes and underscores, never two of those symbols in a row',
    );
  } else if (taken) errors.add('label', 'Label must be unique among your Volumes');
}

export function checkTags(errors: FieldErrors, body: JsonObject): void {
  if (isStringArray(errors, body, 'tags') && body.tags.some((t) => t.length < 3 || t.length > 50)) {
    errors.add('tags', 'Each tag must be 3 to 50 characters');
  }
}

const PURPOSES = (operationFact('POST', '/linode/instances').request?.fields?.interfaces as FieldFact).items?.fields?.purpose.enum ?? [];
/** The spec's maxItems (the facts do not carry it). */
const MAX_INTERFACES = 3;

/** `interfaces` of a new Linode: up to three, each with a known purpose and what that purpose needs. */
export function checkInterfaces(errors: FieldErrors, body: JsonObject): void {
  if (!typed((v): v is unknown[] => Array.isArray(v), 'an array')(errors, body, 'interfaces')) return;
  const list = body.interfaces;
  if (list.length > MAX_INTERFACES) errors.add('interfaces', `At most ${MAX_INTERFACES} interfaces`);
  list.forEach((iface, i) => {
    const at = `interfaces[${i}]`;
    if (!isJsonObject(iface)) return errors.add(at, `${at} must be an object`);
    const { purpose, label, subnet_id } = iface;
    if (!PURPOSES.some((p) => p === purpose)) errors.add(`${at}.purpose`, `purpose must be one of ${PURPOSES.join(', ')}`);
    if (purpose === 'vlan' && (typeof label !== 'string' || label === '')) errors.add(`${at}.label`, 'A vlan interface needs a label');
    if (purpose === 'vpc' && !Number.isInteger(subnet_id)) errors.add(`${at}.subnet_id`, 'A vpc interface needs a subnet_id');
  });
  if (list.filter((iface) => isJsonObject(iface) && iface.purpose === 'public').length > 1)
    errors.add('interfaces', 'Only one public interface');
}

// The instance label pattern of the spec rejects real labels (an unescaped `..`); Linode's own
// rule is checkLinodeLabel. Unanchored patterns (`[a-zA-Z0-9-]+`) constrain nothing, and some
// "patterns" are prose, so only anchored ones that compile are enforced.
const BROKEN_PATTERNS = new Set([(operationFact('POST', '/linode/instances').request?.fields?.label as FieldFact).pattern]);

function enforcedPattern(fact: FieldFact): RegExp | undefined {
  if (!fact.pattern || BROKEN_PATTERNS.has(fact.pattern) || !/^\^.*\$$/.test(fact.pattern)) return undefined;
  try {
    return new RegExp(fact.pattern);
  } catch {
    return undefined;
  }
}

const JSON_TYPE: Record<string, [(v: unknown) => boolean, string]> = {
  string: [(v) => typeof v === 'string', 'a string'],
  integer: [(v) => Number.isInteger(v), 'an integer'],
  number: [(v) => typeof v === 'number', 'a number'],
  boolean: [(v) => typeof v === 'boolean', 'a boolean'],
  array: [Array.isArray, 'an array'],
  object: [(v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'an object'],
};

/** Checks one value against its field fact (type, enum, lengths, bounds, pattern, nested fields). */
function checkValue(errors: FieldErrors, fact: FieldFact, value: unknown, path: string): void {
  const type = fact.type ? JSON_TYPE[fact.type] : undefined;
  if (type && !type[0](value)) return errors.add(path, `${path} must be ${type[1]}`);
  if (fact.enum && !fact.enum.some((v) => v === value))
    return errors.add(path, `${path} must be one of ${fact.enum.filter((v) => v !== null).join(', ')}`);
  if (typeof value === 'string') {
    const pattern = enforcedPattern(fact);
    if (fact.minLength !== undefined && value.length < fact.minLength)
      errors.add(path, `${path} must be at least ${fact.minLength} characters`);
    else if (fact.maxLength !== undefined && value.length > fact.maxLength)
      errors.add(path, `${path} must be at most ${fact.maxLength} characters`);
    else if (pattern && !pattern.test(value)) errors.add(path, `${path} is not valid`);
  }
  if (typeof value === 'number') {
    if (fact.minimum !== undefined && value < fact.minimum) errors.add(path, `${path} must be at least ${fact.minimum}`);
    else if (fact.maximum !== undefined && value > fact.maximum) errors.add(path, `${path} must be at most ${fact.maximum}`);
  }
  if (Array.isArray(value) && fact.items) value.forEach((item, i) => checkValue(errors, fact.items as FieldFact, item, `${path}[${i}]`));
  if (fact.fields && isJsonObject(value)) checkFields(errors, fact, value, `${path}.`);
}

/**
 * Checks a request body against the request fact of its operation: required fields present, and
 * every writable field given of the documented type and within its documented constraints. Read-only
 * and unknown fields are ignored, as Linode ignores them; null counts as absent.
 */
export function checkFields(errors: FieldErrors, fact: FieldFact | undefined, body: JsonObject, prefix = ''): void {
  if (!fact?.fields) return;
  for (const name of fact.required ?? []) {
    if (body[name] === undefined || body[name] === null) errors.add(`${prefix}${name}`, `${prefix}${name} is required`);
  }
  for (const [name, value] of Object.entries(body)) {
    const field = fact.fields[name];
    if (!field || field.readOnly || value === null || value === undefined) continue;
    checkValue(errors, field, value, `${prefix}${name}`);
  }
}
