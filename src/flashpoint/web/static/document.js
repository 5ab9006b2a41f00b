// Document page: bring the selected event's evidence into view. The highlighting itself is server-rendered.
(function () {
  var first = document.querySelector("#doc-text .sel");
  var card = document.querySelector(".event-card.selected");
  if (first) { first.scrollIntoView({block: "center"}); }
  if (card) { card.scrollIntoView({block: "nearest"}); }
  // Clicking marked words opens the card of their event (the first, where several share them): the cards come
  // 100 to a page, so the card of a word may be on another page. Ids go into the address, never into markup.
  var text = document.getElementById("doc-text");
  if (text) {
    text.addEventListener("click", function (ev) {
      var s = ev.target.closest ? ev.target.closest(".hl") : null;
      if (!s || (window.getSelection && String(window.getSelection()).length)) { return; }  // selecting text is no click
      var ids = (s.getAttribute("data-events") || "").split(" ").filter(Boolean);
      if (!ids.length) { return; }
      var id = encodeURIComponent(ids[0]);
      window.location.href = window.location.pathname + "?event=" + id + "#ev-" + id;
    });
  }
  // Hovering an event card outlines its spans in the text (class toggles only, no markup from data).
  document.querySelectorAll(".event-card").forEach(function (c) {
    var id = c.getAttribute("data-event-id");
    function spans() {
      return Array.prototype.filter.call(document.querySelectorAll("#doc-text .hl"), function (s) {
        return (s.getAttribute("data-events") || "").split(" ").indexOf(id) >= 0;
      });
    }
    c.addEventListener("mouseenter", function () { spans().forEach(function (s) { s.classList.add("hover"); }); });
    c.addEventListener("mouseleave", function () { spans().forEach(function (s) { s.classList.remove("hover"); }); });
  });
})();
