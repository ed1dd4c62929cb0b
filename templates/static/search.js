// The search page: loads Pagefind UI from this site's own pagefind/ folder (no CDN) and starts
// it with the query and filters the URL names. The index's result URLs are site-relative
// (/entries/x/), so baseUrl is the site's base path (/repo/ on GitHub Pages). Loaded from here
// rather than with a <script> tag so that a site built with `--no-search` has no broken asset
// link, only a message.
//
// The URL holds the query and the filters (?q=office&company=Meta&kind=Paused&year=2026, by
// the values the filters show; a parameter may repeat), so a search can be shared: loading
// such a URL restores both. Pagefind UI lists results only for words typed; filters without
// words list their articles here, newest first, until words are typed.
(function () {
  var box = document.getElementById("search");
  if (!box) return;
  var bundle = box.getAttribute("data-bundle");
  var base = box.getAttribute("data-base") || "/";
  // The filters the index has (entry.html's data-pagefind-filter), by their URL parameter.
  var FILTERS = { company: "Company", kind: "Kind", topic: "Topic", year: "Year" };
  var PAGE = 10;

  function unavailable() {
    var note = document.createElement("p");
    note.textContent = "The search index is not available on this copy of the site.";
    box.appendChild(note);
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    Object.keys(FILTERS).forEach(function (param) {
      var values = params.getAll(param).filter(Boolean);
      if (values.length) filters[FILTERS[param]] = values;
    });
    return { query: params.get("q") || "", filters: filters };
  }

  // Other parameters are kept.
  function toUrl(query, filters) {
    var params = new URLSearchParams(window.location.search);
    params.delete("q");
    if (query) params.set("q", query);
    Object.keys(FILTERS).forEach(function (param) {
      params.delete(param);
      (filters[FILTERS[param]] || []).forEach(function (value) { params.append(param, value); });
    });
    var search = params.toString();
    history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
  }

  function describe(filters) {
    return Object.keys(filters).map(function (name) {
      return name + ": " + filters[name].join(" or ");
    }).join(" · ");
  }

  // The articles of the filters alone, a page at a time, under the search box.
  function filteredList() {
    var section = document.createElement("section");
    section.className = "filtered";
    section.setAttribute("aria-live", "polite");
    section.hidden = true;
    box.appendChild(section);
    var shown = 0;
    var results = [];
    var round = 0;
    var pagefindModule = null;

    function more(list, button) {
      var next = results.slice(shown, shown + PAGE);
      shown += next.length;
      button.hidden = shown >= results.length;
      return Promise.all(next.map(function (result) { return result.data(); }))
        .then(function (pages) {
          pages.forEach(function (page) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = page.url;
            link.textContent = (page.meta && page.meta.title) || page.url;
            item.appendChild(link);
            if (page.meta && page.meta.date) {
              var date = document.createElement("span");
              date.className = "meta";
              date.textContent = " · " + page.meta.date;
              item.appendChild(date);
            }
            list.appendChild(item);
          });
        });
    }

    return function show(query, filters, clear) {
      var mine = ++round;
      if (query || !Object.keys(filters).length) {
        section.hidden = true;
        section.replaceChildren();
        return Promise.resolve();
      }
      // Pagefind's API, the module Pagefind UI loads too, only once filters stand alone.
      pagefindModule = pagefindModule || import(bundle + "pagefind.js").then(function (pagefind) {
        return pagefind.options({ baseUrl: base }).then(function () { return pagefind; });
      });
      return pagefindModule.then(function (pagefind) {
        return pagefind.search(null, { filters: filters, sort: { date: "desc" } });
      }).then(function (found) {
        if (mine !== round) return;
        results = found.results;
        shown = 0;
        var note = document.createElement("p");
        note.className = "filtered-note";
        note.textContent = results.length + (results.length === 1 ? " article" : " articles")
          + " with " + describe(filters) + ". Type words to search them. ";
        var reset = document.createElement("button");
        reset.type = "button";
        reset.className = "filtered-clear";
        reset.textContent = "Clear filters";
        reset.addEventListener("click", clear);
        note.appendChild(reset);
        var list = document.createElement("ul");
        list.className = "filtered-list";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "filtered-more";
        button.textContent = "More articles";
        button.addEventListener("click", function () { more(list, button); });
        section.replaceChildren(note, list, button);
        section.hidden = false;
        return more(list, button);
      });
    };
  }

  function start() {
    var state = fromUrl();
    var ui = new PagefindUI({
      element: "#search", bundlePath: bundle, baseUrl: base, showSubResults: false,
      showImages: false, openFilters: Object.keys(state.filters),
      translations: { placeholder: "Search articles, companies, topics" }
    });
    var show = filteredList();
    var input = box.querySelector("input");
    if (input && !input.getAttribute("aria-label")) input.setAttribute("aria-label", "Search");

    function changed() {
      toUrl(state.query, state.filters);
      show(state.query, state.filters, clear);
    }
    function clear() {
      state.filters = {};
      ui.triggerFilters({});
      changed();
    }

    if (Object.keys(state.filters).length) ui.triggerFilters(state.filters);
    if (state.query) ui.triggerSearch(state.query);
    show(state.query, state.filters, clear);
    if (input) {
      input.addEventListener("input", function () {
        state.query = input.value;
        changed();
      });
    }
    // The UI's checkboxes exist only while words are typed: the filters live here too.
    box.addEventListener("change", function (event) {
      var checkbox = event.target;
      if (!checkbox.classList.contains("pagefind-ui__filter-checkbox")) return;
      var name = checkbox.name;
      var values = (state.filters[name] || []).filter(function (v) { return v !== checkbox.value; });
      if (checkbox.checked) values.push(checkbox.value);
      if (values.length) state.filters[name] = values;
      else delete state.filters[name];
      changed();
    });
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
