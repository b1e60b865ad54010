//! Dispatch: each subcommand to the module that runs it. Nothing imports
//! this module but the command line's root.

use super::args::{Cli, Command};
use super::shared::{CliError, elapsed_ms};
use super::ui::{Outcome, Ui};
use super::{diff_cmds, meta_cmds, query_cmds, render_cmds, scenario_cmds, unknowns};
use std::io::{self, Write};

pub fn run(cli: &Cli) -> Result<Outcome, CliError> {
    let ui = Ui::new(cli.lang, cli.quiet, cli.verbose);
    let started = std::time::Instant::now();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let outcome = match &cli.command {
        Command::Validate { paths, format } => query_cmds::validate(&ui, paths, *format, &mut out)?,
        Command::Diff { old, new, format } => diff_cmds::diff(&ui, old, new, *format, &mut out)?,
        Command::History { code, format } => diff_cmds::history(&ui, code, *format, &mut out)?,
        Command::Classify {
            files,
            jurisdiction,
            format,
        } => scenario_cmds::classify(&ui, files, jurisdiction.as_deref(), *format, &mut out)?,
        Command::Test {
            paths,
            jurisdictions,
            format,
        } => scenario_cmds::test(&ui, paths, jurisdictions, *format, &mut out)?,
        Command::Check {
            paths,
            instruments,
            format,
            fail_on,
        } => query_cmds::check(&ui, paths, instruments, *format, *fail_on, &mut out)?,
        Command::Unknowns { paths, format } => unknowns::unknowns(&ui, paths, *format, &mut out)?,
        Command::Instruments { format } => query_cmds::instruments(&ui, *format, &mut out)?,
        Command::Requirements { instrument, format } => {
            query_cmds::requirements(&ui, instrument.as_deref(), *format, &mut out)?
        }
        Command::Explain {
            requirement,
            format,
        } => query_cmds::explain(&ui, requirement, *format, &mut out)?,
        Command::Schema { kind, output } => {
            meta_cmds::schema(&ui, *kind, output.as_deref(), &mut out)?
        }
        Command::Init {
            code,
            output,
            schema,
            date,
        } => meta_cmds::init(
            &ui,
            code,
            output.as_deref(),
            schema,
            date.as_deref(),
            &mut out,
        )?,
        Command::Completions { shell } => meta_cmds::completions(*shell, &mut out)?,
        Command::Man { output } => meta_cmds::man(&ui, output.as_deref(), &mut out)?,
        Command::Report {
            path,
            format,
            edition,
            output,
            templates,
            date,
        } => render_cmds::report(
            path,
            *format,
            *edition,
            render_cmds::Options {
                output: output.as_deref(),
                templates: templates.as_deref(),
                date: date.as_deref(),
                ui,
            },
            &mut out,
        )?,
        Command::Compare {
            paths,
            format,
            instruments,
            requirements,
            output,
            templates,
            date,
        } => render_cmds::compare(
            paths,
            instruments,
            requirements,
            *format,
            render_cmds::Options {
                output: output.as_deref(),
                templates: templates.as_deref(),
                date: date.as_deref(),
                ui,
            },
            &mut out,
        )?,
        Command::Site {
            paths,
            output,
            templates,
            date,
            format,
            no_cache,
            watch,
        } => {
            let opts = render_cmds::Options {
                output: None,
                templates: templates.as_deref(),
                date: date.as_deref(),
                ui,
            };
            if *watch {
                render_cmds::watch(paths, output, opts, &mut out)?
            } else {
                render_cmds::site(paths, output, *format, !*no_cache, opts, &mut out)?
            }
        }
    };
    out.flush()?;
    ui.detail(&crate::t!(
        ui.cat,
        "verbose-done",
        ms = elapsed_ms(started),
        code = usize::from(outcome.code())
    ));
    Ok(outcome)
}
