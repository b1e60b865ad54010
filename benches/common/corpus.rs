//! A synthetic corpus for the benchmarks: N jurisdiction files shaped like
//! the bundled ones (statutes/national/*.yaml), reproducible from a seed.
//!
//! Each synthetic file is a mosaic of the bundled files:
//! - its head, encoding, laws and provisions are those of one bundled file
//!   (the "skeleton", drawn uniformly), so the number of laws and
//!   provisions, the text lengths, the languages and the translations follow
//!   the bundled distribution exactly;
//! - it has as many offences, measures, `not_provided` entries and `beyond`
//!   notes as its skeleton, each drawn from the pool of every bundled file,
//!   with their references re-pointed at the skeleton's provisions and laws,
//!   so the findings vary from file to file as they do between countries;
//! - it gets its own code (`AA`, `AB`, … cycling through the 676 two-letter
//!   codes; past 676 files the `as_of` day moves so that no two files encode
//!   the same code as of the same date), its own name and its own ids.
//!
//! Every generated file validates without an error or a warning (a provision
//! no offence or measure cites is cited by a `beyond` note, as the bundled
//! files do); the benchmarks check it before measuring.
//!
//! This file is shared by the criterion benchmarks (`mod common`) and by the
//! generator `examples/gen_corpus.rs`; it is not part of the lexgap binary.

#![allow(dead_code)]

use lexgap::diag::FileId;
use lexgap::load::node::{Node, NodeKind};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The seed the benchmarks and BENCHMARKS.md use.
pub const SEED: u64 = 0x001e_95a9_2026;

/// A YAML value without positions.
#[derive(Debug, Clone, PartialEq)]
pub enum V {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<V>),
    Map(Vec<(String, V)>),
}

impl V {
    fn of(n: &Node) -> V {
        match &n.kind {
            NodeKind::Null => V::Null,
            NodeKind::Bool(b) => V::Bool(*b),
            NodeKind::Int(i) => V::Int(*i),
            NodeKind::Float(f) => V::Float(*f),
            NodeKind::Str(s) => V::Str(s.clone()),
            NodeKind::Seq(v) => V::Seq(v.iter().map(V::of).collect()),
            NodeKind::Map(v) => V::Map(
                v.iter()
                    .map(|(k, v)| {
                        let key = match &k.kind {
                            NodeKind::Str(s) => s.clone(),
                            other => format!("{other:?}"),
                        };
                        (key, V::of(v))
                    })
                    .collect(),
            ),
        }
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        match self {
            V::Map(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        match self {
            V::Map(m) => m.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn set(&mut self, key: &str, value: V) {
        if let V::Map(m) = self {
            match m.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = value,
                None => m.push((key.to_owned(), value)),
            }
        }
    }

    fn remove(&mut self, key: &str) {
        if let V::Map(m) = self {
            m.retain(|(k, _)| k != key);
        }
    }

    pub fn str(&self) -> Option<&str> {
        match self {
            V::Str(s) => Some(s),
            _ => None,
        }
    }

    fn seq(&self) -> &[V] {
        match self {
            V::Seq(v) => v,
            _ => &[],
        }
    }
}

/// SplitMix64: small, fast and the same everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// The bundled files, parsed once: the skeletons and the pools.
#[derive(Debug)]
pub struct Pools {
    skeletons: Vec<V>,
    offences: Vec<V>,
    measures: Vec<V>,
    not_provided: Vec<V>,
    beyond: Vec<V>,
}

impl Pools {
    pub fn from_bundle() -> Pools {
        let mut skeletons = Vec::new();
        let (mut offences, mut measures, mut not_provided, mut beyond) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (n, (name, text)) in lexgap::bundle::NATIONAL.iter().enumerate() {
            let node = lexgap::load::yaml::parse(text, FileId(n as u32))
                .unwrap_or_else(|d| panic!("{name}: {}", d.message));
            let v = V::of(&node);
            let seq = |k: &str| v.get(k).map(|s| s.seq().to_vec()).unwrap_or_default();
            offences.extend(seq("offences"));
            measures.extend(seq("measures"));
            not_provided.extend(seq("not_provided"));
            beyond.extend(seq("beyond"));
            skeletons.push(v);
        }
        Pools {
            skeletons,
            offences,
            measures,
            not_provided,
            beyond,
        }
    }

    /// The text of synthetic jurisdiction number `index` (0-based).
    pub fn jurisdiction(&self, seed: u64, index: usize) -> (String, String) {
        let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
        let skeleton = rng.pick(&self.skeletons).clone();
        let code = code_of(index);
        let stem = format!("s{index:04}-{}", code.to_lowercase());
        let prefix = format!("s{index:04}");
        let mut j = skeleton.clone();
        j.remove("historical");

        // Head: own code and name; `as_of` moved past the 676th file.
        if let Some(head) = j.get_mut("jurisdiction") {
            head.set("code", V::Str(code.clone()));
            head.set("name", V::Str(format!("Synthetica {index:04}")));
        }
        if let Some(V::Str(as_of)) = j.get("as_of").cloned() {
            let day = 1 + (index / 676) % 28;
            j.set("as_of", V::Str(format!("{}-{day:02}", &as_of[..7])));
        }

        // Laws and provisions: the skeleton's, renamed.
        let mut law_ids = Vec::new();
        if let Some(V::Seq(laws)) = j.get_mut("laws") {
            for (k, law) in laws.iter_mut().enumerate() {
                let old = law.get("id").and_then(V::str).unwrap_or("").to_owned();
                let new = format!("{prefix}-l{k}");
                law.set("id", V::Str(new.clone()));
                law_ids.push((old, new));
            }
        }
        let law_of = |old: &str| {
            law_ids
                .iter()
                .find(|(o, _)| o == old)
                .map_or_else(|| law_ids[0].1.clone(), |(_, n)| n.clone())
        };
        let mut prov_ids = Vec::new();
        if let Some(V::Seq(provs)) = j.get_mut("provisions") {
            for (k, p) in provs.iter_mut().enumerate() {
                let new = format!("{prefix}-p{k}");
                p.set("id", V::Str(new.clone()));
                if let Some(V::Str(l)) = p.get("law").cloned() {
                    p.set("law", V::Str(law_of(&l)));
                }
                prov_ids.push(new);
            }
        }
        // Laws that point at other laws by id (repealed_by, amended_by) keep
        // their free text; only ids are renamed.

        let count = |k: &str| skeleton.get(k).map_or(0, |s| s.seq().len());
        // Offences from the pool, references re-pointed.
        let mut offences = Vec::new();
        for k in 0..count("offences") {
            let mut o = rng.pick(&self.offences).clone();
            o.set("id", V::Str(format!("{prefix}-o{k}")));
            repoint(&mut o, &prov_ids, &law_ids, &mut rng);
            offences.push(o);
        }
        let kinds: Vec<String> = offences
            .iter()
            .filter_map(|o| o.get("kind").and_then(V::str).map(str::to_owned))
            .collect();
        // Measures, each term once.
        let mut measures: Vec<V> = Vec::new();
        for _ in 0..count("measures") {
            let mut m = rng.pick(&self.measures).clone();
            let term = m.get("measure").cloned();
            if measures.iter().any(|x| x.get("measure") == term.as_ref()) {
                continue;
            }
            repoint(&mut m, &prov_ids, &law_ids, &mut rng);
            measures.push(m);
        }
        // Absences, each term once, never contradicting a measure or an offence.
        let mut absent: Vec<V> = Vec::new();
        for _ in 0..count("not_provided") {
            let mut a = rng.pick(&self.not_provided).clone();
            let term = a.get("term").and_then(V::str).unwrap_or("").to_owned();
            let clash = absent
                .iter()
                .chain(&measures)
                .any(|x| x.get("term").or(x.get("measure")).and_then(V::str) == Some(&term))
                || kinds.contains(&term);
            if clash {
                continue;
            }
            repoint(&mut a, &prov_ids, &law_ids, &mut rng);
            absent.push(a);
        }
        let mut beyond: Vec<V> = Vec::new();
        for _ in 0..count("beyond") {
            let mut b = rng.pick(&self.beyond).clone();
            repoint(&mut b, &prov_ids, &law_ids, &mut rng);
            beyond.push(b);
        }
        // Every provision cited somewhere, as in the bundled files.
        let mut cited = Vec::new();
        for v in offences.iter().chain(&measures).chain(&beyond) {
            collect_provisions(v, &mut cited);
        }
        let uncited: Vec<V> = prov_ids
            .iter()
            .filter(|p| !cited.contains(p))
            .map(|p| V::Str(p.clone()))
            .collect();
        if !uncited.is_empty() {
            beyond.push(V::Map(vec![
                ("provisions".to_owned(), V::Seq(uncited)),
                (
                    "note".to_owned(),
                    V::Str("Provisions of the law that no offence or measure above cites: general provisions, definitions used elsewhere, and final clauses.".to_owned()),
                ),
            ]));
        }

        for (key, list) in [
            ("offences", offences),
            ("measures", measures),
            ("not_provided", absent),
            ("beyond", beyond),
        ] {
            if list.is_empty() {
                j.remove(key);
            } else {
                j.set(key, V::Seq(list));
            }
        }

        let mut out = format!(
            "# Synthetic jurisdiction {index} (seed {seed:#x}), generated for lexgap's benchmarks\n# from the shapes and texts of the bundled files. Not a real law.\n\n"
        );
        emit_map(&mut out, 0, &j);
        (format!("{stem}.yaml"), out)
    }
}

/// `AA`, `AB`, … `ZZ`, then again.
pub fn code_of(index: usize) -> String {
    let i = index % 676;
    let a = (b'A' + (i / 26) as u8) as char;
    let b = (b'A' + (i % 26) as u8) as char;
    format!("{a}{b}")
}

/// Re-points every `provisions:` list at the new provisions (distinct within
/// a list) and every `laws:` list at the new laws.
fn repoint(v: &mut V, provs: &[String], laws: &[(String, String)], rng: &mut Rng) {
    match v {
        V::Map(m) => {
            for (k, x) in m.iter_mut() {
                match (k.as_str(), &mut *x) {
                    ("provisions", V::Seq(list)) if !provs.is_empty() => {
                        let want = list.len().min(provs.len()).max(1);
                        let mut chosen: Vec<V> = Vec::new();
                        while chosen.len() < want {
                            let p = V::Str(rng.pick(provs).clone());
                            if !chosen.contains(&p) {
                                chosen.push(p);
                            }
                        }
                        *list = chosen;
                    }
                    ("laws", V::Seq(list)) if !laws.is_empty() => {
                        let want = list.len().min(laws.len()).max(1);
                        *list = laws[..want]
                            .iter()
                            .map(|(_, n)| V::Str(n.clone()))
                            .collect();
                    }
                    _ => repoint(x, provs, laws, rng),
                }
            }
        }
        V::Seq(items) => items.iter_mut().for_each(|x| repoint(x, provs, laws, rng)),
        _ => {}
    }
}

fn collect_provisions(v: &V, out: &mut Vec<String>) {
    match v {
        V::Map(m) => {
            for (k, x) in m {
                if k == "provisions" {
                    out.extend(x.seq().iter().filter_map(V::str).map(str::to_owned));
                } else {
                    collect_provisions(x, out);
                }
            }
        }
        V::Seq(items) => items.iter().for_each(|x| collect_provisions(x, out)),
        _ => {}
    }
}

// ------------------------------------------------------------- emitting --

fn plain_ok(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return false;
    }
    let is_date = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if is_date {
        return true;
    }
    b[0].is_ascii_alphabetic()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        )
}

fn scalar(v: &V) -> Option<String> {
    Some(match v {
        V::Null => "null".to_owned(),
        V::Bool(b) => b.to_string(),
        V::Int(i) => i.to_string(),
        V::Float(f) => format!("{f:?}"),
        V::Str(s) if plain_ok(s) => s.clone(),
        V::Str(s) => serde_json::to_string(s).expect("a string encodes"),
        V::Seq(_) | V::Map(_) => return None,
    })
}

fn flow(v: &V) -> String {
    match v {
        V::Seq(items) => format!(
            "[{}]",
            items.iter().map(flow).collect::<Vec<_>>().join(", ")
        ),
        V::Map(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{k}: {}", flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => scalar(other).unwrap_or_default(),
    }
}

/// A short list of scalars, or a small map of scalars, goes in flow style
/// (`[a, b]`, `{other: "…"}`), as the bundled files write them.
fn flowable(v: &V) -> bool {
    match v {
        V::Seq(items) => items
            .iter()
            .all(|x| scalar(x).is_some_and(|s| s.len() < 80)),
        V::Map(m) => m.len() == 1 && m.iter().all(|(_, x)| scalar(x).is_some()),
        _ => false,
    }
}

fn emit_map(out: &mut String, indent: usize, v: &V) {
    let V::Map(m) = v else { return };
    let pad = " ".repeat(indent);
    for (k, x) in m {
        emit_entry(out, &pad, indent, k, x);
    }
}

fn emit_entry(out: &mut String, pad: &str, indent: usize, k: &str, x: &V) {
    if let Some(s) = scalar(x) {
        let _ = writeln!(out, "{pad}{k}: {s}");
    } else if flowable(x) {
        let _ = writeln!(out, "{pad}{k}: {}", flow(x));
    } else if let V::Seq(items) = x {
        let _ = writeln!(out, "{pad}{k}:");
        for item in items {
            emit_item(out, indent + 2, item);
        }
    } else {
        let _ = writeln!(out, "{pad}{k}:");
        emit_map(out, indent + 2, x);
    }
}

fn emit_item(out: &mut String, indent: usize, item: &V) {
    let pad = " ".repeat(indent);
    match item {
        V::Map(m) if !m.is_empty() && !flowable(item) => {
            let inner = " ".repeat(indent + 2);
            for (n, (k, x)) in m.iter().enumerate() {
                let mut line = String::new();
                emit_entry(&mut line, &inner, indent + 2, k, x);
                if n == 0 {
                    line.replace_range(indent..indent + 2, "- ");
                }
                out.push_str(&line);
            }
        }
        other if scalar(other).is_some() || flowable(other) => {
            let _ = writeln!(out, "{pad}- {}", flow(other));
        }
        other => {
            let _ = writeln!(out, "{pad}- {}", flow(other));
        }
    }
}

/// Writes `n` synthetic jurisdictions into `dir` (created if needed, emptied
/// of earlier `.yaml` files); returns their paths.
pub fn write_corpus(dir: &Path, n: usize, seed: u64) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.extension().is_some_and(|x| x == "yaml") {
            std::fs::remove_file(p)?;
        }
    }
    let pools = Pools::from_bundle();
    (0..n)
        .map(|i| {
            let (name, text) = pools.jurisdiction(seed, i);
            let path = dir.join(name);
            std::fs::write(&path, text)?;
            Ok(path)
        })
        .collect()
}
