// Two states of the text side by side in time: what was added, deleted,
// amended (word by word) or only moved or renumbered.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { citedLabel, languageName, t } from "../i18n.js";
import { field } from "./dialog.js";

const CURRENT = "current";

function revision(value) {
  return value === CURRENT ? { kind: "current" } : { kind: "version", id: Number(value) };
}

export function comparePane(doc, versions) {
  const options = (selected) => [
    h("option", { value: CURRENT, l10n: "compare-current", selected: selected === CURRENT }),
    ...versions.slice().reverse().map((v) => h("option", { value: String(v.id), text: v.name, selected: selected === String(v.id) })),
  ];
  const latest = versions.length ? String(versions[versions.length - 1].id) : CURRENT;
  const from = h("select", { id: "compare-from" }, options(latest));
  const to = h("select", { id: "compare-to" }, options(CURRENT));
  const result = h("div", { class: "comparison", id: "comparison" });
  const run = async () => {
    try {
      const comparison = await api.compare(doc.agreement.id, revision(from.value), revision(to.value));
      replace(result, renderComparison(comparison));
    } catch (problem) {
      replace(result, h("p", { class: "form-error", text: problem?.message ?? String(problem) }));
    }
  };
  return h("section", { class: "pane compare-pane", "aria-labelledby": "compare-heading" },
    h("div", { class: "pane-head" }, h("h2", { id: "compare-heading", l10n: "compare-heading" })),
    h("div", { class: "compare-form" },
      field("compare-from", from), field("compare-to", to),
      h("button", { type: "button", class: "primary", id: "compare-button", l10n: "compare-button", onclick: run })),
    result,
  );
}

function spans(list) {
  return list.map((span) => h("span", { class: `span-${span.kind}`, text: span.text }));
}

/** One language's words of a change, tagged with the language. */
function changeInLanguage(language, ...words) {
  return h("div", { class: "change-language", lang: language },
    h("span", { class: "tag", title: languageName(language), text: language.toUpperCase() }),
    h("div", { class: "change-words" }, words));
}

function renderComparison(comparison) {
  if (comparison.changes.length === 0) {
    return h("p", { class: "empty", l10n: "compare-nothing" });
  }
  return [
    h("p", { class: "field-hint", l10n: "compare-summary",
      l10nArgs: { changed: comparison.changes.length, unchanged: comparison.unchanged } }),
    comparison.changes.map((change) => {
      // Cited as the newer text numbers it, and as the older one did when that differs.
      const before = change.cited_before.length > 0 ? citedLabel(change.cited_before) : null;
      const after = change.cited_after.length > 0 ? citedLabel(change.cited_after) : null;
      const label = after ?? before;
      const previous = after && before && before !== after ? before : null;
      return h("article", { class: "change", dataset: { change: change.change, provisionId: change.id } },
        h("header", { class: "change-head" },
          h("span", { class: "change-label", text: previous ? t("compare-was", { label, previous }) : label }),
          h("span", { class: "change-kind", l10n: `compare-change-${change.change}` })),
        Object.entries(change.texts).map(([language, text]) =>
          changeInLanguage(language,
            text.heading.length > 0 && h("div", { class: "change-heading" }, spans(text.heading)),
            text.body.length > 0 && h("div", { class: "change-body" }, spans(text.body)))),
        change.options.map((option) =>
          h("section", { class: "option-change", dataset: { change: option.change, optionId: option.id } },
            h("div", { class: "option-change-label", l10n: `compare-option-${option.change}`, l10nArgs: { n: option.number ?? 0 } }),
            Object.entries(option.texts).map(([language, words]) =>
              changeInLanguage(language, h("div", { class: "change-body" }, spans(words)))))),
      );
    }),
  ];
}
