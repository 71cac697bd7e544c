/*
 * Progressive enhancement of the host form (form[data-host-form]), bundled by Astro from the
 * <script> of FormScript.astro. Without it the form is a plain POST answered by
 * a redirect to the result page; with it:
 * - a server-rendered error summary gets the focus on load (GOV.UK error pattern);
 * - submitting posts {host} to /api/v1/checks, shows the live steps with the expected duration
 *   (announced through a polite live region), then opens the result page /{lang}/check/{id};
 * - an API error shows the error summary in place, marks the field and moves the focus;
 * - anything unexpected (network failure, no texts, odd answer) falls back to the plain submit.
 * The markup (error summary, field error, progress) is HostForm's <template>, rendered by the same
 * components as the server's; the error messages by code come from /{lang}/host-form.json. No
 * text from the API is inserted as HTML.
 *
 * DOM insertion uses the Node methods: the Workers types (tsconfig) redeclare Element's
 * before/after/prepend/replaceWith for HTMLRewriter.
 */
import { fill } from '../i18n/fill.ts';
import { CHECK_STEPS } from './check-steps.ts';

const ID = /^[A-Za-z0-9_-]{22}$/;
/** When each step after the first is shown as running; the last one runs until the answer. */
const STEP_AFTER_MS = [0, 700, 2200];
const REQUEST_TIMEOUT_MS = 30_000;
const STATES = ['done', 'current', 'waiting'] as const;
type StepState = (typeof STATES)[number];

interface FormTexts {
  errors: Record<string, string>;
}

function isFormTexts(value: unknown): value is FormTexts {
  if (value === null || typeof value !== 'object' || !('errors' in value)) return false;
  const errors = (value as { errors: unknown }).errors;
  return (
    errors !== null &&
    typeof errors === 'object' &&
    Object.values(errors).every((text) => typeof text === 'string') &&
    typeof (errors as Record<string, unknown>).internal_error === 'string'
  );
}

/** Everything the script does on a page with a form. */
export function enhanceForms(): void {
  focusErrorSummary();
  enhanceHostForm();
}

/** Focuses a server-rendered error summary and wires its links (pages with a form error). */
function focusErrorSummary(): void {
  const summary = document.querySelector('[data-error-summary]');
  if (!(summary instanceof HTMLElement) || summary.dataset.wired !== undefined) return;
  summary.dataset.wired = '';
  summary.focus();
  wireSummaryLinks(summary);
}

/** Summary links move the focus to their field and bring its label into view. */
function wireSummaryLinks(summary: HTMLElement): void {
  for (const link of summary.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    link.addEventListener('click', (event) => {
      const target = document.getElementById((link.getAttribute('href') ?? '#').slice(1));
      if (!target) return;
      event.preventDefault();
      const label = document.querySelector(`label[for="${target.id}"]`);
      (label ?? target).scrollIntoView();
      target.focus({ preventScroll: true });
    });
  }
}

/** A clone of one part of HostForm's <template>, or null when the page lacks it. */
function part<T extends Element>(template: HTMLTemplateElement, selector: string, type: new () => T): T | null {
  const found = template.content.querySelector(selector);
  return found instanceof type ? (found.cloneNode(true) as T) : null;
}

function enhanceHostForm(): void {
  const root = document.documentElement;
  // Once per page, even where the page has the form twice.
  if (root.hasAttribute('data-host-form-js')) return;
  root.setAttribute('data-host-form-js', '');

  const form = document.querySelector('form[data-host-form]');
  const template = document.querySelector('template[data-host-form-parts]');
  if (!(form instanceof HTMLFormElement) || !(template instanceof HTMLTemplateElement)) return;
  if (typeof window.fetch !== 'function' || typeof window.AbortController !== 'function') return;
  const input = form.querySelector('input[name="host"]');
  const progressBox = part(template, '[data-progress-box]', HTMLElement);
  if (!(input instanceof HTMLInputElement) || !progressBox) return;
  form.dataset.enhanced = 'true';
  enhance(form, input, template, progressBox);
}

function enhance(
  form: HTMLFormElement,
  input: HTMLInputElement,
  template: HTMLTemplateElement,
  progress: HTMLElement,
): void {
  const lang = document.documentElement.lang || 'en';
  const stateWords: Record<StepState, string> = {
    done: progress.dataset.stateDone ?? '',
    current: progress.dataset.stateCurrent ?? '',
    waiting: progress.dataset.stateWaiting ?? '',
  };

  let textsPromise: Promise<FormTexts | null> | null = null;
  const loadTexts = () => {
    textsPromise ??= fetch(`/${encodeURIComponent(lang)}/host-form.json`, { credentials: 'same-origin' })
      .then((res) => (res.ok ? (res.json() as Promise<unknown>) : null))
      .then((body) => (isFormTexts(body) ? body : null))
      .catch(() => null);
    return textsPromise;
  };
  // Fetch the words early, so that they are there when the form is sent.
  void loadTexts();

  // One polite live region, present before anything is announced.
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.dataset.checkLive = '';
  form.parentNode?.insertBefore(live, form.nextSibling);

  /** On the first submit, the progress goes where the page keeps a place for it, else before the live region. */
  const placeProgress = () => {
    if (progress.isConnected) return;
    progress.dataset.checkProgress = '';
    const slot = document.querySelector('[data-check-progress]');
    if (slot instanceof HTMLElement) slot.parentNode?.replaceChild(progress, slot);
    else live.parentNode?.insertBefore(progress, live);
  };

  let busy = false;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const submitButton = form.querySelector('button[type="submit"]');
  const setBusy = (value: boolean) => {
    busy = value;
    if (value) submitButton?.setAttribute('aria-disabled', 'true');
    else submitButton?.removeAttribute('aria-disabled');
  };
  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const announce = (text: string) => {
    live.textContent = text;
  };
  const fallback = () => {
    clearTimers();
    setBusy(false);
    HTMLFormElement.prototype.submit.call(form);
  };

  const steps = () => Array.from(progress.querySelectorAll<HTMLElement>('li[data-step]'));
  const stepLabel = (index: number) => steps()[index]?.querySelector('[data-step-label]')?.textContent ?? '';

  function showProgress(host: string): void {
    placeProgress();
    const heading = progress.querySelector('[data-progress-heading]');
    if (heading) heading.textContent = fill(progress.dataset.heading ?? '', { host });
    for (const item of steps()) setState(item, 'waiting');
    progress.hidden = false;
    // On a phone the progress sits below the fold: without this the wait looks like nothing happened.
    progress.scrollIntoView({ block: 'nearest' });
    const expected = progress.querySelector('[data-progress-expected]')?.textContent ?? '';
    announce(`${heading?.textContent ?? ''}. ${expected}`);
  }

  function setState(item: HTMLElement, state: StepState): void {
    item.dataset.state = state;
    const hidden = item.querySelector('[data-step-state]');
    if (hidden) hidden.textContent = ` (${stateWords[state]})`;
  }

  function setStep(index: number): void {
    steps().forEach((item, i) => {
      setState(item, i < index ? 'done' : i === index ? 'current' : 'waiting');
    });
    if (index < CHECK_STEPS.length) timers.push(setTimeout(() => announce(`${stepLabel(index)} …`), 50));
  }

  function hideProgress(): void {
    clearTimers();
    progress.hidden = true;
  }

  function clearError(): void {
    for (const el of document.querySelectorAll('[data-error-summary]')) el.remove();
    input.closest('.form-group')?.classList.remove('form-group--error');
    document.getElementById('host-error')?.remove();
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'host-hint');
  }

  function showError(text: string): void {
    const summary = part(template, '[data-error-summary]', HTMLElement);
    const message = part(template, '#host-error', HTMLElement);
    const link = summary?.querySelector('a');
    const messageText = message?.querySelector('[data-error-text]');
    if (!summary || !message || !link || !messageText) {
      fallback();
      return;
    }
    clearError();
    link.textContent = text;
    summary.dataset.wired = '';
    const main = document.getElementById('main') ?? document.body;
    main.insertBefore(summary, main.firstChild);

    input.closest('.form-group')?.classList.add('form-group--error');
    messageText.textContent = text;
    input.parentNode?.insertBefore(message, input);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'host-hint host-error');
    const prefix = message.querySelector('[data-error-prefix]')?.textContent?.trim() ?? '';
    if (prefix && !document.title.startsWith(prefix)) document.title = `${prefix} ${document.title}`;
    wireSummaryLinks(summary);
    summary.focus();
  }

  const errorText = (texts: FormTexts, code: string, retryAfter: number) =>
    fill((Object.hasOwn(texts.errors, code) ? texts.errors[code] : undefined) ?? texts.errors.internal_error ?? '', {
      retryAfter,
    });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    run().catch(fallback);
  });

  async function run(): Promise<void> {
    const texts = await loadTexts();
    if (!texts) return fallback();
    clearError();
    showProgress(input.value.trim());
    STEP_AFTER_MS.forEach((after, index) => {
      timers.push(setTimeout(() => setStep(index), after));
    });

    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let res: Response;
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
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      return fallback();
    }

    const id = (body as { id?: unknown } | null)?.id;
    if (res.status === 201 && typeof id === 'string' && ID.test(id)) {
      clearTimers();
      setStep(CHECK_STEPS.length - 1);
      announce(progress.dataset.opening ?? '');
      await showInPlace(`/${encodeURIComponent(lang)}/check/${id}`);
      return;
    }
    const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
    if (typeof code !== 'string') return fallback();
    const retryAfter = Number.parseInt(res.headers.get('Retry-After') ?? '', 10);
    hideProgress();
    announce('');
    setBusy(false);
    // An e-mail address is a mistake of its own: say what to enter instead (as the server page does).
    const shown = code === 'invalid_host' && input.value.includes('@') ? 'email_address' : code;
    showError(errorText(texts, shown, Number.isFinite(retryAfter) ? retryAfter : 60));
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
}

/**
 * The result appears in place: the server-rendered result page (our own, escaped HTML) replaces
 * the main content, its stylesheets are added, and the address becomes the permalink. Anything
 * unexpected falls back to opening the page itself.
 */
async function showInPlace(url: string): Promise<void> {
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

function addStylesheets(doc: Document): Promise<unknown> {
  const have = new Set(Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (l) => l.href));
  const loads: Promise<unknown>[] = [];
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
    document.head.appendChild(added);
  }
  return Promise.race([Promise.all(loads), new Promise((resolve) => setTimeout(resolve, 2000))]);
}
