//! The UI's one seam (ui/js/ipc.js) and the desktop shell's commands
//! (src-tauri/src/commands.rs) must agree on every command's name and
//! arguments; a mismatch only shows at run time, as a failed click.

use std::collections::BTreeMap;
use std::path::Path;

use regex::Regex;

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).unwrap()
}

/// Tauri passes JavaScript's camelCase argument names to snake_case parameters.
fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_uppercase() {
            out.push('_');
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

fn rust_commands() -> BTreeMap<String, Vec<String>> {
    let source = read("src-tauri/src/commands.rs");
    let command = Regex::new(r"#\[tauri::command\]\s*async fn (\w+)\(([^)]*)\)").unwrap();
    let parameter = Regex::new(r"(\w+):\s*([^,]+)").unwrap();
    command
        .captures_iter(&source)
        .map(|c| {
            // Tauri injects the state and the window; the page passes the rest.
            let params = parameter
                .captures_iter(&c[2])
                .filter(|p| !p[2].starts_with("State<") && !p[2].starts_with("tauri::"))
                .map(|p| p[1].to_string())
                .collect();
            (c[1].to_string(), params)
        })
        .collect()
}

fn ui_calls() -> BTreeMap<String, Vec<String>> {
    let source = read("ui/js/ipc.js");
    let call = Regex::new(r#"invoke\("(\w+)"(?:,\s*\{([^}]*)\})?\)"#).unwrap();
    call.captures_iter(&source)
        .map(|c| {
            let args = c.get(2).map_or(vec![], |a| {
                a.as_str()
                    .split(',')
                    .map(|s| snake_case(s.trim()))
                    .filter(|s| !s.is_empty())
                    .collect()
            });
            (c[1].to_string(), args)
        })
        .collect()
}

#[test]
fn the_ui_calls_each_command_with_the_arguments_it_takes() {
    let rust = rust_commands();
    let ui = ui_calls();
    assert!(
        rust.len() > 10,
        "found only {} commands in commands.rs",
        rust.len()
    );
    assert_eq!(ui, rust);
}

#[test]
fn every_command_is_declared_and_allowed() {
    let commands: Vec<String> = rust_commands().into_keys().collect();
    let build = read("src-tauri/build.rs");
    let capabilities = read("src-tauri/capabilities/main.json");
    let handler = read("src-tauri/src/commands.rs");
    for command in &commands {
        assert!(
            build.contains(&format!("\"{command}\"")),
            "{command} is not declared in build.rs"
        );
        let permission = format!("\"allow-{}\"", command.replace('_', "-"));
        assert!(
            capabilities.contains(&permission),
            "{command} is not allowed in capabilities/main.json"
        );
        assert!(
            handler.contains(&format!("        {command},\n")),
            "{command} is not in the invoke handler"
        );
    }
    let declared = build.matches("\n    \"").count();
    assert_eq!(
        declared,
        commands.len(),
        "build.rs declares commands that do not exist"
    );

    // Beyond its own commands, the page may only hear the app's events.
    let capabilities: serde_json::Value = serde_json::from_str(&capabilities).unwrap();
    let mut granted: Vec<String> = capabilities["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    let mut expected: Vec<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    expected.extend(["core:event:allow-listen", "core:event:allow-unlisten"].map(String::from));
    granted.sort();
    expected.sort();
    assert_eq!(granted, expected);
}
