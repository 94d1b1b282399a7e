import { defineChildResource } from '../kit/child-resource.js';

export const InvoiceItem = defineChildResource({
  name: 'InvoiceItem',
  schema: 'InvoiceItem',
  description: 'A line of an invoice.',
  path: (invoiceId) => `/account/invoices/${invoiceId}/items`,
  operation: 'GET /account/invoices/{id}/items',
  parentKey: 'invoice_id',
});
