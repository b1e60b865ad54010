//! The `lexgap` command: parses arguments, runs the library, maps the outcome
//! to an exit code (0 clean, 1 findings the user asked to fail on, 2 invalid
//! input or usage).

use std::process::ExitCode;

// Rendering a site allocates and frees many small strings on every core;
// glibc's allocator spent a fifth of the time there (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // `Cli::parse()`, with `--help` in the language of `--lang`.
    let cli = lexgap::cli::parse();
    match lexgap::cli::run(&cli) {
        Ok(outcome) => ExitCode::from(outcome.code()),
        Err(e) => {
            // A reader that stops early (`lexgap report KW | head`) is not an
            // error worth a message.
            let kind = match &e {
                lexgap::cli::CliError::Io(io) => Some(io.kind()),
                lexgap::cli::CliError::Json(j) => j.io_error_kind(),
            };
            if kind == Some(std::io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            let said = e.say(lexgap::i18n::catalog(cli.lang));
            eprintln!("lexgap: {}", lexgap::diag::visible(&said));
            ExitCode::from(2)
        }
    }
}
