/*
 * Live progress of a campaign page ([data-live-campaign]): while its status is not "done", the
 * page asks for itself again every few seconds and swaps in the fresh progress, counts and report
 * ([data-live-body]). Without this script the page shows the same on reload. The new content is
 * the server's own HTML of the same page (same origin). The progress sentence stays in place and
 * only its text changes: it is a polite live region, so screen readers hear the new count.
 */
(() => {
  const region = document.querySelector('[data-live-campaign]');
  if (!(region instanceof HTMLElement) || typeof window.fetch !== 'function' || typeof DOMParser !== 'function') return;
  const INTERVAL_MS = 3000;

  function jsHint(root) {
    const hint = root.querySelector('[data-live-hint]');
    if (hint instanceof HTMLElement && hint.dataset.jsText) hint.textContent = hint.dataset.jsText;
  }

  async function refresh() {
    try {
      if (!document.hidden) {
        const res = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
        if (res.ok) {
          const fresh = new DOMParser()
            .parseFromString(await res.text(), 'text/html')
            .querySelector('[data-live-campaign]');
          const body = region.querySelector('[data-live-body]');
          const freshBody = fresh?.querySelector('[data-live-body]');
          const text = region.querySelector('[data-progress-text]');
          const freshText = fresh?.querySelector('[data-progress-text]');
          if (fresh instanceof HTMLElement && body && freshBody && text && freshText) {
            const next = document.importNode(freshBody, true);
            jsHint(next);
            body.replaceWith(next);
            if (text.textContent !== freshText.textContent) text.textContent = freshText.textContent;
            region.dataset.status = fresh.dataset.status || region.dataset.status;
          }
        }
      }
    } catch {
      // The network failed: try again later; the page still works by reload.
    }
    schedule();
  }

  function schedule() {
    if (region.dataset.status !== 'done') window.setTimeout(refresh, INTERVAL_MS);
  }

  jsHint(region);
  schedule();
})();
