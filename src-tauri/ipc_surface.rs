//! The commands the page may call, read from their one definition: the
//! `#[tauri::command] async fn` items of `src/commands.rs`. Everything else
//! that names them is made from this list: the declaration and permission
//! that tauri-build needs and the invoke handler (by `build.rs`), and the
//! page's bindings `ui/js/commands.js` (written and checked by
//! `tests/ipc_contract.rs`). Shared by both through `#[path]`, so that there
//! is one reading of the definition.

/// A command and the arguments the page passes, as the Rust side names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub name: String,
    pub params: Vec<String>,
}

/// The commands defined in `source` (the text of `commands.rs`), in order.
pub fn commands(source: &str) -> Vec<Command> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("#[tauri::command]") {
        rest = &rest[at + "#[tauri::command]".len()..];
        let signature = rest.trim_start();
        let Some(after_fn) = signature.strip_prefix("async fn ") else {
            continue;
        };
        let Some(open) = after_fn.find('(') else {
            continue;
        };
        let name = after_fn[..open].trim().to_string();
        let close = matching_paren(&after_fn[open..]).map_or(after_fn.len(), |i| open + i);
        let params = split_params(&after_fn[open + 1..close])
            .into_iter()
            .filter_map(|param| {
                let (name, kind) = param.split_once(':')?;
                let kind = kind.trim();
                // Tauri injects the state and the window; the page passes the rest.
                (!kind.starts_with("State<") && !kind.starts_with("tauri::"))
                    .then(|| name.trim().to_string())
            })
            .collect();
        found.push(Command { name, params });
    }
    found
}

/// The offset of the `)` closing the `(` that `text` starts with.
fn matching_paren(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' | '>' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The parameters of a signature, split at the commas between them.
fn split_params(list: &str) -> Vec<&str> {
    let mut params = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' | '>' | ']' => depth -= 1,
            ',' if depth == 0 => {
                params.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    params.push(&list[start..]);
    params.retain(|p| !p.trim().is_empty());
    params
}

/// `add_party` → `addParty`: JavaScript's name for a Rust one, as Tauri maps
/// argument names.
pub fn camel_case(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The body of the invoke handler: `tauri::generate_handler![…]`.
pub fn handler(commands: &[Command]) -> String {
    let names: Vec<&str> = commands.iter().map(|c| c.name.as_str()).collect();
    format!("tauri::generate_handler![{}]\n", names.join(", "))
}

/// The identifier of the one permission that lets the main window call
/// every command (`capabilities/main.json` grants it).
pub const PERMISSION: &str = "entente-commands";

/// A permission file allowing exactly these commands.
pub fn permission(commands: &[Command]) -> String {
    let names: Vec<String> = commands.iter().map(|c| format!("{:?}", c.name)).collect();
    format!(
        "[[permission]]\nidentifier = {PERMISSION:?}\n\
         description = \"Every command of Entente's own, and nothing else.\"\n\
         commands.allow = [{}]\n",
        names.join(", ")
    )
}

/// `ui/js/commands.js`: one function per command, over the page's `invoke`.
pub fn javascript(commands: &[Command]) -> String {
    let mut out = String::from(
        "// Generated from src-tauri/src/commands.rs by tests/ipc_contract.rs: do not edit.\n\
         // To refresh it after changing a command: UPDATE_BINDINGS=1 cargo test --test ipc_contract\n\
         \n\
         /** The app's commands, each calling `invoke(name, args)`. */\n\
         export const commands = (invoke) => ({\n",
    );
    for command in commands {
        let params: Vec<String> = command.params.iter().map(|p| camel_case(p)).collect();
        let args = if params.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", params.join(", "))
        };
        out.push_str(&format!(
            "  {}: ({}) => invoke({:?}{args}),\n",
            camel_case(&command.name),
            params.join(", "),
            command.name
        ));
    }
    out.push_str("});\n");
    out
}
