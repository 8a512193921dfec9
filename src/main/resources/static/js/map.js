// Maps with the two-click pattern: Leaflet and tiles load only after the visitor agrees.
// Markers come from elements with data-marker (data-lat, data-lon, data-name, data-url).
(function () {
  'use strict';
  var CONSENT_KEY = 'gemeinsinn-map-consent';
  var map = null;
  var layer = null;

  function loadCss(href) {
    if (document.querySelector('link[data-leaflet-css]')) {
      return;
    }
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.setAttribute('data-leaflet-css', '');
    document.head.appendChild(link);
  }

  function loadJs(src, done) {
    if (window.L) {
      done();
      return;
    }
    var script = document.createElement('script');
    script.src = src;
    script.onload = done;
    document.head.appendChild(script);
  }

  function showMarkers() {
    if (!map) {
      return;
    }
    layer.clearLayers();
    var points = [];
    document.querySelectorAll('[data-marker]').forEach(function (el) {
      var lat = parseFloat(el.getAttribute('data-lat'));
      var lon = parseFloat(el.getAttribute('data-lon'));
      if (isNaN(lat) || isNaN(lon)) {
        return;
      }
      var link = document.createElement('a');
      link.href = el.getAttribute('data-url');
      link.textContent = el.getAttribute('data-name');
      window.L.circleMarker([lat, lon], {
        radius: 7, color: '#08457f', weight: 2, fillColor: '#0b5cad', fillOpacity: 0.85
      }).bindPopup(link).bindTooltip(el.getAttribute('data-name')).addTo(layer);
      points.push([lat, lon]);
    });
    if (points.length === 1) {
      map.setView(points[0], 11);
    } else if (points.length > 1) {
      map.fitBounds(points, { padding: [24, 24] });
    } else {
      map.setView([51.16, 10.45], 5);
    }
  }

  function start(container, consent) {
    try {
      window.sessionStorage.setItem(CONSENT_KEY, 'yes');
    } catch (e) {
      // private mode: ask again on the next page
    }
    consent.hidden = true;
    container.hidden = false;
    loadCss(container.getAttribute('data-leaflet-css'));
    loadJs(container.getAttribute('data-leaflet-js'), function () {
      map = window.L.map(container, { scrollWheelZoom: false });
      window.L.tileLayer(container.getAttribute('data-tile-url'), {
        maxZoom: 18,
        attribution: container.getAttribute('data-attribution')
      }).addTo(map);
      layer = window.L.layerGroup().addTo(map);
      showMarkers();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var container = document.querySelector('[data-map]');
    var consent = document.querySelector('[data-map-consent]');
    if (!container || !consent) {
      return;
    }
    var button = consent.querySelector('[data-map-load]');
    button.addEventListener('click', function () {
      start(container, consent);
    });
    var agreed = false;
    try {
      agreed = window.sessionStorage.getItem(CONSENT_KEY) === 'yes';
    } catch (e) {
      agreed = false;
    }
    if (agreed) {
      start(container, consent);
    }
    // the htmx filter replaces the list: show the new markers
    document.body.addEventListener('htmx:afterSwap', showMarkers);
  });
})();
