//! The trees of a site's input files as its last build parsed them, so that
//! building it again parses only the files that changed (`lexgap site`, with
//! its page cache). A file's tree is found by the SHA-256 of its text: the
//! same text gives the same tree, whoever wrote the cache. What the cache
//! holds is read whole or not at all: another build of lexgap (whose parser
//! or format may differ), a damaged or cut file, is ignored and every file
//! is parsed. A tree that does not decode is parsed again. The checksum
//! finds damage, not an adversary: whoever can write the site's directory
//! can as well write its pages.
//!
//! This module keeps the cache in memory; where it is kept on disk is the
//! site command's (`cli::render_cmds::site`).
//!
//! The bytes: a header line, then the build this cache was made by (the
//! version and `bundle::SOURCE_HASH`) on a line, then per tree the digest of
//! its file's text, the length of its tree (4 bytes, little-endian) and the
//! tree ([`tree_bytes`](super::tree_bytes)), in the order the files were
//! loaded, then the SHA-256 of all that went before. The next build's bytes
//! are written as the files load, in one buffer, so that a site of many
//! files holds its trees once, not twice.

use super::tree_bytes;
use super::yaml::Parsed;
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::Mutex;

const HEADER: &[u8] = b"lexgap-site-trees/1\n";

type Sha = [u8; 32];

/// The trees of the last build, and those of this one as it loads.
#[derive(Debug)]
pub struct TreeCache {
    bytes: Vec<u8>,
    old: HashMap<Sha, Range<usize>>,
    next: Mutex<Next>,
}

/// The cache of this build, as its files load.
#[derive(Debug)]
struct Next {
    bytes: Vec<u8>,
    seen: HashSet<Sha>,
    parsed: usize,
    kept: usize,
}

impl Default for TreeCache {
    fn default() -> TreeCache {
        TreeCache {
            bytes: Vec::new(),
            old: HashMap::new(),
            next: Mutex::new(Next::new()),
        }
    }
}

impl Next {
    fn new() -> Next {
        let mut bytes = HEADER.to_vec();
        bytes.extend_from_slice(build().as_bytes());
        Next {
            bytes,
            seen: HashSet::new(),
            parsed: 0,
            kept: 0,
        }
    }
}

/// A file as [`TreeCache::parse`] gave it: its tree, its digest, and
/// whether it was decoded from the last build.
#[derive(Debug)]
pub(crate) struct Looked {
    pub parsed: Parsed,
    sha: Option<Sha>,
    kept: Option<Range<usize>>,
}

impl Looked {
    /// A file parsed with no cache.
    pub(crate) fn uncached(parsed: Parsed) -> Looked {
        Looked {
            parsed,
            sha: None,
            kept: None,
        }
    }
}

/// Why a cache's bytes were not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unusable {
    /// Not a cache of this format, or damaged (cut, changed).
    Damaged,
    /// Made by another build of lexgap.
    Foreign,
}

impl TreeCache {
    /// The cache written in `bytes` ([`into_bytes`](Self::into_bytes)).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<TreeCache, Unusable> {
        let body = bytes.len().checked_sub(32).ok_or(Unusable::Damaged)?;
        if bytes[body..] != Sha256::digest(&bytes[..body])[..] {
            return Err(Unusable::Damaged);
        }
        let rest = bytes[..body]
            .strip_prefix(HEADER)
            .ok_or(Unusable::Damaged)?;
        let rest = rest
            .strip_prefix(build().as_bytes())
            .ok_or(Unusable::Foreign)?;
        let mut at = body - rest.len();
        let mut old = HashMap::new();
        while at < body {
            let sha: Sha = bytes
                .get(at..at + 32)
                .and_then(|s| s.try_into().ok())
                .ok_or(Unusable::Damaged)?;
            let len: [u8; 4] = bytes
                .get(at + 32..at + 36)
                .and_then(|s| s.try_into().ok())
                .ok_or(Unusable::Damaged)?;
            at += 36;
            let end = usize::try_from(u32::from_le_bytes(len))
                .ok()
                .and_then(|len| at.checked_add(len))
                .filter(|e| *e <= body)
                .ok_or(Unusable::Damaged)?;
            old.insert(sha, at..end);
            at = end;
        }
        Ok(TreeCache {
            bytes,
            old,
            next: Mutex::new(Next::new()),
        })
    }

    /// Parses `text` (on a parsing thread of
    /// [`yaml::parse_ahead_with`](super::yaml::parse_ahead_with)), or
    /// decodes its tree from the last build.
    pub(crate) fn parse(&self, text: &str) -> Looked {
        let sha: Sha = Sha256::digest(text.as_bytes()).into();
        if let Some(range) = self.old.get(&sha)
            && let Some(node) = tree_bytes::decode(&self.bytes[range.clone()])
        {
            return Looked {
                parsed: Parsed::tree(node),
                sha: Some(sha),
                kept: Some(range.clone()),
            };
        }
        Looked {
            parsed: super::yaml::parse_pending(text),
            sha: Some(sha),
            kept: None,
        }
    }

    /// Keeps the tree of a file [`parse`](Self::parse) gave, for the next
    /// build, if it parsed cleanly; on the loading thread, in the order of
    /// the files.
    pub(crate) fn keep(&self, looked: &Looked) {
        let Some(sha) = looked.sha else { return };
        let Ok(mut next) = self.next.lock() else {
            return;
        };
        if !next.seen.insert(sha) {
            return;
        }
        let at = next.bytes.len();
        next.bytes.extend_from_slice(&sha);
        next.bytes.extend_from_slice(&[0; 4]);
        match &looked.kept {
            Some(range) => {
                next.bytes.extend_from_slice(&self.bytes[range.clone()]);
                next.kept += 1;
            }
            None => match looked.parsed.clean_tree() {
                Some(node) => {
                    tree_bytes::encode(node, &mut next.bytes);
                    next.parsed += 1;
                }
                None => {
                    next.bytes.truncate(at);
                    next.seen.remove(&sha);
                    return;
                }
            },
        }
        let len = u32::try_from(next.bytes.len() - at - 36).unwrap_or(u32::MAX);
        next.bytes[at + 32..at + 36].copy_from_slice(&len.to_le_bytes());
    }

    /// How many of the files loaded were parsed, and how many decoded from
    /// the last build's trees.
    pub fn counts(&self) -> (usize, usize) {
        self.next
            .lock()
            .map_or((0, 0), |next| (next.parsed, next.kept))
    }

    /// Whether the trees of this build are those of the last (nothing to
    /// write).
    pub fn unchanged(&self) -> bool {
        self.next
            .lock()
            .is_ok_and(|next| next.parsed == 0 && next.kept == self.old.len())
    }

    /// The trees of this build's files (not those of files it no longer
    /// reads), as bytes for [`from_bytes`](Self::from_bytes).
    pub fn into_bytes(self) -> Vec<u8> {
        let mut bytes = match self.next.into_inner() {
            Ok(next) => next.bytes,
            Err(_) => Next::new().bytes,
        };
        let sha = Sha256::digest(&bytes);
        bytes.extend_from_slice(&sha);
        bytes
    }
}

/// The build this binary is, as a line.
fn build() -> String {
    format!(
        "{} {}\n",
        env!("CARGO_PKG_VERSION"),
        crate::bundle::SOURCE_HASH
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::Node;

    /// Parses `text` through `cache` as a load does, keeping its tree.
    fn node_of(cache: &TreeCache, text: &str) -> Option<Node> {
        let looked = cache.parse(text);
        cache.keep(&looked);
        looked.parsed.clean_tree().cloned()
    }

    #[test]
    fn a_file_parsed_once_is_decoded_the_next_time() {
        let text = "code: XX\nname: \"X\"\nlist: [1, -2, 3.5, true, null]\n";
        let first = TreeCache::default();
        let parsed = node_of(&first, text);
        assert!(parsed.is_some());
        assert_eq!(first.counts(), (1, 0));
        let next = TreeCache::from_bytes(first.into_bytes()).expect("reads back");
        let decoded = node_of(&next, text);
        assert_eq!(next.counts(), (0, 1));
        assert!(decoded == parsed);
        assert!(next.unchanged());
        // Another text is parsed, and the one no longer read is dropped.
        let other = TreeCache::from_bytes(next.into_bytes()).expect("reads back");
        let _ = node_of(&other, "code: YY\n");
        assert_eq!(other.counts(), (1, 0));
        assert!(!other.unchanged());
        let last = TreeCache::from_bytes(other.into_bytes()).expect("reads back");
        assert_eq!(last.old.len(), 1);
    }

    #[test]
    fn a_file_that_does_not_parse_keeps_no_tree() {
        let cache = TreeCache::default();
        assert!(node_of(&cache, "a: [1, 2\n").is_none());
        assert_eq!(cache.counts(), (0, 0));
    }

    #[test]
    fn damaged_or_foreign_bytes_are_not_used() {
        let cache = TreeCache::default();
        let _ = node_of(&cache, "code: XX\n");
        let bytes = cache.into_bytes();
        assert!(TreeCache::from_bytes(bytes.clone()).is_ok());
        for cut in [0, 1, 20, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(
                TreeCache::from_bytes(bytes[..cut].to_vec()).err(),
                Some(Unusable::Damaged),
                "cut at {cut}"
            );
        }
        let mut flipped = bytes.clone();
        let i = bytes.len() - 40;
        flipped[i] ^= 1;
        assert_eq!(
            TreeCache::from_bytes(flipped).err(),
            Some(Unusable::Damaged)
        );
        // Another build: the checksum holds, the build line differs.
        let mut other = HEADER.to_vec();
        other.extend_from_slice(b"0.0.0 0000000000000000\n");
        let sha = Sha256::digest(&other);
        other.extend_from_slice(&sha);
        assert_eq!(TreeCache::from_bytes(other).err(), Some(Unusable::Foreign));
    }
}
