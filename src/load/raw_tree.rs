//! The parser's settings and the tree it hands over, before positions become
//! [`Loc`](crate::diag::Loc)s; and the writer of a tree in the compact form
//! of `load::tree_bytes`. This file is also compiled into build.rs, which
//! parses the bundled YAML with exactly these settings when the binary is
//! built and writes their trees with this writer (`load::preparsed`), so it
//! uses nothing of the crate.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, MergeKeyPolicy, Options, Spanned};
use std::fmt;

/// Input files larger than this are refused before parsing.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// The budgets lexgap gives the parser; documented in docs/DIAGNOSTICS.md (E012).
pub fn budget() -> Budget {
    let mut b = Budget::default();
    b.max_reader_input_bytes = Some(MAX_INPUT_BYTES);
    b.max_events = 500_000;
    b.max_aliases = 1_000;
    b.max_anchors = 1_000;
    b.max_depth = 64;
    b.max_nodes = 200_000;
    b.max_total_scalar_bytes = MAX_INPUT_BYTES;
    b.max_documents = 1;
    b
}

/// How every document is parsed.
pub fn options() -> Options {
    let mut options = Options::default();
    options.budget = Some(budget());
    options.duplicate_keys = DuplicateKeyPolicy::Error;
    // `<<` stays a key as written; `yaml::tags_and_merge_keys` refuses it.
    options.merge_keys = MergeKeyPolicy::AsOrdinary;
    options.with_snippet = false;
    options
}

/// A node's position as the parser gives it: line, column, byte offset and
/// byte length.
pub fn position(l: &serde_saphyr::Location) -> (u32, u32, usize, usize) {
    let span = l.span();
    (
        u32::try_from(l.line()).unwrap_or(u32::MAX),
        u32::try_from(l.column()).unwrap_or(u32::MAX),
        span.byte_offset()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
        span.byte_len()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
    )
}

/// The serde shape of a node as serde-saphyr hands it over.
#[derive(Debug)]
pub enum RawNode {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<RawNode>>),
    Map(Vec<(Spanned<RawNode>, Spanned<RawNode>)>),
}

impl<'de> Deserialize<'de> for RawNode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

#[derive(Debug)]
pub struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawNode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<RawNode, E> {
        Ok(RawNode::Null)
    }
    fn visit_none<E>(self) -> Result<RawNode, E> {
        Ok(RawNode::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<RawNode, D::Error> {
        RawNode::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<RawNode, E> {
        Ok(RawNode::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<RawNode, E> {
        Ok(RawNode::Int(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawNode, E> {
        i64::try_from(v)
            .map(RawNode::Int)
            .map_err(|_| E::custom("integer too large"))
    }
    fn visit_f64<E>(self, v: f64) -> Result<RawNode, E> {
        Ok(RawNode::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<RawNode, E> {
        Ok(RawNode::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<RawNode, E> {
        Ok(RawNode::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<RawNode, A::Error> {
        let mut v = Vec::new();
        while let Some(x) = a.next_element()? {
            v.push(x);
        }
        Ok(RawNode::Seq(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<RawNode, A::Error> {
        let mut v = Vec::new();
        while let Some(k) = a.next_key()? {
            let val = a.next_value()?;
            v.push((k, val));
        }
        Ok(RawNode::Map(v))
    }
}

/// A tree [`encode`] can write: the parser's (in build.rs) or the loader's
/// `Node`.
pub trait Tree: Sized {
    /// Line, column, byte offset and byte length.
    fn position(&self) -> (u32, u32, usize, usize);
    fn shape(&self) -> Shape<'_, Self>;
}

/// What a node holds.
#[derive(Debug)]
pub enum Shape<'a, N> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a str),
    Seq(&'a [N]),
    Map(&'a [(N, N)]),
}

impl Tree for Spanned<RawNode> {
    fn position(&self) -> (u32, u32, usize, usize) {
        position(&self.referenced)
    }

    fn shape(&self) -> Shape<'_, Self> {
        match &self.value {
            RawNode::Null => Shape::Null,
            RawNode::Bool(b) => Shape::Bool(*b),
            RawNode::Int(i) => Shape::Int(*i),
            RawNode::Float(f) => Shape::Float(*f),
            RawNode::Str(s) => Shape::Str(s),
            RawNode::Seq(items) => Shape::Seq(items),
            RawNode::Map(entries) => Shape::Map(entries),
        }
    }
}

/// Appends `node` to `out`, in the form `load::tree_bytes` reads.
pub fn encode<N: Tree>(node: &N, out: &mut Vec<u8>) {
    let (line, column, offset, len) = node.position();
    number(u64::from(line), out);
    number(u64::from(column), out);
    number(offset as u64, out);
    number(len as u64, out);
    match node.shape() {
        Shape::Null => out.push(0),
        Shape::Bool(b) => out.push(if b { 2 } else { 1 }),
        Shape::Int(i) => {
            out.push(3);
            // Zigzag: 0, -1, 1, -2, … as 0, 1, 2, 3, …
            #[allow(clippy::cast_sign_loss)]
            number(((i << 1) ^ (i >> 63)) as u64, out);
        }
        Shape::Float(f) => {
            out.push(4);
            out.extend_from_slice(&f.to_le_bytes());
        }
        Shape::Str(s) => {
            out.push(5);
            number(s.len() as u64, out);
            out.extend_from_slice(s.as_bytes());
        }
        Shape::Seq(items) => {
            out.push(6);
            number(items.len() as u64, out);
            for i in items {
                encode(i, out);
            }
        }
        Shape::Map(entries) => {
            out.push(7);
            number(entries.len() as u64, out);
            for (k, v) in entries {
                encode(k, out);
                encode(v, out);
            }
        }
    }
}

/// LEB128.
pub fn number(mut n: u64, out: &mut Vec<u8>) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}
