// The preferences of this machine: the delegation recorded as the author of
// every change.

import { api } from "../ipc.js";
import { h } from "../dom.js";
import { field, openDialog } from "./dialog.js";

export function openPreferencesDialog(app) {
  openDialog({
    name: "preferences",
    titleId: "preferences-heading",
    submitId: "preferences-save",
    fields: [
      field("preferences-delegation",
        h("input", { name: "delegation", id: "delegation-input", value: app.state.preferences.delegation, autocomplete: "off" }),
        "preferences-delegation-hint"),
    ],
    onSubmit: async (form, fail) => {
      if (!(await app.leave())) return false;
      try {
        app.state.preferences = await api.setPreferences({ delegation: form.elements.delegation.value });
        app.render();
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
  });
}
