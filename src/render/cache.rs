//! The page cache of a site: what `lexgap site` wrote into a directory, so
//! that running it again renders only the pages whose content changed.
//!
//! A page is a pure function of its context, the shared data, the templates,
//! the language and the binary: its key ([`PageKeys::key_of`]) is a SHA-256
//! of all of these, the context as the templates see it (its reasons as their
//! data: their words follow from it, the language and the binary). A
//! report's key may instead be of the files it is made from
//! ([`super::inputs`]), told without making it. A page whose key is
//! the one recorded, and whose file is the one recorded (same length, same
//! modification time), is left as it is. Anything else renders: a cache that
//! does not parse, was made by another build, with other templates or in
//! another language, or records a file that was edited or removed since, is
//! ignored, page by page or whole, never trusted. The cache is one file,
//! [`CACHE_FILE`] in the site's directory, written atomically after the pages.

use super::write::write_atomic;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;
use std::time::UNIX_EPOCH;

/// The cache's file name, in the site's directory.
pub const CACHE_FILE: &str = ".lexgap-site-cache.json";

/// The format of the cache file; another number is another format, ignored.
const FORMAT: &str = "lexgap-site-cache/1";

/// A page's key: SHA-256, in hex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key(String);

/// A page as it was written: its key, and the file's length and
/// modification time (nanoseconds since 1970), read after it was written.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    key: Key,
    len: u64,
    modified: u128,
}

impl Entry {
    /// The page's length in bytes.
    pub fn bytes(&self) -> u64 {
        self.len
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct CacheFile {
    format: String,
    /// What every page's key includes (the build, the templates, the shared
    /// data, the language): a cache made under another is not read.
    build: String,
    pages: BTreeMap<String, Entry>,
}

/// Why a cache was not used, said with `-v`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ignored {
    /// There was none (a first build).
    Missing,
    /// It does not parse, or is not a cache of this format.
    Unreadable,
    /// Another build, other templates, other shared data or language.
    Foreign,
}

/// The keys of a site's pages, and the cache of its last build.
#[derive(Debug)]
pub struct PageKeys {
    build: String,
    old: BTreeMap<String, Entry>,
    dir: std::path::PathBuf,
}

impl PageKeys {
    /// The cache of the site in `dir`, for pages built with `build` (see
    /// [`build_key`]). An unusable cache is empty, with the reason.
    pub fn read(dir: &Path, build: String) -> (PageKeys, Option<Ignored>) {
        let (old, ignored) = match std::fs::read(dir.join(CACHE_FILE)) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                (BTreeMap::new(), Some(Ignored::Missing))
            }
            Err(_) => (BTreeMap::new(), Some(Ignored::Unreadable)),
            Ok(bytes) => match serde_json::from_slice::<CacheFile>(&bytes) {
                Ok(c) if c.format == FORMAT && c.build == build => (c.pages, None),
                Ok(c) if c.format == FORMAT => (BTreeMap::new(), Some(Ignored::Foreign)),
                _ => (BTreeMap::new(), Some(Ignored::Unreadable)),
            },
        };
        let keys = PageKeys {
            build,
            old,
            dir: dir.to_path_buf(),
        };
        (keys, ignored)
    }

    /// A page's key: the build key, the page's path without extension, and
    /// its context (serialised as the templates see it, in the page's
    /// language: call inside `i18n::reason::in_page_language`; its reasons
    /// as their data: inside `i18n::reason::as_data`).
    pub fn key_of(&self, stem: &str, page: &impl Serialize) -> Key {
        let mut h = Sha256::new();
        h.update(self.build.as_bytes());
        h.update([0]);
        h.update(stem.as_bytes());
        h.update([0]);
        // A page that does not serialise fails its render anyway; its key
        // then matches nothing recorded.
        if super::digest::feed(&mut h, page).is_err() {
            return Key(String::new());
        }
        Key(hex(&h.finalize()))
    }

    /// Whether the page at `path` (relative to the site) is the one the last
    /// build wrote for `key`, untouched since.
    pub fn is_current(&self, path: &str, key: &Key) -> bool {
        if key.0.is_empty() {
            return false;
        }
        self.old.get(path).is_some_and(|e| {
            e.key == *key && stat(&self.dir.join(path)) == Some((e.len, e.modified))
        })
    }

    /// The site's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The entry of a page the last build wrote and this one kept.
    pub fn kept(&self, path: &str) -> Option<Entry> {
        self.old.get(path).cloned()
    }

    /// The entry of a page just written (after it was renamed into place).
    pub fn written(&self, path: &str, key: Key) -> Option<Entry> {
        let (len, modified) = stat(&self.dir.join(path))?;
        Some(Entry { key, len, modified })
    }

    /// The pages the last build wrote that are not among `paths` and are as
    /// it wrote them: a jurisdiction taken out of the site leaves no page.
    pub fn left_over<'a>(&'a self, paths: &'a [String]) -> impl Iterator<Item = &'a str> + 'a {
        // A set, not a scan of `paths` per entry: a site of thousands of
        // pages would otherwise compare every pair.
        let current: std::collections::BTreeSet<&str> = paths.iter().map(String::as_str).collect();
        self.old.iter().filter_map(move |(path, e)| {
            (!current.contains(path.as_str())
                && stat(&self.dir.join(path)) == Some((e.len, e.modified)))
            .then_some(path.as_str())
        })
    }

    /// Writes the cache of the pages just built.
    pub fn write(&self, pages: BTreeMap<String, Entry>) -> io::Result<()> {
        let file = CacheFile {
            format: FORMAT.to_owned(),
            build: self.build.clone(),
            pages,
        };
        let json = serde_json::to_vec(&file).map_err(io::Error::other)?;
        write_atomic(&self.dir.join(CACHE_FILE), &json)
    }
}

/// Removes the cache of the site in `dir` (a build that does not record
/// its pages leaves none behind).
pub fn remove(dir: &Path) -> io::Result<()> {
    remove_if_there(&dir.join(CACHE_FILE))
}

/// Removes the file at `path`, if there is one.
pub fn remove_if_there(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// What every page's key includes besides its own context: the binary (its
/// version and the fingerprint of the files it was built from), the
/// templates by name and text (the built-in ones and the user's), the
/// language, and the shared data as the templates see it.
pub fn build_key<'a>(
    templates: impl IntoIterator<Item = (&'a str, &'a str)>,
    lang: &str,
    shared: &impl Serialize,
) -> String {
    let mut h = HashWriter(Sha256::new());
    for part in [env!("CARGO_PKG_VERSION"), crate::bundle::SOURCE_HASH, lang] {
        h.0.update(part.as_bytes());
        h.0.update([0]);
    }
    for (name, text) in templates {
        h.0.update((name.len() as u64).to_le_bytes());
        h.0.update(name.as_bytes());
        h.0.update((text.len() as u64).to_le_bytes());
        h.0.update(text.as_bytes());
    }
    let _ = serde_json::to_writer(io::BufWriter::new(&mut h), shared);
    hex(&h.0.finalize())
}

struct HashWriter(Sha256);

impl Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// A regular file's length and modification time, in nanoseconds.
fn stat(path: &Path) -> Option<(u64, u128)> {
    let m = std::fs::symlink_metadata(path).ok()?;
    if !m.is_file() {
        return None;
    }
    let modified = m
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((m.len(), modified))
}
