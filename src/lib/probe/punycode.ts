/**
 * Punycode decoding (RFC 3492), only to check `xn--` labels: runtimes disagree on them (workerd's
 * URL parser keeps `xn--a.com`, Node's refuses it), so the policy decides itself. The decoding is
 * the `punycode` package's; this only turns its RangeError into null.
 */
import { decode } from 'punycode/punycode.es6.js';

/** Decodes the part after `xn--`; null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  try {
    return decode(input);
  } catch {
    return null;
  }
}
