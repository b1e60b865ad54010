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
    pub note: Option<crate::model::Wording>,
}

impl Decode for Meta {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let mut m = cx.map(n, "diag-what-draft-header")?;
        let base = m.req(cx, "base");
        let title = m.req(cx, "title");
        let note = m.note(cx);
        m.finish(cx);
        Some(Meta {
            base: base?,
            title: title?,
            note,
        })
    }
}

pub fn is_overlay(n: &Node) -> bool {
    n.get("draft").is_some()
}

/// Reads the header only (to find the base before merging).
pub fn meta(overlay: &Node, cx: &mut Cx<'_>) -> Option<Meta> {
    let header = overlay.get("draft")?;
    cx.in_key("draft", |cx| Meta::decode(header, cx))
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
    match item.get(field).and_then(str_of) {
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
                .position(|b| b.get(field).and_then(str_of) == Some(id))
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
            .find(|b| b.get("id").and_then(str_of) == Some(id))
        {
            Some(base) => {
                let (NodeKind::Map(fields), NodeKind::Map(base_fields)) =
                    (&item.kind, &mut base.kind)
                else {
                    continue;
                };
                for (fk, fv) in fields {
                    let field = str_of(fk).unwrap_or("?");
                    let slot = base_fields.iter().position(|(bk, _)| bk.kind == fk.kind);
                    ok &= cx.in_index(i, |cx| {
                        cx.in_key(field, |cx| {
                            let slot = match slot {
                                Some(p) => p,
                                None => {
                                    let empty = Node {
                                        kind: NodeKind::Seq(Vec::new()),
                                        loc: fv.loc,
                                    };
                                    base_fields.push((fk.clone(), empty));
                                    if !is_list_op(fv) {
                                        let last = base_fields.len() - 1;
                                        base_fields[last].1 = fv.clone();
                                        return true;
                                    }
                                    base_fields.len() - 1
                                }
                            };
                            let target = &mut base_fields[slot].1;
                            if is_list_op(fv) {
                                apply_list_op(target, fv, id, field, cx)
                            } else {
                                warn_dropped(target, fv, id, field, cx);
                                *target = fv.clone();
                                true
                            }
                        })
                    });
                }
            }
            None => {
                let mut added = item.clone();
                ok &= cx.in_index(i, |cx| ops_on_empty_lists(&mut added, id, cx));
                base_items.push(added);
            }
        }
    }
    ok
}

/// An offence the draft adds has no base lists: a list written as a change
/// (`{add, remove}`) applies to an empty one, so the schema's one form of an
/// offence item holds for new offences and patches alike.
fn ops_on_empty_lists(offence: &mut Node, id: &str, cx: &mut Cx<'_>) -> bool {
    let NodeKind::Map(fields) = &mut offence.kind else {
        return true;
    };
    let mut ok = true;
    for (fk, fv) in fields.iter_mut() {
        if !is_list_op(fv) {
            continue;
        }
        let field = str_of(fk).unwrap_or("?").to_owned();
        let op = fv.clone();
        *fv = Node {
            kind: NodeKind::Seq(Vec::new()),
            loc: op.loc,
        };
        ok &= cx.in_key(&field, |cx| apply_list_op(fv, &op, id, &field, cx));
    }
    ok
}

/// The keys of a list change.
const LIST_OP_KEYS: &[&str] = &["add", "remove"];

/// `{add: [...], remove: [...]}` in an offence patch: a change to the base
/// list rather than a new list. A mapping with `add` or `remove` is one, so
/// a misspelt third key is reported as such rather than the whole mapping
/// being taken for a list of the wrong type.
fn is_list_op(v: &Node) -> bool {
    match &v.kind {
        NodeKind::Map(entries) => entries
            .iter()
            .any(|(k, _)| str_of(k).is_some_and(|k| LIST_OP_KEYS.contains(&k))),
        _ => false,
    }
}

/// What identifies an item of a list: a bare term or id, or the `term`,
/// `other` or `id` of a detailed item.
fn item_key(item: &Node) -> Option<&str> {
    str_of(item).or_else(|| {
        ["term", "other", "id"]
            .iter()
            .find_map(|f| item.get(f).and_then(str_of))
    })
}

/// The items of a list field of the base: a plain sequence, or the `items`
/// of the open form.
fn list_items(base: &mut Node) -> Option<&mut Vec<Node>> {
    if matches!(base.kind, NodeKind::Map(_)) {
        let NodeKind::Map(entries) = &mut base.kind else {
            return None;
        };
        let (_, items) = entries
            .iter_mut()
            .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == "items"))?;
        return list_items(items);
    }
    match &mut base.kind {
        NodeKind::Seq(items) => Some(items),
        _ => None,
    }
}

fn apply_list_op(base: &mut Node, op: &Node, offence: &str, field: &str, cx: &mut Cx<'_>) -> bool {
    let Some(base_items) = list_items(base) else {
        cx.error(
            Code::WrongType,
            op.loc,
            msg!(
                "diag-draft-list-op-not-list",
                offence = offence,
                field = field
            ),
        );
        return false;
    };
    let NodeKind::Map(entries) = &op.kind else {
        return false;
    };
    let mut ok = true;
    // Removals first, so that `remove: [x]` with `add: [{term: x, ...}]`
    // replaces x.
    let mut ordered: Vec<&(Node, Node)> = entries.iter().collect();
    ordered.sort_by_key(|(k, _)| str_of(k) != Some("remove"));
    for (k, v) in ordered {
        let op_name = str_of(k).unwrap_or("?");
        if !LIST_OP_KEYS.contains(&op_name) {
            let help = did_you_mean(op_name, LIST_OP_KEYS.iter().copied());
            cx.in_key(op_name, |cx| {
                cx.error_help(
                    Code::UnknownField,
                    k.loc,
                    msg!(
                        "diag-unknown-field-expected",
                        field = op_name,
                        expected = LIST_OP_KEYS
                    ),
                    help,
                );
            });
            ok = false;
            continue;
        }
        let Some(items) = items(v, cx, op_name) else {
            ok = false;
            continue;
        };
        cx.in_key(op_name, |cx| {
            for (i, item) in items.iter().enumerate() {
                let Some(key) = item_key(item) else {
                    cx.in_index(i, |cx| {
                        cx.error(Code::WrongType, item.loc, msg!("diag-draft-list-op-item"));
                    });
                    ok = false;
                    continue;
                };
                let at = base_items.iter().position(|b| item_key(b) == Some(key));
                match (op_name, at) {
                    ("remove", Some(p)) => {
                        base_items.remove(p);
                    }
                    ("remove", None) => {
                        let known: Vec<&str> = base_items.iter().filter_map(item_key).collect();
                        let help = did_you_mean(key, known.iter().copied());
                        cx.in_index(i, |cx| {
                            cx.error_help(
                                Code::DanglingReference,
                                item.loc,
                                msg!(
                                    "diag-draft-list-remove-missing",
                                    offence = offence,
                                    field = field,
                                    item = key
                                ),
                                help,
                            );
                        });
                        ok = false;
                    }
                    (_, Some(p)) => base_items[p] = item.clone(),
                    (_, None) => base_items.push(item.clone()),
                }
            }
        });
    }
    ok
}

/// Warns when a patch restates a base list and leaves out items, or the
/// notes of items, that it does not name: they vanish from the draft, and a
/// drafter who meant to add one term has silently taken others out.
fn warn_dropped(base: &Node, new: &Node, offence: &str, field: &str, cx: &mut Cx<'_>) {
    let mut base = base.clone();
    let mut new = new.clone();
    let (Some(old_items), Some(new_items)) = (list_items(&mut base), list_items(&mut new)) else {
        return;
    };
    let mut dropped: Vec<&str> = Vec::new();
    let mut notes: Vec<&str> = Vec::new();
    for b in old_items.iter() {
        let Some(key) = item_key(b) else { continue };
        match new_items.iter().find(|n| item_key(n) == Some(key)) {
            None => dropped.push(key),
            Some(n) if b.get("note").is_some() && n.get("note").is_none() => {
                notes.push(key);
            }
            Some(_) => {}
        }
    }
    for (id, keys) in [
        ("diag-draft-drops", &dropped),
        ("diag-draft-drops-notes", &notes),
    ] {
        if !keys.is_empty() {
            cx.error_help(
                Code::DraftDropsItems,
                new.loc,
                crate::diag::Message::new(id)
                    .arg("offence", offence)
                    .arg("field", field)
                    .arg("items", keys.join(", ")),
                Some(msg!("diag-draft-drops-help", field = field)),
            );
        }
    }
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
                .position(|b| b.get(field).and_then(str_of) == Some(name))
            {
                Some(p) => {
                    base_items.remove(p);
                }
                None => {
                    let known: Vec<&str> = base_items
                        .iter()
                        .filter_map(|b| b.get(field).and_then(str_of))
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
