//! The bundled YAML files as build.rs parsed them when the binary was built,
//! so that a run reading an unchanged bundled file (the instruments, every
//! time) decodes its tree instead of parsing it again. A file is taken from
//! here only if its text is, byte for byte, the one parsed at build time;
//! any other text (an edited checkout, a user's file) is parsed as usual.
//!
//! The format, written by build.rs (`encode`): per node, its line, column,
//! byte offset and byte length, then a tag and the value. Numbers are LEB128
//! (integers zigzagged), a float its 8 little-endian bytes, a string its
//! length and UTF-8 bytes, a list or mapping its number of entries and the
//! entries (a mapping's as key, value).

use super::node::{Node, NodeKind};
use crate::bundle;
use crate::diag::Loc;

/// The tree of `text`, if `text` is a bundled file as it was built.
pub fn tree(text: &str) -> Option<Node> {
    let rel = [bundle::INTERNATIONAL, bundle::NATIONAL, bundle::SCENARIOS]
        .into_iter()
        .flatten()
        .find(|(_, t)| t.len() == text.len() && *t == text)?
        .0;
    let (_, bytes) = bundle::TREES.iter().find(|(r, _)| *r == rel)?;
    let mut r = Reader { bytes, at: 0 };
    let node = r.node()?;
    (r.at == bytes.len()).then_some(node)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn number(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn size(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    fn node(&mut self) -> Option<Node> {
        let loc = Loc {
            line: u32::try_from(self.number()?).ok()?,
            column: u32::try_from(self.number()?).ok()?,
            offset: self.size()?,
            len: self.size()?,
            file: None,
        };
        let kind = match self.byte()? {
            0 => NodeKind::Null,
            1 => NodeKind::Bool(false),
            2 => NodeKind::Bool(true),
            3 => {
                let z = self.number()?;
                // Zigzag: 0, -1, 1, -2, … as 0, 1, 2, 3, …
                #[allow(clippy::cast_possible_wrap)]
                NodeKind::Int((z >> 1) as i64 ^ -((z & 1) as i64))
            }
            4 => NodeKind::Float(f64::from_le_bytes(self.take(8)?.try_into().ok()?)),
            5 => {
                let n = self.size()?;
                NodeKind::Str(std::str::from_utf8(self.take(n)?).ok()?.to_owned())
            }
            6 => {
                let n = self.size()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.node()?);
                }
                NodeKind::Seq(items)
            }
            7 => {
                let n = self.size()?;
                let mut entries = Vec::with_capacity(n);
                for _ in 0..n {
                    entries.push((self.node()?, self.node()?));
                }
                NodeKind::Map(entries)
            }
            _ => return None,
        };
        Some(Node { kind, loc })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::FileId;

    /// Every bundled file decodes from its tree to what parsing its text
    /// gives, position by position: build.rs and the loader agree.
    #[test]
    fn every_bundled_tree_is_the_parse_of_its_text() {
        let files: Vec<_> = [bundle::INTERNATIONAL, bundle::NATIONAL, bundle::SCENARIOS]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(files.len(), bundle::TREES.len(), "a tree per bundled file");
        for (rel, text) in files {
            let built = tree(text).unwrap_or_else(|| panic!("{rel}: no tree"));
            let parsed = super::super::yaml::parse_text(text, FileId(0))
                .unwrap_or_else(|e| panic!("{rel}: {e:?}"));
            assert!(
                built == parsed,
                "{rel}: the built tree differs from the parse"
            );
        }
    }

    #[test]
    fn a_text_not_bundled_has_no_tree() {
        assert!(tree("code: KW\n").is_none());
        let (_, tip) = bundle::INTERNATIONAL[0];
        let edited = format!("{tip}\n");
        assert!(tree(&edited).is_none());
    }
}
