//! The trees of a site's input files as its last build parsed them, so that
//! building it again parses only the files that changed (`lexgap site`, with
//! its page cache). A file's tree is found by the SHA-256 of its text: the
//! same text gives the same tree, whoever wrote the cache. What the cache
//! holds is read whole or not at all: another build of lexgap (whose parser
//! or format may differ), a damaged or cut file, is ignored and every file
//! is parsed. A tree that does not decode is parsed again.
//!
//! This module keeps the cache in memory; where it is kept on disk is the
//! site command's (`cli::render_cmds::site`).
//!
//! The bytes: a header line, then the build this cache was made by (the
//! version and `bundle::SOURCE_HASH`) on a line, then the number of trees
//! and per tree the digest of its file's text, the length of its tree and
//! the tree ([`tree_bytes`](super::tree_bytes)), then the SHA-256 of all
//! that went before.

use super::tree_bytes;
use super::yaml::Parsed;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::Mutex;

const HEADER: &[u8] = b"lexgap-site-trees/1\n";

type Sha = [u8; 32];

/// The trees of the last build, and those of this one as it loads.
#[derive(Debug, Default)]
pub struct TreeCache {
    bytes: Vec<u8>,
    old: HashMap<Sha, Range<usize>>,
    now: Mutex<BTreeMap<Sha, Tree>>,
}

#[derive(Debug)]
enum Tree {
    /// As the last build kept it: a range of its bytes.
    Kept(Range<usize>),
    /// Parsed by this build, and written.
    Parsed(Vec<u8>),
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
    /// The cache written in `bytes` ([`to_bytes`](Self::to_bytes)).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<TreeCache, Unusable> {
        let body = bytes.len().checked_sub(32).ok_or(Unusable::Damaged)?;
        if bytes[body..] != Sha256::digest(&bytes[..body])[..] {
            return Err(Unusable::Damaged);
        }
        let rest = bytes[..body]
            .strip_prefix(HEADER)
            .ok_or(Unusable::Damaged)?;
        let build = build();
        let rest = rest
            .strip_prefix(build.as_bytes())
            .ok_or(Unusable::Foreign)?;
        let mut at = body - rest.len();
        let mut old = HashMap::new();
        let count = read_number(&bytes[..body], &mut at).ok_or(Unusable::Damaged)?;
        for _ in 0..count {
            let sha: Sha = bytes
                .get(at..at + 32)
                .and_then(|s| s.try_into().ok())
                .ok_or(Unusable::Damaged)?;
            at += 32;
            let len = read_number(&bytes[..body], &mut at)
                .and_then(|n| usize::try_from(n).ok())
                .ok_or(Unusable::Damaged)?;
            let end = at
                .checked_add(len)
                .filter(|e| *e <= body)
                .ok_or(Unusable::Damaged)?;
            old.insert(sha, at..end);
            at = end;
        }
        if at != body {
            return Err(Unusable::Damaged);
        }
        Ok(TreeCache {
            bytes,
            old,
            now: Mutex::default(),
        })
    }

    /// Parses `text` ([`yaml::parse_ahead`](super::yaml::parse_ahead)'s
    /// parse), or decodes its tree from the last build; keeps the tree for
    /// the next.
    pub(crate) fn parse(&self, text: &str) -> Parsed {
        let sha: Sha = Sha256::digest(text.as_bytes()).into();
        if let Some(range) = self.old.get(&sha)
            && let Some(node) = tree_bytes::decode(&self.bytes[range.clone()])
        {
            self.keep(sha, Tree::Kept(range.clone()));
            return Parsed::tree(node);
        }
        let parsed = super::yaml::parse_pending(text);
        if let Some(node) = parsed.clean_tree() {
            let mut out = Vec::with_capacity(text.len());
            tree_bytes::encode(node, &mut out);
            self.keep(sha, Tree::Parsed(out));
        }
        parsed
    }

    fn keep(&self, sha: Sha, tree: Tree) {
        if let Ok(mut now) = self.now.lock() {
            now.insert(sha, tree);
        }
    }

    /// How many of the files loaded were parsed, and how many decoded from
    /// the last build's trees.
    pub fn counts(&self) -> (usize, usize) {
        self.now.lock().map_or((0, 0), |now| {
            let parsed = now
                .values()
                .filter(|t| matches!(t, Tree::Parsed(_)))
                .count();
            (parsed, now.len() - parsed)
        })
    }

    /// Whether the trees of this build are those of the last (nothing to
    /// write).
    pub fn unchanged(&self) -> bool {
        self.now.lock().is_ok_and(|now| {
            now.len() == self.old.len()
                && now
                    .iter()
                    .all(|(sha, t)| matches!(t, Tree::Kept(_)) && self.old.contains_key(sha))
        })
    }

    /// The trees of this build's files (not those of files it no longer
    /// reads), as bytes for [`from_bytes`](Self::from_bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len().max(1024));
        out.extend_from_slice(HEADER);
        out.extend_from_slice(build().as_bytes());
        if let Ok(now) = self.now.lock() {
            tree_bytes::number(now.len() as u64, &mut out);
            for (sha, tree) in now.iter() {
                let bytes = match tree {
                    Tree::Kept(range) => &self.bytes[range.clone()],
                    Tree::Parsed(bytes) => bytes.as_slice(),
                };
                out.extend_from_slice(sha);
                tree_bytes::number(bytes.len() as u64, &mut out);
                out.extend_from_slice(bytes);
            }
        } else {
            tree_bytes::number(0, &mut out);
        }
        let sha = Sha256::digest(&out);
        out.extend_from_slice(&sha);
        out
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

fn read_number(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut n = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        n |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::node::Node;

    fn node_of(p: &Parsed) -> Option<Node> {
        p.clean_tree().cloned()
    }

    #[test]
    fn a_file_parsed_once_is_decoded_the_next_time() {
        let text = "code: XX\nname: \"X\"\nlist: [1, -2, 3.5, true, null]\n";
        let first = TreeCache::default();
        let parsed = node_of(&first.parse(text));
        assert!(parsed.is_some());
        assert_eq!(first.counts(), (1, 0));
        let next = TreeCache::from_bytes(first.to_bytes()).expect("reads back");
        let decoded = node_of(&next.parse(text));
        assert_eq!(next.counts(), (0, 1));
        assert!(decoded == parsed);
        assert!(next.unchanged());
        // Another text is parsed, and the one no longer read is dropped.
        let other = TreeCache::from_bytes(next.to_bytes()).expect("reads back");
        let _ = other.parse("code: YY\n");
        assert_eq!(other.counts(), (1, 0));
        assert!(!other.unchanged());
        let last = TreeCache::from_bytes(other.to_bytes()).expect("reads back");
        assert_eq!(last.old.len(), 1);
    }

    #[test]
    fn a_file_that_does_not_parse_keeps_no_tree() {
        let cache = TreeCache::default();
        let parsed = cache.parse("a: [1, 2\n");
        assert!(parsed.clean_tree().is_none());
        assert_eq!(cache.counts(), (0, 0));
    }

    #[test]
    fn damaged_or_foreign_bytes_are_not_used() {
        let cache = TreeCache::default();
        let _ = cache.parse("code: XX\n");
        let bytes = cache.to_bytes();
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
        other.push(0);
        let sha = Sha256::digest(&other);
        other.extend_from_slice(&sha);
        assert_eq!(TreeCache::from_bytes(other).err(), Some(Unusable::Foreign));
    }
}
