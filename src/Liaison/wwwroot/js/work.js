// Liaison "My work": copy buttons (data-copy="#selector" of an input whose value is copied).
(() => {
  'use strict';

  document.querySelectorAll('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const input = document.querySelector(button.dataset.copy);
      if (!input) {
        return;
      }
      input.select();
      try {
        await navigator.clipboard.writeText(input.value);
        const label = button.textContent;
        button.textContent = button.dataset.copied || label;
        window.setTimeout(() => { button.textContent = label; }, 2000);
      } catch {
        // Clipboard refused (insecure context): the text stays selected for Ctrl+C.
      }
    });
  });
})();
