//! A YAML document as a tree of nodes, each with its position. Loading first
//! builds this tree, then decodes it into the model, so that every error in a
//! file can be reported at once rather than the first one only.

pub(crate) use super::raw_tree::RawNode;
use crate::diag::Loc;
use serde_saphyr::Spanned;

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

pub(crate) fn loc_of(l: &serde_saphyr::Location) -> Loc {
    let (line, column, offset, len) = super::raw_tree::position(l);
    Loc {
        line,
        column,
        offset,
        len,
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
