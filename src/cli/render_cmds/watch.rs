//! `lexgap site --watch`: the site built, then built again on every save of
//! a jurisdiction file or a template, with the page cache (only the pages
//! the change touches render). An invalid file prints its diagnostics and
//! leaves the last good site as it is; the watch goes on. Ctrl-C (or a
//! termination signal) stops it between builds, never halfway through one.

use super::Options;
use super::site::{Built, build};
use crate::cli::shared::CliError;
use crate::cli::ui::Outcome;
use crate::diag::{Code, Diagnostic};
use crate::msg;
use crate::project::{self, Data};
use notify::{EventKind, RecursiveMode, Watcher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long to wait after a change for the rest of a save (an editor writes
/// a file, renames it, touches it) before building.
const SETTLE: Duration = Duration::from_millis(150);

/// At most this many rendered pages are named after a build.
const NAMED: usize = 8;

enum Signal {
    Changed(Vec<PathBuf>),
    Stop,
}

pub fn watch(
    paths: &[String],
    dir: &Path,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let watched = watched_dirs(paths, opts.templates);
    if watched.is_empty() {
        let d = Diagnostic::error(Code::CannotWatch, msg!("diag-watch-nothing"))
            .help(Some(msg!("diag-watch-nothing-help")));
        return super::fail(&opts.ui, d);
    }
    let refused = |what: String, e: &dyn std::fmt::Display| {
        let d = Diagnostic::error(
            Code::CannotWatch,
            msg!("diag-watch-failed", what = what, error = e.to_string()),
        );
        super::fail(&opts.ui, d)
    };
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    if let Err(e) = ctrlc::set_handler(move || {
        let _ = stop.send(Signal::Stop);
    }) {
        return refused("Ctrl-C".to_owned(), &e);
    }
    let out_dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let templates = opts
        .templates
        .map(|t| std::path::absolute(t).unwrap_or_else(|_| t.to_path_buf()));
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        let changed: Vec<PathBuf> = event
            .paths
            .into_iter()
            .filter(|p| !p.starts_with(&out_dir) && is_input(p, templates.as_deref()))
            .collect();
        if !changed.is_empty() {
            let _ = tx.send(Signal::Changed(changed));
        }
    });
    let mut watcher = match watcher {
        Ok(w) => w,
        Err(e) => return refused(dir.display().to_string(), &e),
    };
    for (d, mode) in &watched {
        if let Err(e) = watcher.watch(d, *mode) {
            return refused(d.display().to_string(), &e);
        }
    }
    let cat = opts.ui.cat;
    let once = |changed: &[PathBuf], out: &mut dyn Write| -> Result<(), CliError> {
        if !changed.is_empty() {
            let here = std::env::current_dir().unwrap_or_default();
            let names: Vec<String> = changed
                .iter()
                .map(|p| p.strip_prefix(&here).unwrap_or(p).display().to_string())
                .collect();
            writeln!(
                out,
                "{}",
                crate::t!(cat, "watch-changed", files = &names.join(", "))
            )?;
        }
        let started = Instant::now();
        let mut built = None;
        build(paths, dir, true, opts, &mut built)?;
        match built {
            Some(b) => said_built(&b, started, cat, out)?,
            None => writeln!(out, "{}", cat.t("watch-invalid"))?,
        }
        out.flush()?;
        Ok(())
    };
    once(&[], out)?;
    let dirs: Vec<String> = watched
        .iter()
        .map(|(d, _)| d.display().to_string())
        .collect();
    writeln!(
        out,
        "{}",
        crate::t!(cat, "watch-watching", dirs = &dirs.join(", "))
    )?;
    out.flush()?;
    while let Ok(signal) = rx.recv() {
        let Signal::Changed(mut changed) = signal else {
            break;
        };
        // The rest of the save, and any other file saved with it.
        let mut stopped = false;
        while let Ok(more) = rx.recv_timeout(SETTLE) {
            match more {
                Signal::Changed(paths) => changed.extend(paths),
                Signal::Stop => {
                    stopped = true;
                    break;
                }
            }
        }
        if stopped {
            break;
        }
        changed.sort();
        changed.dedup();
        once(&changed, out)?;
    }
    writeln!(out, "{}", cat.t("watch-stopped"))?;
    Ok(Outcome::Clean)
}

/// "built in 745 ms: 14 pages rendered, 398 left as they were", and the
/// pages rendered by name (the first few; the reports first, the pages of
/// the files just saved, then the pages that show every jurisdiction).
fn said_built(
    b: &Built,
    started: Instant,
    cat: &crate::i18n::Catalog,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut rendered: Vec<&str> = b.rendered().collect();
    rendered.sort_by_key(|p| !p.starts_with("jurisdictions/"));
    let line = crate::t!(
        cat,
        "watch-built",
        ms = crate::cli::shared::elapsed_ms(started),
        rendered = rendered.len(),
        unchanged = b.files.len() - rendered.len()
    );
    writeln!(out, "{line}")?;
    if !rendered.is_empty() {
        let mut named = rendered[..rendered.len().min(NAMED)].join(", ");
        if rendered.len() > NAMED {
            named.push_str(&crate::t!(
                cat,
                "watch-more",
                count = rendered.len() - NAMED
            ));
        }
        writeln!(out, "  {named}")?;
    }
    Ok(())
}

/// The directories whose files the site is built from: those named (a
/// file's own directory), the templates' (and their subdirectories), and in
/// a checkout the bundled data read from disk (the instruments, the
/// jurisdictions named by code, the scenarios).
fn watched_dirs(paths: &[String], templates: Option<&Path>) -> Vec<(PathBuf, RecursiveMode)> {
    let mut dirs: Vec<(PathBuf, RecursiveMode)> = Vec::new();
    let mut add = |d: PathBuf, mode: RecursiveMode| {
        if !dirs.iter().any(|(x, _)| *x == d) {
            dirs.push((d, mode));
        }
    };
    let mut bundled = paths.is_empty();
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            add(path.to_path_buf(), RecursiveMode::NonRecursive);
        } else if path.is_file() {
            let parent = path.parent().filter(|d| !d.as_os_str().is_empty());
            add(
                parent.unwrap_or(Path::new(".")).to_path_buf(),
                RecursiveMode::NonRecursive,
            );
        } else {
            bundled = true;
        }
    }
    if let Some(root) = project::checkout() {
        for data in [Data::International, Data::Scenarios]
            .into_iter()
            .chain(bundled.then_some(Data::National))
        {
            add(root.join(data.dir()), RecursiveMode::NonRecursive);
        }
    }
    if let Some(t) = templates {
        add(t.to_path_buf(), RecursiveMode::Recursive);
    }
    dirs.retain(|(d, _)| d.is_dir());
    // Events name files under the directory as it was given: absolute, so
    // that they compare with the output directory.
    for (d, _) in &mut dirs {
        if let Ok(abs) = std::path::absolute(&*d) {
            *d = abs;
        }
    }
    dirs
}

/// Whether a change to `path` can change the site: a YAML file, or any file
/// under the templates' directory (not a lock, an editor's swap file…).
fn is_input(path: &Path, templates: Option<&Path>) -> bool {
    let yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    !hidden && (yaml || templates.is_some_and(|t| path.starts_with(t)))
}
