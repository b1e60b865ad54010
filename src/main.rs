//! The `lexgap` command: parses arguments, runs the library, maps the outcome
//! to an exit code (0 clean, 1 findings the user asked to fail on, 2 invalid
//! input or usage).

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = lexgap::cli::Cli::parse();
    match lexgap::cli::run(&cli) {
        Ok(outcome) => ExitCode::from(outcome.code()),
        Err(e) => {
            eprintln!("lexgap: {:#}", anyhow::Error::from(e));
            ExitCode::from(2)
        }
    }
}
