// The facts of the Linode spec alone, without today's overlay: what the emulator builds on (with
// its own table of the real API's deviations, linode-emulator's src/quirks), so that the emulator and the
// gateway never share their beliefs about what Linode sends.
import { factsLookups, loadSpecFacts } from './index.js';

export type { FieldFact, ObjectFact, OperationFact, FieldType } from './index.js';

export const facts = loadSpecFacts();
export const { schemaFact, operationFact, filterableFields } = factsLookups(facts);
