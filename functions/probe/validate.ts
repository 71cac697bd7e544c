/**
 * Step 9 of the hostname policy: resolve A and AAAA over DNS-over-HTTPS before any connection,
 * and refuse the name if any address is not public. One lookup per name per check (the session
 * keeps it), so probes and redirect hops to the same name share it.
 */
import { z } from 'zod';
import { AppError, dnsUnavailable, invalidHost, privateAddress, targetDnsFailed } from '../../src/lib/errors.ts';
import { isPublicAddress } from '../../src/lib/probe/address.ts';
import { checkHostnameSyntax, classifyHostname, isOwnHostname } from '../../src/lib/probe/host.ts';
import { decodeText, discardBody, RESPONSE_READ_LIMITS, readCappedBody } from './body.ts';
import { type CheckSession, type ProbeDeps, sessionOf } from './session.ts';

const DNS_TYPE = { A: 1, AAAA: 28 } as const;
/** A JSON answer for one name is a few hundred bytes; anything near this is not a resolver. */
const MAX_DOH_BYTES = 64 * 1024;
const NOERROR = 0;
const NXDOMAIN = 3;
/**
 * Answers in which our resolver worked and the name's own DNS did not: SERVFAIL (lame
 * delegation, unreachable or broken authoritative servers, failed DNSSEC) and REFUSED.
 */
const TARGET_DNS_FAILURES = new Set([2, 5]);

const DohAnswer = z.object({
  Status: z.number().int(),
  Answer: z
    .array(z.object({ type: z.number().int(), data: z.string().max(256) }).loose())
    .max(200)
    .optional(),
});

type Lookup = { status: 'ok'; addresses: string[] } | { status: 'nxdomain' };

const UNAVAILABLE = 'Our name resolver could not be reached. Please try again in a minute.';
const targetFailure = (host: string) =>
  targetDnsFailed(
    `The DNS servers of "${host}" give no valid answer (SERVFAIL or a broken delegation), so it cannot be found. Fix the domain's DNS, then check again.`,
  );

async function query(host: string, type: keyof typeof DNS_TYPE, session: CheckSession): Promise<Lookup> {
  const url = new URL(session.config.dohEndpoint);
  url.searchParams.set('name', host);
  url.searchParams.set('type', type);
  let text: string;
  try {
    session.spend();
    const response = await session.transport(url.href, {
      method: 'GET',
      headers: { accept: 'application/dns-json' },
      redirect: 'manual',
      signal: session.signal,
    });
    if (response.status !== 200) {
      discardBody(response);
      throw dnsUnavailable(UNAVAILABLE);
    }
    const body = await readCappedBody(response, MAX_DOH_BYTES, session.signal, {
      ...RESPONSE_READ_LIMITS,
      budget: session.reading,
    });
    if (!body.ok) throw dnsUnavailable(UNAVAILABLE);
    text = decodeText(body.bytes);
  } catch (error) {
    if (error instanceof AppError || isTransportRefusal(error)) throw error;
    throw dnsUnavailable(UNAVAILABLE);
  }
  let answer: z.infer<typeof DohAnswer>;
  try {
    answer = DohAnswer.parse(JSON.parse(text));
  } catch {
    throw dnsUnavailable(UNAVAILABLE);
  }
  if (answer.Status === NXDOMAIN) return { status: 'nxdomain' };
  if (TARGET_DNS_FAILURES.has(answer.Status)) throw targetFailure(host);
  if (answer.Status !== NOERROR) throw dnsUnavailable(UNAVAILABLE);
  // CNAME records are followed by the resolver; their targets' addresses are in the answer too.
  const addresses = (answer.Answer ?? []).filter((record) => record.type === DNS_TYPE[type]).map((r) => r.data);
  return { status: 'ok', addresses };
}

/** A test transport's refusal must surface as the guard bug it is, never as a DNS failure. */
function isTransportRefusal(error: unknown): boolean {
  return error instanceof Error && error.name === 'TransportRefusedError';
}

async function resolveAndCheck(host: string, session: CheckSession): Promise<string[]> {
  const [a, aaaa] = await Promise.all([query(host, 'A', session), query(host, 'AAAA', session)]);
  const addresses = [...(a.status === 'ok' ? a.addresses : []), ...(aaaa.status === 'ok' ? aaaa.addresses : [])];
  if (addresses.length === 0) {
    throw invalidHost(`"${host}" does not resolve to any address. Check the spelling of the server name.`);
  }
  for (const address of addresses) {
    if (!isPublicAddress(address)) {
      throw privateAddress(
        `"${host}" points to a private or reserved address, which cannot be checked from the internet. Enter the name your users reach from outside.`,
      );
    }
  }
  return addresses;
}

/**
 * Validates a normalised hostname for a connection: the pure rules again (it may come from a
 * redirect or a caller), not one of our own names, then DNS. Throws `invalid_host`,
 * `private_address`, `target_dns_failed` (502) or `dns_unavailable` (503). Resolves to the name's public addresses.
 */
export function validateTarget(host: string, deps: ProbeDeps): Promise<string[]> {
  const session = sessionOf(deps);
  let pending = session.validations.get(host);
  if (pending === undefined) {
    pending = (async () => {
      const normalised = classifyHostname(host);
      if (normalised !== host) throw invalidHost('Enter the host name without a trailing dot.');
      checkHostnameSyntax(host);
      if (isOwnHostname(host, session.config.siteHostnames)) {
        throw invalidHost('This is the address of this checker itself. Enter the name of your Exchange server.');
      }
      return resolveAndCheck(host, session);
    })();
    session.validations.set(host, pending);
  }
  return pending;
}
