// Autocomplete for the search page: fills the <datalist> from /api/v1/search/suggest.
// The page works without it; live results come from the htmx attributes on the input.
document.addEventListener('DOMContentLoaded', () => {
  const input = document.getElementById('search-q');
  const list = document.getElementById('search-suggestions');
  if (!input || !list) {
    return;
  }
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value;
      if (q.trim().length < 2) {
        list.replaceChildren();
        return;
      }
      try {
        const url = input.dataset.suggestUrl + '?q=' + encodeURIComponent(q);
        const response = await fetch(url, { headers: { Accept: 'application/json' } });
        if (!response.ok) {
          return;
        }
        const body = await response.json();
        list.replaceChildren(...body.suggestions.map((s) => {
          const option = document.createElement('option');
          option.value = s;
          return option;
        }));
      } catch (e) {
        // suggestions are optional; the form still works
      }
    }, 200);
  });
});
