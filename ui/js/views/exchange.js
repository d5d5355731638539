// Work carried between machines as files: sending an agreement (bundle) or
// one party's positions (packet), and importing a bundle, a packet (with its
// merge report) or an existing agreement text.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { citationLabel, formatDateTime, languageName, provisionLabel, t } from "../i18n.js";
import { partyName } from "../names.js";
import { choiceGroup, closeDialog, failInDialog, field, openDialog, pathField } from "./dialog.js";

/** Radio buttons named `name`, worded by the messages `<l10n>` and `<l10n>-<value>`. */
function choices(l10n, name, values, checked) {
  return choiceGroup({ id: `${l10n}-choices`, className: "exchange-choices", legendId: l10n, type: "radio",
    name, values, label: (value) => h("span", { l10n: `${l10n}-${value}` }), checked: (value) => value === checked });
}

const pathInput = (id, value = "") =>
  h("input", { name: "path", id, value, dir: "ltr", autocomplete: "off", required: true, spellcheck: false });

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
      pathField("exchange-path", path, "send", "exchange-private-hint"),
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

/**
 * The dialog that imports a bundle, a packet or an agreement text; `file`
 * ({path, kind}), one handed to the app, comes chosen.
 */
export function openImportDialog(app, file = null) {
  const languages = app.state.rules.languages;
  const textFields = h("div", { class: "import-text-fields", id: "import-text-fields", hidden: file?.kind !== "text" },
    h("div", { class: "field-row" },
      field("import-language", h("select", { name: "language", id: "import-language" },
        languages.map((code) => h("option", { value: code, text: languageName(code), selected: code === "en" })))),
      field("import-into", h("select", { name: "into", id: "import-into" },
        h("option", { value: "", l10n: "import-into-new" }),
        app.state.agreements.map((a) => h("option", { value: a.id, text: a.title }))))),
    field("import-title", h("input", { name: "title", id: "import-title", autocomplete: "off" })),
    field("import-revision", h("input", { name: "revision", id: "import-revision", autocomplete: "off" }), "import-revision-hint"),
    h("label", { class: "check" },
      h("input", { type: "checkbox", name: "keep", id: "import-keep-unplaced" }),
      h("span", { l10n: "import-keep-unplaced" })),
    h("label", { class: "check" },
      h("input", { type: "checkbox", name: "accept", id: "import-accept-changes" }),
      h("span", { l10n: "import-accept-changes" })));
  const result = h("div", { class: "import-result", id: "import-result", role: "status" });
  const form = openDialog({
    name: "import",
    titleId: "import-dialog-heading",
    submitId: "import-submit",
    fields: [
      choices("import-kind", "kind", ["bundle", "packet", "text"], file?.kind ?? "bundle"),
      pathField("import-path", pathInput("import-path", file?.path), "import", "import-path-hint"),
      textFields,
      result,
    ],
    onSubmit: async (form, fail) => {
      const path = form.elements.path.value;
      try {
        switch (form.elements.kind.value) {
          case "bundle":
            replace(result);
            await opened(app, await api.importBundle(path));
            return true;
          case "text": {
            const request = textRequest(form);
            // First what the text holds; then, asked again, the import.
            if (!previewed) {
              const preview = await api.previewImport(request);
              replace(result, previewReport(app, preview, Boolean(request.into)));
              previewed = true;
              submitWords(form, "import-confirm");
              return false;
            }
            const imported = await api.importText(request);
            const left = imported.alignment
              && (imported.alignment.text_only.length > 0 || imported.alignment.agreement_only.length > 0);
            const counted = imported.word && (imported.word.comments > 0 || imported.word.changes > 0);
            if (imported.kept.length === 0 && !imported.revision && !left && !counted) {
              await opened(app, imported.agreement_id);
              return true;
            }
            await app.refreshAgreements();
            if (app.state.document?.agreement.id === imported.agreement_id) await app.reload();
            replace(result, await importedReport(app, imported, form.elements.revision.value));
            offerToOpen(app, form, imported.agreement_id);
            return false;
          }
          default:
            replace(result);
            await showMergeReport(app, result, path, []);
            return false;
        }
      } catch (problem) {
        fail(problem);
        return false;
      }
    },
  });
  // A text is read before it is imported; a change asks for reading it again
  // (the pairings chosen stay a choice, not a change of text).
  let previewed = false;
  form.addEventListener("input", (event) => {
    form.querySelector("#import-open")?.remove();
    form.querySelector("button[type=submit]").hidden = false;
    if (event.target.name === "pair" || event.target.name === "keep") return;
    previewed = false;
    submitWords(form, form.elements.kind.value === "text" ? "import-read" : "import-submit");
  });
  form.addEventListener("change", () => {
    textFields.hidden = form.elements.kind.value !== "text";
    // A title is for a new agreement; a revision name for one already here.
    form.elements.title.closest(".field").hidden = Boolean(form.elements.into.value);
    form.elements.revision.closest(".field").hidden = !form.elements.into.value;
  });
  form.elements.revision.closest(".field").hidden = true;
}

/** What the import dialog asks the core for a text. */
function textRequest(form) {
  const into = form.elements.into.value ? Number(form.elements.into.value) : null;
  return {
    path: form.elements.path.value,
    language: form.elements.language.value,
    title: form.elements.title.value || null,
    into,
    revision: into ? form.elements.revision.value || null : null,
    keep_unplaced: form.elements.keep.checked,
    accept_changes: form.elements.accept.checked,
    pairs: [...form.querySelectorAll("select[name=pair]")]
      .filter((select) => select.value)
      .map((select) => ({ line: Number(select.dataset.line), provision_id: Number(select.value) })),
  };
}

function submitWords(form, l10n) {
  const submit = form.querySelector("button[type=submit]");
  submit.dataset.l10nId = l10n;
  submit.textContent = t(l10n);
}

/**
 * What a text holds, before it is imported: its details, its provisions
 * by kind, its first headings, the lines that fit nowhere, and, for a text
 * attached to an agreement, its provisions set against the agreement's, the
 * ones without a counterpart side by side for the user to pair or leave.
 */
function previewReport(app, preview, attaching) {
  const details = [
    ["import-found-title", preview.title],
    ["import-found-symbol", preview.symbol],
    // The kind of a new agreement; one already here keeps its own.
    ["import-found-kind", !attaching && preview.kind && t(`agreement-kind-${preview.kind}`)],
    ["import-found-front-matter", preview.framing.front_matter.replaceAll("\n", " · ")],
    ["import-found-opening", preview.framing.preamble_opening],
    ["import-found-closing-line", preview.framing.preamble_closing],
    ["import-found-closing", preview.framing.closing.replaceAll("\n", " ")],
  ].filter(([, words]) => words);
  const counts = Object.entries(preview.counts);
  return h("section", { class: "import-preview", id: "import-preview" },
    h("h3", { l10n: "import-found-heading" }),
    wordFacts(preview.word),
    details.map(([l10n, words]) => h("p", { class: "import-detail", l10n, l10nArgs: { words } })),
    counts.length === 0
      ? h("p", { l10n: "import-found-nothing" })
      : h("ul", { class: "import-counts", id: "import-counts" }, counts.map(([kind, count]) =>
        h("li", { l10n: "import-found-count", l10nArgs: { kind: t(`provision-kind-${kind}`), count } }))),
    preview.headings.length > 0 && [
      h("h3", { l10n: "import-found-headings" }),
      h("ul", { class: "import-headings" }, preview.headings.map((heading) =>
        h("li", { text: [provisionLabel(heading), heading.heading].filter(Boolean).join(" — ") })))],
    preview.unplaced.length > 0 && [
      unplacedList(preview.unplaced, unitOf(preview)),
      h("p", { class: "field-hint", l10n: "import-unplaced-refused" })],
    attaching && preview.alignment && alignmentReport(preview.alignment, unitOf(preview), true));
}

/** Places in a Word document are its paragraphs; in a text, its lines. */
function unitOf(readOrImported) {
  return readOrImported.word ? "paragraph" : "line";
}

/** What reading a Word document left out (comments) and took in (tracked changes). */
function wordFacts(word) {
  if (!word) return null;
  return [["import-word-comments", word.comments], ["import-word-changes", word.changes]]
    .filter(([, count]) => count > 0)
    .map(([l10n, count]) => h("p", { class: "import-detail import-word", l10n, l10nArgs: { count } }));
}

/** What fits nowhere in the text, each with where it stands. */
function unplacedList(unplaced, unit) {
  return [
    h("h3", { l10n: "import-unplaced-heading", l10nArgs: { count: unplaced.length, unit } }),
    h("ul", { class: "import-unplaced" }, unplaced.map(([line, words]) =>
      h("li", { l10n: "import-unplaced-line", l10nArgs: { line, words, unit } })))];
}

/**
 * The provisions of the text and of the agreement that did not meet, side
 * by side; with `pairing`, each of the text's may be given to one of the
 * agreement's.
 */
function alignmentReport(alignment, unit, pairing) {
  const label = (provision) => provisionLabel(provision);
  const options = alignment.agreement_only.map((provision) =>
    h("option", { value: provision.id, text: `${label(provision)} — ${provision.words}` }));
  return h("div", { class: "import-alignment", id: "import-alignment" },
    h("p", { class: "merge-summary", l10n: "import-alignment-matched", l10nArgs: { count: alignment.matched } }),
    (alignment.text_only.length > 0 || alignment.agreement_only.length > 0) &&
      h("div", { class: "side-by-side" },
        h("div", { class: "side" },
          h("h4", { l10n: "import-alignment-text-only" }),
          h("ul", {}, alignment.text_only.map((provision) =>
            h("li", { class: "alignment-row" },
              h("span", { l10n: "import-alignment-line", l10nArgs: { line: provision.line, label: label(provision), unit } }),
              h("span", { class: "alignment-words", text: provision.words }),
              pairing && options.length > 0 &&
                field("import-pair-with", h("select", { name: "pair", dataset: { line: provision.line } },
                  h("option", { value: "", l10n: "import-pair-leave" }),
                  options.map((option) => option.cloneNode(true)))))))),
        h("div", { class: "side" },
          h("h4", { l10n: "import-alignment-agreement-only" }),
          h("ul", {}, alignment.agreement_only.map((provision) =>
            h("li", { class: "alignment-row" },
              h("span", { text: label(provision) }),
              h("span", { class: "alignment-words", text: provision.words })))))));
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
  const { revision, kept: unplaced } = imported;
  const doc = revision && await api.document(imported.agreement_id);
  const nodes = new Map((doc?.provisions ?? []).map((n) => [n.id, n]));
  const label = (id) => (nodes.has(id) ? citationLabel(nodes, nodes.get(id)) : "");
  return [
    revision && h("p", { class: "merge-summary", l10n: "import-revision-saved", l10nArgs: {
      name: revisionName,
      amended: revision.amended.length, added: revision.added.length, moved: revision.moved.length } }),
    revision?.unmatched.length > 0 && [
      h("h3", { l10n: "import-unmatched-heading" }),
      h("ul", { class: "import-unmatched" }, revision.unmatched.map((id) => h("li", { text: label(id) })))],
    wordFacts(imported.word),
    unplaced.length > 0 && unplacedList(unplaced, unitOf(imported)),
    imported.alignment && alignmentReport(imported.alignment, unitOf(imported), false),
  ];
}

/**
 * The text is in: the dialog's main button opens the agreement instead
 * (importing it again would make a second agreement or revision).
 */
function offerToOpen(app, form, agreementId) {
  const submit = form.querySelector("button[type=submit]");
  submit.hidden = true;
  submit.before(h("button", { type: "button", id: "import-open", l10n: "import-open-agreement",
    onclick: async () => {
      closeDialog();
      await app.openAgreement(agreementId);
    } }));
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
  const label = (id) => (nodes.has(id) ? citationLabel(nodes, nodes.get(id)) : "");
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
