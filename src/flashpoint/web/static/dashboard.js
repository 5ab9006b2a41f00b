// Dashboard: Leaflet map on the shipped country outlines (no tiles), and an SVG timeline.
// Data from the API is only ever put into the page as text (textContent) or attributes, never as markup.
(function () {
  var QUAD = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"};
  var COLOR = {1: "#66a61e", 2: "#1b7837", 3: "#e6a141", 4: "#c0392b", 0: "#777777"};
  var SVGNS = "http://www.w3.org/2000/svg";
  var mapEl = document.getElementById("map");
  var tlEl = document.getElementById("timeline");
  var qs = window.location.search.replace(/^\?/, "");

  // The events behind a map circle, a country or a bar: the page's filters with that figure's own in their place.
  // Appending the page's query string instead repeated 'from', 'bbox' or 'country', and the server reads the
  // last of each: a bar of a filtered dashboard linked to every event of the filter, not to its own week.
  // A bar's period is cut to the page's dates (a week may start before 'from').
  function eventsLink(own) {
    var page = new URLSearchParams(qs), out = new URLSearchParams();
    page.forEach(function (v, k) { if (!(k in own) && k !== "timeline" && k !== "cursor" && v.trim()) { out.append(k, v); } });
    if (own.from && page.get("from") && page.get("from") > own.from) { own.from = page.get("from"); }
    if (own.to && page.get("to") && page.get("to") < own.to) { own.to = page.get("to"); }
    Object.keys(own).forEach(function (k) { if (own[k]) { out.set(k, own[k]); } });
    return "/events?" + out.toString();
  }
  function getJSON(url) {
    return fetch(url, {headers: {"Accept": "application/json"}}).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // A ring that crosses the antimeridian (Fiji, Chukotka) jumps from 180 to -180: continue it past 180
  // instead, or Leaflet draws a line across the whole map.
  function unwrapRing(ring) {
    var east = ring.some(function (p) { return p[0] > 150; }), west = ring.some(function (p) { return p[0] < -150; });
    if (east && west) { ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } }); }
  }

  // ---- map ---------------------------------------------------------------------------------
  if (mapEl && window.L) {
    var map = L.map(mapEl, {worldCopyJump: true, minZoom: 1, attributionControl: true}).setView([30, 15], 2);
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth");
    mapEl.dataset.ready = "0";
    var counts = {};
    var outlinesDone = Promise.all([getJSON(mapEl.dataset.outlines).catch(function () { return null; }),
                 getJSON(mapEl.dataset.countries)]).then(function (res) {
      var outlines = res[0];
      res[1].items.forEach(function (c) { counts[c.country] = c.n; });
      if (!outlines) { return; }
      outlines.features.forEach(function (f) {
        var polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
        polys.forEach(function (poly) { poly.forEach(unwrapRing); });
      });
      L.geoJSON(outlines, {
        style: function (f) {
          var n = counts[f.properties.iso_a3] || counts[f.properties.iso_a2] || 0;
          return {color: "#8a8a8a", weight: 0.6, fillColor: n ? "#f3d9b1" : "#eeeeee", fillOpacity: 1};
        },
        onEachFeature: function (f, layer) {
          var code = f.properties.iso_a3 || f.properties.iso_a2;
          var n = counts[f.properties.iso_a3] || counts[f.properties.iso_a2] || 0;
          if (!n || !code) { return; }
          var box = el("div");
          box.appendChild(el("strong", f.properties.name));
          box.appendChild(el("br"));
          box.appendChild(el("a", n + " events", {href: eventsLink({country: code})}));
          layer.bindPopup(box);
        }
      }).addTo(map).bringToBack();
    }).catch(function (e) { console.error(e); });
    // "ready" only once outlines and markers are both drawn and the view has settled, so a click
    // on a marker (by a user or a test) never lands on a layer that is still moving
    Promise.all([outlinesDone, getJSON(mapEl.dataset.places)]).then(function (all) {
      var res = all[1];
      var bounds = [];
      res.items.forEach(function (p) {
        var best = 0, bestN = -1;
        [1, 2, 3, 4].forEach(function (k) { if (p["q" + k] > bestN) { bestN = p["q" + k]; best = p["q" + k] ? k : best; } });
        var m = L.circleMarker([p.lat, p.lon], {radius: 3 + 3 * Math.log(1 + p.n), color: "#333", weight: 1,
                                                  fillColor: COLOR[best], fillOpacity: 0.8, className: "fp-marker"});
        var d = 0.0005;
        var bbox = [p.lon - d, p.lat - d, p.lon + d, p.lat + d].map(function (x) { return x.toFixed(4); }).join(",");
        var box = el("div");
        box.appendChild(el("strong", p.place_name || "(unnamed place)"));
        if (p.country) { box.appendChild(document.createTextNode(" " + p.country)); }
        box.appendChild(el("br"));
        box.appendChild(el("a", p.n + " events", {href: eventsLink({bbox: bbox}), "class": "marker-events"}));
        m.bindPopup(box);
        m.bindTooltip(el("span", (p.place_name || "") + ": " + p.n));  // an element: a string would be parsed as HTML
        m.addTo(map);
        bounds.push([p.lat, p.lon]);
      });
      if (bounds.length) { map.fitBounds(bounds, {padding: [30, 30], maxZoom: 7, animate: false}); }
      mapEl.dataset.markers = String(bounds.length);
      mapEl.dataset.ready = "1";
    }).catch(function (e) { console.error(e); mapEl.dataset.ready = "error"; });
  }

  // ---- timeline ----------------------------------------------------------------------------
  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10);
  }
  function addMonth(iso) {
    var y = +iso.slice(0, 4), m = +iso.slice(5, 7) + 1;
    if (m > 12) { m = 1; y += 1; }
    return y + "-" + (m < 10 ? "0" : "") + m + "-01";
  }
  if (tlEl) {
    Promise.all([getJSON(tlEl.dataset.series), getJSON(tlEl.dataset.alerts).catch(function () { return {items: []}; })])
      .then(function (res) {
        var series = res[0].series, alerts = res[1].items;
        var periods = {}, order = [];
        series.forEach(function (r) {
          if (!periods[r.period]) { periods[r.period] = {end: r.period_end, rows: []}; order.push(r.period); }
          periods[r.period].rows.push(r);
        });
        order.sort();
        if (!order.length) { tlEl.appendChild(el("p", "No dated events match.", {"class": "muted"})); return; }
        // one slot per period between the first and the last, so gaps show as gaps
        var step = tlEl.dataset.grain === "week" ? 7 : 1;
        var slots = [];
        var next = tlEl.dataset.grain === "month" ? addMonth : function (p) { return addDays(p, step); };
        for (var p = order[0]; p <= order[order.length - 1]; p = next(p)) { slots.push(p); }
        var max = 1;
        order.forEach(function (p) {
          var t = periods[p].rows.reduce(function (a, r) { return a + r.n; }, 0); if (t > max) { max = t; }
        });
        var W = 760, H = 220, left = 34, bottom = 28, top = 16;
        var bw = Math.max(1, (W - left - 4) / slots.length);
        var root = svg("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img", "class": "timeline"});
        var title = svg("title"); title.textContent = "Events per period by quad class"; root.appendChild(title);
        root.appendChild(svg("line", {x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: "#999"}));
        var ymax = svg("text", {x: left - 4, y: top + 4, "text-anchor": "end", "class": "axis"});
        ymax.textContent = String(max); root.appendChild(ymax);
        var y0 = svg("text", {x: left - 4, y: H - bottom, "text-anchor": "end", "class": "axis"});
        y0.textContent = "0"; root.appendChild(y0);
        var scale = (H - bottom - top) / max;
        slots.forEach(function (p, i) {
          var entry = periods[p];
          if (!entry) { return; }
          var y = H - bottom;
          entry.rows.slice().sort(function (a, b) { return (a.key || 9) - (b.key || 9); }).forEach(function (r) {
            var h = r.n * scale;
            y -= h;
            var a = svg("a", {href: eventsLink({from: r.period, to: r.period_end, quad_class: r.key ? String(r.key) : ""}),
                              "class": "tl-link"});
            var rect = svg("rect", {x: left + i * bw + 0.5, y: y, width: Math.max(bw - 1, 1), height: h,
                                    fill: COLOR[r.key || 0], "class": "tl-bar", "data-period": r.period});
            var tip = svg("title");
            tip.textContent = r.period + (r.period_end !== r.period ? "–" + r.period_end : "") + ": " + r.n + " " + r.label;
            rect.appendChild(tip); a.appendChild(rect); root.appendChild(a);
          });
        });
        [[0, "start"], [slots.length - 1, "end"]].forEach(function (x) {
          var t = svg("text", {x: left + x[0] * bw + (x[1] === "end" ? bw : 0), y: H - 8, "text-anchor": x[1], "class": "axis"});
          t.textContent = slots[x[0]]; root.appendChild(t);
        });
        alerts.forEach(function (al) {
          var start = al.period_start || al.date;
          if (!start || start > periods[order[order.length - 1]].end) { return; }
          var i = slots.indexOf(start);
          if (i < 0) {  // an alert's window may start between slots: put it on the slot it falls in
            for (var j = 0; j < slots.length; j++) { if (slots[j] <= start) { i = j; } }
          }
          if (i < 0) { return; }
          var x = left + i * bw + bw / 2;
          var a = svg("a", {href: al.alert_id ? "#alert-" + al.alert_id : "/events?from=" + start + "&to=" + (al.period_end || start),
                            "class": "tl-alert-link"});
          var tri = svg("path", {d: "M" + x + " " + (top - 2) + " l-6 -10 h12 z", fill: "#b30000", "class": "tl-alert"});
          var tip = svg("title");
          tip.textContent = "Alert " + start + ": " + (al.explanation || al.kind || "");
          tri.appendChild(tip); a.appendChild(tri); root.appendChild(a);
          root.appendChild(svg("line", {x1: x, y1: top, x2: x, y2: H - bottom, stroke: "#b30000", "stroke-dasharray": "3 3"}));
        });
        tlEl.appendChild(root);
        tlEl.dataset.ready = "1";
      }).catch(function (e) { console.error(e); tlEl.dataset.ready = "error"; });
  }
})();
