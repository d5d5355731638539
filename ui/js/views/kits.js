// Starting a whole agreement from a kit: choose the kit, give the title and
// the parties, answer the few values the kit asks once; the preamble, the
// chapters, the articles and the final clauses are laid out in the six UN
// languages.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { interfaceLanguageOf, t } from "../i18n.js";
import { field, openDialog } from "./dialog.js";
import { labelOf, variableControl, valuesOf } from "./library.js";

const UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"];

export async function openKitDialog(app) {
  const [kits, library] = await Promise.all([app.run(() => api.kits()), app.run(() => api.templateLibrary())]);
  if (!kits || !library) return;
  const working = UN_LANGUAGES.includes(interfaceLanguageOf()) ? interfaceLanguageOf() : "en";
  const titleOf = (kit) => kit.title[working] ?? kit.title.en;
  // The declaration of each variable a kit asks, from the first clause that has it.
  const declared = (name) => library.templates.map((m) => m.variables[name]).find(Boolean);
  const kit = h("select", { id: "kit-choice", name: "kit" }, kits.map((k) => h("option", { value: k.id, text: titleOf(k) })));
  const title = h("input", { id: "kit-title", name: "title", autocomplete: "off" });
  const asked = h("div", { class: "library-values", id: "kit-values" });
  // The agreement to be: no parties yet, the six languages of a kit.
  const noParties = { agreement: { working_language: working, languages: UN_LANGUAGES.map((code) => ({ code })) }, parties: [] };
  const choose = () => {
    const chosen = kits.find((k) => k.id === kit.value);
    title.value = titleOf(chosen);
    replace(asked, chosen.asks.filter(declared).map((name) => {
      const variable = declared(name);
      return field(variable.optional ? "library-variable-optional" : "library-variable", variableControl(name, variable, noParties), null,
        { name: labelOf(name, variable) });
    }));
  };
  kit.addEventListener("change", choose);
  choose();
  openDialog({
    name: "kit",
    titleId: "kit-heading",
    submitId: "kit-start",
    fields: [
      h("p", { class: "field-hint", l10n: "kit-hint" }),
      field("kit-choice", kit),
      field("kit-title", title),
      field("kit-symbol", h("input", { id: "kit-symbol", name: "symbol", autocomplete: "off" })),
      field("kit-parties", h("textarea", { id: "kit-parties", name: "parties", rows: 4 }), "kit-parties-hint"),
      asked,
    ],
    onSubmit: async (form, fail) => {
      const chosen = kits.find((k) => k.id === kit.value);
      const variables = Object.fromEntries(chosen.asks.filter(declared).map((name) => [name, declared(name)]));
      const details = {
        kind: chosen.kind,
        // The kit names the agreement in every language; the title typed stands in the working one.
        titles: { ...chosen.title, [working]: title.value },
        languages: UN_LANGUAGES.map((code) => ({ code, authentic: true })),
        working_language: working,
        symbol: form.elements.symbol.value,
      };
      const parties = form.elements.parties.value.split("\n").map((n) => n.trim()).filter(Boolean)
        .map((name) => ({ kind: "state", role: "party", names: { [working]: name }, members: [] }));
      try {
        const id = await api.startFromKit(chosen.id, details, parties, valuesOf(asked, { variables }));
        await app.refreshAgreements();
        await app.openAgreement(id);
        return true;
      } catch (problem) {
        fail(problem);
        return false;
      }
    },
  });
}
