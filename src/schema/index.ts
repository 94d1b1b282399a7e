// The whole schema: importing a domain file registers its types and root fields.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './kit/scalars.js';
import './catalogs/region.js';
import './catalogs/linode-type.js';
import './catalogs/kernel.js';
import './catalogs/image.js';
import './linode/instance.js';
import './linode/disk.js';
import './linode/instance-config.js';
import './linode/instance-mutations.js';
import './volumes/volume.js';
import './volumes/volume-mutations.js';
import './domains/domain.js';
import './domains/domain-record.js';
import './account/event.js';
import './account/account.js';

export const schema = lexicographicSortSchema(builder.toSchema());
