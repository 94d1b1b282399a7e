import { InvoiceItem } from './invoice-item.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const Invoice = defineResource({
  name: 'Invoice',
  schema: 'Invoice',
  description: 'A monthly invoice of the account.',
  path: '/account/invoices',
  idKind: 'int',
  root: { one: 'invoice', many: 'invoices' },
  relations: (t): FieldMap => ({
    items: InvoiceItem.field(t, "The invoice's line items.", (invoice) => invoice.id),
  }),
});
