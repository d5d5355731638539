// Work carried between machines as files: sending an agreement (bundle) or
// one party's positions (packet), and importing a bundle, a packet (with its
// merge report) or an existing agreement text.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { formatDateTime, languageName, provisionLabel, t } from "../i18n.js";
import { partyName } from "../names.js";
import { closeDialog, field, openDialog } from "./dialog.js";

/** Radio buttons named `name`, worded by the messages `<l10n>` and `<l10n>-<value>`. */
function choices(l10n, name, values, checked) {
  return h("fieldset", { class: "members-field exchange-choices", id: `${l10n}-choices` },
    h("legend", { l10n }),
    h("div", { class: "member-choices" }, values.map((value) =>
      h("label", { class: "check" },
        h("input", { type: "radio", name, value, checked: value === checked }),
        h("span", { l10n: `${l10n}-${value}` })))));
}

const pathInput = (id) => h("input", { name: "path", id, dir: "ltr", autocomplete: "off", required: true, spellcheck: false });

/** The dialog that writes the open agreement as a bundle, or a party's packet. */
export async function openSendDialog(app) {
  const doc = app.state.document;
  const delegation = app.state.preferences.delegation.trim().toLowerCase();
  const ours = doc.parties.find((p) => Object.values(p.names).some((n) => n.toLowerCase() === delegation));
  const party = h("select", { name: "party", id: "exchange-party" },
    doc.parties.map((p) => h("option", { value: p.id, text: partyName(p, doc.agreement), selected: p === ours })));
  const partyField = field("exchange-party", party);
  const path = pathInput("exchange-path");
  const result = h("div", { class: "export-result", id: "exchange-result", role: "status" });
  const what = () => form.elements.what.value;
  const proposePath = async () => {
    partyField.hidden = what() !== "packet";
    const partyId = what() === "packet" ? Number(party.value) : null;
    const proposed = await app.run(() => api.defaultExchangeFile(doc.agreement.id, partyId));
    if (proposed !== null) path.value = proposed;
  };
  const form = openDialog({
    name: "exchange",
    titleId: "exchange-dialog-heading",
    submitId: "exchange-submit",
    cancelId: "dialog-close",
    fields: [
      choices("exchange-what", "what", ["bundle", "packet"], "bundle"),
      partyField,
      field("exchange-path", path, "exchange-private-hint"),
      result,
    ],
    onSubmit: async (form, fail) => {
      replace(result);
      try {
        if (what() === "bundle") {
          await api.exportBundle(doc.agreement.id, path.value);
          replace(result, h("p", { class: "export-done", l10n: "exchange-bundle-written", l10nArgs: { path: path.value } }));
        } else {
          const count = await api.exportPacket(doc.agreement.id, Number(party.value), path.value);
          replace(result, h("p", { class: "export-done", l10n: "exchange-packet-written", l10nArgs: { path: path.value, count } }));
        }
      } catch (problem) {
        fail(problem);
      }
      return false;
    },
  });
  form.classList.add("exchange-form");
  form.addEventListener("change", (event) => {
    if (event.target.name !== "what" && event.target !== party) return;
    replace(result);
    proposePath();
  });
  await proposePath();
}

/** The dialog that imports a bundle, a packet or an agreement text. */
export function openImportDialog(app) {
  const languages = app.state.rules.languages;
  const markdownFields = h("div", { class: "field-row", id: "import-markdown-fields", hidden: true },
    field("import-language", h("select", { name: "language", id: "import-language" },
      languages.map((code) => h("option", { value: code, text: languageName(code), selected: code === "en" })))),
    field("import-title", h("input", { name: "title", id: "import-title", autocomplete: "off" })));
  const result = h("div", { class: "import-result", id: "import-result", role: "status" });
  const form = openDialog({
    name: "import",
    titleId: "import-dialog-heading",
    submitId: "import-submit",
    fields: [
      choices("import-kind", "kind", ["bundle", "packet", "markdown"], "bundle"),
      field("import-path", pathInput("import-path"), "import-path-hint"),
      markdownFields,
      result,
    ],
    onSubmit: async (form, fail) => {
      const path = form.elements.path.value;
      replace(result);
      try {
        switch (form.elements.kind.value) {
          case "bundle":
            await opened(app, await api.importBundle(path));
            return true;
          case "markdown": {
            const title = form.elements.title.value;
            const imported = await api.importMarkdown(path, form.elements.language.value, title || null);
            if (imported.unplaced.length === 0) {
              await opened(app, imported.agreement_id);
              return true;
            }
            await app.refreshAgreements();
            replace(result, unplacedLines(app, imported));
            // The agreement is made: importing again would make a second one.
            form.querySelector("button[type=submit]").hidden = true;
            return false;
          }
          default:
            await showMergeReport(app, result, path, []);
            return false;
        }
      } catch (problem) {
        fail(problem);
        return false;
      }
    },
  });
  form.addEventListener("change", () => {
    markdownFields.hidden = form.elements.kind.value !== "markdown";
  });
}

async function opened(app, agreementId) {
  await app.refreshAgreements();
  await app.openAgreement(agreementId);
}

/** The lines of an imported text that found no place, with their numbers. */
function unplacedLines(app, imported) {
  return [
    h("h3", { l10n: "import-unplaced-heading", l10nArgs: { count: imported.unplaced.length } }),
    h("ul", { class: "import-unplaced" }, imported.unplaced.map(([line, words]) =>
      h("li", { l10n: "import-unplaced-line", l10nArgs: { line, words } }))),
    h("button", { type: "button", class: "secondary", id: "import-open", l10n: "import-open-agreement",
      onclick: async () => {
        closeDialog();
        await app.openAgreement(imported.agreement_id);
      } }),
  ];
}

/**
 * Merges the packet at `path` (taking the delegation's position on the
 * provisions in `takeTheirs`) and shows what it did: applied, unchanged,
 * and each conflict side by side with a button that takes the packet's.
 */
async function showMergeReport(app, container, path, takeTheirs) {
  const report = await api.importPacket(path, takeTheirs);
  const doc = await api.document(report.agreement_id);
  if (app.state.document?.agreement.id === report.agreement_id) await app.reload();
  const nodes = new Map(doc.provisions.concat(doc.deleted).map((n) => [n.id, n]));
  const label = (id) => (nodes.has(id) ? provisionLabel(nodes.get(id)) : "");
  const party = doc.parties.find((p) => p.id === report.party_id);
  const stated = (position) => h("div", { class: "merge-position" },
    h("span", { class: "stance", dataset: { stance: position.stance }, l10n: `stance-${position.stance}` }),
    position.amendment && h("div", { class: "amendment", text: position.amendment }),
    position.note && h("div", { class: "position-note", text: position.note }),
    h("div", { class: "position-recorded", l10n: "merge-recorded",
      l10nArgs: { by: position.recorded_by || t("author-unknown"), at: formatDateTime(position.recorded_at) } }));
  replace(container, h("section", { class: "merge-report", id: "merge-report" },
    h("p", { class: "merge-summary", l10n: "merge-summary", l10nArgs: {
      party: party ? partyName(party, doc.agreement) : "",
      applied: report.applied.length, unchanged: report.unchanged.length, conflicts: report.conflicts.length,
    } }),
    report.applied.length > 0 && [
      h("h3", { l10n: "merge-applied-heading" }),
      h("ul", { class: "merge-applied" }, report.applied.map((id) => h("li", { text: label(id) })))],
    report.conflicts.length > 0 && [
      h("h3", { l10n: "merge-conflicts-heading" }),
      h("table", { class: "merge-conflicts" },
        h("thead", {}, h("tr", {},
          h("th", { l10n: "merge-column-provision" }),
          h("th", { l10n: "merge-column-ours" }),
          h("th", { l10n: "merge-column-theirs" }),
          h("th", {}))),
        h("tbody", {}, report.conflicts.map((conflict) =>
          h("tr", { dataset: { provisionId: conflict.provision_id } },
            h("td", { class: "merge-provision", text: label(conflict.provision_id) }),
            h("td", {}, stated(conflict.ours)),
            h("td", {}, stated(conflict.theirs)),
            h("td", {}, h("button", { type: "button", class: "secondary small take-theirs", l10n: "merge-take-theirs",
              onclick: () => app.run(() => showMergeReport(app, container, path, [conflict.provision_id])) }))))))],
  ));
}
