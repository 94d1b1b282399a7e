// X-Filter evaluated by the gateway, for catalogs held whole (cached) that Linode cannot filter
// and for event streams: the JSON the compiler sends Linode (src/rest/xfilter.ts), with Linode's
// meaning, by the one evaluator the emulator uses too (linode-facts/xfilter).
export { applyXFilter, matchesXFilter } from 'linode-facts/xfilter';
