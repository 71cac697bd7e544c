// Copy buttons of a result page (the link, the text for the IT provider). Without script they stay
// hidden: the link and the text can still be selected and copied by hand.
(() => {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const target = document.getElementById(button.getAttribute('data-copy') ?? '');
    if (!target || !navigator.clipboard) continue;
    button.hidden = false;
    const status = button.parentElement?.querySelector('.copy-status');
    button.addEventListener('click', async () => {
      const text = target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '');
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = button.getAttribute('data-copied') ?? '';
      } catch {
        if (target instanceof HTMLTextAreaElement) target.select();
      }
    });
  }
})();
