// Backups: the copies of the database kept beside it (each day while the app
// is open, before each upgrade, before each restore, and when asked), one
// made now, or one put back in place of the database after a confirmation.

import { api } from "../ipc.js";
import { h, replace } from "../dom.js";
import { formatDateTime, t } from "../i18n.js";
import { failInDialog, openDialog } from "./dialog.js";

export function openBackupsDialog(app) {
  const list = h("div", { class: "backups", id: "backups" }, h("p", { class: "empty", l10n: "versions-loading" }));
  const status = h("p", { class: "field-hint backups-status", id: "backups-status", role: "status", hidden: true });
  const say = (id, args, { warning = false } = {}) => {
    status.textContent = t(id, args);
    status.classList.toggle("backups-warning", warning);
    status.hidden = false;
  };
  // The copy the user has been asked about: a second click restores it.
  let confirming = null;
  let form = null;
  const submitWords = (id) => {
    const submit = form.querySelector("button[type=submit]");
    submit.dataset.l10nId = id;
    submit.textContent = t(id);
  };
  const load = async (fail) => {
    try {
      const { folder, backups } = await api.backups();
      replace(list, backupsTable(folder, backups));
    } catch (error) {
      fail(error);
    }
  };
  const backUpNow = h("button", {
    type: "button", class: "secondary", id: "back-up-now", l10n: "backups-now",
    onclick: async () => {
      try {
        const made = await api.backUp();
        say("backups-made", { name: made.name });
        await load(failInDialog);
      } catch (error) {
        failInDialog(error);
      }
    },
  });
  list.addEventListener("change", () => {
    confirming = null;
    submitWords("backups-restore");
    status.hidden = true;
  });
  form = openDialog({
    name: "backups",
    titleId: "backups-heading",
    submitId: "backups-restore",
    cancelId: "dialog-close",
    fields: [list, h("div", { class: "backups-actions" }, backUpNow), status],
    onSubmit: async (form, fail) => {
      const chosen = form.querySelector("input[name=backup]:checked");
      if (!chosen) {
        fail({ message: t("backups-choose") });
        return false;
      }
      const when = formatDateTime(chosen.dataset.takenAt, { seconds: true });
      if (confirming !== chosen.value) {
        confirming = chosen.value;
        say("backups-restore-confirm", { when }, { warning: true });
        submitWords("backups-restore-yes");
        return false;
      }
      if (!(await app.leave())) return false;
      try {
        await api.restoreBackup(chosen.value);
      } catch (error) {
        fail(error);
        return false;
      }
      confirming = null;
      submitWords("backups-restore");
      await app.afterRestore();
      await load(fail);
      say("backups-restored", { when });
      return false;
    },
  });
  load(failInDialog);
}

function backupsTable(folder, backups) {
  const hint = h("p", { class: "field-hint", l10n: "backups-hint", l10nArgs: { folder } });
  if (backups.length === 0) return [hint, h("p", { class: "empty", l10n: "backups-none" })];
  return [hint,
    h("div", { class: "backups-scroll" },
      h("table", { class: "translations-table backups-table" },
        h("thead", {}, h("tr", {},
          h("th", { l10n: "backups-column-when" }),
          h("th", { l10n: "backups-column-why" }),
          h("th", { l10n: "backups-column-size" }))),
        h("tbody", {}, backups.map((backup, index) => {
          const id = `backup-${index}`;
          return h("tr", { dataset: { reason: backup.reason } },
            h("td", {},
              h("input", { type: "radio", name: "backup", id, value: backup.name, dataset: { takenAt: backup.taken_at } }),
              h("label", { for: id, text: formatDateTime(backup.taken_at, { seconds: true }) })),
            h("td", { l10n: `backups-reason-${backup.reason}` }),
            h("td", { l10n: "backups-size", l10nArgs: { kilobytes: Math.ceil(backup.bytes / 1024) } }));
        }))))];
}
