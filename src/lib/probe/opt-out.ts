import optOut from '../../../content/opt-out.json' with { type: 'json' };

/** The names whose owners asked not to be checked (content/opt-out.json). */
export const OPT_OUT_LIST: readonly string[] = optOut.hosts;

/** The opt-out list, and every name below a listed one (an owner opting out a domain means all of it). */
export function isOptedOut(host: string, list: readonly string[] = OPT_OUT_LIST): boolean {
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`));
}
