/**
 * Redirect targets (hostile-servers.md #6–#11): resolved against the URL that sent them, then held
 * to the same rules as user input. The host itself is checked afterwards by classifyHostname,
 * checkHostnameSyntax and DNS; here only what resolveRedirect decides.
 */
import { describe, expect, it } from 'vitest';
import { checkHostnameSyntax, classifyHostname } from '../../../src/lib/probe/host.ts';
import { resolveRedirect } from '../../../src/lib/probe/redirect.ts';

const base = new URL('https://mail.example.com/owa/auth/logon.aspx');

/** The whole hop decision: resolveRedirect, then the host rules. */
function follow(location: string): string | null {
  const url = resolveRedirect(location, base);
  if (url === null) return null;
  try {
    checkHostnameSyntax(classifyHostname(url.hostname));
    return url.href;
  } catch {
    return null;
  }
}

describe('resolveRedirect', () => {
  it.each([
    ['/owa/', 'https://mail.example.com/owa/'],
    ['logon.aspx?replaceCurrent=1', 'https://mail.example.com/owa/auth/logon.aspx?replaceCurrent=1'],
    ['https://owa.example.com/owa/', 'https://owa.example.com/owa/'],
    ['https://owa.example.com:443/owa/', 'https://owa.example.com/owa/'],
    ['//owa.example.com/owa/', 'https://owa.example.com/owa/'],
    ['HTTPS://OWA.EXAMPLE.COM/', 'https://owa.example.com/'],
  ])('follows %s', (location, expected) => {
    expect(follow(location)).toBe(expected);
  });

  it.each([
    // #6 private and metadata
    ['http://169.254.169.254/latest/meta-data/'],
    ['https://169.254.169.254/latest/meta-data/'],
    ['https://10.0.0.1/'],
    ['https://localhost/'],
    ['https://metadata.google.internal/'],
    // #7 encoded loopback
    ['https://2130706433/'],
    ['https://0x7f.1/'],
    ['https://[::ffff:127.0.0.1]/'],
    ['https://①②⑦.0.0.1/'],
    ['https://%31%32%37.0.0.1/'],
    // #8 other schemes and the downgrade
    ['file:///etc/passwd'],
    ['gopher://127.0.0.1:25/_'],
    ['javascript:alert(1)'],
    ['data:text/html,<b>x</b>'],
    ['http://owa.example.com/'],
    ['ftp://owa.example.com/'],
    ['https:/owa.example.com/'],
    ['https:owa.example.com'],
    // #9 other ports
    ['https://owa.example.com:22/'],
    ['https://owa.example.com:6379/'],
    ['https://owa.example.com:80/'],
    ['//owa.example.com:8443/'],
    // #10 tricky syntax
    ['//evil.example/'],
    ['/\\evil.example.com/'],
    ['\\\\evil.example.com/'],
    ['https://user:pw@evil.example.com/'],
    ['https://good.example.com@169.254.169.254/'],
    ['https://evil.example.com\r\nSet-Cookie: x=1'],
    ['https://evil.example.com/\u0000'],
    ['https://evil.example.com/ a'],
    [`/${'x'.repeat(8192)}`],
    [''],
    ['https:///'],
    ['https://exa mple.com/'],
  ])('refuses %s', (location) => {
    expect(follow(location)).toBeNull();
  });
});
