//! Draft bills written as overlays: a small file that states only what it
//! changes, applied to a base encoding at the level of the YAML tree. The
//! merged tree is then decoded and validated like any jurisdiction; its
//! overlay nodes carry the overlay's file id, so diagnostics point into the
//! overlay.
//!
//! Rules: `as_of` and `encoding` replace the base's; `laws`, `provisions`,
//! `measures` and `not_provided` items replace the base item with the same key
//! (`id`, `id`, `measure`, `term`) or are added; an `offences` item patches the
//! base offence with the same `id` field by field (each field given replaces
//! the base's whole), or is added; `beyond` items are added; `remove` lists the
//! keys of base items to take out.

use super::decode::{Cx, Decode};
use super::node::{Node, NodeKind};
use crate::diag::{Code, FileId, did_you_mean};
use crate::model::Sp;
use crate::msg;

const KEYS: &[&str] = &[
    "draft",
    "as_of",
    "encoding",
    "laws",
    "provisions",
    "offences",
    "measures",
    "not_provided",
    "beyond",
    "remove",
];

/// The lists `remove` may name.
const REMOVE_KEYS: &[&str] = &["laws", "provisions", "offences", "measures", "not_provided"];

/// The overlay's `draft:` header.
#[derive(Debug)]
pub struct Meta {
    pub base: Sp<String>,
    pub title: String,
    pub note: Option<String>,
}

impl Decode for Meta {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-draft-header")?;
        let base = m.req(cx, "base");
        let title = m.req(cx, "title");
        let note = m.opt(cx, "note");
        m.finish(cx);
        Some(Meta {
            base: base?,
            title: title?,
            note,
        })
    }
}

pub fn is_overlay(n: &Node) -> bool {
    map_get(n, "draft").is_some()
}

/// Reads the header only (to find the base before merging).
pub fn meta(overlay: &Node, cx: &mut Cx<'_>) -> Option<Meta> {
    let header = map_get(overlay, "draft")?;
    cx.in_key("draft", |cx| Meta::decode(header, cx))
}

fn map_get<'n>(n: &'n Node, key: &str) -> Option<&'n Node> {
    match &n.kind {
        NodeKind::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn str_of(n: &Node) -> Option<&str> {
    match &n.kind {
        NodeKind::Str(s) => Some(s),
        _ => None,
    }
}

fn stamp(n: &mut Node, file: FileId) {
    n.loc.file = Some(file);
    match &mut n.kind {
        NodeKind::Seq(items) => items.iter_mut().for_each(|i| stamp(i, file)),
        NodeKind::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            stamp(k, file);
            stamp(v, file);
        }),
        _ => {}
    }
}

/// The entries of a mapping node, creating the mapping's entry `key` when missing.
fn entry<'n>(map: &'n mut Node, key: &str, template: &Node) -> &'n mut Node {
    let NodeKind::Map(entries) = &mut map.kind else {
        unreachable!("merge works on mappings")
    };
    if let Some(i) = entries
        .iter()
        .position(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
    {
        return &mut entries[i].1;
    }
    let k = Node {
        kind: NodeKind::Str(key.to_owned()),
        loc: template.loc,
    };
    entries.push((
        k,
        Node {
            kind: NodeKind::Seq(Vec::new()),
            loc: template.loc,
        },
    ));
    let last = entries.len() - 1;
    &mut entries[last].1
}

/// Applies the overlay to a copy of the base tree. Errors are recorded in
/// `cx`, which decodes the overlay file; the parts of the overlay that can be
/// applied still are, so that their own errors are found in the same run.
pub fn merge(base: &Node, overlay: &Node, overlay_file: FileId, cx: &mut Cx<'_>) -> Option<Node> {
    let mut merged = base.clone();
    if !matches!(merged.kind, NodeKind::Map(_)) {
        return None;
    }
    let mut ov = overlay.clone();
    stamp(&mut ov, overlay_file);
    let NodeKind::Map(entries) = &ov.kind else {
        cx.error(Code::WrongType, ov.loc, msg!("diag-draft-not-mapping"));
        return None;
    };
    let mut ok = true;
    for (k, v) in entries {
        let Some(key) = str_of(k) else {
            cx.error(Code::WrongType, k.loc, msg!("diag-keys-not-strings"));
            ok = false;
            continue;
        };
        let done = cx.in_key(key, |cx| match key {
            "draft" => true,
            "as_of" | "encoding" => {
                *entry(&mut merged, key, v) = v.clone();
                true
            }
            "laws" | "provisions" => replace_by(&mut merged, key, "id", v, cx),
            "measures" => replace_by(&mut merged, key, "measure", v, cx),
            "not_provided" => replace_by(&mut merged, key, "term", v, cx),
            "offences" => patch_offences(&mut merged, v, cx),
            "beyond" => match &v.kind {
                NodeKind::Seq(items) => {
                    if let NodeKind::Seq(base_items) = &mut entry(&mut merged, key, v).kind {
                        base_items.extend(items.iter().cloned());
                    }
                    true
                }
                _ => {
                    cx.error(Code::WrongType, v.loc, msg!("diag-draft-beyond"));
                    false
                }
            },
            "remove" => remove(&mut merged, v, cx),
            "jurisdiction" | "historical" => {
                cx.error(
                    Code::BadValue,
                    k.loc,
                    msg!("diag-draft-cannot-change", key = key),
                );
                false
            }
            other => {
                let help = did_you_mean(other, KEYS.iter().copied());
                cx.error_help(
                    Code::UnknownField,
                    k.loc,
                    msg!("diag-draft-unknown-field", field = other, expected = KEYS),
                    help,
                );
                false
            }
        });
        ok &= done;
    }
    // Errors are recorded; the merged tree still goes on to be decoded.
    let _applied_cleanly = ok;
    Some(merged)
}

fn items<'n>(v: &'n Node, cx: &mut Cx<'_>, key: &str) -> Option<&'n [Node]> {
    match &v.kind {
        NodeKind::Seq(items) => Some(items),
        _ => {
            cx.error(Code::WrongType, v.loc, msg!("diag-draft-list", key = key));
            None
        }
    }
}

/// The value of an item's key field, or an error at the item.
fn key_of<'n>(item: &'n Node, field: &str, cx: &mut Cx<'_>) -> Option<&'n str> {
    match map_get(item, field).and_then(str_of) {
        Some(k) => Some(k),
        None => {
            cx.error(
                Code::MissingField,
                item.loc,
                msg!("diag-draft-item-key", field = field),
            );
            None
        }
    }
}

fn replace_by(merged: &mut Node, key: &str, field: &str, v: &Node, cx: &mut Cx<'_>) -> bool {
    let Some(new_items) = items(v, cx, key) else {
        return false;
    };
    let mut ok = true;
    let target = entry(merged, key, v);
    for (i, item) in new_items.iter().enumerate() {
        let Some(id) = cx.in_index(i, |cx| key_of(item, field, cx)) else {
            ok = false;
            continue;
        };
        if let NodeKind::Seq(base_items) = &mut target.kind {
            match base_items
                .iter()
                .position(|b| map_get(b, field).and_then(str_of) == Some(id))
            {
                Some(p) => base_items[p] = item.clone(),
                None => base_items.push(item.clone()),
            }
        }
    }
    ok
}

fn patch_offences(merged: &mut Node, v: &Node, cx: &mut Cx<'_>) -> bool {
    let Some(new_items) = items(v, cx, "offences") else {
        return false;
    };
    let mut ok = true;
    let target = entry(merged, "offences", v);
    for (i, item) in new_items.iter().enumerate() {
        let Some(id) = cx.in_index(i, |cx| key_of(item, "id", cx)) else {
            ok = false;
            continue;
        };
        let NodeKind::Seq(base_items) = &mut target.kind else {
            continue;
        };
        match base_items
            .iter_mut()
            .find(|b| map_get(b, "id").and_then(str_of) == Some(id))
        {
            Some(base) => {
                let (NodeKind::Map(fields), NodeKind::Map(base_fields)) =
                    (&item.kind, &mut base.kind)
                else {
                    continue;
                };
                for (fk, fv) in fields {
                    match base_fields.iter_mut().find(|(bk, _)| bk.kind == fk.kind) {
                        Some(slot) => slot.1 = fv.clone(),
                        None => base_fields.push((fk.clone(), fv.clone())),
                    }
                }
            }
            None => base_items.push(item.clone()),
        }
    }
    ok
}

fn remove(merged: &mut Node, v: &Node, cx: &mut Cx<'_>) -> bool {
    let NodeKind::Map(lists) = &v.kind else {
        cx.error(Code::WrongType, v.loc, msg!("diag-draft-remove-mapping"));
        return false;
    };
    let mut ok = true;
    for (k, ids) in lists {
        let (list, field) = match str_of(k) {
            Some(l @ ("laws" | "provisions" | "offences")) => (l, "id"),
            Some("measures") => ("measures", "measure"),
            Some("not_provided") => ("not_provided", "term"),
            other => {
                let name = other.unwrap_or("?");
                let help = did_you_mean(name, REMOVE_KEYS.iter().copied());
                cx.in_key(name, |cx| {
                    cx.error_help(
                        Code::UnknownField,
                        k.loc,
                        msg!(
                            "diag-draft-remove-unknown",
                            field = name,
                            expected = REMOVE_KEYS
                        ),
                        help,
                    );
                });
                ok = false;
                continue;
            }
        };
        let Some(ids) = items(ids, cx, list) else {
            ok = false;
            continue;
        };
        let target = entry(merged, list, v);
        let NodeKind::Seq(base_items) = &mut target.kind else {
            continue;
        };
        for id in ids {
            let Some(name) = str_of(id) else {
                cx.error(Code::WrongType, id.loc, msg!("diag-draft-remove-ids"));
                ok = false;
                continue;
            };
            match base_items
                .iter()
                .position(|b| map_get(b, field).and_then(str_of) == Some(name))
            {
                Some(p) => {
                    base_items.remove(p);
                }
                None => {
                    let known: Vec<&str> = base_items
                        .iter()
                        .filter_map(|b| map_get(b, field).and_then(str_of))
                        .collect();
                    let help = did_you_mean(name, known.iter().copied());
                    cx.error_help(
                        Code::DanglingReference,
                        id.loc,
                        msg!("diag-draft-remove-missing", list = list, id = name),
                        help,
                    );
                    ok = false;
                }
            }
        }
    }
    ok
}
