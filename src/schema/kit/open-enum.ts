// Open enums: Linode adds enum values without notice and varies their case (`Unknown` where the
// spec says `unknown`). A value is matched ignoring case and `-`/`_`/space; a value no member
// matches is served as OTHER (never an error), its raw string stays readable in the field's
// `...Raw` twin, and the drift reporter counts it.
import type { EnumRef } from '@pothos/core';
import { builder } from '../builder.js';
import { upperSnake } from './names.js';
import type { KitTypes } from './types.js';

/** The member every open enum has for values this schema does not know. */
export const OTHER_MEMBER = 'OTHER';
/** Its internal value: no Linode value can equal it (it is never matched, only returned). */
const OTHER_VALUE = '\u0000other';

type EnumValue = string | number;

/** `Database-Create` -> `database_create`: the form two spellings of one value share. */
export function enumKey(value: EnumValue): string {
  return String(value)
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

export interface OpenEnum {
  /** The enum type; its members' values are Linode's (OTHER's is the gateway's own). */
  ref: EnumRef<KitTypes, EnumValue>;
  /** The member's internal value for `raw`, OTHER's for a value no member matches; null stays null. */
  read(raw: unknown, onUnknown: (raw: string) => void): EnumValue | null;
}

const openEnums = new Map<string, OpenEnum>();

export function openEnum(name: string, values: ReadonlyArray<EnumValue | null>): OpenEnum {
  const existing = openEnums.get(name);
  if (existing) return existing;
  // Two spellings of one value (`unknown` and `Unknown`, both documented) are one member: the first.
  const byKey = new Map<string, EnumValue>();
  for (const value of values) if (value !== null && !byKey.has(enumKey(value))) byKey.set(enumKey(value), value);
  const documented = [...byKey.values()];
  const exact = new Set<EnumValue>(documented);

  const members: Record<string, { value: EnumValue; description?: string }> = {};
  for (const value of documented) members[upperSnake(String(value))] = { value };
  if (members[OTHER_MEMBER]) throw new Error(`Enum ${name} documents a value named ${OTHER_MEMBER}; open enums need that name`);
  members[OTHER_MEMBER] = {
    value: OTHER_VALUE,
    description: "A value Linode sent that this schema does not list; the field's `...Raw` twin has it.",
  };

  const open: OpenEnum = {
    ref: builder.enumType(name, { values: members }),
    read(raw, onUnknown) {
      if (raw === null || raw === undefined) return null;
      if ((typeof raw === 'string' || typeof raw === 'number') && exact.has(raw)) return raw;
      const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : JSON.stringify(raw);
      const match = byKey.get(enumKey(text));
      if (match !== undefined) return match;
      onUnknown(text);
      return OTHER_VALUE;
    },
  };
  openEnums.set(name, open);
  return open;
}

/** Linode's value as sent, for an enum's `...Raw` twin: text, whatever JSON type it came as. */
export function rawText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
}
