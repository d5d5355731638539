// Work carried between machines as files: sending an agreement (bundle) or
// one party's positions (packet), and importing a bundle, a packet (with its
// merge report) or an existing agreement text.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { formatDateTime, languageName, provisionLabel, t } from "../i18n.js";
import { partyName } from "../names.js";
import { choiceGroup, closeDialog, failInDialog, field, openDialog } from "./dialog.js";

/** Radio buttons named `name`, worded by the messages `<l10n>` and `<l10n>-<value>`. */
function choices(l10n, name, values, checked) {
  return choiceGroup({ id: `${l10n}-choices`, className: "exchange-choices", legendId: l10n, type: "radio",
    name, values, label: (value) => h("span", { l10n: `${l10n}-${value}` }), checked: (value) => value === checked });
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
    try {
      path.value = await api.defaultExchangeFile(doc.agreement.id, partyId);
    } catch (problem) {
      failInDialog(problem);
    }
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
  const markdownFields = h("div", { class: "import-markdown-fields", id: "import-markdown-fields", hidden: true },
    h("div", { class: "field-row" },
      field("import-language", h("select", { name: "language", id: "import-language" },
        languages.map((code) => h("option", { value: code, text: languageName(code), selected: code === "en" })))),
      field("import-into", h("select", { name: "into", id: "import-into" },
        h("option", { value: "", l10n: "import-into-new" }),
        app.state.agreements.map((a) => h("option", { value: a.id, text: a.title }))))),
    field("import-title", h("input", { name: "title", id: "import-title", autocomplete: "off" })),
    field("import-revision", h("input", { name: "revision", id: "import-revision", autocomplete: "off" }), "import-revision-hint"));
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
            const into = form.elements.into.value ? Number(form.elements.into.value) : null;
            const imported = await api.importMarkdown(path, form.elements.language.value,
              form.elements.title.value || null, into, form.elements.revision.value || null);
            if (imported.unplaced.length === 0 && !imported.revision) {
              await opened(app, imported.agreement_id);
              return true;
            }
            await app.refreshAgreements();
            if (app.state.document?.agreement.id === imported.agreement_id) await app.reload();
            replace(result, await importedReport(app, imported, form.elements.revision.value));
            // The text is in: importing it again would make a second agreement or revision.
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
  // Once something else is chosen, importing is offered again.
  form.addEventListener("input", () => {
    form.querySelector("button[type=submit]").hidden = false;
  });
  form.addEventListener("change", () => {
    markdownFields.hidden = form.elements.kind.value !== "markdown";
    // A title is for a new agreement; a revision name for one already here.
    form.elements.title.closest(".field").hidden = Boolean(form.elements.into.value);
    form.elements.revision.closest(".field").hidden = !form.elements.into.value;
  });
  form.elements.revision.closest(".field").hidden = true;
}

async function opened(app, agreementId) {
  await app.refreshAgreements();
  await app.openAgreement(agreementId);
}

/**
 * What importing a text did: for a revision (saved as `revisionName`), what changed and the
 * provisions it does not hold; the lines that found no place, with their
 * numbers; and a button that opens the agreement.
 */
async function importedReport(app, imported, revisionName) {
  const { revision, unplaced } = imported;
  const doc = revision && await api.document(imported.agreement_id);
  const label = (id) => {
    const node = doc.provisions.find((n) => n.id === id);
    return node ? provisionLabel(node) : "";
  };
  return [
    revision && h("p", { class: "merge-summary", l10n: "import-revision-saved", l10nArgs: {
      name: revisionName,
      amended: revision.amended.length, added: revision.added.length, moved: revision.moved.length } }),
    revision?.unmatched.length > 0 && [
      h("h3", { l10n: "import-unmatched-heading" }),
      h("ul", { class: "import-unmatched" }, revision.unmatched.map((id) => h("li", { text: label(id) })))],
    unplaced.length > 0 && [
      h("h3", { l10n: "import-unplaced-heading", l10nArgs: { count: unplaced.length } }),
      h("ul", { class: "import-unplaced" }, unplaced.map(([line, words]) =>
        h("li", { l10n: "import-unplaced-line", l10nArgs: { line, words } })))],
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
              onclick: () => showMergeReport(app, container, path, [conflict.provision_id]).catch(failInDialog) }))))))],
  ));
}
