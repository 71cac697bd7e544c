/*
 * Progressive enhancement of the host form (form[data-host-form]). Without this script the form
 * is a plain POST answered by a redirect to the result page; with it:
 * - a server-rendered error summary gets the focus on load (GOV.UK error pattern);
 * - submitting posts {host} to /api/v1/checks, shows the live steps with the expected duration
 *   (announced through a polite live region), then opens the result page /{lang}/check/{id};
 * - an API error shows the error summary in place, marks the field and moves the focus;
 * - anything unexpected (network failure, no texts, odd answer) falls back to the plain submit.
 * The words come from /{lang}/host-form.json; no text from the API is inserted as HTML.
 */
(() => {
  // Once per page, even where the page includes the script twice.
  const root = document.documentElement;
  if (root.hasAttribute('data-host-form-js')) return;
  root.setAttribute('data-host-form-js', '');

  const summaryOnLoad = document.querySelector('[data-error-summary]');
  if (summaryOnLoad instanceof HTMLElement) {
    summaryOnLoad.focus();
    wireSummaryLinks(summaryOnLoad);
  }

  const form = document.querySelector('form[data-host-form]');
  if (!(form instanceof HTMLFormElement)) return;
  if (typeof window.fetch !== 'function' || typeof window.AbortController !== 'function') return;
  const input = form.querySelector('input[name="host"]');
  if (!(input instanceof HTMLInputElement)) return;
  form.dataset.enhanced = 'true';

  const lang = root.lang || 'en';
  const ID = /^[A-Za-z0-9_-]{22}$/;
  const STEPS = ['resolve', 'contact', 'read', 'assess'];
  const STEP_AFTER_MS = [0, 700, 2200];
  const REQUEST_TIMEOUT_MS = 30000;

  let textsPromise = null;
  const loadTexts = () => {
    textsPromise ??= fetch(`/${encodeURIComponent(lang)}/host-form.json`, { credentials: 'same-origin' })
      .then((res) => (res.ok ? res.json() : null))
      .catch(() => null);
    return textsPromise;
  };
  // Fetch the words early, so that they are there when the form is sent.
  loadTexts();

  // One polite live region, present before anything is announced.
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.dataset.checkLive = '';
  form.after(live);

  let progressBox = document.querySelector('[data-check-progress]');
  if (!(progressBox instanceof HTMLElement)) {
    progressBox = document.createElement('div');
    progressBox.hidden = true;
    live.before(progressBox);
  }

  let busy = false;
  let timers = [];

  const submitButton = form.querySelector('button[type="submit"]');
  const setBusy = (value) => {
    busy = value;
    if (value) submitButton?.setAttribute('aria-disabled', 'true');
    else submitButton?.removeAttribute('aria-disabled');
  };

  const fallback = () => {
    clearTimers();
    setBusy(false);
    HTMLFormElement.prototype.submit.call(form);
  };

  function clearTimers() {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  }

  function announce(text) {
    live.textContent = text;
  }

  function showProgress(texts, host) {
    const t = texts.progress;
    progressBox.replaceChildren();
    progressBox.className = 'progress';
    const heading = document.createElement('h2');
    heading.textContent = t.heading.replace('{host}', host);
    const expected = document.createElement('p');
    expected.textContent = t.expected;
    const list = document.createElement('ol');
    list.className = 'progress-steps';
    for (const step of STEPS) {
      const item = document.createElement('li');
      item.dataset.step = step;
      item.dataset.state = 'waiting';
      const label = document.createElement('span');
      label.textContent = t[step];
      const state = document.createElement('span');
      state.className = 'visually-hidden';
      state.textContent = ` (${t.waiting})`;
      item.append(label, state);
      list.append(item);
    }
    progressBox.append(heading, expected, list);
    progressBox.hidden = false;
    announce(`${heading.textContent}. ${t.expected}`);
  }

  function setStep(texts, index) {
    const t = texts.progress;
    progressBox.querySelectorAll('li[data-step]').forEach((item, i) => {
      const state = i < index ? 'done' : i === index ? 'current' : 'waiting';
      item.dataset.state = state;
      const hidden = item.querySelector('.visually-hidden');
      if (hidden) hidden.textContent = ` (${t[state]})`;
    });
    const current = STEPS[index];
    if (current) timers.push(setTimeout(() => announce(`${t[current]} …`), 50));
  }

  function hideProgress() {
    clearTimers();
    progressBox.hidden = true;
    progressBox.replaceChildren();
  }

  function clearError() {
    for (const el of document.querySelectorAll('[data-error-summary]')) el.remove();
    const group = input.closest('.form-group');
    group?.classList.remove('form-group--error');
    document.getElementById('host-error')?.remove();
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'host-hint');
  }

  function showError(texts, text) {
    clearError();
    const summary = document.createElement('div');
    summary.className = 'error-summary';
    summary.setAttribute('role', 'alert');
    summary.tabIndex = -1;
    summary.dataset.errorSummary = '';
    summary.setAttribute('aria-labelledby', 'error-summary-title');
    const title = document.createElement('h2');
    title.id = 'error-summary-title';
    title.textContent = texts.summaryTitle;
    const list = document.createElement('ul');
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = '#host';
    link.textContent = text;
    item.append(link);
    list.append(item);
    summary.append(title, list);
    const main = document.getElementById('main') ?? document.body;
    main.prepend(summary);

    const group = input.closest('.form-group');
    group?.classList.add('form-group--error');
    const message = document.createElement('span');
    message.className = 'error-message';
    message.id = 'host-error';
    const prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = `${texts.errorPrefix} `;
    message.append(prefix, document.createTextNode(text));
    input.before(message);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'host-hint host-error');
    if (!document.title.startsWith(texts.errorPrefix)) document.title = `${texts.errorPrefix} ${document.title}`;
    wireSummaryLinks(summary);
    summary.focus();
  }

  function errorText(texts, code, retryAfter) {
    const template = Object.hasOwn(texts.errors, code) ? texts.errors[code] : texts.errors.internal_error;
    return String(template).replace('{retryAfter}', String(retryAfter));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    run().catch(fallback);
  });

  async function run() {
    const texts = await loadTexts();
    if (!texts || typeof texts !== 'object' || !texts.progress || !texts.errors) return fallback();
    const host = input.value.trim();
    clearError();
    showProgress(texts, host);
    STEP_AFTER_MS.forEach((after, index) => {
      timers.push(setTimeout(() => setStep(texts, index), after));
    });

    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let res;
    try {
      res = await fetch('/api/v1/checks', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ host: input.value }),
        credentials: 'same-origin',
        signal: controller.signal,
      });
    } catch {
      clearTimeout(timeout);
      return fallback();
    }
    clearTimeout(timeout);
    let body = null;
    try {
      body = await res.json();
    } catch {
      return fallback();
    }

    if (res.status === 201 && body && typeof body.id === 'string' && ID.test(body.id)) {
      clearTimers();
      setStep(texts, STEPS.length - 1);
      announce(texts.progress.opening);
      await showInPlace(`/${encodeURIComponent(lang)}/check/${body.id}`);
      return;
    }
    const code = body?.error?.code;
    if (typeof code !== 'string') return fallback();
    // An e-mail address is a mistake of its own: say what to enter instead (as the server page does).
    const shown = code === 'invalid_host' && host.includes('@') ? 'email_address' : code;
    const retryAfter = Number.parseInt(res.headers.get('Retry-After') ?? '', 10);
    hideProgress();
    announce('');
    setBusy(false);
    showError(texts, errorText(texts, shown, Number.isFinite(retryAfter) ? retryAfter : 60));
  }

  /**
   * The result appears in place: the server-rendered result page (our own, escaped HTML) replaces
   * the main content, its stylesheets are added, and the address becomes the permalink. Anything
   * unexpected falls back to opening the page itself.
   */
  async function showInPlace(url) {
    try {
      const res = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const next = doc.querySelector('main');
      const main = document.querySelector('main');
      if (!next || !main) throw new Error('no main');
      await addStylesheets(doc);
      main.replaceChildren(...Array.from(next.childNodes, (node) => document.importNode(node, true)));
      document.title = doc.title;
      history.pushState({ result: url }, '', url);
      window.scrollTo(0, 0);
      main.focus();
    } catch {
      window.location.assign(url);
    }
  }

  function addStylesheets(doc) {
    const have = new Set(Array.from(document.querySelectorAll('link[rel="stylesheet"]'), (l) => l.href));
    const loads = [];
    for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
      const href = new URL(link.getAttribute('href') ?? '', window.location.href);
      if (href.origin !== window.location.origin || have.has(href.href)) continue;
      const added = document.createElement('link');
      added.rel = 'stylesheet';
      added.href = href.href;
      // Settles on load or on error: a missing stylesheet must not hold the result back.
      loads.push(
        new Promise((resolve) => {
          added.addEventListener('load', resolve, { once: true });
          added.addEventListener('error', resolve, { once: true });
        }),
      );
      document.head.append(added);
    }
    return Promise.race([Promise.all(loads), new Promise((resolve) => setTimeout(resolve, 2000))]);
  }

  // Back from a result shown in place: the page that was here before.
  window.addEventListener('popstate', () => window.location.reload());

  // Back from the result page (back/forward cache): the form is ready again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    hideProgress();
    announce('');
    setBusy(false);
  });

  /** Summary links move the focus to their field and bring its label into view. */
  function wireSummaryLinks(summary) {
    for (const link of summary.querySelectorAll('a[href^="#"]')) {
      link.addEventListener('click', (event) => {
        const target = document.getElementById(link.getAttribute('href').slice(1));
        if (!target) return;
        event.preventDefault();
        const label = document.querySelector(`label[for="${target.id}"]`);
        (label ?? target).scrollIntoView();
        target.focus({ preventScroll: true });
      });
    }
  }
})();
