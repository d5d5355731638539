// The one seam between the interface and the core: every call to the Rust
// side goes through here, and nothing else touches window.__TAURI__.
// A failed call rejects with {code, message}, the message in the user's words.

import { t } from "./i18n.js";

// Arguments the shell cannot read (a status or stance it does not know) are
// refused by Tauri before any command runs, as a bare string in serde's
// English; they get the user's words here, the detail kept for a bug report.
const invoke = (command, args) => window.__TAURI__.core.invoke(command, args).catch((problem) => {
  throw typeof problem === "string"
    ? { code: "invalid-request", message: t("error-invalid-request", { detail: problem }) }
    : problem;
});

export const api = {
  startup: () => invoke("startup"),
  locale: () => invoke("locale"),
  templateLibrary: () => invoke("template_library"),
  setTemplateValues: (provisionId, values) => invoke("set_template_values", { provisionId, values }),
  kits: () => invoke("kits"),
  startFromKit: (kitId, details, parties, values) => invoke("start_from_kit", { kitId, details, parties, values }),
  previewTemplate: (agreementId, templateId, language, values) =>
    invoke("preview_template", { agreementId, templateId, language, values }),
  insertTemplate: (agreementId, templateId, values, placement) =>
    invoke("insert_template", { agreementId, templateId, values, placement }),
  exportReadiness: (agreementId) => invoke("export_readiness", { agreementId }),
  defaultExportFolder: (agreementId) => invoke("default_export_folder", { agreementId }),
  exportAgreement: (agreementId, request, folder) => invoke("export_agreement", { agreementId, request, folder }),
  openExportFolder: () => invoke("open_export_folder"),
  translations: () => invoke("translations"),
  listAgreements: () => invoke("list_agreements"),
  createAgreement: (agreement) => invoke("create_agreement", { agreement }),
  createSample: () => invoke("create_sample"),
  defaultExchangeFile: (agreementId, partyId) => invoke("default_exchange_file", { agreementId, partyId }),
  exportBundle: (agreementId, path) => invoke("export_bundle", { agreementId, path }),
  importBundle: (path) => invoke("import_bundle", { path }),
  exportPacket: (agreementId, partyId, path) => invoke("export_packet", { agreementId, partyId, path }),
  importPacket: (path, takeTheirs) => invoke("import_packet", { path, takeTheirs }),
  importMarkdown: (path, language, title, into, revision) =>
    invoke("import_markdown", { path, language, title, into, revision }),
  updateAgreement: (agreementId, details) => invoke("update_agreement", { agreementId, details }),
  document: (agreementId) => invoke("document", { agreementId }),
  addParty: (agreementId, party) => invoke("add_party", { agreementId, party }),
  removeParty: (partyId) => invoke("remove_party", { partyId }),
  setGroupMembers: (groupId, members) => invoke("set_group_members", { groupId, members }),
  addProvision: (agreementId, kind, near, texts) =>
    invoke("add_provision", { agreementId, kind, near, texts }),
  setProvisionText: (provisionId, language, text) =>
    invoke("set_provision_text", { provisionId, language, text }),
  moveProvision: (provisionId, placement) => invoke("move_provision", { provisionId, placement }),
  deleteProvision: (provisionId) => invoke("delete_provision", { provisionId }),
  restoreProvision: (provisionId) => invoke("restore_provision", { provisionId }),
  provisionHistory: (provisionId) => invoke("provision_history", { provisionId }),
  setProvisionStatus: (provisionId, status, note) =>
    invoke("set_provision_status", { provisionId, status, note }),
  recordPosition: (provisionId, partyId, position) =>
    invoke("record_position", { provisionId, partyId, position }),
  positions: (provisionId) => invoke("positions", { provisionId }),
  positionHistory: (provisionId, partyId) => invoke("position_history", { provisionId, partyId }),
  addStatement: (provisionId, statement) => invoke("add_statement", { provisionId, statement }),
  statements: (provisionId) => invoke("statements", { provisionId }),
  addOption: (provisionId, texts, proposers) => invoke("add_option", { provisionId, texts, proposers }),
  setOptionText: (optionId, language, body) => invoke("set_option_text", { optionId, language, body }),
  withdrawOption: (optionId) => invoke("withdraw_option", { optionId }),
  addPrivateNote: (provisionId, kind, text) => invoke("add_private_note", { provisionId, kind, text }),
  privateNotes: (provisionId) => invoke("private_notes", { provisionId }),
  removePrivateNote: (noteId) => invoke("remove_private_note", { noteId }),
  report: (agreementId) => invoke("report", { agreementId }),
  saveVersion: (agreementId, name) => invoke("save_version", { agreementId, name }),
  versions: (agreementId) => invoke("versions", { agreementId }),
  version: (versionId) => invoke("version", { versionId }),
  compare: (agreementId, from, to) => invoke("compare", { agreementId, from, to }),
  preferences: () => invoke("preferences"),
  setPreferences: (preferences) => invoke("set_preferences", { preferences }),
  setUnsavedEdits: (unsaved) => invoke("set_unsaved_edits", { unsaved }),
  closeWindow: () => invoke("close_window"),
};

/** Calls `handler` when the window is asked to close while text is unsaved. */
export function onCloseRequested(handler) {
  return window.__TAURI__.event.listen("entente://close-requested", handler);
}
