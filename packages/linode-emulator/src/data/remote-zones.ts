// Name servers outside Linode that allow it a zone transfer (AXFR), with the zones they serve: the
// emulator's stand-in for the internet, for POST /domains/import. Linode refuses an import from
// any other server (one that denies the transfer, or that it cannot reach).
type RemoteRecord = { type: string; name: string; target: string; priority?: number; ttl_sec?: number };

export const REMOTE_ZONES: Record<string, Record<string, RemoteRecord[]>> = {
  'ns1.zone-source.example': {
    'imported-zone.example': [
      { type: 'A', name: '', target: '203.0.113.10' },
      { type: 'A', name: 'www', target: '203.0.113.11' },
      { type: 'AAAA', name: 'www', target: '2001:db8::11' },
      { type: 'MX', name: '', target: 'mail.imported-zone.example', priority: 10 },
      { type: 'TXT', name: '', target: 'v=spf1 mx -all' },
    ],
  },
};
