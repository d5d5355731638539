// The one seam between the interface and the core: every call to the Rust
// side goes through here, and nothing else touches window.__TAURI__.
// A failed call rejects with {code, message}, the message in the user's words.

import { commands } from "./commands.js";
import { t } from "./i18n.js";

// Arguments the shell cannot read (a status or stance it does not know) are
// refused by Tauri before any command runs, as a bare string in serde's
// English; they get the user's words here, the detail kept for a bug report.
const invoke = (command, args) => window.__TAURI__.core.invoke(command, args).catch((problem) => {
  throw typeof problem === "string"
    ? { code: "invalid-request", message: t("error-invalid-request", { detail: problem }) }
    : problem;
});

/** Every command of the app (ui/js/commands.js, made from src-tauri/src/commands.rs). */
export const api = commands(invoke);

/** Calls `handler` when the window is asked to close while text is unsaved. */
export function onCloseRequested(handler) {
  return window.__TAURI__.event.listen("entente://close-requested", handler);
}

/** Calls `handler` when files are handed to the app (opened with it, dropped on it). */
export function onFilesOpened(handler) {
  return window.__TAURI__.event.listen("entente://files-opened", handler);
}
