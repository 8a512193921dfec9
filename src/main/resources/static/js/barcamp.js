// BarCamp live board and kiosk: listens for "board" events (Server-Sent Events) and reloads the
// board's content; once a minute it reloads anyway so that "jetzt / als Nächstes" follows the clock.
// Without JavaScript the pages still show the timetable as of loading.
(function () {
  'use strict';

  function start() {
    var board = document.getElementById('board');
    if (!board || !board.dataset.source) {
      return;
    }
    var source = board.dataset.source;
    var loading = false;
    var again = false;

    function reload() {
      if (loading) {
        again = true;
        return;
      }
      loading = true;
      fetch(source, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (res) { return res.ok ? res.text() : null; })
        .then(function (html) {
          if (html !== null) {
            board.innerHTML = html;
            board.setAttribute('data-updated', String(Date.now()));
          }
        })
        .catch(function () { /* next event or the minute timer tries again */ })
        .then(function () {
          loading = false;
          if (again) {
            again = false;
            reload();
          }
        });
    }

    if (window.EventSource && board.dataset.stream) {
      var events = new EventSource(board.dataset.stream);
      events.addEventListener('board', reload);
      events.addEventListener('hello', function () { board.setAttribute('data-connected', 'true'); });
    }
    window.setInterval(reload, 60000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
