// Liaison: global search typeahead (ARIA combobox) and small progressive enhancements.
(() => {
  'use strict';

  const form = document.querySelector('form.site-search');
  if (!form) {
    return;
  }

  const input = form.querySelector('[role="combobox"]');
  const list = form.querySelector('[role="listbox"]');
  const labels = { org: form.dataset.kindOrg, country: form.dataset.kindCountry, person: form.dataset.kindPerson };
  let hits = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let shownFor = '';

  const chinese = document.documentElement.lang.toLowerCase().startsWith('zh');
  const hitTitle = (hit) => (chinese && hit.titleZh) || hit.title;
  // Hits come from our own API; still, only follow site-relative paths.
  const hitUrl = (hit) => (typeof hit.url === 'string' && /^\/(?![\/\\])/.test(hit.url) ? hit.url : form.action);

  // Appends text to a node, wrapping the first case-insensitive occurrence of the query in <mark>.
  const appendHighlighted = (node, text, query) => {
    const at = query ? text.toLowerCase().indexOf(query.toLowerCase()) : -1;
    if (at < 0) {
      node.append(text);
      return;
    }
    const mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + query.length);
    node.append(text.slice(0, at), mark, text.slice(at + query.length));
  };

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    hits = [];
    active = -1;
    shownFor = '';
  };

  const setActive = (index) => {
    const items = list.querySelectorAll('[role="option"]');
    if (items.length === 0) {
      return;
    }
    active = (index + items.length) % items.length;
    items.forEach((item, i) => {
      const on = i === active;
      item.classList.toggle('active', on);
      item.setAttribute('aria-selected', on ? 'true' : 'false');
      if (on) {
        input.setAttribute('aria-activedescendant', item.id);
        item.scrollIntoView({ block: 'nearest' });
      }
    });
  };

  const render = (query) => {
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (hits.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'list-group-item text-body-secondary small';
      empty.setAttribute('role', 'presentation');
      empty.textContent = form.dataset.noResults;
      list.append(empty);
    }
    hits.forEach((hit, i) => {
      const item = document.createElement('li');
      item.id = 'site-search-option-' + i;
      item.className = 'list-group-item list-group-item-action d-flex justify-content-between gap-2';
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      const text = document.createElement('span');
      const title = document.createElement('span');
      appendHighlighted(title, hitTitle(hit), query);
      if (chinese && hit.titleZh) {
        title.lang = 'zh-Hans';
      }
      text.append(title);
      if (hit.subtitle) {
        const sub = document.createElement('span');
        sub.className = 'text-body-secondary small ms-1';
        sub.textContent = '· ' + hit.subtitle;
        text.append(sub);
      }
      const kind = document.createElement('span');
      kind.className = 'badge text-bg-light border site-search-kind align-self-center';
      kind.textContent = labels[hit.kind] || hit.kind;
      item.append(text, kind);
      item.addEventListener('mousedown', (e) => e.preventDefault());
      item.addEventListener('click', () => { window.location.assign(hitUrl(hit)); });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    shownFor = query;
  };

  const search = async (query) => {
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    try {
      const response = await fetch(form.dataset.api + '?limit=8&q=' + encodeURIComponent(query), {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (!response.ok) {
        close();
        return;
      }
      hits = await response.json();
      if (input.value.trim() === query) {
        render(query);
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        close();
      }
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query.length === 0) {
      close();
      return;
    }
    timer = window.setTimeout(() => search(query), 150);
  });

  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && hits.length > 0;
    switch (e.key) {
      case 'ArrowDown':
        if (open) {
          e.preventDefault();
          setActive(active + 1);
        } else if (input.value.trim()) {
          search(input.value.trim());
        }
        break;
      case 'ArrowUp':
        if (open) {
          e.preventDefault();
          setActive(active - 1);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          e.preventDefault();
          window.location.assign(hitUrl(hits[active]));
        }
        break;
      case 'Escape':
        if (!list.hidden) {
          e.preventDefault();
          close();
        } else {
          input.value = '';
        }
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('focus', () => {
    const query = input.value.trim();
    if (query && shownFor !== query) {
      search(query);
    }
  });
})();

// Buttons with data-confirm ask before submitting their form (no inline handlers under the CSP).
document.addEventListener('submit', (e) => {
  const button = e.submitter;
  const message = (button && button.dataset.confirm) || e.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    e.preventDefault();
  }
});

// After a form is sent back with errors, bring the first error into view (small forms sit far down long pages).
document.addEventListener('DOMContentLoaded', () => {
  const error = document.querySelector('main .field-validation-error:not(:empty), main .input-validation-error, main .validation-summary-errors');
  if (error && error.getBoundingClientRect().top > window.innerHeight) {
    error.scrollIntoView({ block: 'center' });
    const field = error.closest('form')?.querySelector('.input-validation-error');
    if (field) {
      field.focus({ preventScroll: true });
    }
  }
});
