//! The `entente` command line, over the core's service API.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
