// Small progressive enhancements; every core flow works without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const here = window.location.pathname;
  document.querySelectorAll('.main-nav a').forEach((a) => {
    const path = new URL(a.href, window.location.href).pathname;
    if (path !== '/' && (here === path || here.startsWith(path + '/'))) {
      a.setAttribute('aria-current', 'page');
    }
  });
  document.querySelectorAll('[data-confirm]').forEach((el) => {
    el.addEventListener('click', (event) => {
      if (!window.confirm(el.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
