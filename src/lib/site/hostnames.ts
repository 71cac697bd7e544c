/**
 * The site's own name: the host of `url` in content/site.json (the publisher's one setting). The
 * Worker refuses to check, or follow a redirect to, this name and every name below it, and the
 * User-Agent of each probe names it. A production build refuses the placeholder (publisher.ts).
 */
import { publisher, publisherHostname } from './publisher.ts';

export const SITE_HOSTNAME: string = publisherHostname(publisher);
