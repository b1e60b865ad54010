//! The parser's settings and the tree it hands over, before positions become
//! [`Loc`](crate::diag::Loc)s. This file is also compiled into build.rs, which
//! parses the bundled YAML with exactly these settings when the binary is
//! built (`load::preparsed`), so it uses nothing of the crate.

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
