// The clause library: browse by category and keyword in the interface
// language, preview a clause in any language of the agreement as its
// values change, and insert it in every language at once.

import { api } from "../ipc.js";
import { partyName } from "../names.js";
import { h, replace } from "../dom.js";
import { directionOf, interfaceLanguageOf, languageName, t } from "../i18n.js";
import { field, formError, openDialog } from "./dialog.js";

/** A title or keywords in the interface language, else English. */
function inLanguage(map) {
  return map[interfaceLanguageOf()] ?? map.en ?? Object.values(map)[0] ?? "";
}

/** What the form calls a variable: its label in the interface language, else its name. */
export function labelOf(name, variable) {
  return inLanguage(variable.label ?? {}) || name.replaceAll("_", " ");
}

/** The variables the form asks: all but the instrument, which is the agreement's own. */
function askedOf(manifest) {
  return Object.entries(manifest.variables).filter(([, variable]) => variable.type !== "instrument");
}

/** One form control per variable, typed as the manifest declares it. */
export function variableControl(name, variable, doc, given = undefined) {
  const id = `template-${name}`;
  // The value a clause was filled with, else the default.
  const current = given === undefined ? variable.default : given;
  const parties = doc.parties.filter((p) => p.role === "party");
  switch (variable.type) {
    case "boolean":
      return h("input", { type: "checkbox", id, name, checked: current === true });
    case "integer":
      return h("input", { type: "number", id, name, min: variable.min, max: variable.max, value: current ?? "" });
    case "date":
      return h("input", { type: "date", id, name, value: current ?? "" });
    case "choice":
      return h("select", { id, name }, variable.options.map((o) =>
        h("option", { value: o, text: inLanguage(variable.option_labels ?? {})?.[o] ?? o.replaceAll("-", " "), selected: o === current })));
    case "party":
      return h("select", { id, name },
        variable.optional && h("option", { value: "", l10n: "library-no-party" }),
        parties.map((p) => h("option", { value: String(p.id), text: partyName(p, doc.agreement), selected: (current ?? []).includes?.(p.id) })));
    case "parties":
      return h("div", { class: "member-choices", id, dataset: { name } }, parties.map((p) =>
        h("label", { class: "check" }, h("input", { type: "checkbox", value: String(p.id), checked: (current ?? []).includes?.(p.id) }),
          h("span", { text: partyName(p, doc.agreement) }))));
    case "text":
      return textControl(id, name, variable, doc, current);
    default:
      return h("input", { id, name, value: current ?? "", autocomplete: "off", maxlength: variable.max_len });
  }
}

/**
 * A text: one field, and a field per language of the agreement for words
 * each language writes its own way (an organization's name). A usual place
 * of conferences needs none: each language names it by itself.
 */
function textControl(id, name, variable, doc, current) {
  const perLanguage = current && typeof current === "object" ? current : {};
  const working = doc.agreement.working_language;
  const input = (attributes, value) =>
    h("input", { ...attributes, value: value ?? "", autocomplete: "off", maxlength: variable.max_len });
  return h("div", { class: "text-variable" },
    input({ id, name }, typeof current === "string" ? current : perLanguage[working]),
    h("details", { class: "per-language", id: `${id}-languages`, open: Object.keys(perLanguage).length > 0 },
      h("summary", { l10n: "library-text-per-language" }),
      doc.agreement.languages.map(({ code }) =>
        h("label", { class: "field per-language-field" },
          h("span", { text: languageName(code) }),
          input({ dir: directionOf(code), lang: code, dataset: { language: code } }, perLanguage[code])))));
}

/** A text variable's value: one text, or the words of each language. */
function textValue(control) {
  const typed = control.value;
  const given = [...control.closest(".text-variable").querySelectorAll("[data-language]")]
    .filter((input) => input.value.trim() !== "");
  if (given.length === 0) return typed === "" ? undefined : typed;
  const texts = {};
  for (const input of control.closest(".text-variable").querySelectorAll("[data-language]")) {
    // A language left empty takes the one field's words.
    texts[input.dataset.language] = input.value.trim() === "" ? typed : input.value;
  }
  return texts;
}

/** The values the form holds, typed for the core; empty ones left out. */
export function valuesOf(form, manifest) {
  const values = {};
  for (const [name, variable] of Object.entries(manifest.variables)) {
    const control = form.querySelector(`#template-${name}`);
    if (!control) continue;
    if (variable.type === "boolean") values[name] = control.checked;
    else if (variable.type === "integer") { if (control.value !== "") values[name] = Number(control.value); }
    else if (variable.type === "party") { if (control.value) values[name] = Number(control.value); }
    else if (variable.type === "parties") values[name] = [...control.querySelectorAll("input:checked")].map((i) => Number(i.value));
    else if (variable.type === "text") { const value = textValue(control); if (value !== undefined) values[name] = value; }
    else if (control.value !== "") values[name] = control.value;
  }
  return values;
}

function renderClause(clause) {
  return [
    clause.heading && h("h4", { class: "preview-heading", text: clause.heading }),
    clause.body.map((p) => h("p", { text: p })),
    clause.paragraphs.length > 0 && h("ol", {}, clause.paragraphs.map(([p, subs]) =>
      h("li", {}, h("p", { text: p }), subs.length > 0 && h("ol", { type: "a" }, subs.map((s) => h("li", { text: s })))))),
  ];
}

/**
 * Opens the library to insert a clause `near` a part or chapter; or, given
 * `filled` ({ articleId, origin }), to fill a clause already in the text
 * with new values and write it again.
 */
export async function openLibraryDialog(app, near, filled = null) {
  const doc = app.state.document;
  const library = await app.run(() => api.templateLibrary());
  if (!library) return;
  let chosen = null;
  const search = h("input", { type: "search", id: "library-search", autocomplete: "off", "aria-label": t("library-search"), placeholder: t("library-search") });
  const category = h("select", { id: "library-category", "aria-label": t("library-category") },
    h("option", { value: "", l10n: "library-all-categories" }),
    [...new Set(library.templates.map((m) => m.category))].map((c) => h("option", { value: c, l10n: `template-category-${c}` })));
  const list = h("ul", { class: "library-list", id: "library-list", "aria-label": t("library-heading") });
  const details = h("div", { class: "library-details", id: "library-details" }, h("p", { class: "empty", l10n: "library-choose" }));
  const error = formError();

  const drawList = () => {
    const words = search.value.trim().toLowerCase();
    const shown = library.templates.filter((m) =>
      (!category.value || m.category === category.value) &&
      (!words || [inLanguage(m.title), ...(inLanguage(m.keywords) || [])].join(" ").toLowerCase().includes(words)));
    replace(list, shown.length === 0 ? h("li", { class: "empty", l10n: "library-empty" }) : shown.map((m) =>
      h("li", {}, h("button", { type: "button", class: "library-item" + (m.id === chosen?.id ? " chosen" : ""), dataset: { templateId: m.id },
        onclick: () => choose(m) },
        h("span", { class: "library-title", text: inLanguage(m.title) }),
        h("span", { class: "library-category-tag", l10n: `template-category-${m.category}` })))));
  };

  const choose = (manifest, given = {}) => {
    chosen = manifest;
    drawList();
    const languages = doc.agreement.languages.map((l) => l.code).filter((c) => manifest.languages[c]);
    const language = h("select", { id: "library-language", "aria-label": t("library-language") },
      languages.map((c) => h("option", { value: c, text: languageName(c) })));
    const preview = h("div", { class: "library-preview", id: "library-preview" });
    const form = h("div", { class: "library-values" },
      askedOf(manifest).map(([name, variable]) =>
        field(variable.optional ? "library-variable-optional" : "library-variable", variableControl(name, variable, doc, given[name]), null,
          { name: labelOf(name, variable) })));
    // Only the latest preview is shown: an earlier answer may arrive after it.
    let latest = 0;
    const update = async () => {
      const mine = ++latest;
      const shown = language.value;
      let content;
      try {
        content = renderClause(await api.previewTemplate(agreement(), manifest.id, shown, valuesOf(form, manifest)));
      } catch (problem) {
        content = h("p", { class: "form-error", text: problem?.message ?? String(problem) });
      }
      if (mine !== latest) return;
      replace(preview, content);
      preview.lang = shown;
      preview.dir = directionOf(shown);
    };
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    language.addEventListener("change", update);
    replace(details,
      h("h3", { class: "library-chosen-title", text: inLanguage(manifest.title) }),
      h("p", { class: "field-hint", l10n: "library-version", l10nArgs: { version: manifest.version, languages: languages.length } }),
      form,
      h("div", { class: "library-preview-head" }, h("span", { l10n: "library-preview" }), language),
      preview);
    details.form = form;
    update();
  };
  const agreement = () => doc.agreement.id;

  search.addEventListener("input", drawList);
  category.addEventListener("change", drawList);
  drawList();
  const again = filled && library.templates.find((m) => m.id === filled.origin.id);
  if (again) choose(again, filled.origin.values);
  const problems = library.problems.length > 0 && h("details", { class: "library-problems" },
    h("summary", { l10n: "library-problems", l10nArgs: { count: library.problems.length } }),
    h("ul", {}, library.problems.map((p) => h("li", {}, h("code", { dir: "ltr", text: `${p.path}:${p.line}:${p.column}` }), " ", h("span", { text: p.message })))));

  const dialogForm = openDialog({
    name: "library",
    titleId: "library-heading",
    submitId: filled ? "library-write-again" : "library-insert",
    fields: [
      h("div", { class: "library-layout" },
        h("div", { class: "library-browse" }, h("div", { class: "library-filters" }, search, category), list),
        details),
      problems,
      h("p", { class: "field-hint", l10n: "library-house", l10nArgs: { folder: library.house_folder } }),
      error.element,
    ],
    onSubmit: async (_form, fail) => {
      if (!chosen) return false;
      if (!(await app.leave())) return false;
      try {
        const values = valuesOf(details.form, chosen);
        if (filled) {
          await api.setTemplateValues(filled.articleId, values);
        } else {
          const ids = await api.insertTemplate(agreement(), chosen.id, values, { parent: near, index: null });
          app.state.selectedId = ids[0];
        }
        await app.reload();
        return true;
      } catch (problem) {
        fail(problem);
        return false;
      }
    },
  });
  dialogForm.classList.add("library-form");
}
