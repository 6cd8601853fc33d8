// Progressive enhancement only: every page works without this file.
// Filters apply as soon as a choice changes, so the Apply button becomes optional.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filter-form");
  if (!form) return;
  form.querySelectorAll("select").forEach((el) => el.addEventListener("change", () => form.requestSubmit()));
  // Leave empty fields out of the URL, so a shared link shows only the filters in use.
  form.addEventListener("submit", () => {
    form.querySelectorAll("input, select").forEach((el) => { if (!el.value) el.disabled = true; });
  });
  window.addEventListener("pageshow", () => {
    form.querySelectorAll(":disabled").forEach((el) => { el.disabled = false; });
  });
});
