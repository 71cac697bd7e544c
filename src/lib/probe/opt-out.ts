import optOut from '../../../content/opt-out.json' with { type: 'json' };

/** The opt-out list, and every name below a listed one (an owner opting out a domain means all of it). */
export function isOptedOut(host: string, list: readonly string[] = optOut.hosts): boolean {
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`));
}
