// Named versions of the whole text: save one (Rev.1, Rev.2 …) and open any
// earlier one read-only.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { formatDateTime, t } from "../i18n.js";
import { field, formError } from "./dialog.js";
import { comparePane } from "./compare.js";

export function renderVersions(app, doc) {
  const list = h("div", { id: "version-list" }, h("p", { class: "empty", l10n: "versions-loading" }));
  const error = formError();
  const form = h("form", { class: "pane save-version", id: "save-version-form" },
    h("h2", { l10n: "version-save-heading" }),
    h("p", { class: "field-hint", l10n: "version-save-hint" }),
    field("version-name", h("input", { name: "name", id: "version-name", autocomplete: "off", l10n: "version-name-input" })),
    error.element,
    h("button", { type: "submit", class: "primary", id: "save-version", l10n: "version-save" }),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await api.saveVersion(doc.agreement.id, form.elements.name.value);
      await app.reload();
    } catch (problem) {
      error.show(problem);
    }
  });

  const compare = h("div", { class: "compare-slot" });
  api.versions(doc.agreement.id).then(
    (versions) => {
      replace(list, versions.length === 0 ? h("p", { class: "empty", l10n: "versions-empty" }) : versionsTable(app, versions));
      if (versions.length > 0) replace(compare, comparePane(doc, versions));
    },
    (problem) => replace(list, h("p", { class: "form-error", text: problem?.message ?? String(problem) })),
  );

  return h("div", { class: "versions-page" },
    h("div", { class: "versions-layout" },
      h("section", { class: "pane", "aria-labelledby": "versions-heading" },
        h("div", { class: "pane-head" }, h("h2", { id: "versions-heading", l10n: "versions-heading" })),
        list),
      form),
    compare,
  );
}

function versionsTable(app, versions) {
  return h("table", { class: "versions-table" },
    h("thead", {}, h("tr", {},
      h("th", { l10n: "version-column-name" }),
      h("th", { l10n: "version-column-saved" }),
      h("th", { l10n: "version-column-author" }),
      h("th", {}, h("span", { class: "visually-hidden", l10n: "party-actions" })))),
    h("tbody", {}, versions.slice().reverse().map((v) =>
      h("tr", { dataset: { versionId: v.id } },
        h("td", { class: "version-name", text: v.name }),
        h("td", { text: formatDateTime(v.created_at) }),
        h("td", { text: v.author || t("author-unknown") }),
        h("td", {}, h("button", { type: "button", class: "secondary small open-version", l10n: "version-open",
          onclick: () => app.openVersion(v.id) })),
      ))));
}
