// Fundus: progressive enhancement of the search page. Everything here has a plain counterpart that works without
// JavaScript (links and the GET form); this file only makes it quicker:
//  1. suggestions while typing in the free-text field (an ARIA combobox over /api/suggest), and
//  2. facet values, filter chips, page numbers and "Meinten Sie" load in place, with the URL and the back button
//     kept as with plain links, and the new hit count announced to screen readers.
(() => {
  'use strict';

  const parameterOf = { authors: 'author', places: 'place', topics: 'topic', organizations: 'organization', format: 'format' };
  const labelOf = { authors: 'Autor/Autorin', places: 'Ort', topics: 'Thema', organizations: 'Organisation', format: 'Format', title: 'Titel' };

  // ---- 2. In-place loading -------------------------------------------------------------------------------------

  const announce = (text) => {
    const region = document.getElementById('ansage');
    if (region) {
      region.textContent = '';
      // A new text node after a tick is announced even when the count did not change.
      window.setTimeout(() => { region.textContent = text; }, 50);
    }
  };

  const load = async (url, push, focusHint) => {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'text/html' } });
    } catch {
      window.location.assign(url);
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.querySelector('main');
    const current = document.querySelector('main');
    if (!fresh || !current) {
      window.location.assign(url);
      return;
    }
    current.replaceWith(fresh);
    document.title = page.title;
    if (push) {
      window.history.pushState({ fundus: true }, '', url);
    }
    enhance();
    const count = document.getElementById('treffer');
    announce(count ? count.textContent : page.title);
    // Keep the keyboard where it was: on the same facet value if it is still there, else on the hit count.
    const again = focusHint && [...document.querySelectorAll('a[data-facet]')].find((a) => a.textContent === focusHint);
    if (again) {
      again.focus();
    } else if (count) {
      count.focus();
      count.scrollIntoView({ block: 'nearest' });
    }
  };

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    if (!link.closest('aside, .chips, nav.pages, .notice')) {
      return;
    }
    const target = new URL(link.href, window.location.href);
    if (target.origin !== window.location.origin || target.pathname !== '/suche') {
      return;
    }
    event.preventDefault();
    load(target.href, true, link.hasAttribute('data-facet') ? link.textContent : null);
  });

  window.addEventListener('popstate', () => load(window.location.href, false, null));

  // ---- 1. Suggestions while typing -----------------------------------------------------------------------------

  const enhance = () => {
    const input = document.getElementById('q');
    if (!input || input.dataset.enhanced) {
      return;
    }
    input.dataset.enhanced = 'true';
    const list = document.createElement('ul');
    list.id = 'vorschlaege';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Vorschläge');
    list.hidden = true;
    input.insertAdjacentElement('afterend', list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);

    let suggestions = [];
    let active = -1;
    let timer = 0;
    let asked = 0;

    const close = () => {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      suggestions = [];
      active = -1;
    };

    const mark = (index) => {
      active = index;
      [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', list.children[index].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    };

    // Choosing a suggestion filters by it: "Ginz" → Autor/Autorin: Beate Ginzel; a title is searched as a phrase.
    const choose = (suggestion) => {
      const form = input.form;
      const target = new URL(form.action, window.location.href);
      for (const [name, value] of new FormData(form)) {
        if (name !== 'q' && String(value).trim() !== '') {
          target.searchParams.append(name, String(value));
        }
      }
      const parameter = parameterOf[suggestion.field];
      if (parameter) {
        if (!target.searchParams.getAll(parameter).includes(suggestion.value)) {
          target.searchParams.append(parameter, suggestion.value);
        }
      } else {
        target.searchParams.set('q', `"${suggestion.value}"`);
      }
      window.location.assign(target.href);
    };

    const show = (found) => {
      suggestions = found;
      list.replaceChildren(...found.map((suggestion, i) => {
        const option = document.createElement('li');
        option.id = `vorschlag-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = suggestion.value;
        const kind = document.createElement('small');
        kind.textContent = `${labelOf[suggestion.field] ?? ''} · ${suggestion.articles}`;
        option.append(name, kind);
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(suggestion);
        });
        return option;
      }));
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      active = -1;
    };

    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      const typed = input.value.trim();
      if (typed.length < 2) {
        close();
        return;
      }
      timer = window.setTimeout(async () => {
        const ticket = ++asked;
        try {
          const response = await fetch(`/api/suggest?q=${encodeURIComponent(typed)}`, { headers: { Accept: 'application/json' } });
          const found = response.ok ? await response.json() : [];
          if (ticket === asked) {
            show(found);
          }
        } catch {
          close();
        }
      }, 120);
    });

    input.addEventListener('keydown', (event) => {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // From the field down through the options and back to the field (-1), in either direction.
        let next = active + step;
        if (next >= suggestions.length) {
          next = -1;
        } else if (next < -1) {
          next = suggestions.length - 1;
        }
        mark(next);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(suggestions[active]);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', () => window.setTimeout(close, 150));
  };

  enhance();
})();
