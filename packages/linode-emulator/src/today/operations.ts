// Today's operations, newer than spec 4.176.0: the emulator's own table of them, recorded from
// today's SDKs (linode-facts/today-operations), routed beside the spec's operations.
import { facts } from 'linode-facts/spec';
import { loadTodayOperations } from 'linode-facts/today-operations';

const today = loadTodayOperations(facts.schemas);

export const todayOperations = today.operations;
/** Today's schemas by name (PlacementGroup, Lock...). */
export const todaySchemas = today.schemas;
/** Filterable fields of today's schemas. */
export const todayFilterable: Record<string, string[]> = today.filterable;
