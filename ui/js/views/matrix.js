// The provision × party matrix: who stands where on every provision, and the
// roll-up a head of delegation reads first. Filters narrow it by status,
// chapter, group or party.

import { api } from "../ipc.js";
import { partyName } from "../names.js";
import { h, replace, svg } from "../dom.js";
import { formatDay, provisionLabel, t } from "../i18n.js";
import { field } from "./dialog.js";


export function renderMatrix(app, doc) {
  const container = h("div", { class: "matrix-layout", id: "matrix" }, h("p", { class: "empty", l10n: "versions-loading" }));
  api.report(doc.agreement.id).then(
    (report) => replace(container, rollUp(report, doc), matrix(app, report, doc)),
    (problem) => replace(container, h("p", { class: "form-error", text: problem?.message ?? String(problem) })),
  );
  return container;
}

function rollUp(report, doc) {
  const { roll_up: r } = report;
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  const nodes = new Map(doc.provisions.map((n) => [n.id, n]));
  const name = (id) => (byId.has(id) ? partyName(byId.get(id), doc.agreement) : "");
  const label = (id) => (nodes.has(id) ? provisionLabel(nodes.get(id)) : "");
  const percent = Math.round(r.share_agreed * 100);
  const list = (heading, items, empty) => h("section", { class: "rollup-card" },
    h("h3", { l10n: heading }),
    items.length ? h("ul", {}, items) : h("p", { class: "empty", l10n: empty }));
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
      h("li", { l10n: "matrix-blocked", l10nArgs: { provision: label(b.provision_id), parties: b.opposed_by.map(name).join(", ") } })),
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
  const grid = h("div", { class: "matrix-scroll" });

  const draw = () => {
    const chosen = parties.value ? byId.get(Number(parties.value)) : null;
    const shown = chosen && new Set(chosen.kind === "group" ? chosen.members : [chosen.id]);
    const columns = report.parties.map((id, index) => ({ id, index })).filter((c) => !shown || shown.has(c.id));
    const rows = report.rows.filter((row) =>
      (!status.value || row.provision.status === status.value) &&
      (!chapter.value || chapterIds.get(row.provision.id).has(Number(chapter.value))));
    replace(grid, rows.length === 0 || columns.length === 0
      ? h("p", { class: "empty", l10n: "matrix-empty" })
      : h("table", { class: "matrix-table" },
          h("thead", {}, h("tr", {},
            h("th", { class: "matrix-corner", l10n: "matrix-column-provision" }),
            columns.map((c) => h("th", { class: "matrix-party", title: partyName(byId.get(c.id), doc.agreement),
              text: partyName(byId.get(c.id), doc.agreement) })))),
          h("tbody", {}, rows.map((row) =>
            h("tr", { dataset: { provisionId: row.provision.id } },
              h("th", { class: "matrix-provision" }, h("div", { class: "matrix-provision-label" },
                h("span", { class: "status-dot", dataset: { status: row.provision.status },
                  title: t(`status-${row.provision.status}`) }),
                h("button", { type: "button", class: "matrix-link", text: provisionLabel(row.provision),
                  onclick: () => { app.state.tab = "text"; app.select(row.provision.id); } }),
                h("span", { class: "matrix-heading-text",
                  text: row.provision.texts[doc.agreement.working_language]?.heading ?? "" }))),
              columns.map((c) => {
                const cell = row.cells[c.index];
                const stance = cell?.stance ?? "none";
                return h("td", { class: "matrix-cell" + (cell?.through_group ? " through-group" : ""),
                  dataset: { stance }, title: t(`stance-${stance}`), l10n: `matrix-symbol-${stance}` });
              }),
            ))),
        ));
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
    grid,
    h("ul", { class: "matrix-legend", "aria-label": t("matrix-legend") },
      [...app.state.rules.stances, "none"].map((stance) =>
        h("li", {}, h("span", { class: "matrix-cell legend-cell", dataset: { stance }, l10n: `matrix-symbol-${stance}` }),
          h("span", { l10n: `stance-${stance}` })))),
  );
}
