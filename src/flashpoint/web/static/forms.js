// Filter forms: leave blank fields out of the query string, so links stay short and readable.
document.querySelectorAll("form.filters").forEach(function (form) {
  form.addEventListener("submit", function () {
    form.querySelectorAll("input, select").forEach(function (el) {
      if (!el.value) { el.disabled = true; }
    });
  });
});
