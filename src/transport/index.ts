// How clients reach the gateway beyond a plain JSON POST: Automatic Persisted Queries (or, in
// production, trusted documents only), @defer/@stream, and subscriptions over Apollo's multipart
// protocol (SSE is yoga's own). Placed before the security plugins: a persisted query's text is
// known before the limits look at it.
import type { Plugin } from 'graphql-yoga';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { automaticPersistedQueries } from './automatic-persisted-queries.js';
import { multipartSubscriptions } from './multipart-subscriptions.js';
import { loadTrustedDocuments, trustedDocuments } from './trusted-documents.js';

export interface TransportSettings {
  /** Apollo's Automatic Persisted Queries (off when trusted documents are on). */
  persistedQueries: boolean;
  /** Path of a trusted documents manifest: only its documents run. */
  trustedDocumentsPath?: string;
}

export function transportPlugins(settings: TransportSettings): Plugin[] {
  const plugins: Plugin[] = [];
  if (settings.trustedDocumentsPath) plugins.push(trustedDocuments(loadTrustedDocuments(settings.trustedDocumentsPath)));
  else if (settings.persistedQueries) plugins.push(automaticPersistedQueries());
  plugins.push(useDeferStream(), multipartSubscriptions());
  return plugins;
}
