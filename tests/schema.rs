//! The JSON Schemas of `lexgap schema` (src/schema.rs) against the loader
//! they describe. The loader is a hand-written decoder, so the schema is
//! checked against it from both sides:
//!
//! - every bundled jurisdiction, scenario and draft file (and the fixtures)
//!   validates against the schema, so the schema is never stricter than the
//!   files lexgap reads;
//! - a file generated from the schema, using every field the schema knows
//!   and with an unknown probe field in every mapping, is loaded by the real
//!   loader: at every mapping the loader must reject the probe and name, as
//!   the fields it expected, exactly the fields the schema lists there; no
//!   field the schema lists may be unknown to it, and no value the schema
//!   generated may be of the wrong type or out of a closed set.
//!
//! and the files under `schema/` must be what `lexgap schema` prints.

use lexgap::diag::{Code, FileId};
use lexgap::load::node::{Node, NodeKind};
use lexgap::load::{Input, Request, load_instruments, load_request};
use lexgap::schema::{Kind, schema, schema_text};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const PROBE: &str = "zz_probe";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn vocabulary() -> lexgap::model::Vocabulary {
    load_instruments()
        .corpus
        .expect("instruments load")
        .vocabulary
}

fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .expect("directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    v.sort();
    v
}

/// The YAML tree as the loader sees it, as JSON.
fn to_json(n: &Node) -> Value {
    match &n.kind {
        NodeKind::Null => Value::Null,
        NodeKind::Bool(b) => json!(b),
        NodeKind::Int(i) => json!(i),
        NodeKind::Float(f) => json!(f),
        NodeKind::Str(s) => json!(s),
        NodeKind::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        NodeKind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| {
                    let key = match &k.kind {
                        NodeKind::Str(s) => s.clone(),
                        other => format!("{other:?}"),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
    }
}

fn parse(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    let node = lexgap::load::yaml::parse(&text, FileId(0)).expect("parses");
    to_json(&node)
}

fn validator(kind: Kind) -> jsonschema::Validator {
    let s = schema(kind, &vocabulary());
    jsonschema::meta::validate(&s).expect("the schema is a valid draft-07 schema");
    jsonschema::validator_for(&s).expect("the schema compiles")
}

fn assert_valid(kind: Kind, files: &[PathBuf]) {
    let v = validator(kind);
    assert!(!files.is_empty());
    for f in files {
        let instance = parse(f);
        let errors: Vec<String> = v
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{} does not validate against the {kind:?} schema:\n{}",
            f.display(),
            errors.join("\n")
        );
    }
}

#[test]
fn every_bundled_jurisdiction_file_validates_against_the_schema() {
    let mut files = yaml_files("statutes/national");
    files.extend(yaml_files("tests/fixtures"));
    files.extend(yaml_files("tests/fixtures-injection"));
    assert_valid(Kind::Jurisdiction, &files);
}

#[test]
fn every_bundled_scenario_file_validates_against_the_schema() {
    let mut files = yaml_files("scenarios");
    files.extend(yaml_files("tests/scenarios"));
    assert_valid(Kind::Scenario, &files);
}

#[test]
fn every_draft_fixture_validates_against_the_draft_schema() {
    assert_valid(Kind::Draft, &yaml_files("tests/drafts"));
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let v = validator(Kind::Jurisdiction);
    for bad in [
        "tests/bad/unknown-field-top.yaml",
        "tests/bad/unknown-field-offence.yaml",
        "tests/bad/unknown-term-means.yaml",
        "tests/bad/bad-enum-status.yaml",
        "tests/bad/bad-code-lowercase.yaml",
        "tests/bad/missing-field-text.yaml",
        "tests/bad/wrong-type-consent-string.yaml",
    ] {
        assert!(
            !v.is_valid(&parse(&root().join(bad))),
            "{bad} should not validate"
        );
    }
}

#[test]
fn the_committed_schemas_are_up_to_date() {
    let vocab = vocabulary();
    for kind in Kind::ALL {
        let path = root().join("schema").join(kind.file_name());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == schema_text(kind, &vocab),
            "{} is out of date: run `cargo run -- schema {} -o {}`",
            path.display(),
            format!("{kind:?}").to_lowercase(),
            Path::new("schema").join(kind.file_name()).display()
        );
    }
}

#[test]
fn every_bundled_file_carries_the_schema_line() {
    for (dir, file) in [
        ("statutes/national", "../../schema/jurisdiction.schema.json"),
        ("scenarios", "../schema/scenario.schema.json"),
        ("tests/drafts", "../../schema/draft.schema.json"),
    ] {
        for f in yaml_files(dir) {
            let text = std::fs::read_to_string(&f).expect("readable");
            let first = text.lines().next().unwrap_or("");
            assert_eq!(
                first,
                format!("# yaml-language-server: $schema={file}"),
                "{}",
                f.display()
            );
            assert!(root().join(dir).join(file).is_file(), "{dir}: {file}");
        }
    }
}

// ------------------------------------------------------------------ probes

/// Builds an instance of the schema that uses every property, with a probe
/// field in every mapping of fixed properties. `round` picks the variant of
/// a property whose schema is a choice (`anyOf`); array items get one item
/// per variant. Records, per mapping (path with indices dropped), the union
/// of the properties the schema lists there.
struct Generator<'a> {
    defs: &'a Map<String, Value>,
    round: usize,
    probes: bool,
    maps: BTreeMap<String, BTreeSet<String>>,
}

impl Generator<'_> {
    fn resolve<'s>(&'s self, s: &'s Value) -> &'s Value {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let name = r.trim_start_matches("#/definitions/");
            return self.resolve(&self.defs[name]);
        }
        if let Some(all) = s.get("allOf").and_then(Value::as_array) {
            assert_eq!(all.len(), 1, "allOf wraps a single reference: {s}");
            return self.resolve(&all[0]);
        }
        s
    }

    fn variants<'s>(&'s self, s: &'s Value) -> Vec<&'s Value> {
        let s = self.resolve(s);
        match s.get("anyOf").or_else(|| s.get("oneOf")) {
            Some(Value::Array(alts)) => alts.iter().flat_map(|a| self.variants(a)).collect(),
            _ => vec![s],
        }
    }

    fn gen_value(&mut self, s: &Value, path: &str) -> Value {
        let variants = self.variants(s);
        let chosen = variants[self.round % variants.len()].clone();
        self.gen_one(&chosen, path)
    }

    fn gen_one(&mut self, s: &Value, path: &str) -> Value {
        if let Some(e) = s.get("examples").and_then(|e| e.get(0)) {
            return e.clone();
        }
        if let Some(e) = s.get("enum").and_then(|e| e.get(0)) {
            return e.clone();
        }
        assert!(
            s.get("pattern").is_none(),
            "a pattern needs an example for the generator: {s}"
        );
        let ty = match s.get("type") {
            Some(Value::Array(ts)) => ts[self.round % ts.len()].as_str().unwrap_or("string"),
            Some(Value::String(t)) => t.as_str(),
            _ => panic!("no type at {path}: {s}"),
        };
        match ty {
            "string" => json!("x"),
            "number" | "integer" => json!(18),
            "boolean" => json!(true),
            "array" => {
                let items = s.get("items").expect("array items");
                let variants: Vec<Value> = self.variants(items).into_iter().cloned().collect();
                // The items of a draft's list change (`acts: {add: [...]}`)
                // are checked once merged into the base list, and the
                // loader reports them at their place there.
                let item_path = format!("{}[]", path.strip_suffix(".add").unwrap_or(path));
                Value::Array(
                    variants
                        .iter()
                        .map(|v| self.gen_one(v, &item_path))
                        .collect(),
                )
            }
            "object" => {
                let mut o = Map::new();
                match s.get("properties").and_then(Value::as_object) {
                    Some(props) => {
                        let names = self.maps.entry(path.to_owned()).or_default();
                        names.extend(props.keys().cloned());
                        for (k, v) in props {
                            let p = if path.is_empty() {
                                k.clone()
                            } else {
                                format!("{path}.{k}")
                            };
                            o.insert(k.clone(), self.gen_value(v, &p));
                        }
                        if self.probes {
                            o.insert(PROBE.to_owned(), json!("x"));
                        }
                    }
                    None => {
                        let values = s.get("additionalProperties").expect("a map's values");
                        o.insert(
                            "XA".to_owned(),
                            self.gen_value(values, &format!("{path}.XA")),
                        );
                    }
                }
                Value::Object(o)
            }
            other => panic!("unexpected type {other} at {path}"),
        }
    }
}

/// `offences[3].child` → `offences[].child`.
fn drop_indices(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '[' => {
                skipping = true;
                out.push('[');
            }
            ']' => {
                skipping = false;
                out.push(']');
            }
            _ if skipping => {}
            _ => out.push(c),
        }
    }
    out
}

fn load_as(kind: Kind, text: String) -> lexgap::load::Loaded {
    let input = Input::Text {
        name: "generated.yaml".to_owned(),
        text,
    };
    match kind {
        Kind::Jurisdiction | Kind::Draft => load_request(&Request {
            jurisdictions: Some(vec![input]),
            scenarios: None,
            ..Request::default()
        }),
        Kind::Scenario => load_request(&Request {
            jurisdictions: None,
            scenarios: Some(vec![input]),
            ..Request::default()
        }),
    }
}

fn probe(kind: Kind) {
    let s = schema(kind, &vocabulary());
    let defs = s["definitions"].as_object().expect("definitions").clone();
    let check_validator = validator(kind);
    for round in 0..3 {
        let mut plain = Generator {
            defs: &defs,
            round,
            probes: false,
            maps: BTreeMap::new(),
        };
        let mut instance = plain.gen_one(&s, "");
        if kind == Kind::Draft {
            instance["draft"]["base"] = json!("KW");
        }
        assert!(
            check_validator.is_valid(&instance),
            "round {round}: the generated {kind:?} file does not validate: {instance:#}"
        );

        let mut g = Generator {
            defs: &defs,
            round,
            probes: true,
            maps: BTreeMap::new(),
        };
        let mut probed = g.gen_one(&s, "");
        if kind == Kind::Draft {
            probed["draft"]["base"] = json!("KW");
            // `remove` would take out the items the overlay adds (the
            // generator gives them all the same ids): name others.
            if let Some(lists) = probed["remove"].as_object_mut() {
                for (k, v) in lists.iter_mut() {
                    if let Some(items) = v.as_array_mut() {
                        items.iter_mut().for_each(|i| *i = json!("not-in-the-base"));
                    } else {
                        assert_eq!(k, PROBE);
                    }
                }
            }
        }
        // JSON is YAML.
        let loaded = load_as(kind, serde_json::to_string_pretty(&probed).expect("json"));
        let mut seen: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for d in &loaded.diagnostics.items {
            let path = d.path.clone().unwrap_or_default();
            let message = d.message.to_string();
            match d.code {
                Code::UnknownField => {
                    let field = message.split('`').nth(1).unwrap_or("");
                    assert_eq!(
                        field, PROBE,
                        "round {round}: the loader does not know `{field}` at {path}, which the {kind:?} schema lists: {}",
                        d.message
                    );
                    let parent = path
                        .strip_suffix(PROBE)
                        .map(|p| p.trim_end_matches('.'))
                        .unwrap_or(&path);
                    let expected = message
                        .split_once("(expected one of: ")
                        .and_then(|(_, rest)| rest.rsplit_once(')'))
                        .map(|(list, _)| list)
                        .unwrap_or_else(|| panic!("no expected fields in: {message}"));
                    seen.entry(drop_indices(parent))
                        .or_default()
                        .extend(expected.split(", ").map(str::to_owned));
                }
                Code::DuplicateId
                | Code::DanglingReference
                | Code::RepealWithoutDate
                | Code::Inconsistent
                | Code::UncitedProvision
                | Code::TranslationMissing => {}
                other => panic!(
                    "round {round}: the loader rejects a value the {kind:?} schema allows ({}): {} at {path}\n{probed:#}",
                    other.as_str(),
                    d.message
                ),
            }
        }
        assert_eq!(
            seen.keys().collect::<Vec<_>>(),
            g.maps.keys().collect::<Vec<_>>(),
            "round {round}: the mappings where the loader met a probe are not those of the {kind:?} schema\n{}",
            lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources)
        );
        for (path, fields) in &g.maps {
            assert_eq!(
                &seen[path], fields,
                "round {round}: at `{path}`, the loader's fields (left) and the {kind:?} schema's (right) differ"
            );
        }
    }
}

#[test]
fn the_jurisdiction_schema_has_exactly_the_loaders_fields() {
    probe(Kind::Jurisdiction);
}

#[test]
fn the_scenario_schema_has_exactly_the_loaders_fields() {
    probe(Kind::Scenario);
}

#[test]
fn the_draft_schema_has_exactly_the_loaders_fields() {
    probe(Kind::Draft);
}

#[test]
fn the_schema_command_prints_each_schema() {
    for kind in ["jurisdiction", "scenario", "draft"] {
        let out = assert_cmd::Command::cargo_bin("lexgap")
            .expect("binary")
            .args(["schema", kind])
            .output()
            .expect("runs");
        assert!(out.status.success());
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(v["$schema"], "http://json-schema.org/draft-07/schema#");
    }
}
