/**
 * Live progress of a campaign page ([data-live-campaign]): while its status is not "done", the
 * page asks for itself again every few seconds and swaps in the fresh progress, counts and report
 * ([data-live-body]). Without this script the page shows the same on reload. The new content is
 * the server's own HTML of the same page (same origin). The progress sentence stays in place and
 * only its text changes: it is a polite live region, so screen readers hear the new count.
 */
const INTERVAL_MS = 3000;

export function followCampaign(): void {
  const region = document.querySelector('[data-live-campaign]');
  if (!(region instanceof HTMLElement) || typeof window.fetch !== 'function' || typeof DOMParser !== 'function') return;

  // Arrows, not hoisted functions, so that `region` stays narrowed inside them.
  const refresh = async (): Promise<void> => {
    try {
      if (!document.hidden) await swapIn(region);
    } catch {
      // The network failed: try again later; the page still works by reload.
    }
    schedule();
  };
  const schedule = () => {
    if (region.dataset.status !== 'done') window.setTimeout(refresh, INTERVAL_MS);
  };

  jsHint(region);
  schedule();
}

/** With script the page updates itself: the hint says so instead of "reload the page". */
function jsHint(root: HTMLElement): void {
  const hint = root.querySelector('[data-live-hint]');
  if (hint instanceof HTMLElement && hint.dataset.jsText) hint.textContent = hint.dataset.jsText;
}

async function swapIn(region: HTMLElement): Promise<void> {
  const res = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  if (!res.ok) return;
  const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector('[data-live-campaign]');
  const body = region.querySelector('[data-live-body]');
  const freshBody = fresh?.querySelector('[data-live-body]');
  const text = region.querySelector('[data-progress-text]');
  const freshText = fresh?.querySelector('[data-progress-text]');
  if (!(fresh instanceof HTMLElement) || !body || !freshBody || !text || !freshText) return;
  const next = document.importNode(freshBody, true);
  if (!(next instanceof HTMLElement)) return;
  jsHint(next);
  // Node methods: the Workers types (tsconfig) redeclare Element's replaceWith for HTMLRewriter.
  body.parentNode?.replaceChild(next, body);
  if (text.textContent !== freshText.textContent) text.textContent = freshText.textContent;
  region.dataset.status = fresh.dataset.status || region.dataset.status;
}
