//! lexgap's own data on disk: which copy of a bundled file a run reads, and
//! which files no output may ever replace.
//!
//! The rule (README, "Which copy of the data a run reads"): inside a checkout
//! of lexgap (the working directory or one above it holds
//! `statutes/international/vocabulary.yaml`), the instruments, the
//! jurisdictions named by code and the scenarios are read from the files on
//! disk, under their paths; anywhere else, from the copies embedded in the
//! binary, labelled "(bundled with lexgap X.Y.Z)". Never the one under the
//! other's name: an edited file must not be checked as its stale embedded copy.

use crate::bundle;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The three directories of bundled data, as embedded and as in a checkout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Data {
    International,
    National,
    Scenarios,
}

impl Data {
    pub fn dir(self) -> &'static str {
        match self {
            Data::International => "statutes/international",
            Data::National => "statutes/national",
            Data::Scenarios => "scenarios",
        }
    }

    fn bundled(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Data::International => bundle::INTERNATIONAL,
            Data::National => bundle::NATIONAL,
            Data::Scenarios => bundle::SCENARIOS,
        }
    }
}

/// One file of bundled data as this run sees it.
#[derive(Debug, Clone)]
pub struct DataFile {
    /// The path inside the project (`statutes/national/kw.yaml`).
    pub rel: String,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub enum Origin {
    /// The file in the checkout, to be read (its path as the user would type
    /// it from the working directory).
    Disk(PathBuf),
    /// The copy embedded in the binary.
    Bundled(&'static str),
}

impl DataFile {
    /// The name under which diagnostics and reports show the file.
    pub fn name(&self) -> String {
        match &self.origin {
            Origin::Disk(p) => p.display().to_string(),
            Origin::Bundled(_) => bundled_name(&self.rel),
        }
    }
}

const BUNDLED_SUFFIX: &str = concat!(" (bundled with lexgap ", env!("CARGO_PKG_VERSION"), ")");

/// `statutes/national/kw.yaml (bundled with lexgap 0.1.0)`.
pub fn bundled_name(rel: &str) -> String {
    format!("{rel}{BUNDLED_SUFFIX}")
}

/// The file name without the bundled label, for page names and stems.
pub fn unlabelled(name: &str) -> &str {
    name.strip_suffix(BUNDLED_SUFFIX).unwrap_or(name)
}

/// The checkout the process runs in, as a path relative to the working
/// directory (`""` for the working directory itself, `..` for its parent),
/// or `None` outside one. Decided once per process.
pub fn checkout() -> Option<&'static Path> {
    static ROOT: OnceLock<Option<PathBuf>> = OnceLock::new();
    ROOT.get_or_init(find_checkout).as_deref()
}

fn find_checkout() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let mut rel = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(bundle::VOCABULARY_FILE).is_file() {
            return Some(rel);
        }
        rel.push("..");
    }
    None
}

/// The files of `data` this run reads when it reads them all: those of the
/// checkout (sorted by name), or else the embedded ones.
pub fn files(data: Data) -> Vec<DataFile> {
    if let Some(root) = checkout() {
        let dir = root.join(data.dir());
        let mut names: Vec<String> = fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .filter(|e| e.path().is_file())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".yaml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        return names
            .into_iter()
            .map(|n| DataFile {
                rel: format!("{}/{n}", data.dir()),
                origin: Origin::Disk(dir.join(&n)),
            })
            .collect();
    }
    data.bundled()
        .iter()
        .map(|(rel, text)| DataFile {
            rel: (*rel).to_owned(),
            origin: Origin::Bundled(text),
        })
        .collect()
}

/// The file `rel` of `data` (`kw.yaml`), by the same rule as [`files`].
pub fn file(data: Data, name: &str) -> Option<DataFile> {
    let rel = format!("{}/{name}", data.dir());
    if let Some(root) = checkout() {
        let path = root.join(&rel);
        let exists = path.is_file();
        return exists.then_some(DataFile {
            rel,
            origin: Origin::Disk(path),
        });
    }
    data.bundled()
        .iter()
        .find(|(r, _)| *r == rel)
        .map(|(rel, text)| DataFile {
            rel: (*rel).to_owned(),
            origin: Origin::Bundled(text),
        })
}

/// The directories no output may be written into: the data and templates
/// of the checkout the run is in, and of the source tree this binary was
/// built from (the bundled corpus on disk), resolved, where they exist.
pub fn protected_dirs() -> &'static [PathBuf] {
    static DIRS: OnceLock<Vec<PathBuf>> = OnceLock::new();
    DIRS.get_or_init(|| {
        let built_from = Path::new(env!("CARGO_MANIFEST_DIR"));
        let roots = checkout().into_iter().chain([built_from]);
        let mut dirs: Vec<PathBuf> = roots
            .flat_map(|root| {
                ["statutes", "scenarios", "templates"]
                    .into_iter()
                    .filter_map(move |d| fs::canonicalize(root.join(d)).ok())
            })
            .collect();
        dirs.sort();
        dirs.dedup();
        dirs
    })
}
