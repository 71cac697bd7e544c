/** The remote check's entry points, for the API routes. */

export { type ProbeConfig, parseProbeConfig } from './config.ts';
export { type ProbeResult, probeHost, probeInput, suggestHosts } from './probe-host.ts';
export { type CheckSession, createSession, type ProbeDeps } from './session.ts';
export { createTransport, TransportRefusedError } from './transport.ts';
export { validateTarget } from './validate.ts';
