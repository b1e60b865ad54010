//! Decoding a [`Node`] tree into typed values while collecting every error.
//!
//! serde stops at the first error of a document; an analyst fixing a file
//! wants all of them. So structs are read field by field through a
//! [`MapReader`], which records type errors, missing fields and unknown
//! fields (with a did-you-mean drawn from the fields actually read) and goes
//! on. A decode returns `None` when its part of the tree was unusable; the
//! errors are already recorded.

use super::node::{Node, NodeKind};
use crate::diag::{Code, Diagnostic, Diagnostics, FileId, Loc, Message, did_you_mean};
use crate::model::Wording;
use crate::model::{Date, Keyword, Sp};
use crate::msg;

#[derive(Debug)]
pub struct Cx<'a> {
    pub file: FileId,
    pub text: &'a str,
    /// Other files whose nodes may appear in the tree (a draft's overlay).
    pub others: Vec<(FileId, &'a str)>,
    pub diags: &'a mut Diagnostics,
    path: Vec<Seg>,
    /// Set while reading a legal text whose source holds directional
    /// formatting characters (`bidi_controls_in_source: true`).
    bidi_allowed: bool,
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

impl<'a> Cx<'a> {
    pub fn new(file: FileId, text: &'a str, diags: &'a mut Diagnostics) -> Self {
        Cx {
            file,
            text,
            others: Vec::new(),
            diags,
            path: Vec::new(),
            bidi_allowed: false,
        }
    }

    /// Runs `f` with directional formatting characters allowed in the
    /// strings it reads: a text the source pack holds with them is quoted
    /// as it is (reports show them visibly).
    pub fn bidi_allowed<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let before = std::mem::replace(&mut self.bidi_allowed, true);
        let r = f(self);
        self.bidi_allowed = before;
        r
    }

    /// The YAML path of the node being decoded, e.g. `offences[0].means[2]`.
    pub fn path(&self) -> String {
        let mut s = String::new();
        for seg in &self.path {
            match seg {
                Seg::Key(k) => {
                    if !s.is_empty() {
                        s.push('.');
                    }
                    s.push_str(k);
                }
                Seg::Index(i) => s.push_str(&format!("[{i}]")),
            }
        }
        s
    }

    pub fn error(&mut self, code: Code, loc: Loc, message: Message) {
        let d = Diagnostic::error(code, message)
            .at(loc.file.unwrap_or(self.file), Some(loc))
            .path(self.path());
        self.diags.push(d);
    }

    pub fn error_help(&mut self, code: Code, loc: Loc, message: Message, help: Option<Message>) {
        let d = Diagnostic::error(code, message)
            .at(loc.file.unwrap_or(self.file), Some(loc))
            .path(self.path())
            .help(help);
        self.diags.push(d);
    }

    fn wrong_type(&mut self, n: &Node, expected: Message) {
        self.error(
            Code::WrongType,
            n.loc,
            msg!(
                "diag-wrong-type",
                expected = expected,
                found = n.kind.describe()
            ),
        );
    }

    pub fn in_key<T>(&mut self, key: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push(Seg::Key(key.to_owned()));
        let r = f(self);
        self.path.pop();
        r
    }

    pub fn in_index<T>(&mut self, i: usize, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push(Seg::Index(i));
        let r = f(self);
        self.path.pop();
        r
    }

    /// The node as a mapping; `what` is the id of the phrase naming what
    /// the mapping holds (`diag-what-law`: "a law").
    pub fn map<'n>(&mut self, n: &'n Node, what: &'static str) -> Option<MapReader<'n>> {
        match &n.kind {
            NodeKind::Map(entries) => Some(MapReader {
                node: n,
                entries,
                read: Vec::new(),
            }),
            _ => {
                self.wrong_type(n, msg!("diag-expected-mapping", what = Message::new(what)));
                None
            }
        }
    }

    pub fn seq<'n>(&mut self, n: &'n Node) -> Option<&'n [Node]> {
        match &n.kind {
            NodeKind::Seq(items) => Some(items),
            _ => {
                self.wrong_type(n, msg!("diag-expected-list"));
                None
            }
        }
    }

    /// The source text of a node, for scalars that YAML typed as numbers or
    /// booleans where lexgap wants text (an article "3", a number "07").
    fn raw(&self, n: &Node) -> Option<String> {
        let text = match n.loc.file {
            Some(f) if f != self.file => self
                .others
                .iter()
                .find(|(id, _)| *id == f)
                .map(|(_, t)| *t)?,
            _ => self.text,
        };
        text.get(n.loc.offset..n.loc.offset + n.loc.len)
            .map(str::to_owned)
    }
}

pub trait Decode: Sized {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self>;
}

fn is_arabic_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Reads the fields of one mapping. `finish` reports the fields that were
/// never asked for.
#[derive(Debug)]

pub struct MapReader<'n> {
    pub node: &'n Node,
    entries: &'n [(Node, Node)],
    read: Vec<&'static str>,
}

impl<'n> MapReader<'n> {
    fn find(&mut self, key: &'static str) -> Option<&'n Node> {
        self.read.push(key);
        self.entries
            .iter()
            .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
            .map(|(_, v)| v)
    }

    /// lexgap's Arabic wording of the field `of`: required, and written in
    /// Arabic (it has an Arabic letter), so that no instrument ships half
    /// translated (docs/FORMAT.md, "Arabic wording").
    pub fn arabic(
        &mut self,
        cx: &mut Cx<'_>,
        key: &'static str,
        of: &'static str,
    ) -> Option<String> {
        if !self.has(key) {
            self.read.push(key);
            cx.error(
                Code::MissingField,
                self.node.loc,
                msg!("diag-missing-arabic", field = key, of = of),
            );
            return None;
        }
        self.arabic_opt(cx, key)
    }

    /// An optional Arabic wording (`title_ar`, `label_ar`): when present, it
    /// must be written in Arabic.
    pub fn arabic_opt(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<String> {
        let v = self.find(key)?;
        cx.in_key(key, |cx| {
            let s = Sp::<String>::decode(v, cx)?;
            if s.value.chars().any(is_arabic_letter) {
                Some(s.value)
            } else {
                cx.error(
                    Code::BadValue,
                    s.loc,
                    msg!("diag-not-arabic", field = key, value = s.value.as_str()),
                );
                None
            }
        })
    }

    /// An encoder's note (`note`) with its optional Arabic (`note_ar`,
    /// docs/FORMAT.md): `None` when there is no note. An Arabic note needs
    /// the English one beside it.
    pub fn note(&mut self, cx: &mut Cx<'_>) -> Option<Wording> {
        self.wording(cx, "note", "note_ar")
    }

    /// An optional text with its optional Arabic (`title` and `title_ar`,
    /// `label` and `label_ar`): the Arabic needs the English beside it.
    pub fn wording(
        &mut self,
        cx: &mut Cx<'_>,
        key: &'static str,
        key_ar: &'static str,
    ) -> Option<Wording> {
        let en: Option<String> = self.opt(cx, key);
        let ar = self.arabic_opt(cx, key_ar);
        if ar.is_some() && !self.has(key) {
            cx.error(
                Code::MissingField,
                self.node.loc,
                msg!("diag-missing-field", field = key),
            );
        }
        en.map(|en| Wording { en, ar })
    }

    /// lexgap's own note (on an instrument or a requirement): optional, but
    /// where there is one its Arabic (`note_ar`) is required, as for titles.
    pub fn note_both(&mut self, cx: &mut Cx<'_>) -> Option<Wording> {
        let en: Option<String> = self.opt(cx, "note");
        let ar = if en.is_some() {
            self.arabic(cx, "note_ar", "note")
        } else {
            self.arabic_opt(cx, "note_ar")
        };
        if en.is_none() && ar.is_some() && !self.has("note") {
            cx.error(
                Code::MissingField,
                self.node.loc,
                msg!("diag-missing-field", field = "note"),
            );
        }
        en.map(|en| Wording { en, ar })
    }

    /// A required note, with its optional Arabic.
    pub fn note_req(&mut self, cx: &mut Cx<'_>) -> Option<Wording> {
        let en: Option<String> = self.req(cx, "note");
        let ar = self.arabic_opt(cx, "note_ar");
        en.map(|en| Wording { en, ar })
    }

    pub fn has(&self, key: &str) -> bool {
        self.entries
            .iter()
            .any(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
    }

    /// An optional field: `None` when absent or invalid (the error is recorded).
    pub fn opt<T: Decode>(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<T> {
        let v = self.find(key)?;
        cx.in_key(key, |cx| T::decode(v, cx))
    }

    /// Like [`opt`](Self::opt), but distinguishes "absent" (`Some(None)`) from
    /// "present and invalid" (`None`).
    pub fn opt_checked<T: Decode>(
        &mut self,
        cx: &mut Cx<'_>,
        key: &'static str,
    ) -> Option<Option<T>> {
        match self.find(key) {
            None => Some(None),
            Some(v) => cx.in_key(key, |cx| T::decode(v, cx)).map(Some),
        }
    }

    /// A required field: records an error when it is missing.
    pub fn req<T: Decode>(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<T> {
        match self.find(key) {
            Some(v) => cx.in_key(key, |cx| T::decode(v, cx)),
            None => {
                cx.error(
                    Code::MissingField,
                    self.node.loc,
                    msg!("diag-missing-field", field = key),
                );
                None
            }
        }
    }

    /// Reports every key that no `opt`/`req` call asked for.
    pub fn finish(self, cx: &mut Cx<'_>) {
        for (k, _) in self.entries {
            match &k.kind {
                NodeKind::Str(s) if self.read.contains(&s.as_str()) => {}
                NodeKind::Str(s) => {
                    let help = did_you_mean(s, self.read.iter().copied());
                    let message = if self.read.is_empty() {
                        msg!("diag-unknown-field", field = s)
                    } else {
                        msg!(
                            "diag-unknown-field-expected",
                            field = s,
                            expected = self.read.clone()
                        )
                    };
                    cx.in_key(s, |cx| {
                        cx.error_help(Code::UnknownField, k.loc, message, help);
                    });
                }
                _ => cx.error(Code::WrongType, k.loc, msg!("diag-keys-not-strings")),
            }
        }
    }
}

impl Decode for String {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Str(s) => {
                if let Some(c) = crate::diag::control_character(s) {
                    cx.error(
                        Code::ControlCharacter,
                        n.loc,
                        msg!(
                            "diag-control-character",
                            code = format!("U+{:04X}", u32::from(c))
                        ),
                    );
                    return None;
                }
                if !cx.bidi_allowed
                    && let Some(c) = crate::diag::bidi_control(s)
                {
                    cx.error_help(
                        Code::BidiControl,
                        n.loc,
                        msg!(
                            "diag-bidi-control",
                            code = format!("U+{:04X}", u32::from(c))
                        ),
                        // Only a legal text may keep one, by saying so.
                        Some(if cx.path().ends_with("text") {
                            msg!("diag-bidi-control-help")
                        } else {
                            msg!("diag-bidi-control-delete")
                        }),
                    );
                    return None;
                }
                Some(s.clone())
            }
            NodeKind::Int(_) | NodeKind::Float(_) => cx.raw(n),
            // YAML reads `NO` (Norway), `no` (Norwegian), `yes`, `on`, `off`
            // as true or false: say so, and how to keep the word.
            NodeKind::Bool(_) => {
                cx.error_help(
                    Code::WrongType,
                    n.loc,
                    msg!(
                        "diag-wrong-type",
                        expected = msg!("diag-expected-string"),
                        found = n.kind.describe()
                    ),
                    Some(msg!("diag-quote-boolean-word")),
                );
                None
            }
            _ => {
                cx.wrong_type(n, msg!("diag-expected-string"));
                None
            }
        }
    }
}

impl Decode for bool {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            NodeKind::Bool(b) => Some(*b),
            _ => {
                cx.wrong_type(n, msg!("diag-expected-bool"));
                None
            }
        }
    }
}

impl Decode for f64 {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        match &n.kind {
            #[allow(clippy::cast_precision_loss)]
            NodeKind::Int(i) => Some(*i as f64),
            NodeKind::Float(f) if f.is_finite() => Some(*f),
            _ => {
                cx.wrong_type(n, msg!("diag-expected-number"));
                None
            }
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    /// Decodes every item; a bad item is reported and left out.
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let items = cx.seq(n)?;
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match cx.in_index(i, |cx| T::decode(item, cx)) {
                Some(v) => out.push(v),
                None => ok = false,
            }
        }
        // Partial lists would read as "complete" lists missing an item, so a
        // list with a bad item is unusable as a whole; the errors are recorded.
        ok.then_some(out)
    }
}

/// A list whose good items are kept even when some items are bad (the errors
/// are recorded). Used for the top-level lists of a jurisdiction, so that one
/// bad offence does not hide the errors of the others.
#[derive(Debug)]
pub struct Lenient<T> {
    pub items: Vec<T>,
    pub complete: bool,
}

impl<T: Decode> Decode for Lenient<T> {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let items = cx.seq(n)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(v) = cx.in_index(i, |cx| T::decode(item, cx)) {
                out.push(v);
            }
        }
        let complete = out.len() == items.len();
        Some(Lenient {
            items: out,
            complete,
        })
    }
}

impl<T: Decode> Decode for Sp<T> {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        T::decode(n, cx).map(|value| Sp { value, loc: n.loc })
    }
}

impl Decode for Date {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        let s = String::decode(n, cx)?;
        match Date::parse(&s) {
            Some(d) => Some(d),
            None => {
                cx.error(Code::BadDate, n.loc, msg!("diag-bad-date", value = s));
                None
            }
        }
    }
}

/// The phrase naming a keyword enumeration in messages: the catalogue id
/// made from its [`WHAT`](Keyword::WHAT) (`law status` →
/// `diag-keyword-law-status`).
fn keyword_what<K: Keyword>() -> Message {
    Message::dynamic(keyword_what_id(K::WHAT))
}

/// Every keyword enumeration of the model is decoded from its words.
impl<K: Keyword> Decode for K {
    fn decode(n: &Node, cx: &mut Cx<'_>) -> Option<Self> {
        decode_keyword(n, cx)
    }
}

pub fn decode_keyword<K: Keyword>(n: &Node, cx: &mut Cx<'_>) -> Option<K> {
    let s = match &n.kind {
        NodeKind::Str(s) => s.clone(),
        NodeKind::Bool(b) => b.to_string(),
        _ => {
            cx.wrong_type(n, msg!("diag-expected-word", what = keyword_what::<K>()));
            return None;
        }
    };
    if let Some((_, v)) = K::WORDS.iter().find(|(w, _)| *w == s) {
        return Some(*v);
    }
    let words: Vec<&str> = K::WORDS.iter().map(|(w, _)| *w).collect();
    let help = did_you_mean(&s, words.iter().copied());
    cx.error_help(
        Code::BadValue,
        n.loc,
        msg!(
            "diag-bad-keyword",
            value = s,
            what = keyword_what::<K>(),
            expected = words
        ),
        help,
    );
    None
}

/// The catalogue id of the phrase naming a keyword enumeration in messages.
pub fn keyword_what_id(what: &str) -> String {
    format!("diag-keyword-{}", what.replace(' ', "-"))
}
