/**
 * The token from an `Authorization` header: `Bearer X` or Linode's legacy `token X` (scheme
 * case-insensitive, surrounding space trimmed). Anything else is null: an empty token, or one with
 * whitespace or non-printable-ASCII characters (it goes into an upstream header as is).
 */
export function parseAuthorization(header: string | null | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^(bearer|token)[ \t]+([\x21-\x7e]+)$/i.exec(header.trim());
  return match ? match[2] : null;
}
