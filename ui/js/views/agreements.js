// The agreement list in the sidebar, and the dialog that starts a new agreement.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { languageName, t } from "../i18n.js";
import { field, openDialog } from "./dialog.js";
import { openImportDialog } from "./exchange.js";

export function renderSidebar(app) {
  const { agreements, document } = app.state;
  const openId = document?.agreement.id;
  replace(
    window.document.getElementById("sidebar"),
    h("div", { class: "sidebar-head" },
      h("h2", { id: "agreements-heading", l10n: "agreements-heading" }),
      h("button", { type: "button", class: "primary small", id: "new-agreement", l10n: "new-agreement",
        onclick: () => app.openNewAgreementDialog() }),
      h("button", { type: "button", class: "secondary small", id: "import-button", l10n: "import-button",
        onclick: () => openImportDialog(app) }),
    ),
    agreements.length === 0
      ? h("p", { class: "sidebar-empty", l10n: "agreements-empty" })
      : h("ul", { class: "agreement-list", "aria-labelledby": "agreements-heading" },
          agreements.map((a) =>
            h("li", {},
              h("button", {
                type: "button",
                class: "agreement-item" + (a.id === openId ? " current" : ""),
                "aria-current": a.id === openId ? "true" : null,
                dataset: { agreementId: a.id },
                onclick: () => app.openAgreement(a.id),
              },
                h("span", { class: "agreement-item-title", text: a.title, title: a.title }),
                h("span", { class: "agreement-item-meta", l10n: a.symbol ? "agreement-meta-with-symbol" : "agreement-meta",
                  l10nArgs: { symbol: a.symbol, kind: t(`agreement-kind-${a.kind}`) } }),
                h("span", { class: "agreement-item-languages", text: a.languages.map((l) => l.toUpperCase()).join(" ") }),
              ),
            ),
          ),
        ),
  );
}

/** The languages chosen so far in the dialog, in the order they were added. */
function languageRow(code, { include = false, authentic = false } = {}) {
  return h("tr", { dataset: { language: code } },
    h("td", {}, h("input", { type: "checkbox", class: "include", checked: include, "aria-label": languageName(code) })),
    h("td", { class: "language-name", text: languageName(code) }),
    h("td", {}, h("input", { type: "checkbox", class: "authentic", checked: authentic,
      "aria-label": t("new-agreement-authentic-label", { language: languageName(code) }) })),
  );
}

/**
 * The dialog that starts an agreement or, given one, changes its details:
 * kind, symbol, languages (authentic or not), working language and titles.
 */
export function openAgreementDialog(app, agreement = null) {
  const { agreementKinds, languages, unLanguages } = app.state.rules;
  const current = agreement?.languages ?? [{ code: "en", authentic: true }];
  const listed = [...unLanguages, ...current.map((l) => l.code).filter((c) => !unLanguages.includes(c))];
  const rows = h("tbody", {}, listed.map((code) => {
    const chosen = current.find((l) => l.code === code);
    return languageRow(code, { include: Boolean(chosen), authentic: Boolean(chosen?.authentic) });
  }));
  const others = languages.filter((c) => !listed.includes(c));
  const addOther = h("select", { class: "add-language", "aria-label": t("new-agreement-add-language") },
    h("option", { value: "", l10n: "new-agreement-add-language" }),
    others.map((code) => h("option", { value: code, text: languageName(code) })),
  );
  const working = h("select", { name: "working_language" });
  const initialWorking = agreement?.working_language ?? "en";
  const titles = h("div", { class: "titles" });

  const chosen = () =>
    [...rows.querySelectorAll("tr")]
      .filter((row) => row.querySelector(".include").checked)
      .map((row) => ({ code: row.dataset.language, authentic: row.querySelector(".authentic").checked }));

  // One title field per chosen language, the working language's first and
  // required; what was typed stays with its language whatever is reordered.
  const sync = () => {
    const codes = chosen().map((l) => l.code);
    const wanted = working.value || initialWorking;
    const previous = codes.includes(wanted) ? wanted : codes[0];
    replace(working, codes.map((code) => h("option", { value: code, text: languageName(code), selected: code === previous })));
    const typed = titles.childElementCount > 0
      ? Object.fromEntries([...titles.querySelectorAll("input")].map((i) => [i.name, i.value]))
      : Object.fromEntries(Object.entries(agreement?.titles ?? {}).map(([code, title]) => [`title-${code}`, title]));
    const ordered = [previous, ...codes.filter((c) => c !== previous)].filter(Boolean);
    replace(titles, ordered.map((code) =>
      field(code === previous ? "new-agreement-title-working" : "new-agreement-title-in",
        h("input", { name: `title-${code}`, value: typed[`title-${code}`] ?? "", lang: code, autocomplete: "off" }),
        null, { language: languageName(code) })));
  };
  rows.addEventListener("change", sync);
  working.addEventListener("change", sync);
  addOther.addEventListener("change", () => {
    if (!addOther.value) return;
    rows.append(languageRow(addOther.value, { include: true }));
    addOther.querySelector(`option[value="${addOther.value}"]`).remove();
    addOther.value = "";
    sync();
  });

  openDialog({
    name: agreement ? "agreement-details" : "new-agreement",
    titleId: agreement ? "agreement-details-heading" : "new-agreement-heading",
    submitId: agreement ? "agreement-details-save" : "new-agreement-create",
    fields: [
      h("fieldset", { class: "languages" },
        h("legend", { l10n: "new-agreement-languages" }),
        h("table", { class: "language-table" },
          h("thead", {}, h("tr", {},
            h("th", { l10n: "new-agreement-column-include" }),
            h("th", { l10n: "new-agreement-column-language" }),
            h("th", { l10n: "new-agreement-column-authentic" }))),
          rows),
        others.length > 0 && addOther,
      ),
      field("new-agreement-working-language", working),
      titles,
      h("div", { class: "field-row" },
        field("new-agreement-kind", h("select", { name: "kind" },
          agreementKinds.map((kind) => h("option", { value: kind, l10n: `agreement-kind-${kind}`,
            selected: kind === agreement?.kind })))),
        field("new-agreement-symbol", h("input", { name: "symbol", autocomplete: "off", l10n: "new-agreement-symbol-input",
          value: agreement?.symbol ?? "" }),
          "new-agreement-symbol-hint"),
      ),
    ],
    onSubmit: async (form, fail) => {
      const details = {
        kind: form.elements.kind.value,
        titles: Object.fromEntries([...titles.querySelectorAll("input")].map((i) => [i.name.slice("title-".length), i.value])),
        languages: chosen(),
        working_language: working.value,
        symbol: form.elements.symbol.value,
      };
      try {
        if (agreement) {
          await api.updateAgreement(agreement.id, details);
          await app.reload();
        } else {
          const created = await api.createAgreement(details);
          await app.refreshAgreements();
          await app.openAgreement(created.id);
        }
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
  });
  sync();
}
