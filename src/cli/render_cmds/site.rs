//! `lexgap site`: every page of a site, rendered on every core and written
//! as one (all renamed into place once every page has rendered), with the
//! page cache of the last build (`render::cache`): a page whose context,
//! templates, shared data, language and binary are the ones it was written
//! with, and whose file is as written, is not rendered again; and an input
//! file whose text the last build parsed is decoded from its tree
//! (`load::tree_cache`), not parsed again.

use super::{Options, check_date, fail, input_paths, load_with, output_is_input, render_failed};
use crate::check;
use crate::cli::args::Format;
use crate::cli::shared::CliError;
use crate::cli::ui::{Outcome, Ui};
use crate::diag::{Code, Diagnostic};
use crate::load::tree_cache::{TreeCache, Unusable};
use crate::model::Instrument;
use crate::msg;
use crate::render::cache::{self, Ignored, PageKeys};
use crate::render::context::Shared;
use crate::render::write::{DirLock, Inputs, Staging};
use crate::render::{self, Made, Renderer};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::ControlFlow;
use std::path::Path;

/// A site as built: every page, and what it was built from.
pub struct Built {
    pub files: Vec<PageWritten>,
    pub jurisdictions: usize,
    pub instruments: usize,
}

/// A page of a site as built: its path in the site, its length, and
/// whether it was rendered (or left as the last build wrote it).
pub struct PageWritten {
    pub path: String,
    pub bytes: u64,
    pub rendered: bool,
}

impl Built {
    /// The pages rendered by this build, in the order rendered.
    pub fn rendered(&self) -> impl Iterator<Item = &str> {
        self.files
            .iter()
            .filter(|f| f.rendered)
            .map(|f| f.path.as_str())
    }
}

pub fn site(
    paths: &[String],
    dir: &Path,
    format: Format,
    use_cache: bool,
    opts: Options<'_>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let mut built = None;
    let outcome = build(paths, dir, use_cache, opts, &mut built)?;
    let Some(built) = built else {
        return Ok(outcome);
    };
    let files = &built.files;
    let bytes: u64 = files.iter().map(|f| f.bytes).sum();
    match format {
        Format::Text if opts.ui.quiet => {}
        Format::Text => {
            let cat = opts.ui.cat;
            let line = crate::t!(
                cat,
                "site-written",
                files = files.len(),
                jurisdictions = built.jurisdictions,
                instruments = built.instruments,
                bytes = bytes,
                dir = &dir.display().to_string()
            );
            writeln!(out, "{line}")?;
        }
        Format::Json => {
            let v = serde_json::json!({
                "format": SITE_FORMAT,
                "dir": dir.display().to_string(),
                "lang": opts.ui.lang().code(),
                "jurisdictions": built.jurisdictions,
                "instruments": built.instruments,
                "bytes": bytes,
                "rendered": built.rendered().count(),
                "files": files.iter().map(|f| serde_json::json!({
                    "path": f.path, "bytes": f.bytes, "rendered": f.rendered,
                })).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut *out, &v)?;
            writeln!(out)?;
        }
    }
    Ok(Outcome::Clean)
}

/// Loads, checks and renders the site into `dir`, with the cache unless
/// `use_cache` is false; `built` is set when the site was written. On invalid
/// input its diagnostics are printed and nothing is written.
pub fn build(
    paths: &[String],
    dir: &Path,
    use_cache: bool,
    opts: Options<'_>,
    built: &mut Option<Built>,
) -> Result<Outcome, CliError> {
    if let Err(d) = check_date(opts.date) {
        return fail(&opts.ui, d);
    }
    if dir.exists() && !dir.is_dir() {
        return fail(
            &opts.ui,
            Diagnostic::error(
                Code::NotAFile,
                msg!("diag-site-not-dir", path = dir.display().to_string()),
            ),
        );
    }
    // The trees of the files the last build parsed: only the files that
    // changed since are parsed again.
    let mut trees = use_cache.then(|| read_trees(&opts.ui, dir));
    let Some(loaded) = load_with(&opts.ui, paths, trees.as_ref())? else {
        return Ok(Outcome::InvalidInput);
    };
    if let Some(t) = &trees {
        let (parsed, kept) = t.counts();
        opts.ui.detail(&crate::t!(
            opts.ui.cat,
            "verbose-site-trees",
            parsed = parsed,
            kept = kept
        ));
    }
    let corpus = loaded.corpus.as_ref().expect("checked by load");
    let instruments: Vec<&Instrument> = corpus.instruments.iter().collect();
    let checks = check::check(corpus, &instruments);
    let lang = opts.ui.lang();
    let shared = Shared::new(corpus).localized(corpus, lang);
    let r = match Renderer::with_lang(&shared, opts.templates, lang) {
        Ok(r) => r,
        Err(e) => return render_failed(&opts.ui, &e),
    };
    // Each page is written to a temporary file by the thread that rendered
    // it (pages render and are written on every core), and all are renamed
    // into place only once every page is rendered: on an error nothing is
    // replaced and the temporary files are removed. Every output path is
    // checked against the inputs before anything is written. A long run
    // (many jurisdictions) says how far it is, on a terminal only.
    let started = std::time::Instant::now();
    let progress = Progress::new(&opts.ui);
    let paths = render::site_paths(corpus);
    let total = paths.len();
    let inputs = Inputs::new(&input_paths(&loaded, Some(&r)));
    if let Some(d) = paths
        .iter()
        .map(String::as_str)
        .chain([cache::CACHE_FILE, TREES_FILE])
        .find_map(|p| output_is_input(&dir.join(p), &inputs))
    {
        return fail(&opts.ui, d);
    }
    // Two runs into one directory would interleave their pages.
    let _lock = match DirLock::acquire(dir)? {
        Ok(lock) => lock,
        Err(busy) => {
            return fail(
                &opts.ui,
                Diagnostic::error(
                    Code::OutputBusy,
                    msg!(
                        "diag-site-busy",
                        dir = dir.display().to_string(),
                        lock = busy.lock.display().to_string()
                    ),
                )
                .help(Some(msg!("diag-site-busy-help"))),
            );
        }
    };
    let keys = if use_cache {
        let (keys, ignored) = PageKeys::read(dir, r.build_key(&shared));
        if let Some(why) = ignored {
            opts.ui.detail(&opts.ui.cat.t(match why {
                Ignored::Missing => "verbose-site-cache-missing",
                Ignored::Unreadable => "verbose-site-cache-unreadable",
                Ignored::Foreign => "verbose-site-cache-foreign",
            }));
        }
        Some(keys)
    } else {
        None
    };
    let mut staging = Staging::new(dir);
    staging.remove_stale();
    staging.prepare(&paths.iter().map(String::as_str).collect::<Vec<_>>())?;
    // The trees are staged with the pages (renamed into place with them, or
    // not at all), and let go before rendering: they would add their size
    // to the run's peak memory.
    if let Some(t) = trees.take().filter(|t| !t.unchanged()) {
        staging.stage(TREES_FILE, &t.into_bytes())?;
    }
    let mut files: Vec<PageWritten> = Vec::with_capacity(total);
    let keep = |path: &str, bytes: &[u8]| {
        staging
            .write_temp(path, bytes)
            .map(|temp| (temp, bytes.len() as u64))
    };
    let mut kept = Vec::with_capacity(total);
    // What the cache will hold: each page's key, known once it is written.
    let mut written: Vec<(String, Option<cache::Key>)> = Vec::with_capacity(total);
    let mut unchanged = 0;
    let inputs = keys.is_some().then(|| {
        let files = loaded
            .sources
            .iter()
            .map(|(_, f)| (f.name.as_str(), f.text.as_str()));
        render::inputs::SiteInputs::new(files, corpus)
    });
    let rendered = render::site_each(
        &r,
        corpus,
        &checks,
        opts.date,
        keys.as_ref(),
        inputs.as_ref(),
        &keep,
        &mut |path, made| {
            match made {
                Made::Rendered((temp, len), key) => {
                    files.push(PageWritten {
                        path: path.clone(),
                        bytes: len,
                        rendered: true,
                    });
                    kept.push(temp);
                    written.push((path, key));
                }
                Made::Unchanged => {
                    let len = keys
                        .as_ref()
                        .and_then(|k| k.kept(&path))
                        .map_or(0, |e| e.bytes());
                    files.push(PageWritten {
                        path: path.clone(),
                        bytes: len,
                        rendered: false,
                    });
                    written.push((path, None));
                    unchanged += 1;
                }
            }
            progress.tick(files.len(), total);
            ControlFlow::Continue(())
        },
    );
    match rendered {
        Err(render::SiteError::Io(e)) => return Err(e.into()),
        Err(render::SiteError::Render(e)) => return render_failed(&opts.ui, &e),
        Ok(()) => {
            for temp in kept {
                staging.adopt(temp);
            }
            staging.commit()?;
        }
    }
    match &keys {
        Some(keys) => record(keys, &paths, written)?,
        None => cache::remove(dir)?,
    }
    if !use_cache {
        cache::remove_if_there(&dir.join(TREES_FILE))?;
    }
    progress.done();
    opts.ui.detail(&crate::t!(
        opts.ui.cat,
        "verbose-site",
        pages = files.len() - unchanged,
        ms = crate::cli::shared::elapsed_ms(started)
    ));
    if keys.is_some() {
        opts.ui.detail(&crate::t!(
            opts.ui.cat,
            "verbose-site-unchanged",
            pages = unchanged
        ));
    }
    *built = Some(Built {
        files,
        jurisdictions: corpus.jurisdictions.len(),
        instruments: corpus.instruments.len(),
    });
    Ok(Outcome::Clean)
}

/// Writes the cache of the site just built, and removes the pages the last
/// build wrote that this one does not (a jurisdiction taken out), where they
/// are as it wrote them.
fn record(
    keys: &PageKeys,
    paths: &[String],
    written: Vec<(String, Option<cache::Key>)>,
) -> io::Result<()> {
    for path in keys.left_over(paths) {
        std::fs::remove_file(keys.dir().join(path))?;
    }
    let mut pages = BTreeMap::new();
    for (path, key) in written {
        let entry = match key {
            Some(key) => keys.written(&path, key),
            None => keys.kept(&path),
        };
        if let Some(e) = entry {
            pages.insert(path, e);
        }
    }
    keys.write(pages)
}

/// The trees of the input files a site's last build parsed, in its
/// directory beside the page cache (`load::tree_cache`).
pub const TREES_FILE: &str = ".lexgap-site-trees";

/// The trees the last build into `dir` left, or none (said with `-v`).
fn read_trees(ui: &Ui, dir: &Path) -> TreeCache {
    let Ok(bytes) = std::fs::read(dir.join(TREES_FILE)) else {
        return TreeCache::default();
    };
    TreeCache::from_bytes(bytes).unwrap_or_else(|why| {
        ui.detail(&ui.cat.t(match why {
            Unusable::Damaged => "verbose-site-trees-damaged",
            Unusable::Foreign => "verbose-site-trees-foreign",
        }));
        TreeCache::default()
    })
}

/// The version of the JSON shape of `lexgap site --format json`.
pub const SITE_FORMAT: &str = "lexgap-site/1";

/// A progress line on standard error while a site renders: only when
/// standard error is a terminal (never in captured output), not with
/// `--quiet`, and only once the run has taken a noticeable time.
struct Progress {
    cat: &'static crate::i18n::Catalog,
    on: bool,
    started: std::time::Instant,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    /// Below this, a run is quick enough to need no progress.
    const AFTER: std::time::Duration = std::time::Duration::from_millis(500);

    fn new(ui: &Ui) -> Progress {
        use std::io::IsTerminal;
        Progress {
            cat: ui.cat,
            on: !ui.quiet && io::stderr().is_terminal(),
            started: std::time::Instant::now(),
            shown: std::cell::Cell::new(false),
        }
    }

    fn tick(&self, done: usize, total: usize) {
        if !self.on || self.started.elapsed() < Self::AFTER {
            return;
        }
        // Every tenth page, and the last.
        if done.is_multiple_of(10) || done == total {
            let line = crate::t!(self.cat, "site-progress", done = done, total = total);
            eprint!("\r{line}");
            self.shown.set(true);
        }
    }

    fn done(&self) {
        if self.shown.get() {
            eprintln!();
        }
    }
}
