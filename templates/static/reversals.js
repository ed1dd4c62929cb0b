// The /reversals/ table: filters (company, kind, topic, year) and sorting by column, on a
// table that is complete and readable without this script. The filters live in the URL
// (?company=meta&kind=pause), so a filtered view can be shared and survives a reload.
(function () {
  var form = document.getElementById("filters");
  var table = document.getElementById("reversals");
  if (!form || !table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var shown = document.getElementById("shown");

  function matches(row) {
    return selects.every(function (select) {
      var wanted = select.value;
      if (!wanted) return true;
      var values = (row.getAttribute("data-" + select.name) || "").split(" ");
      return values.indexOf(wanted) !== -1;
    });
  }

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var keep = matches(row);
      row.hidden = !keep;
      if (keep) count += 1;
    });
    shown.textContent = count + " of " + rows.length + " shown";
  }

  function saveToUrl() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (select.value) params.set(select.name, select.value);
      else params.delete(select.name);
    });
    var query = params.toString();
    history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  var params = new URLSearchParams(window.location.search);
  selects.forEach(function (select) {
    var wanted = params.get(select.name);
    if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) {
      select.value = wanted;
    }
    select.addEventListener("change", function () { apply(); saveToUrl(); });
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();

  // Sorting: each sortable header gets a button; aria-sort says the current order.
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (header, column) {
    var how = header.getAttribute("data-sort");
    if (!how) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (header.firstChild) button.appendChild(header.firstChild);
    header.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var keyed = rows.map(function (row, index) {
        var text = row.cells[column].textContent.trim();
        return { row: row, index: index, key: how === "number" ? Number(text) : text.toLowerCase() };
      });
      keyed.sort(function (a, b) {
        var order = a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index;
        return ascending ? order : -order;
      });
      keyed.forEach(function (item) { body.appendChild(item.row); });
    });
  });
})();
