// The export dialog: which languages, renderings and formats, where; what
// keeps the clean text from being final; the files written, and a button to
// open their folder.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { languageName } from "../i18n.js";
import { choiceGroup, field, openDialog, pathField } from "./dialog.js";


function checkboxes(name, values, label, checked) {
  return choiceGroup({ id: `export-${name}`, className: "export-choices", legendId: `export-${name}`,
    type: "checkbox", name, values, label, checked });
}

const chosen = (form, name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);

export async function openExportDialog(app) {
  const agreement = app.state.document.agreement;
  const [folderDefault, problems] = await Promise.all([
    app.run(() => api.defaultExportFolder(agreement.id)),
    app.run(() => api.exportReadiness(agreement.id)),
  ]);
  if (folderDefault === null || problems === null) return;
  const readiness = h("section", { class: "export-readiness", id: "export-readiness" },
    problems.length === 0
      ? h("p", { class: "field-hint", l10n: "export-final-ready" })
      : [h("h3", { id: "export-not-final-heading", l10n: "export-not-final-heading", l10nArgs: { count: problems.length } }),
        h("p", { class: "field-hint", l10n: "export-not-final-hint" }),
        // It scrolls: reachable with Tab, so that the keyboard can scroll it too.
        h("ul", { class: "export-problems", tabindex: "0", "aria-labelledby": "export-not-final-heading" },
          problems.map((p) => h("li", { text: p.message })))]);
  const result = h("div", { class: "export-result", id: "export-result", role: "status" });
  const form = openDialog({
    name: "export",
    titleId: "export-dialog-heading",
    submitId: "export-submit",
    cancelId: "dialog-close",
    fields: [
      checkboxes("languages", agreement.languages.map((l) => l.code),
        (code) => h("span", { text: languageName(code) }), () => true),
      checkboxes("renderings", app.state.rules.renderings, (r) => h("span", { l10n: `export-rendering-${r}` }), (r) => r === "clean"),
      checkboxes("formats", app.state.rules.formats, (f) => h("span", { l10n: `export-format-${f}` }), (f) => f === "md"),
      h("label", { class: "check export-draft" },
        h("input", { type: "checkbox", name: "draft", id: "export-draft", checked: problems.length > 0 }),
        h("span", { l10n: "export-draft" })),
      h("div", { class: "field-row" },
        field("export-place", h("input", { name: "place", id: "export-place", autocomplete: "off" })),
        field("export-date", h("input", { type: "date", name: "date", id: "export-date" }))),
      pathField("export-folder", h("input", { name: "folder", id: "export-folder", value: folderDefault, dir: "ltr" }), "export",
        "export-folder-hint"),
      readiness,
      result,
    ],
    onSubmit: async (form, fail) => {
      const submit = form.querySelector("button[type=submit]");
      submit.disabled = true;
      replace(result, h("p", { class: "field-hint", l10n: "export-writing" }));
      try {
        const manifest = await api.exportAgreement(agreement.id, {
          languages: chosen(form, "languages"),
          renderings: chosen(form, "renderings"),
          formats: chosen(form, "formats"),
          draft: form.elements.draft.checked,
          place: form.elements.place.value,
          date: form.elements.date.value || null,
        }, form.elements.folder.value);
        replace(result,
          h("p", { class: "export-done", l10n: "export-done", l10nArgs: { count: manifest.files.length, folder: form.elements.folder.value } }),
          h("ul", { class: "export-files" }, manifest.files.map((f) => h("li", { dir: "ltr", text: f.path }))),
          h("button", { type: "button", class: "secondary", id: "open-export-folder", l10n: "export-open-folder",
            onclick: () => app.run(() => api.openExportFolder()) }));
        result.scrollIntoView({ block: "nearest" });
      } catch (problem) {
        replace(result);
        fail(problem);
      } finally {
        submit.disabled = false;
      }
      return false;
    },
  });
  form.classList.add("export-form");
}
