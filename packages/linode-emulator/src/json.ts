// Reading JSON of unknown shape (request bodies, objects filled from the facts): each accessor
// gives the value when it has the type asked for, else undefined (or an empty list).
import type { JsonObject } from './types.js';

export const isJsonObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
export const asBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
export const asObject = (value: unknown): JsonObject | undefined => (isJsonObject(value) ? value : undefined);

/** The list itself (so changes to it stay), or [] when the value is no list. */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** The objects of a list (its other items left out). */
export const objectsIn = (value: unknown): JsonObject[] => asList(value).filter(isJsonObject);

/** The strings of a list (its other items left out). */
export const stringsIn = (value: unknown): string[] => asList(value).filter((v): v is string => typeof v === 'string');

/** The list itself when every item is an object (so pushes stay), else undefined. */
export function objectList(value: unknown): JsonObject[] | undefined {
  return Array.isArray(value) && value.every(isJsonObject) ? value : undefined;
}
