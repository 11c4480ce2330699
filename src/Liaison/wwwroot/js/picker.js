// Record pickers (Features/Shared/_RecordPicker.cshtml): type a name, choose a person, organization or country;
// each choice becomes a chip with a hidden input carrying the record's id.
'use strict';

(() => {
  const chinese = document.documentElement.lang.startsWith('zh');
  const titleOf = (hit) => (chinese && hit.titleZh ? hit.titleZh : hit.title);

  const addChip = (picker, id, label) => {
    const chips = picker.querySelector('.record-picker-chips');
    const name = picker.dataset.name;
    if (picker.dataset.multiple !== 'true') {
      chips.replaceChildren();
    }
    if (chips.querySelector('input[value="' + String(id) + '"]')) {
      return;
    }
    const chip = document.createElement('span');
    chip.className = 'badge rounded-pill text-bg-secondary d-inline-flex align-items-center gap-1 record-picker-chip';
    const text = document.createElement('span');
    text.textContent = label;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'btn-close btn-close-white record-picker-remove';
    remove.setAttribute('aria-label', picker.dataset.remove + ' ' + label);
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = name;
    hidden.value = String(id);
    chip.append(text, remove, hidden);
    chips.append(chip);
  };

  const setUp = (picker) => {
    const input = picker.querySelector('input[type="search"]');
    const list = picker.querySelector('[role="listbox"]');
    let hits = [];
    let active = -1;
    let timer = 0;
    let controller = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };

    const choose = (hit) => {
      addChip(picker, hit.id, titleOf(hit) + (hit.subtitle ? ' · ' + hit.subtitle : ''));
      input.value = '';
      close();
      input.focus();
    };

    const highlight = (index) => {
      const items = list.querySelectorAll('[role="option"]');
      items.forEach((item, i) => {
        item.classList.toggle('active', i === index);
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      }
    };

    const render = () => {
      list.replaceChildren();
      active = -1;
      if (hits.length === 0) {
        const empty = document.createElement('li');
        empty.className = 'list-group-item text-body-secondary small';
        empty.setAttribute('role', 'presentation');
        empty.textContent = picker.dataset.noResults;
        list.append(empty);
      }
      hits.forEach((hit, i) => {
        const item = document.createElement('li');
        item.id = input.id + '-option-' + i;
        item.className = 'list-group-item list-group-item-action';
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        const title = document.createElement('span');
        title.textContent = titleOf(hit);
        item.append(title);
        if (hit.subtitle) {
          const sub = document.createElement('span');
          sub.className = 'text-body-secondary small ms-1';
          sub.textContent = '· ' + hit.subtitle;
          item.append(sub);
        }
        item.addEventListener('mousedown', (e) => e.preventDefault());
        item.addEventListener('click', () => choose(hit));
        list.append(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    };

    const search = async (query) => {
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      try {
        const url = picker.dataset.api + '?limit=8&kind=' + encodeURIComponent(picker.dataset.kind) + '&q=' + encodeURIComponent(query);
        const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: controller.signal });
        if (!response.ok) {
          close();
          return;
        }
        hits = await response.json();
        if (input.value.trim() === query) {
          render();
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
      if (list.hidden) {
        if (e.key === 'Enter') {
          e.preventDefault(); // Enter in a picker never submits the form half-filled.
        }
        return;
      }
      const count = hits.length;
      if (e.key === 'ArrowDown' && count > 0) {
        e.preventDefault();
        highlight((active + 1) % count);
      } else if (e.key === 'ArrowUp' && count > 0) {
        e.preventDefault();
        highlight(active <= 0 ? count - 1 : active - 1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0 && hits[active]) {
          choose(hits[active]);
        } else if (count === 1) {
          choose(hits[0]);
        }
      } else if (e.key === 'Escape') {
        close();
      }
    });

    input.addEventListener('blur', () => window.setTimeout(close, 100));

    picker.addEventListener('click', (e) => {
      const remove = e.target.closest('.record-picker-remove');
      if (remove) {
        remove.closest('.record-picker-chip').remove();
        input.focus();
      }
    });
  };

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-picker]').forEach(setUp);
  });
})();
