// The preferences of this machine (the delegation recorded as the author of
// every change, the interface language), and the translations: how far each
// language is translated, and the translator's own files.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { field, formError, openDialog } from "./dialog.js";

export function openPreferencesDialog(app) {
  const { preferences, interfaceLanguages, pseudoLanguages } = app.state;
  const pseudoNames = { "en-XA": "preferences-pseudo-accented", "ar-XB": "preferences-pseudo-right-to-left" };
  const language = h("select", { name: "interface_language", id: "interface-language" },
    interfaceLanguages.map(([code, name]) =>
      h("option", { value: code, lang: code, text: name, selected: code === app.state.languageInUse })),
    h("optgroup", { label: t("preferences-pseudo-languages") },
      pseudoLanguages.map((code) => h("option", { value: code, l10n: pseudoNames[code], selected: code === app.state.languageInUse }))));
  openDialog({
    name: "preferences",
    titleId: "preferences-heading",
    submitId: "preferences-save",
    fields: [
      field("preferences-delegation",
        h("input", { name: "delegation", id: "delegation-input", value: preferences.delegation, autocomplete: "off" }),
        "preferences-delegation-hint"),
      field("preferences-interface-language", language, "preferences-interface-language-hint"),
    ],
    onSubmit: async (form, fail) => {
      if (!(await app.leave())) return false;
      try {
        app.state.preferences = await api.setPreferences({
          delegation: form.elements.delegation.value,
          interface_language: language.value,
        });
      } catch (error) {
        fail(error);
        return false;
      }
      if (language.value !== app.state.languageInUse) await app.reloadLocale();
      else app.render();
      return true;
    },
  });
}

/** Per language, the share of messages translated and the translator's files; Reload picks up edited files. */
export function openTranslationsDialog(app) {
  const status = h("div", { class: "translations", id: "translations" }, h("p", { class: "empty", l10n: "versions-loading" }));
  const error = formError();
  const load = () => api.translations().then((translations) => replace(status, translationsTable(app, translations)), error.show);
  openDialog({
    name: "translations",
    titleId: "translations-heading",
    submitId: "translations-reload",
    cancelId: "dialog-close",
    fields: [status, error.element],
    onSubmit: async () => {
      if (await app.reloadLocale()) {
        await load();
        status.prepend(h("p", { class: "field-hint reloaded", role: "status", l10n: "translations-reloaded" }));
      }
      return false;
    },
  });
  load();
}

/**
 * The term base: the library's key terms in one language beside the
 * English, with the variants not to write and where each term comes from.
 */
function termBase(app, terms) {
  const names = new Map(app.state.interfaceLanguages);
  const codes = Object.keys(terms.languages).filter((code) => code !== "en");
  const shown = codes.includes(app.state.languageInUse) ? app.state.languageInUse : codes[0];
  const english = new Map((terms.languages.en ?? []).map((term) => [term.concept, term]));
  const choice = h("select", { id: "term-base-language", "aria-label": t("terms-language") },
    codes.map((code) => h("option", { value: code, lang: code, text: names.get(code) ?? code, selected: code === shown })));
  const table = h("tbody");
  const show = () => {
    const code = choice.value;
    replace(table, (terms.languages[code] ?? []).map((term) =>
      h("tr", { dataset: { concept: term.concept } },
        h("td", { lang: "en", text: english.get(term.concept)?.forms.join(" · ") ?? term.concept }),
        h("td", { lang: code, dir: "auto", text: term.forms.join(" · ") }),
        h("td", { lang: code, dir: "auto", class: "term-avoid", text: term.avoid.join(" · ") }),
        h("td", { dir: "auto", class: "term-source", text: term.source }))));
  };
  choice.addEventListener("change", show);
  show();
  return h("section", { class: "term-base", id: "term-base" },
    h("div", { class: "term-base-heading" }, h("h3", { id: "terms-heading", l10n: "terms-heading" }), choice),
    h("p", { class: "field-hint", l10n: "terms-hint", l10nArgs: { folder: terms.folder } }),
    // It scrolls: reachable with Tab, so that the keyboard can scroll it too.
    h("div", { class: "term-base-scroll", tabindex: "0", role: "region", "aria-labelledby": "terms-heading" },
      h("table", { class: "translations-table term-base-table" },
        h("thead", {}, h("tr", {},
          h("th", { l10n: "terms-column-english" }),
          h("th", { l10n: "terms-column-term" }),
          h("th", { l10n: "terms-column-avoid" }),
          h("th", { l10n: "terms-column-source" }))),
        table)),
    terms.problems.length === 0 ? [] : h("ul", { class: "translation-problems", id: "term-base-problems" }, terms.problems.map((p) =>
      h("li", {}, h("code", { dir: "ltr", text: `${p.path}:${p.line}:${p.column}` }), " ", h("span", { text: p.message })))));
}

function translationsTable(app, { folder, languages, terms }) {
  const names = new Map(app.state.interfaceLanguages);
  const problems = languages.flatMap((l) => l.problems);
  return [
    h("table", { class: "translations-table" },
      h("thead", {}, h("tr", {},
        h("th", { l10n: "translations-column-language" }),
        h("th", { l10n: "translations-column-messages" }),
        h("th", { l10n: "translations-column-own-files" }),
        h("th", { l10n: "translations-column-templates" }))),
      h("tbody", {}, languages.map((l) =>
        h("tr", { dataset: { language: l.language } },
          h("td", {}, h("span", { lang: l.language, text: names.get(l.language) ?? l.language })),
          h("td", { l10n: "translations-messages",
            l10nArgs: { percent: Math.floor((l.translated / Math.max(l.total, 1)) * 100), translated: l.translated, total: l.total } }),
          h("td", { l10n: "translations-own-files", l10nArgs: { count: l.own_files } }),
          h("td", {
            class: "translations-templates",
            title: [...l.templates_missing, ...l.templates_stale].join(", "),
            l10n: l.templates_missing.length + l.templates_stale.length === 0 ? "translations-templates-current" : "translations-templates",
            l10nArgs: { missing: l.templates_missing.length, stale: l.templates_stale.length },
          }))))),
    h("p", { class: "field-hint translations-folder", l10n: "translations-folder", l10nArgs: { folder } }),
    h("section", { class: "translation-problems" },
      h("h3", { l10n: "translations-problems-heading" }),
      problems.length === 0
        ? h("p", { class: "empty", l10n: "translations-no-problems" })
        : [h("p", { class: "field-hint", l10n: "translations-problems-hint" }),
          h("ul", { id: "translation-problems" }, problems.map((p) =>
            h("li", {}, h("code", { dir: "ltr", text: `${p.path}:${p.line}:${p.column}` }), " ", h("span", { text: p.message }))))]),
    termBase(app, terms),
  ];
}
