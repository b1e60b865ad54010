//! Loading: files → [`Node`](node::Node) trees → typed [`model`](crate::model)
//! values → cross-file validation. Every error of every file is collected;
//! a corpus is handed on only when there is none.

pub mod decode;
pub mod node;

mod common;
mod input;
mod instrument;
mod jurisdiction;
mod overlay;
mod preparsed;
mod raw_tree;
mod scenario;
mod tree_bytes;
pub mod tree_cache;
mod validate;
mod vocabulary;
pub mod yaml;

pub use input::{Input, bundled_versions, resolve_inputs};

/// What to load besides the embedded instruments. `None` loads nothing of
/// that kind; an empty list loads the bundled files.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub jurisdictions: Option<Vec<Input>>,
    pub scenarios: Option<Vec<Input>>,
    /// Keep the jurisdictions in the order named (`diff OLD NEW`), rather
    /// than the order of a listing (the version in force first).
    pub as_named: bool,
    /// Take a file named among the jurisdictions that is a scenario (its
    /// top-level key is `scenario`) as a scenario: `validate` checks every
    /// kind of lexgap file it is given.
    pub any_kind: bool,
}

impl Request {
    /// The jurisdictions `inputs` names, with the bundled scenarios.
    fn named(inputs: &[Input]) -> Request {
        Request {
            jurisdictions: Some(inputs.to_vec()),
            scenarios: Some(Vec::new()),
            as_named: false,
            any_kind: false,
        }
    }
}

use crate::bundle;
use crate::diag::{Code, Diagnostic, Diagnostics, FileId, SourceFile, SourceMap};
use crate::model::{Corpus, Instrument, Jurisdiction, Vocabulary};
use decode::{Cx, Decode};

/// What a load produced: the sources (for rendering diagnostics), every
/// diagnostic, and the corpus when there were no errors.
#[derive(Debug)]
pub struct Loaded {
    pub sources: SourceMap,
    pub diagnostics: Diagnostics,
    pub corpus: Option<Corpus>,
}

/// Loads the embedded instruments and the given jurisdictions (the bundled
/// ones when `inputs` is empty).
pub fn load(inputs: &[Input]) -> Loaded {
    load_request(&Request::named(inputs))
}

/// Like [`load`], keeping the jurisdictions in the order named.
pub fn load_as_named(inputs: &[Input]) -> Loaded {
    load_request(&Request {
        as_named: true,
        ..Request::named(inputs)
    })
}

/// Loads the embedded vocabulary and instruments only.
pub fn load_instruments() -> Loaded {
    load_request(&Request::default())
}

/// Loads the embedded instruments and what the request names.
pub fn load_request(request: &Request) -> Loaded {
    load_request_with(request, None)
}

/// [`load`], the files named parsed through `trees`: decoded where the
/// last build of a site parsed them, and kept for the next.
pub fn load_with_trees(inputs: &[Input], trees: &tree_cache::TreeCache) -> Loaded {
    load_request_with(&Request::named(inputs), Some(trees))
}

fn load_request_with(request: &Request, trees: Option<&tree_cache::TreeCache>) -> Loaded {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();

    let (vocabulary, instruments) = load_reference(&mut sources, &mut diags);

    let files = request
        .jurisdictions
        .as_deref()
        .map(|i| resolve_inputs(i, &mut diags))
        .unwrap_or_default();
    let mut jurisdictions = Vec::new();
    let mut scenarios = Vec::new();
    let files: Vec<(String, Option<std::path::PathBuf>, String)> = files
        .into_iter()
        .filter_map(|f| Some((f.name, f.path, f.text?)))
        .collect();
    // Parsing is most of a load: the files are parsed on other threads while
    // this one decodes them, in order, so the result is the same as parsing
    // them one by one.
    let parse = |text: &str| match trees {
        Some(t) => t.parse(text),
        None => tree_cache::Looked::uncached(yaml::parse_pending(text)),
    };
    yaml::parse_ahead_with(
        files,
        |f| f.2.as_str(),
        &parse,
        |(name, path, text), looked| {
            if let Some(t) = trees {
                t.keep(&looked);
            }
            let parsed = looked.parsed;
            let id = sources.add(SourceFile { name, path, text });
            let Some(node) = parsed.into_node(id, &mut diags) else {
                return;
            };
            if request.any_kind && scenario::is_scenario(&node) {
                let file = sources.get(id);
                let mut cx = Cx::new(id, &file.text, &mut diags);
                if let Some(s) = scenario::decode_scenario(&node, &mut cx, &file.name) {
                    scenarios.push((id, s));
                }
            } else if let Some(loaded) = load_jurisdiction(&mut sources, &mut diags, id, node) {
                jurisdictions.push(loaded);
            }
        },
    );

    let scenario_files = match request.scenarios.as_deref() {
        None => Vec::new(),
        Some([]) => input::data_files(crate::project::Data::Scenarios, &mut diags),
        Some(inputs) => input::resolve_files(inputs, &mut diags),
    };
    for file in scenario_files {
        let name = file.name.clone();
        let Some(text) = file.text else { continue };
        let id = sources.add(SourceFile {
            name: name.clone(),
            path: file.path,
            text,
        });
        let src = &sources.get(id).text;
        if let Some(s) = parse_decode(src, id, &mut diags, |n, cx| {
            scenario::decode_scenario(n, cx, &name)
        }) {
            scenarios.push((id, s));
        }
    }

    if let Some(v) = &vocabulary {
        validate::validate(
            v,
            &instruments,
            &jurisdictions,
            !request.as_named,
            &mut diags,
        );
        validate::validate_scenarios(v, &instruments, &scenarios, &mut diags);
    }
    diags.sort();
    let corpus = match vocabulary {
        Some(vocabulary) if !diags.has_errors() => Some(Corpus {
            vocabulary,
            instruments: {
                let mut v: Vec<Instrument> = instruments.into_iter().map(|(_, i)| i).collect();
                v.sort_by(|a, b| {
                    a.order
                        .total_cmp(&b.order)
                        .then_with(|| a.id.value.cmp(&b.id.value))
                });
                v
            },
            jurisdictions: {
                let named = jurisdictions.into_iter().map(|(_, j, _)| j).collect();
                if request.as_named {
                    named
                } else {
                    in_force_first(named)
                }
            },
            scenarios: scenarios.into_iter().map(|(_, s)| s).collect(),
        }),
        _ => None,
    };
    Loaded {
        sources,
        diagnostics: diags,
        corpus,
    }
}

/// The order of every listing: as named (or as the bundled files sort), but
/// an earlier, superseded version never leads: it follows the version of its
/// jurisdiction that is in force, the most recently superseded first. A reader
/// who stops at the first line of a listing must meet the law in force.
fn in_force_first(jurisdictions: Vec<Jurisdiction>) -> Vec<Jurisdiction> {
    // Where each jurisdiction's version in force stands (one pass, so a
    // large corpus is not searched once per file).
    let mut in_force: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, j) in jurisdictions.iter().enumerate() {
        if j.historical.is_none() {
            in_force.entry(j.code.value.as_str()).or_insert(i);
        }
    }
    let keys: Vec<_> = jurisdictions
        .iter()
        .enumerate()
        .map(|(i, j)| {
            (
                in_force.get(j.code.value.as_str()).copied().unwrap_or(i),
                j.historical
                    .as_ref()
                    .map(|h| std::cmp::Reverse(h.superseded_on)),
                i,
            )
        })
        .collect();
    let mut keyed: Vec<_> = keys.into_iter().zip(jurisdictions).collect();
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, j)| j).collect()
}

/// One file of the reference data (the vocabulary or an instrument).
#[derive(Clone)]
struct ReferenceFile {
    /// The path inside the project, to tell the vocabulary from the instruments.
    rel: String,
    file: SourceFile,
}

/// The vocabulary and the instruments, read by the rule of
/// [`project`](crate::project): from the checkout, or the embedded copies.
fn reference_files(diags: &mut Diagnostics) -> Vec<ReferenceFile> {
    crate::project::files(crate::project::Data::International)
        .iter()
        .filter_map(|f| {
            let input = input::data_file(f, diags);
            Some(ReferenceFile {
                rel: f.rel.clone(),
                file: SourceFile {
                    name: input.name,
                    path: input.path,
                    text: input.text?,
                },
            })
        })
        .collect()
}

/// The vocabulary and instruments, decoded once per process: a process that
/// loads many times (the tests, the fuzz targets, the benchmarks) pays for
/// it once, as long as the files read are those it decoded. Each load still
/// lists their sources first, so file ids are the same as when decoding
/// them afresh.
fn load_reference(
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> (Option<Vocabulary>, Vec<(FileId, Instrument)>) {
    type Reference = (
        Vec<ReferenceFile>,
        Option<Vocabulary>,
        Vec<(FileId, Instrument)>,
        Diagnostics,
    );
    static REFERENCE: std::sync::Mutex<Option<std::sync::Arc<Reference>>> =
        std::sync::Mutex::new(None);
    let files = reference_files(diags);
    if sources.iter().next().is_some() {
        // Not the first files of this load: decode afresh.
        return decode_reference(files, sources, diags);
    }
    let same = |r: &Reference| {
        r.0.len() == files.len()
            && r.0.iter().zip(&files).all(|(a, b)| {
                a.rel == b.rel && a.file.name == b.file.name && a.file.text == b.file.text
            })
    };
    let cached = REFERENCE
        .lock()
        .ok()
        .and_then(|g| g.as_ref().filter(|r| same(r)).cloned());
    let reference = match cached {
        Some(r) => r,
        None => {
            let kept = files.clone();
            let mut fresh = Diagnostics::default();
            let (v, i) = decode_reference(files, &mut SourceMap::default(), &mut fresh);
            let r = std::sync::Arc::new((kept, v, i, fresh));
            if let Ok(mut g) = REFERENCE.lock() {
                *g = Some(r.clone());
            }
            r
        }
    };
    let (files, vocabulary, instruments, found) = &*reference;
    for f in files {
        sources.add(f.file.clone());
    }
    diags.items.extend(found.items.iter().cloned());
    (vocabulary.clone(), instruments.clone())
}

fn decode_reference(
    files: Vec<ReferenceFile>,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> (Option<Vocabulary>, Vec<(FileId, Instrument)>) {
    let mut vocabulary = None;
    let mut instruments = Vec::new();
    for ReferenceFile { rel, file } in files {
        let name = file.name.clone();
        let id = sources.add(file);
        let src = &sources.get(id).text;
        if rel == bundle::VOCABULARY_FILE {
            vocabulary = parse_decode(src, id, diags, Vocabulary::decode);
        } else if let Some(i) = parse_decode(src, id, diags, |n, cx| {
            instrument::decode_instrument(n, cx, &name)
        }) {
            instruments.push((id, i));
        }
    }
    if vocabulary.is_none() && !diags.has_errors() {
        diags.push(Diagnostic::error(
            Code::FileUnreadable,
            crate::msg!("diag-vocabulary-missing", file = bundle::VOCABULARY_FILE),
        ));
    }
    (vocabulary, instruments)
}

/// Loads one jurisdiction file, applying it to its base when it is a draft
/// overlay. Returns the file the decode ran in (the base's, for a draft: the
/// overlay's nodes carry their own file id).
fn load_jurisdiction(
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
    id: FileId,
    node: node::Node,
) -> Option<(FileId, Jurisdiction, jurisdiction::Damage)> {
    let name = sources.get(id).name.clone();
    if !overlay::is_overlay(&node) {
        let text = &sources.get(id).text;
        let mut cx = Cx::new(id, text, diags);
        return jurisdiction::decode_jurisdiction(&node, &mut cx, &name).map(|(j, d)| (id, j, d));
    }
    let meta = {
        let mut cx = Cx::new(id, &sources.get(id).text, diags);
        overlay::meta(&node, &mut cx)?
    };
    // The base: a path relative to the overlay, a path, or a bundled code.
    let near = sources
        .get(id)
        .path
        .as_ref()
        .and_then(|p| p.parent())
        .map(|d| normalize(&d.join(&meta.base.value)));
    let input = match near {
        Some(p) if p.exists() => Input::Path(p),
        _ => Input::parse(&meta.base.value),
    };
    // A base is a jurisdiction file: a bundled code or one `.yaml` file.
    // Anything else is not read, so that no line of it is quoted.
    let not_a_jurisdiction = |diags: &mut Diagnostics| {
        diags.push(
            Diagnostic::error(
                Code::BadValue,
                crate::msg!("diag-draft-base-not-jurisdiction", base = &meta.base.value),
            )
            .at(id, Some(meta.base.loc))
            .path("draft.base"),
        );
    };
    if let Input::Path(p) = &input
        && (p.is_dir() || !p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
    {
        not_a_jurisdiction(diags);
        return None;
    }
    let before = diags.items.len();
    let base_file = resolve_inputs(std::slice::from_ref(&input), diags).pop()?;
    if diags.items.len() > before {
        // Say where the unreadable base was named.
        let d = Diagnostic::error(
            Code::DanglingReference,
            crate::msg!("diag-draft-base", base = &meta.base.value),
        )
        .at(id, Some(meta.base.loc))
        .path("draft.base");
        diags.push(d);
    }
    let base_text = base_file.text?;
    let base_name = base_file.name.clone();
    let base_id = sources.add(SourceFile {
        name: base_name.clone(),
        path: base_file.path,
        text: base_text,
    });
    let base_node = parse_file(&sources.get(base_id).text, base_id, diags)?;
    if base_node.get("jurisdiction").is_none() || overlay::is_overlay(&base_node) {
        not_a_jurisdiction(diags);
        return None;
    }
    let (base, _) = {
        let mut cx = Cx::new(base_id, &sources.get(base_id).text, diags);
        jurisdiction::decode_jurisdiction(&base_node, &mut cx, &base_name)?
    };
    let merged = {
        let mut cx = Cx::new(id, &sources.get(id).text, diags);
        overlay::merge(&base_node, &node, id, &mut cx)?
    };
    let mut cx = Cx::new(base_id, &sources.get(base_id).text, diags);
    cx.others.push((id, &sources.get(id).text));
    let (mut j, damage) = jurisdiction::decode_jurisdiction(&merged, &mut cx, &name)?;
    j.draft = Some(crate::model::Draft {
        title: meta.title,
        note: meta.note,
        base_file: base_name,
        base: Box::new(base),
    });
    Some((base_id, j, damage))
}

/// `a/b/../c` → `a/c`, so that paths in diagnostics read as the user would write them.
fn normalize(p: &std::path::Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir if out.file_name().is_some_and(|n| n != "..") => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

pub(crate) fn parse_file(text: &str, file: FileId, diags: &mut Diagnostics) -> Option<node::Node> {
    // YAML ends a line at a CR as well as at a LF: a file with CR line ends
    // (an old Mac editor) is not one long comment.
    if text.trim().is_empty()
        || text
            .split(['\n', '\r'])
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        diags.push(
            Diagnostic::error(Code::EmptyFile, crate::msg!("diag-empty-file")).at(file, None),
        );
        return None;
    }
    match yaml::parse(text, file) {
        Ok(n) => {
            let refused = yaml::tags_and_merge_keys(text, file);
            if refused.is_empty() {
                return Some(n);
            }
            for d in refused {
                diags.push(d);
            }
            None
        }
        Err(d) => {
            diags.push(d);
            None
        }
    }
}

fn parse_decode<T>(
    text: &str,
    file: FileId,
    diags: &mut Diagnostics,
    f: impl FnOnce(&node::Node, &mut Cx<'_>) -> Option<T>,
) -> Option<T> {
    let node = parse_file(text, file, diags)?;
    let mut cx = Cx::new(file, text, diags);
    f(&node, &mut cx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NUMBER_FIELDS, Test};

    /// The embedded vocabulary and instruments load without a single
    /// diagnostic: every test names vocabulary terms and existing fields
    /// (validation checks both), every requirement quotes its text.
    #[test]
    fn embedded_instruments_are_valid() {
        let loaded = load_instruments();
        let rendered = crate::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
        assert!(loaded.diagnostics.items.is_empty(), "{rendered}");
        let corpus = loaded.corpus.expect("instruments load");
        let ids: Vec<&str> = corpus
            .instruments
            .iter()
            .map(|i| i.id.value.as_str())
            .collect();
        assert_eq!(ids, ["tip", "som", "untoc", "arab"]);
        for i in &corpus.instruments {
            for r in &i.requirements {
                assert!(!r.quotes.is_empty(), "{}", r.id.value);
                assert!(
                    r.quotes.iter().all(|q| q.text.source.starts_with("http")),
                    "{}",
                    r.id.value
                );
            }
        }
    }

    /// An instrument cannot ship half translated: a requirement without
    /// its Arabic title, or with English where the Arabic belongs, does not
    /// load.
    #[test]
    fn a_requirement_needs_its_arabic_wording() {
        let (_, text) = bundle::INTERNATIONAL
            .iter()
            .find(|(rel, _)| rel.ends_with("tip-protocol.yaml"))
            .expect("the TiP Protocol is bundled");
        let edited = text
            .replace("    title_ar: \"الفعل: التنقيل\"\n", "")
            .replace(
                "recommendation_ar: \"إضافة النقل إلى أفعال جريمة الاتجار بالأشخاص.\"",
                "recommendation_ar: \"Add transportation.\"",
            );
        // …and a note of lexgap's without its Arabic.
        let first_note_ar = edited
            .lines()
            .find(|l| l.starts_with("    note_ar: "))
            .expect("a requirement note")
            .to_owned();
        let edited = edited.replacen(&format!("{first_note_ar}\n"), "", 1);
        assert_ne!(&edited, text);
        let mut sources = SourceMap::default();
        let id = sources.add(SourceFile {
            name: "tip-protocol.yaml".into(),
            path: None,
            text: edited.clone(),
        });
        let mut diags = Diagnostics::default();
        let inst = parse_decode(&edited, id, &mut diags, |n, cx| {
            instrument::decode_instrument(n, cx, "tip-protocol.yaml")
        });
        assert!(inst.is_none());
        let found: Vec<(Code, String, String)> = diags
            .items
            .iter()
            .map(|d| {
                (
                    d.code,
                    d.path.clone().unwrap_or_default(),
                    crate::diag::render_human(std::slice::from_ref(d), &sources),
                )
            })
            .collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].0, Code::BadValue);
        assert!(found[0].1.starts_with("requirements[1]"), "{found:?}");
        assert!(found[0].2.contains("is not written in Arabic"), "{found:?}");
        assert_eq!(found[1].0, Code::MissingField);
        assert!(found[1].1.starts_with("requirements[2]"), "{found:?}");
        assert!(
            found[1].2.contains("the Arabic wording of `title`"),
            "{found:?}"
        );
    }

    #[test]
    fn at_least_tests_only_name_numeric_fields() {
        fn walk(t: &Test) {
            match t {
                Test::AtLeast { field, .. } => {
                    assert!(NUMBER_FIELDS.contains(&field.value.as_str()))
                }
                Test::All(ts) | Test::Any(ts) => ts.iter().for_each(walk),
                _ => {}
            }
        }
        let corpus = load_instruments().corpus.expect("instruments load");
        corpus
            .instruments
            .iter()
            .flat_map(|i| &i.requirements)
            .for_each(|r| walk(&r.test));
    }
}
