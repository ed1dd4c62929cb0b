// The search page: loads Pagefind UI from this site's own pagefind/ folder (no CDN) and starts
// it. The index's result URLs are site-relative (/entries/x/), so baseUrl is the site's base
// path (/repo/ on GitHub Pages). Loaded from here rather than with a <script>
// tag so that a site built with `--no-search` has no broken asset link, only a message.
(function () {
  var box = document.getElementById("search");
  if (!box) return;
  var bundle = box.getAttribute("data-bundle");
  var base = box.getAttribute("data-base") || "/";

  function unavailable() {
    var note = document.createElement("p");
    note.textContent = "The search index is not available on this copy of the site.";
    box.appendChild(note);
  }

  function start() {
    var ui = new PagefindUI({
      element: "#search", bundlePath: bundle, baseUrl: base, showSubResults: false,
      showImages: false,
      translations: { placeholder: "Search articles, companies, topics" }
    });
    var input = box.querySelector("input");
    if (input && !input.getAttribute("aria-label")) input.setAttribute("aria-label", "Search");
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
    // The query goes in the URL as it is typed, so a search can be shared or reloaded.
    if (input) {
      input.addEventListener("input", function () {
        var params = new URLSearchParams(window.location.search);
        if (input.value) params.set("q", input.value);
        else params.delete("q");
        var search = params.toString();
        history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
      });
    }
  }

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = bundle + "pagefind-ui.css";
  document.head.appendChild(style);
  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onload = start;
  script.onerror = unavailable;
  document.head.appendChild(script);
})();
