// Where the negotiation stands on the selected provision: its status, and
// the position of every party, recorded one change at a time.

import { api } from "../ipc.js";
import { partyName } from "../names.js";
import { h, replace } from "../dom.js";
import { formatDateTime, formatDay, languageName, t } from "../i18n.js";
import { field, formError } from "./dialog.js";


/** Who proposed each bracketed span of a wording (none shown when it has none). */
export function bracketLegend(doc, brackets) {
  if (brackets.length === 0) return null;
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  return h("ul", { class: "bracket-legend", "aria-label": t("brackets-legend") },
    brackets.map((bracket) => {
      const parties = bracket.proposers.map((id) => (byId.has(id) ? partyName(byId.get(id), doc.agreement) : `{${id}}`));
      return h("li", { class: "bracket-entry" },
        h("span", { class: "bracketed-words", text: `⟦${bracket.text}⟧` }),
        h("span", { class: "bracket-proposers", l10n: parties.length ? "brackets-proposed-by" : "brackets-unattributed",
          l10nArgs: { parties: parties.join(", ") } }));
    }));
}

/** The status of a provision, and the form that moves it on. */
export function statusControls(app, node) {
  const note = h("input", { id: "status-note", autocomplete: "off", l10n: "status-note-input" });
  const select = h("select", { id: "status-select", "aria-label": t("status-label") },
    app.state.rules.statuses.map((s) => h("option", { value: s, l10n: `status-${s}`, selected: s === node.status })));
  return h("div", { class: "status-controls" },
    h("span", { class: "status-badge", dataset: { status: node.status }, l10n: `status-${node.status}` }),
    select,
    note,
    h("button", { type: "button", class: "secondary", id: "change-status", l10n: "status-change",
      onclick: async () => {
        if (!(await app.leave())) return;
        const ok = await app.run(() => api.setProvisionStatus(node.id, select.value, note.value));
        if (ok) await app.reload();
      } }),
  );
}

/** Every party's position on the provision, and the form that records one. */
export function positionsPanel(app, doc, node) {
  const table = h("div", { class: "positions-table", id: "positions" }, h("p", { class: "empty", l10n: "versions-loading" }));
  const section = h("section", { class: "positions", "aria-labelledby": "positions-heading" },
    h("h3", { id: "positions-heading", l10n: "positions-heading" }),
    doc.parties.length === 0 ? h("p", { class: "empty", l10n: "positions-no-parties" }) : [table, recordForm(app, doc, node)],
  );
  if (doc.parties.length > 0) {
    api.positions(node.id).then(
      (positions) => replace(table, positionsTable(doc, positions)),
      (problem) => replace(table, h("p", { class: "form-error", text: problem?.message ?? String(problem) })),
    );
  }
  return section;
}

function positionsTable(doc, positions) {
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  const options = new Map(doc.provisions.concat(doc.deleted).flatMap((p) => p.options).map((o) => [o.id, o]));
  const optionNumber = (id) => options.get(id)?.number ?? 0;
  return h("table", {},
    h("thead", {}, h("tr", {},
      h("th", { l10n: "positions-column-party" }),
      h("th", { l10n: "positions-column-stance" }),
      h("th", { l10n: "positions-column-detail" }),
      h("th", { l10n: "positions-column-recorded" }))),
    h("tbody", {}, positions.map((entry) => {
      const party = byId.get(entry.party_id);
      const effective = entry.own ?? entry.through_group;
      const group = !entry.own && entry.through_group ? byId.get(entry.through_group.party_id) : null;
      return h("tr", { dataset: { partyId: entry.party_id, stance: effective?.stance ?? "none" } },
        h("td", { class: "position-party", text: party ? partyName(party, doc.agreement) : "" }),
        h("td", {},
          h("span", { class: "stance", dataset: { stance: effective?.stance ?? "none" },
            l10n: effective ? `stance-${effective.stance}` : "stance-none" }),
          group && h("span", { class: "through-group", l10n: "positions-through-group",
            l10nArgs: { group: partyName(group, doc.agreement) } })),
        h("td", { class: "position-detail" },
          effective?.amendment && h("div", { class: "amendment", text: effective.amendment }),
          effective?.preferred_option && h("div", { class: "preference", l10n: "positions-prefers",
            l10nArgs: { n: optionNumber(effective.preferred_option) } }),
          effective?.option_stances?.length > 0 && h("div", { class: "option-stances-recorded" },
            effective.option_stances.map((s) => h("span", { class: "stance", dataset: { stance: s.stance },
              l10n: "positions-option-stance", l10nArgs: { n: optionNumber(s.option_id), stance: t(`stance-${s.stance}`) } }))),
          effective && effective.clearance !== "none" && h("div", { class: "clearance",
            l10n: effective.cleared_on ? "clearance-cleared-on" : `clearance-${effective.clearance}`,
            l10nArgs: { date: effective.cleared_on ? formatDay(effective.cleared_on) : "" } }),
          effective?.note && h("div", { class: "position-note", text: effective.note })),
        h("td", { class: "position-recorded", text: effective
          ? `${effective.recorded_by || t("author-unknown")} · ${formatDateTime(effective.recorded_at)}` : "" }),
      );
    })),
  );
}

function recordForm(app, doc, node) {
  const { stances, clearances } = app.state.rules;
  const error = formError();
  const party = h("select", { name: "party", id: "position-party" },
    doc.parties.map((p) => h("option", { value: String(p.id), text: partyName(p, doc.agreement) })));
  const stance = h("select", { name: "stance", id: "position-stance" },
    stances.map((s) => h("option", { value: s, l10n: `stance-${s}` })));
  const amendment = h("textarea", { name: "amendment", id: "position-amendment", rows: 2 });
  const amendmentField = field("positions-amendment", amendment);
  const open = node.options.filter((o) => !o.withdrawn);
  const preferred = h("select", { name: "preferred", id: "position-preferred" },
    h("option", { value: "", l10n: "positions-no-preference" }),
    open.map((o) => h("option", { value: String(o.id), l10n: "option-label", l10nArgs: { n: o.number } })));
  const optionStances = open.map((o) => ({
    option: o,
    select: h("select", { class: "option-stance", dataset: { optionId: o.id },
      "aria-label": t("option-label", { n: o.number }) },
      h("option", { value: "", l10n: "positions-option-stance-none" }),
      stances.map((s) => h("option", { value: s, l10n: `stance-${s}` }))),
  }));
  const clearance = h("select", { name: "clearance", id: "position-clearance" },
    clearances.map((c) => h("option", { value: c, l10n: `clearance-${c}` })));
  const clearedOn = h("input", { type: "date", name: "cleared_on", id: "position-cleared-on" });
  const clearedField = field("positions-cleared-on", clearedOn);
  const sync = () => {
    amendmentField.hidden = stance.value !== "proposes-amendment";
    clearedField.hidden = clearance.value !== "cleared";
  };
  stance.addEventListener("change", sync);
  clearance.addEventListener("change", sync);
  const form = h("form", { class: "record-position", id: "record-position" },
    h("div", { class: "field-row" }, field("positions-party", party), field("positions-stance", stance)),
    amendmentField,
    open.length > 0 && field("positions-preferred", preferred),
    open.length > 0 && h("fieldset", { class: "option-stances" },
      h("legend", { l10n: "positions-option-stances" }),
      optionStances.map(({ option, select }) => h("label", { class: "option-stance-field" },
        h("span", { l10n: "option-label", l10nArgs: { n: option.number } }), select))),
    h("div", { class: "field-row" }, field("positions-clearance", clearance), clearedField),
    field("positions-note", h("input", { name: "note", id: "position-note", autocomplete: "off" })),
    error.element,
    h("button", { type: "submit", class: "primary", id: "record-position-button", l10n: "positions-record" }),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!(await app.leave())) return;
    const position = {
      stance: stance.value,
      amendment: amendment.value,
      clearance: clearance.value,
      cleared_on: clearedOn.value || null,
      note: form.elements.note.value,
      preferred_option: preferred.value ? Number(preferred.value) : null,
      option_stances: optionStances.filter(({ select }) => select.value)
        .map(({ option, select }) => ({ option_id: option.id, stance: select.value })),
    };
    try {
      await api.recordPosition(node.id, Number(party.value), position);
      await app.reload();
    } catch (problem) {
      error.show(problem);
    }
  });
  sync();
  return form;
}

/** The delegation's own notes on the provision: kept on this machine only. */
export function privateNotesPanel(app, node) {
  const list = h("ul", { class: "private-list", id: "private-notes" });
  const error = formError();
  const kind = h("select", { id: "private-kind", "aria-label": t("private-kind") },
    app.state.rules.privateNoteKinds.map((k) => h("option", { value: k, l10n: `private-kind-${k}` })));
  const text = h("textarea", { id: "private-text", rows: 2, "aria-label": t("private-text") });
  const load = () => api.privateNotes(node.id).then(
    (notes) => replace(list, notes.length === 0 ? h("li", { class: "empty", l10n: "private-empty" }) : notes.map((note) =>
      h("li", { class: "private-note", dataset: { kind: note.kind } },
        h("span", { class: "private-kind", l10n: `private-kind-${note.kind}` }),
        h("span", { class: "private-text", text: note.text }),
        h("button", { type: "button", class: "danger small", l10n: "private-remove",
          onclick: async () => {
            if (await app.run(() => api.removePrivateNote(note.id))) load();
          } })))),
    (problem) => replace(list, h("li", { class: "form-error", text: problem?.message ?? String(problem) })),
  );
  const form = h("form", { class: "private-form", id: "private-form" }, kind, text,
    h("button", { type: "submit", class: "secondary", id: "add-private-note", l10n: "private-add" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api.addPrivateNote(node.id, kind.value, text.value);
      text.value = "";
      error.element.hidden = true;
      load();
    } catch (problem) {
      error.show(problem);
    }
  });
  load();
  return h("section", { class: "private", "aria-labelledby": "private-heading" },
    h("h3", { id: "private-heading" }, h("span", { l10n: "private-heading" }),
      h("span", { class: "private-badge", l10n: "private-badge" })),
    h("p", { class: "field-hint", l10n: "private-hint" }),
    list, form, error.element);
}

/** The competing wordings of the provision, each with its proposers. */
export function optionsPanel(app, doc, node) {
  const agreement = doc.agreement;
  const working = agreement.working_language;
  const other = app.state.otherLanguage ?? agreement.languages.map((l) => l.code).find((c) => c !== working);
  const languages = [working, other].filter(Boolean);
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  const error = formError();

  const optionItem = (option) => {
    const fields = languages.map((code) => {
      const label = t("option-text-label", { language: languageName(code) });
      const input = h("textarea", { class: "option-text", lang: code, rows: 3, readonly: option.withdrawn,
        "aria-label": label, placeholder: label });
      input.value = option.texts[code] ?? "";
      return { code, input };
    });
    const proposers = option.proposers.map((id) => (byId.has(id) ? partyName(byId.get(id), agreement) : ""));
    return h("li", { class: "option" + (option.withdrawn ? " withdrawn" : ""), dataset: { optionId: option.id } },
      h("div", { class: "option-head" },
        h("span", { class: "option-label", l10n: option.withdrawn ? "option-withdrawn-label" : "option-label",
          l10nArgs: { n: option.number ?? 0 } }),
        h("span", { class: "option-proposers", l10n: proposers.length ? "option-proposed-by" : "option-unattributed",
          l10nArgs: { parties: proposers.join(", ") } })),
      h("div", { class: "option-texts" }, fields.map((f) => f.input)),
      bracketLegend(doc, option.brackets ?? []),
      !option.withdrawn && h("div", { class: "option-actions" },
        h("button", { type: "button", class: "secondary small save-option", l10n: "option-save",
          onclick: async () => {
            if (!(await app.leave())) return;
            for (const { code, input } of fields) {
              if (input.value === (option.texts[code] ?? "")) continue;
              if (!(await app.run(() => api.setOptionText(option.id, code, input.value)))) return;
            }
            await app.reload();
          } }),
        h("button", { type: "button", class: "danger small withdraw-option", l10n: "option-withdraw",
          onclick: async () => {
            if (!(await app.leave())) return;
            if (await app.run(() => api.withdrawOption(option.id))) await app.reload();
          } })),
    );
  };

  const newText = h("textarea", { id: "new-option-text", rows: 3, lang: working });
  const proposerChoices = h("div", { class: "member-choices option-proposer-choices" },
    doc.parties.map((p) => h("label", { class: "check" },
      h("input", { type: "checkbox", value: String(p.id) }), h("span", { text: partyName(p, agreement) }))));
  const form = h("form", { class: "add-option", id: "add-option-form" },
    field("option-new-text", newText, null, { language: working.toUpperCase() }),
    doc.parties.length > 0 && h("fieldset", { class: "members-field" },
      h("legend", { l10n: "option-proposers-legend" }), proposerChoices),
    error.element,
    h("button", { type: "submit", class: "secondary", id: "add-option", l10n: "option-add" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!(await app.leave())) return;
    const proposers = [...proposerChoices.querySelectorAll("input:checked")].map((i) => Number(i.value));
    try {
      await api.addOption(node.id, { [working]: newText.value }, proposers);
      await app.reload();
    } catch (problem) {
      error.show(problem);
    }
  });

  return h("section", { class: "options", "aria-labelledby": "options-heading" },
    h("h3", { id: "options-heading", l10n: "options-heading" }),
    node.options.length === 0
      ? h("p", { class: "field-hint", l10n: "options-none" })
      : h("ol", { class: "option-list", id: "options" }, node.options.map(optionItem)),
    h("details", { class: "add-option-details" }, h("summary", { l10n: "option-add-summary" }), form),
  );
}

/** What the parties said on the provision, and the form that records it. */
export function statementsPanel(app, doc, node) {
  const agreement = doc.agreement;
  const byId = new Map(doc.parties.map((p) => [p.id, p]));
  const list = h("ol", { class: "statement-list", id: "statements" });
  const error = formError();
  const party = h("select", { id: "statement-party" },
    doc.parties.map((p) => h("option", { value: String(p.id), text: partyName(p, agreement) })));
  const madeOn = h("input", { type: "date", id: "statement-day", value: new Date().toISOString().slice(0, 10) });
  const kind = h("select", { id: "statement-kind" },
    app.state.rules.statementKinds.map((k) => h("option", { value: k, l10n: `statement-kind-${k}` })));
  const text = h("textarea", { id: "statement-text", rows: 2 });
  const source = h("input", { id: "statement-source", autocomplete: "off", l10n: "statement-source-input" });
  const load = () => api.statements(node.id).then(
    (statements) => replace(list, statements.length === 0 ? h("li", { class: "empty", l10n: "statements-none" })
      : statements.map((s) => h("li", { class: "statement", dataset: { kind: s.kind } },
          h("div", { class: "statement-head" },
            h("span", { class: "statement-party", text: byId.has(s.party_id) ? partyName(byId.get(s.party_id), agreement) : "" }),
            h("span", { class: "statement-meta", l10n: s.source ? "statement-meta-source" : "statement-meta",
              l10nArgs: { day: formatDay(s.made_on), kind: t(`statement-kind-${s.kind}`), source: s.source } })),
          h("div", { class: "statement-text", text: s.text })))),
    (problem) => replace(list, h("li", { class: "form-error", text: problem?.message ?? String(problem) })),
  );
  const form = h("form", { class: "add-statement", id: "add-statement-form" },
    h("div", { class: "field-row" }, field("statement-party", party), field("statement-day", madeOn),
      field("statement-kind", kind)),
    field("statement-text", text),
    field("statement-source", source),
    error.element,
    h("button", { type: "submit", class: "secondary", id: "add-statement", l10n: "statement-add" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api.addStatement(node.id, { party_id: Number(party.value), made_on: madeOn.value, kind: kind.value,
        text: text.value, source: source.value });
      text.value = "";
      error.element.hidden = true;
      load();
    } catch (problem) {
      error.show(problem);
    }
  });
  if (doc.parties.length > 0) load();
  return h("section", { class: "statements", "aria-labelledby": "statements-heading" },
    h("h3", { id: "statements-heading", l10n: "statements-heading" }),
    doc.parties.length === 0 ? h("p", { class: "empty", l10n: "positions-no-parties" }) : [list,
      h("details", { class: "add-statement-details" }, h("summary", { l10n: "statement-add-summary" }), form)],
  );
}
