import type { LinodeRecord } from '../kit/fact-fields.js';
import { InvoiceItem } from './invoice-item.js';
import { defineResource } from '../kit/resource.js';

export const Invoice = defineResource({
  name: 'Invoice',
  schema: 'Invoice',
  description: 'A monthly invoice of the account.',
  path: '/account/invoices',
  idKind: 'int',
  root: { one: 'invoice', many: 'invoices' },
  relations: (t) => ({
    items: InvoiceItem.field(t, "The invoice's line items.", (invoice: LinodeRecord) => invoice.id as number),
  }),
});
