// Small behaviours that work without inline scripts (the content security policy forbids them).
document.addEventListener("change", (event) => {
  if (event.target.matches("select[data-autosubmit]")) event.target.form.submit();
});

// Contact addresses on public pages are stored reversed and split; they become mailto links only here.
function revealAddresses(root) {
  root.querySelectorAll("a[data-mail-user][data-mail-domain]").forEach((link) => {
    const user = link.dataset.mailUser.split("").reverse().join("");
    const domain = link.dataset.mailDomain.split("").reverse().join("");
    link.href = "mailto:" + user + "@" + domain;
    if (link.dataset.mailShow !== undefined) link.textContent = user + "@" + domain;
  });
}
document.addEventListener("DOMContentLoaded", () => revealAddresses(document));

// The main menu collapses behind a button on narrow screens; without JavaScript it stays a plain list.
function setUpMenu() {
  const toggle = document.querySelector(".nav-toggle");
  if (!toggle) return;
  toggle.hidden = false;
  toggle.addEventListener("click", () => {
    toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
  });
  const path = window.location.pathname;
  let current = null;
  document.querySelectorAll(".mainnav a[href]").forEach((link) => {
    const href = link.getAttribute("href");
    if (path.startsWith(href) && (!current || href.length > current.getAttribute("href").length)) current = link;
  });
  if (current) current.setAttribute("aria-current", "page");
}
document.addEventListener("DOMContentLoaded", setUpMenu);

// Tables of records turn into cards on narrow screens: each cell carries its column's heading as a label.
function labelCells(root) {
  const tables = root.matches && root.matches("table.records") ? [root] : root.querySelectorAll("table.records");
  tables.forEach((table) => {
    const headings = Array.from(table.querySelectorAll(":scope > thead th")).map((th) => th.textContent.trim());
    if (!headings.length) return;
    table.querySelectorAll(":scope > tbody > tr").forEach((row) => {
      Array.from(row.children).forEach((cell, index) => {
        if (headings[index] && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", headings[index]);
      });
    });
  });
}
document.addEventListener("DOMContentLoaded", () => labelCells(document));
document.addEventListener("htmx:load", (event) => labelCells(event.target.closest("table") || event.target));

// Project board: drag a card onto another column; it presses the card's own "Move to" button for that column, so a
// drop and a keyboard move take the same way to the server. After the board is redrawn the moved card keeps focus
// and a live region says where it went.
let boardMove = null;
function pressMoveButton(card, status) {
  const button = card.querySelector(`.move-menu button[value="${status}"]`);
  if (button) button.click();
}
document.addEventListener("click", (event) => {
  const button = event.target.closest(".move-menu button[name=status]");
  if (!button) return;
  const card = button.closest(".board-card");
  boardMove = {project: card.dataset.project, title: card.querySelector("a").textContent.trim(),
               column: button.textContent.trim()};
});
document.addEventListener("dragstart", (event) => {
  const card = event.target.closest && event.target.closest(".board-card[draggable=true]");
  if (!card) return;
  event.dataTransfer.setData("text/plain", card.dataset.project);
  event.dataTransfer.effectAllowed = "move";
  card.classList.add("dragging");
});
document.addEventListener("dragend", (event) => {
  if (event.target.classList) event.target.classList.remove("dragging");
  document.querySelectorAll(".drop-target").forEach((column) => column.classList.remove("drop-target"));
});
document.addEventListener("dragover", (event) => {
  const column = event.target.closest && event.target.closest(".board-column");
  if (!column || !document.querySelector(".board-card.dragging")) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = "move";
  document.querySelectorAll(".drop-target").forEach((other) => other !== column && other.classList.remove("drop-target"));
  column.classList.add("drop-target");
});
document.addEventListener("drop", (event) => {
  const column = event.target.closest && event.target.closest(".board-column");
  const card = document.querySelector(".board-card.dragging");
  if (!column || !card) return;
  event.preventDefault();
  column.classList.remove("drop-target");
  if (!column.contains(card)) pressMoveButton(card, column.dataset.status);
});
document.addEventListener("htmx:afterSettle", (event) => {
  if (!boardMove || event.detail.target.id !== "board") return;
  const moved = document.querySelector(`#board .board-card[data-project="${boardMove.project}"] a`);
  const announcement = document.getElementById("board-announcement");
  if (announcement) announcement.textContent = `${boardMove.title} → ${boardMove.column}`;
  if (moved) moved.focus();
  boardMove = null;
});

// Pickers: a select marked data-picker becomes a searchable Tom Select (vendor/tom-select). Options are matched on
// their text and on their data-search: a country picker's names in all four languages come from the one file its
// data-search-names gives (fetched once per page, kept by the browser). Without JavaScript the plain select stays.
function pickerSettings(select) {
  const settings = {searchField: ["text", "search"], maxOptions: null, plugins: [], render: {}};
  if (select.multiple) {
    settings.plugins.push("remove_button");
    settings.onItemAdd = function clearQuery() {
      this.setTextboxValue("");
      this.refreshOptions(false);
    };
  }
  if (select.dataset.searchUrl) {
    // A directory too large for the page: ask the server (its option fragment) as the user types.
    settings.load = (query, callback) => {
      const url = new URL(select.dataset.searchUrl, window.location.href);
      url.searchParams.set("q", query);
      fetch(url, {headers: {"HX-Request": "true"}}).then((response) => response.text()).then((html) => {
        const parsed = new DOMParser().parseFromString(`<select>${html}</select>`, "text/html");
        callback(Array.from(parsed.querySelectorAll("option")).filter((option) => option.value)
          .map((option) => ({value: option.value, text: option.textContent.trim()})));
      }).catch(() => callback());
    };
    settings.shouldLoad = (query) => query.length > 1;
  }
  return settings;
}
const PICKERS = "select[data-picker], select[data-organisation-select], select[data-region-select]";
function enhancePickers(root) {
  if (typeof TomSelect === "undefined") return;
  const selects = root.matches && root.matches(PICKERS) ? [root] : root.querySelectorAll(PICKERS);
  selects.forEach((select) => {
    if (select.tomselect) return;
    // The search box that refilled the select without JavaScript: the picker asks its address and replaces it.
    const search = select.parentElement.querySelector(
      `input.org-search[aria-controls="${select.id}"], input.org-search[hx-target="#${select.id}"]`);
    if (search) {
      select.dataset.searchUrl = search.getAttribute("hx-get");
      search.remove();
    }
    // Tom Select points the label at its own input; the original select keeps its name for assistive technology.
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    if (label && !select.hasAttribute("aria-label")) select.setAttribute("aria-label", label.textContent.trim());
    if (!select.dataset.searchNames) {
      new TomSelect(select, pickerSettings(select));
      return;
    }
    // Until the names come the plain select works; without them the picker searches the shown names only.
    searchNames(select.dataset.searchNames).then((names) => {
      if (select.tomselect) return;
      for (const option of select.options) {
        if (names[option.value]) option.dataset.search = names[option.value];
      }
      new TomSelect(select, pickerSettings(select));
    });
  });
}
const searchNamesByUrl = new Map();
function searchNames(url) {
  if (!searchNamesByUrl.has(url)) {
    searchNamesByUrl.set(url, fetch(url).then((response) => (response.ok ? response.json() : {})).catch(() => ({})));
  }
  return searchNamesByUrl.get(url);
}
document.addEventListener("DOMContentLoaded", () => enhancePickers(document));
document.addEventListener("htmx:load", (event) => enhancePickers(event.target));
// htmx refills a picker's options (the regions of the chosen country): let Tom Select read them again.
document.addEventListener("htmx:afterSwap", (event) => {
  const select = event.detail.target;
  if (select && select.tomselect) {
    select.tomselect.clear(true);
    select.tomselect.clearOptions();
    select.tomselect.sync();
  }
});
