/* Re-run panel (runs/panel.html): queue the job, then follow it live over Server-Sent Events. */
(function () {
  if (!window.fetch || !window.EventSource) return;
  function init(panel) {
  var form = panel.querySelector("form.rerun-form");
  if (!form) return;
  var button = form.querySelector("button");
  var live = panel.querySelector("[data-rerun-live]");
  var state = panel.querySelector("[data-rerun-state]");
  var elapsed = panel.querySelector("[data-rerun-elapsed]");
  var log = panel.querySelector("[data-rerun-log]");
  var link = panel.querySelector("[data-rerun-link]");

  function setStatus(value, label, tone) {
    var chips = panel.querySelectorAll("[data-rerun-status]");
    var heading = document.querySelectorAll("#status-title .status");
    [].forEach.call([].concat([].slice.call(chips), [].slice.call(heading)), function (chip) {
      chip.textContent = label;
      chip.setAttribute("data-status", value);
      chip.className = "status tone-" + tone;
    });
  }

  // The new run's evidence and the history, from a fresh copy of this page (the live log stays).
  function refreshEvidence() {
    fetch(location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html");
        ["status-evidence", "history"].forEach(function (id) {
          var now = document.getElementById(id), next = fresh.getElementById(id);
          if (now && next) now.replaceWith(document.importNode(next, true));
        });
        var section = document.getElementById("status"), freshSection = fresh.getElementById("status");
        if (section && freshSection) section.className = freshSection.className;
      })
      .catch(function () {});
  }

  function follow(job) {
    live.hidden = false;
    button.disabled = true;
    log.textContent = "";
    state.textContent = job.joined ? "Joined the check already under way" : (job.position > 0 ? "Queued: position " + job.position : "Running");
    var source = new EventSource(job.events);
    source.addEventListener("position", function (e) {
      var d = JSON.parse(e.data);
      state.textContent = d.position > 0 ? "Queued: position " + d.position : "Running";
    });
    source.addEventListener("log", function (e) {
      state.textContent = "Running";
      log.textContent += JSON.parse(e.data).text;
      log.scrollTop = log.scrollHeight;
    });
    source.addEventListener("elapsed", function (e) {
      elapsed.textContent = "· " + JSON.parse(e.data).seconds.toFixed(1) + " s";
    });
    source.addEventListener("done", function (e) {
      source.close();
      var d = JSON.parse(e.data);
      var words = d.label ? "Finished: " + d.label + (d.cached ? " (cached result of run #" + d.run_id + ")" : "") : "Finished";
      state.textContent = words + (d.note && d.status !== "verified" ? " — " + d.note : "");
      setStatus(d.claim_status, d.claim_status_label, d.claim_status_tone);
      if (d.run_id) {
        link.href = "/runs/" + d.run_id;
        link.hidden = false;
        var last = panel.querySelector("[data-rerun-last]");
        if (last) last.textContent = "· last run #" + d.run_id + " (" + d.label + (d.cached ? ", cached" : "") + ")";
      }
      refreshEvidence();
      document.dispatchEvent(new CustomEvent("claim-status", { detail: d }));
      button.disabled = false;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) {
          live.hidden = false;
          state.textContent = res.body.detail || "The re-run was refused.";
          button.disabled = false;
          return;
        }
        follow(res.body);
      })
      .catch(function () { form.submit(); });
  });

  var active = form.getAttribute("data-active-job");
  if (active) follow({ events: "/runs/jobs/" + active + "/events", joined: true });
  }
  function start() { [].forEach.call(document.querySelectorAll(".rerun-panel"), init); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
