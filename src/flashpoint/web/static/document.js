// Document page: bring the selected event's evidence into view. The highlighting itself is server-rendered.
(function () {
  var first = document.querySelector("#doc-text .sel");
  var card = document.querySelector(".event-card.selected");
  if (first) { first.scrollIntoView({block: "center"}); }
  if (card) { card.scrollIntoView({block: "nearest"}); }
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
