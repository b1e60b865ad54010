//! A [`Node`] tree as bytes: how build.rs embeds the bundled files' trees
//! (`load::preparsed`) and how a site keeps the trees of its inputs between
//! builds (`load::tree_cache`), so that a file is decoded rather than parsed
//! again. The writer is `raw_tree::encode`, which build.rs shares.
//!
//! Per node: its line, column, byte offset and byte length, then a tag and
//! the value. Numbers are LEB128 (integers zigzagged), a float its 8
//! little-endian bytes, a string its length and UTF-8 bytes, a list or
//! mapping its number of entries and the entries (a mapping's as key,
//! value).

use super::node::{Node, NodeKind};
use super::raw_tree::{Shape, Tree};
use crate::diag::Loc;

pub use super::raw_tree::encode;

/// The tree written in `bytes`, or `None` if they are not exactly one tree.
pub fn decode(bytes: &[u8]) -> Option<Node> {
    let mut r = Reader { bytes, at: 0 };
    let node = r.node(0)?;
    (r.at == bytes.len()).then_some(node)
}

impl Tree for Node {
    fn position(&self) -> (u32, u32, usize, usize) {
        (
            self.loc.line,
            self.loc.column,
            self.loc.offset,
            self.loc.len,
        )
    }

    fn shape(&self) -> Shape<'_, Self> {
        match &self.kind {
            NodeKind::Null => Shape::Null,
            NodeKind::Bool(b) => Shape::Bool(*b),
            NodeKind::Int(i) => Shape::Int(*i),
            NodeKind::Float(f) => Shape::Float(*f),
            NodeKind::Str(s) => Shape::Str(s),
            NodeKind::Seq(items) => Shape::Seq(items),
            NodeKind::Map(entries) => Shape::Map(entries),
        }
    }
}

/// Deeper than the parser's depth budget: no tree it made is this deep, and
/// decoding damaged bytes does not recurse without end.
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    /// Bytes not read yet: a bound on the nodes still to come, whatever a
    /// damaged count says.
    fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

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

    fn node(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
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
                let mut items = Vec::with_capacity(n.min(self.left()));
                for _ in 0..n {
                    items.push(self.node(depth + 1)?);
                }
                NodeKind::Seq(items)
            }
            7 => {
                let n = self.size()?;
                let mut entries = Vec::with_capacity(n.min(self.left()));
                for _ in 0..n {
                    entries.push((self.node(depth + 1)?, self.node(depth + 1)?));
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

    /// What this module writes, it reads back, for every bundled file; and
    /// it writes what build.rs wrote.
    #[test]
    fn a_tree_written_reads_back_as_it_was() {
        for (rel, bytes) in crate::bundle::TREES {
            let node = decode(bytes).unwrap_or_else(|| panic!("{rel}: does not decode"));
            let mut out = Vec::new();
            encode(&node, &mut out);
            assert!(out == *bytes, "{rel}: written otherwise than by build.rs");
            assert!(decode(&out) == Some(node), "{rel}: does not read back");
        }
    }

    #[test]
    fn damaged_bytes_are_no_tree() {
        let (_, bytes) = crate::bundle::TREES[0];
        assert!(decode(&bytes[..bytes.len() - 1]).is_none());
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(decode(&longer).is_none());
        assert!(decode(&[0, 0, 0, 0, 9]).is_none());
        // A list that claims more items than there are bytes.
        assert!(decode(&[0, 0, 0, 0, 6, 0xff, 0xff, 0x03]).is_none());
    }
}
