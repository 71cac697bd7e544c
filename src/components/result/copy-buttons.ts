/**
 * Copy buttons of a result page (`button[data-copy="<id>"]`: the permalink, the text for the IT
 * provider). Without script, or without the Clipboard API, they stay hidden: the link and the text
 * can still be selected and copied by hand.
 */
export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target) continue;
    button.hidden = false;
    const status = button.parentElement?.querySelector('.copy-status');
    button.addEventListener('click', async () => {
      const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.dataset.copied ?? '';
      } catch {
        // Refused (no permission, or not a secure context): select it, so that Ctrl-C does the rest.
        if (target instanceof HTMLTextAreaElement) target.select();
      }
    });
  }
}
