//! The command line: argument definitions and the commands. Commands load,
//! check and print; they decide nothing about law. The arrows run one way:
//! `commands` dispatches to the `*_cmds` modules, which use `shared` (the
//! helpers every command needs), `text` (words for the terminal), `args`
//! and `ui`, and none of which uses a command module.

mod args;
mod commands;
mod diff_cmds;
mod diff_text;
pub mod help;
mod meta_cmds;
mod query_cmds;
mod render_cmds;
mod scenario_cmds;
mod shared;
mod text;
mod ui;
mod unknowns;

pub use args::{Cli, Command, Edition, FailOn, Format, PageFormat, SchemaKind, TableFormat};
pub use commands::run;
pub use help::parse;
pub use shared::CliError;
pub use ui::{Outcome, Ui};
