// The provision × party matrix: who stands where on every provision, and the
// roll-up a head of delegation reads first. Filters narrow it by status,
// chapter, group or party.

import { api } from "../ipc.js";
import { partyName } from "../names.js";
import { h, replace, svg } from "../dom.js";
import { citationLabel, formatDay, provisionLabel, t } from "../i18n.js";
import { field } from "./dialog.js";


export function renderMatrix(app, doc) {
  const container = h("div", { class: "matrix-layout", id: "matrix" }, h("p", { class: "empty", l10n: "versions-loading" }));
  api.report(doc.agreement.id).then(
    (report) => replace(container, rollUp(report, doc), matrix(app, report, doc)),
    (problem) => replace(container, h("p", { class: "form-error", text: problem?.message ?? String(problem) })),
  );
  return container;
}

const LINES = 5;
const NAMED = 4;

function rollUp(report, doc) {
  const { roll_up: r } = report;
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  const nodes = new Map(doc.provisions.map((n) => [n.id, n]));
  const name = (id) => (byId.has(id) ? partyName(byId.get(id), doc.agreement) : "");
  const label = (id) => (nodes.has(id) ? citationLabel(nodes, nodes.get(id)) : "");
  // Parties named in a line of the roll-up: the first few, then how many more.
  const names = (ids) => ids.length <= NAMED
    ? ids.map(name).join(", ")
    : t("matrix-parties-and-more", { parties: ids.slice(0, NAMED).map(name).join(", "), count: ids.length - NAMED });
  const percent = Math.round(r.share_agreed * 100);
  // Each card shows its first lines; at 193 parties a list can run to all of them.
  const list = (heading, items, empty) => h("section", { class: "rollup-card" },
    h("h3", { l10n: heading }),
    items.length ? h("ul", {}, items.slice(0, LINES),
      items.length > LINES && h("li", { class: "rollup-more", l10n: "matrix-more", l10nArgs: { count: items.length - LINES } }))
      : h("p", { class: "empty", l10n: empty }));
  return h("div", { class: "rollup", id: "rollup" },
    h("section", { class: "rollup-card progress-card" },
      h("h3", { l10n: "matrix-progress-heading" }),
      h("div", { class: "progress-figure", l10n: "matrix-progress", l10nArgs: { percent, provisions: r.provisions } }),
      h("div", { class: "progress-bar", role: "presentation" },
        ...["agreed", "agreed-ad-referendum", "informally-agreed"].map((status) => {
          const bar = h("span", { class: "progress-part", dataset: { status } });
          bar.style.setProperty("inline-size", `${r.provisions ? ((r.by_status[status] ?? 0) / r.provisions) * 100 : 0}%`);
          return bar;
        })),
      h("ul", { class: "status-counts" }, statusCounts(r)),
    ),
    progressChart(report.progress),
    list("matrix-blocked-heading", r.blocked.map((b) =>
      h("li", { l10n: "matrix-blocked", l10nArgs: { provision: label(b.provision_id), parties: names(b.opposed_by) } })),
      "matrix-blocked-none"),
    list("matrix-near-heading", r.closest_to_consensus.map((n) =>
      h("li", { l10n: "matrix-near", l10nArgs: { provision: label(n.provision_id), count: n.holding_out.length } })),
      (r.by_status.agreed ?? 0) === r.provisions ? "matrix-near-all-agreed" : "matrix-near-no-support"),
    list("matrix-reservations-heading", r.most_reservations.map(([party, count]) =>
      h("li", { l10n: "matrix-reservations", l10nArgs: { party: name(party), count } })),
      "matrix-reservations-none"),
    list("matrix-clearances-heading", r.pending_clearances.map((c) =>
      h("li", { l10n: "matrix-clearance", l10nArgs: { provision: label(c.provision_id), party: name(c.party_id) } })),
      "matrix-clearances-none"),
  );
}

/** The share of the text agreed, day by day, as a line; from the second day on. */
function progressChart(days) {
  if (days.length < 2) return null;
  const width = 280;
  const height = 90;
  const x = (i) => (i / (days.length - 1)) * width;
  const y = (d) => height - (d.provisions ? (d.agreed / d.provisions) * height : 0);
  const points = days.map((d, i) => `${x(i).toFixed(1)},${y(d).toFixed(1)}`).join(" ");
  const last = days[days.length - 1];
  return h("section", { class: "rollup-card chart-card" },
    h("h3", { l10n: "matrix-chart-heading" }),
    [
      svg("svg", { class: "progress-chart", viewBox: `-4 -4 ${width + 8} ${height + 8}`, role: "img",
        "aria-label": t("matrix-chart-label", { day: formatDay(last.day), percent: Math.round((last.agreed / Math.max(last.provisions, 1)) * 100) }) },
        svg("line", { class: "chart-axis", x1: 0, y1: height, x2: width, y2: height }),
        svg("line", { class: "chart-grid", x1: 0, y1: height / 2, x2: width, y2: height / 2 }),
        svg("polyline", { class: "chart-line", points })),
      h("div", { class: "chart-days" }, h("span", { text: formatDay(days[0].day) }), h("span", { text: formatDay(last.day) })),
    ]);
}

function statusCounts(r) {
  return Object.entries(r.by_status).map(([status, count]) =>
    h("li", {}, h("span", { class: "status-dot", dataset: { status } }), h("span", { l10n: "matrix-status-count",
      l10nArgs: { status: t(`status-${status}`), count } })));
}

/** The chapters and parts each provision stands in, for the chapter filter. */
function chaptersOf(doc) {
  const nodes = new Map(doc.provisions.map((n) => [n.id, n]));
  const chapters = new Map();
  for (const node of doc.provisions) {
    const enclosing = new Set();
    for (let current = node; current; current = nodes.get(current.parent_id)) {
      if (current.kind === "chapter" || current.kind === "part") enclosing.add(current.id);
    }
    chapters.set(node.id, enclosing);
  }
  return chapters;
}

function matrix(app, report, doc) {
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  const chapters = doc.provisions.filter((n) => n.kind === "chapter" || n.kind === "part");
  const groups = doc.parties.filter((p) => p.kind === "group");
  const chapterIds = chaptersOf(doc);
  const status = h("select", { id: "matrix-status" },
    h("option", { value: "", l10n: "matrix-filter-all-statuses" }),
    app.state.rules.statuses.map((s) => h("option", { value: s, l10n: `status-${s}` })));
  const chapter = h("select", { id: "matrix-chapter" },
    h("option", { value: "", l10n: "matrix-filter-all-chapters" }),
    chapters.map((c) => h("option", { value: String(c.id), text: `${provisionLabel(c)} ${c.texts[doc.agreement.working_language]?.heading ?? ""}` })));
  // One list narrows the columns to a group's members or to one party.
  const choice = (p) => h("option", { value: String(p.id), text: partyName(p, doc.agreement) });
  const parties = h("select", { id: "matrix-parties" },
    h("option", { value: "", l10n: "matrix-filter-all-parties" }),
    groups.length > 0 && h("optgroup", { label: t("matrix-filter-groups") }, groups.map(choice)),
    h("optgroup", { label: t("matrix-filter-one-party") }, report.parties.map((id) => byId.get(id)).filter(Boolean).map(choice)));
  // A real negotiation is 193 parties × 300 provisions: each cell is cloned
  // from one made per stance, its words formatted once rather than per cell.
  // Colour, symbol and words: the symbol for the eye, the words for a
  // screen reader, neither depending on colour alone.
  const cells = new Map([...app.state.rules.stances, "none"].map((stance) => [stance,
    h("td", { class: "matrix-cell", dataset: { stance }, title: t(`stance-${stance}`) },
      h("span", { "aria-hidden": "true", text: t(`matrix-symbol-${stance}`) }),
      h("span", { class: "visually-hidden", text: t(`stance-${stance}`) }))]));
  const throughGroup = h("span", { class: "visually-hidden", text: ` (${t("matrix-through-group")})` });

  const provisionCell = (provision) => h("th", { class: "matrix-provision", scope: "row" }, h("div", { class: "matrix-provision-label" },
    h("span", { class: "status-dot", dataset: { status: provision.status }, title: t(`status-${provision.status}`) }),
    h("button", { type: "button", class: "matrix-link", tabindex: "-1", text: provisionLabel(provision),
      onclick: () => { app.state.tab = "text"; app.select(provision.id); } }),
    h("span", { class: "matrix-heading-text", lang: doc.agreement.working_language,
      text: provision.texts[doc.agreement.working_language]?.heading ?? "" })));
  const partyHeader = (id) => {
    const name = partyName(byId.get(id), doc.agreement);
    return h("th", { class: "matrix-party", scope: "col", title: name }, h("div", { class: "matrix-party-name", lang: doc.agreement.working_language, text: name }));
  };
  const grid = virtualGrid({
    labelledBy: "matrix-heading",
    header: (columns) => ({
      head: h("th", { class: "matrix-corner", scope: "col", l10n: "matrix-column-provision" }),
      cells: columns.map((c) => partyHeader(c.id)),
    }),
    row: (row, columns) => ({
      dataset: { provisionId: row.provision.id },
      head: provisionCell(row.provision),
      cells: columns.map((c) => {
        const position = row.cells[c.index];
        const cell = cells.get(position?.stance ?? "none").cloneNode(true);
        if (position?.through_group) {
          cell.classList.add("through-group");
          cell.append(throughGroup.cloneNode(true));
        }
        return cell;
      }),
    }),
  });

  const draw = () => {
    const chosen = parties.value ? byId.get(Number(parties.value)) : null;
    const shown = chosen && new Set(chosen.kind === "group" ? chosen.members : [chosen.id]);
    grid.show(
      report.rows.filter((row) =>
        (!status.value || row.provision.status === status.value) &&
        (!chapter.value || chapterIds.get(row.provision.id).has(Number(chapter.value)))),
      report.parties.map((id, index) => ({ id, index })).filter((c) => !shown || shown.has(c.id)));
  };
  for (const select of [status, chapter, parties]) select.addEventListener("change", draw);
  draw();

  return h("section", { class: "pane matrix-pane", "aria-labelledby": "matrix-heading" },
    h("div", { class: "pane-head matrix-head" },
      h("h2", { id: "matrix-heading", l10n: "matrix-heading" }),
      h("div", { class: "matrix-filters" },
        field("matrix-filter-status", status),
        chapters.length > 0 && field("matrix-filter-chapter", chapter),
        field("matrix-filter-parties", parties))),
    grid.element,
    h("ul", { class: "matrix-legend", "aria-label": t("matrix-legend") },
      [...app.state.rules.stances, "none"].map((stance) =>
        h("li", {}, h("span", { class: "matrix-cell legend-cell", dataset: { stance }, l10n: `matrix-symbol-${stance}` }),
          h("span", { l10n: `stance-${stance}` })))),
  );
}

/**
 * A table that draws only the rows and columns in view, and a margin
 * around them, with spacers standing for the rest: a real negotiation's
 * 57 900 cells are too many for the webview to lay out on every filter and
 * scroll. Every row has the same height and every column the same width
 * (the stylesheet fixes both); they are measured once drawn.
 *
 * It is an ARIA grid with one tab stop, the active cell: the arrow keys
 * (mirrored in a right-to-left interface), Home and End, Ctrl+Home and
 * Ctrl+End, Page Up and Page Down move it, scrolling it into view and
 * drawing it first when it is not. Enter on a cell opens its row's
 * provision, as its heading's link does.
 */
function virtualGrid({ labelledBy, header, row }) {
  const MARGIN = 6;
  const element = h("div", { class: "matrix-scroll" });
  let rows = [];
  let columns = [];
  let size = { row: 31, column: 65 };
  let drawn = null;
  // The active cell among all rows and columns; column -1 is the row's heading.
  let active = { row: 0, column: -1 };

  const spacer = (tag, width) => {
    const cell = h(tag, { class: "matrix-spacer", "aria-hidden": "true" });
    cell.style.setProperty("inline-size", `${width}px`);
    cell.style.setProperty("min-inline-size", `${width}px`);
    return cell;
  };
  const spacerRow = (count) => {
    const cell = h("td", { class: "matrix-spacer", colspan: 999, "aria-hidden": "true" });
    cell.style.setProperty("block-size", `${count * size.row}px`);
    return h("tr", { class: "matrix-spacer-row", "aria-hidden": "true" }, cell);
  };
  const inView = (offset, extent, unit, count) => {
    const first = Math.max(0, Math.floor(offset / unit) - MARGIN);
    return [first, Math.min(count, Math.ceil((offset + extent) / unit) + MARGIN)];
  };

  const render = (force) => {
    if (rows.length === 0 || columns.length === 0) {
      replace(element, h("p", { class: "empty", l10n: "matrix-empty" }));
      drawn = null;
      return;
    }
    const [top, bottom] = inView(element.scrollTop, element.clientHeight || 600, size.row, rows.length);
    const [start, end] = inView(Math.abs(element.scrollLeft), element.clientWidth || 1200, size.column, columns.length);
    const key = `${top}:${bottom}:${start}:${end}`;
    if (!force && drawn?.key === key) return;
    drawn = { key, top, bottom, start, end };
    const visible = columns.slice(start, end);
    // The row's heading cell, a spacer for the columns before, those in view, a spacer for those after.
    // A screen reader counts the whole table, not the rows drawn: each row
    // says where it stands among all of them.
    const line = ({ head, cells, dataset }, tag, index) => {
      head.setAttribute("aria-colindex", 1);
      cells.forEach((cell, i) => cell.setAttribute("aria-colindex", start + i + 2));
      return h("tr", { dataset, "aria-rowindex": index },
        head,
        start > 0 && spacer(tag, start * size.column),
        cells,
        end < columns.length && spacer(tag, (columns.length - end) * size.column));
    };
    const focused = element.contains(document.activeElement);
    // The active cell stays among those drawn, so the grid keeps its tab stop.
    active = {
      row: Math.max(top, Math.min(bottom - 1, active.row)),
      column: active.column < 0 ? -1 : Math.max(start, Math.min(end - 1, active.column)),
    };
    replace(element, h("table", {
      class: "matrix-table", role: "grid", "aria-labelledby": labelledBy,
      "aria-rowcount": rows.length + 1, "aria-colcount": columns.length + 1,
    },
      h("thead", {}, line(header(visible), "th", 1)),
      h("tbody", {},
        top > 0 && spacerRow(top),
        rows.slice(top, bottom).map((r, i) => line(row(r, visible), "td", top + i + 2)),
        bottom < rows.length && spacerRow(rows.length - bottom))));
    const measured = {
      row: element.querySelector("tbody tr[data-provision-id]")?.offsetHeight || size.row,
      column: element.querySelector(".matrix-party")?.offsetWidth || size.column,
    };
    if (measured.row !== size.row || measured.column !== size.column) {
      size = measured;
      render(true);
      return;
    }
    // Scrolling a cell into view leaves it clear of the sticky headings.
    element.style.setProperty("scroll-padding-block-start", `${element.querySelector("thead")?.offsetHeight ?? 0}px`);
    element.style.setProperty("scroll-padding-inline-start", `${element.querySelector(".matrix-corner")?.offsetWidth ?? 0}px`);
    const target = activeCell();
    target?.setAttribute("tabindex", "0");
    if (focused) target?.focus({ preventScroll: true });
  };

  /** The element that holds the focus for the active cell: the link of a row's heading, or the cell. */
  const activeCell = () => {
    const cell = element.querySelector(`tbody tr[aria-rowindex="${active.row + 2}"] > [aria-colindex="${active.column + 2}"]`);
    return active.column < 0 ? cell?.querySelector(".matrix-link") : cell;
  };

  const moveTo = (row, column) => {
    active = {
      row: Math.max(0, Math.min(rows.length - 1, row)),
      column: Math.max(-1, Math.min(columns.length - 1, column)),
    };
    // Scrolled near it first when it is not drawn, then into view exactly.
    const outside = active.row < drawn.top || active.row >= drawn.bottom
      || (active.column >= 0 && (active.column < drawn.start || active.column >= drawn.end));
    if (outside) {
      element.scrollTop = active.row * size.row;
      const inline = Math.max(0, active.column) * size.column;
      element.scrollLeft = rightToLeft() ? -inline : inline;
    }
    // Drawn with the focus on the active cell (the key was pressed in the grid).
    render(true);
    const target = activeCell();
    (target?.closest("td, th") ?? target)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };
  const rightToLeft = () => getComputedStyle(element).direction === "rtl";

  element.addEventListener("keydown", (event) => {
    if (event.target.closest("tbody") === null || event.altKey) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const forward = rightToLeft() ? -1 : 1;
    const page = Math.max(1, Math.floor(element.clientHeight / size.row) - 2);
    const { row, column } = active;
    const moves = {
      ArrowDown: [row + 1, column], ArrowUp: [row - 1, column],
      ArrowRight: [row, column + forward], ArrowLeft: [row, column - forward],
      PageDown: [row + page, column], PageUp: [row - page, column],
      Home: ctrl ? [0, -1] : [row, -1], End: ctrl ? [rows.length - 1, columns.length - 1] : [row, columns.length - 1],
    };
    if (event.key === "Enter" && column >= 0) {
      event.preventDefault();
      activeCell()?.closest("tr")?.querySelector(".matrix-link")?.click();
    } else if (moves[event.key]) {
      event.preventDefault();
      moveTo(...moves[event.key]);
    }
  });

  let scheduled = false;
  element.addEventListener("scroll", () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => { scheduled = false; render(false); });
  });
  return {
    element,
    show(newRows, newColumns) {
      [rows, columns] = [newRows, newColumns];
      render(true);
    },
  };
}
