//! A YAML document as a tree of nodes, each with its position. Loading first
//! builds this tree, then decodes it into the model, so that every error in a
//! file can be reported at once rather than the first one only.

use crate::diag::Loc;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub loc: Loc,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// The value of `key` in a map (`None` for a scalar or a sequence).
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            NodeKind::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

impl NodeKind {
    /// The name of the kind, as used in "expected X, found Y".
    pub fn describe(&self) -> crate::diag::Message {
        crate::diag::Message::new(match self {
            NodeKind::Null => "diag-node-null",
            NodeKind::Bool(_) => "diag-node-bool",
            NodeKind::Int(_) => "diag-node-int",
            NodeKind::Float(_) => "diag-node-float",
            NodeKind::Str(_) => "diag-node-string",
            NodeKind::Seq(_) => "diag-node-list",
            NodeKind::Map(_) => "diag-node-mapping",
        })
    }
}

/// The serde shape of a node as serde-saphyr hands it over, before spans are
/// turned into [`Loc`]s.
pub(crate) enum RawNode {
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

struct RawVisitor;

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

pub(crate) fn loc_of(l: &serde_saphyr::Location) -> Loc {
    let span = l.span();
    Loc {
        line: u32::try_from(l.line()).unwrap_or(u32::MAX),
        column: u32::try_from(l.column()).unwrap_or(u32::MAX),
        offset: span
            .byte_offset()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
        len: span
            .byte_len()
            .and_then(|o| usize::try_from(o).ok())
            .unwrap_or(0),
        file: None,
    }
}

impl From<Spanned<RawNode>> for Node {
    fn from(s: Spanned<RawNode>) -> Node {
        let loc = loc_of(&s.referenced);
        let kind = match s.value {
            RawNode::Null => NodeKind::Null,
            RawNode::Bool(b) => NodeKind::Bool(b),
            RawNode::Int(i) => NodeKind::Int(i),
            RawNode::Float(f) => NodeKind::Float(f),
            RawNode::Str(s) => NodeKind::Str(s),
            RawNode::Seq(v) => NodeKind::Seq(v.into_iter().map(Node::from).collect()),
            RawNode::Map(v) => NodeKind::Map(
                v.into_iter()
                    .map(|(k, v)| (Node::from(k), Node::from(v)))
                    .collect(),
            ),
        };
        Node { kind, loc }
    }
}
