//! The page and the desktop shell agree on every command, its name and its
//! arguments, because both come from the commands' one definition
//! (src-tauri/src/commands.rs): build.rs makes the handler and the
//! permission from it, and this test the page's bindings, ui/js/commands.js.
//! A stale file fails here; `UPDATE_BINDINGS=1` writes it afresh.

use std::path::Path;

#[allow(dead_code)]
#[path = "../src-tauri/ipc_surface.rs"]
mod ipc_surface;

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).unwrap()
}

fn commands() -> Vec<ipc_surface::Command> {
    ipc_surface::commands(&read("src-tauri/src/commands.rs"))
}

#[test]
fn the_pages_bindings_are_made_from_the_commands() {
    let commands = commands();
    assert!(
        commands.len() > 10,
        "found only {} commands",
        commands.len()
    );
    let expected = ipc_surface::javascript(&commands);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js/commands.js");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(
        read("ui/js/commands.js") == expected,
        "ui/js/commands.js is not what src-tauri/src/commands.rs defines: \
         run UPDATE_BINDINGS=1 cargo test --test ipc_contract"
    );
}

#[test]
fn the_signatures_are_read_as_tauri_reads_them() {
    let source = "#[tauri::command]\nasync fn add_party(\n    state: State<'_, AppState>,\n    \
                  agreement_id: AgreementId,\n    party: NewParty,\n) -> Reply<Party> {}\n\
                  #[tauri::command]\nasync fn startup(state: State<'_, AppState>) -> Reply<()> {}\n\
                  #[tauri::command]\nasync fn close_window(window: tauri::Window, \
                  values: BTreeMap<String, (i64, i64)>) {}\n";
    let found: Vec<(String, Vec<String>)> = ipc_surface::commands(source)
        .into_iter()
        .map(|c| (c.name, c.params))
        .collect();
    assert_eq!(
        found,
        [
            (
                "add_party".into(),
                vec!["agreement_id".into(), "party".into()]
            ),
            ("startup".into(), vec![]),
            ("close_window".into(), vec!["values".into()]),
        ]
    );
    assert_eq!(
        ipc_surface::camel_case("set_provision_text"),
        "setProvisionText"
    );
}

#[test]
fn the_window_may_call_the_commands_hear_the_apps_events_and_zoom_nothing_else() {
    let capabilities: serde_json::Value =
        serde_json::from_str(&read("src-tauri/capabilities/main.json")).unwrap();
    let granted: Vec<&str> = capabilities["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(
        granted,
        [
            ipc_surface::PERMISSION,
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            // Tauri's zoom keys (Ctrl+=, Ctrl+-, Ctrl+0) set the page's zoom.
            "core:webview:allow-set-webview-zoom"
        ]
    );
}

#[test]
fn only_the_seam_calls_the_backend() {
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n != "ipc.js") {
                let source = std::fs::read_to_string(&path).unwrap();
                assert!(
                    !source.contains("__TAURI__"),
                    "{} reaches the backend past ui/js/ipc.js",
                    path.display()
                );
            }
        }
    }
}
