//! The modules of `src/` use each other one way (ARCHITECTURE.md, "Which
//! module uses which"): no module uses, even through others, a module that
//! uses it, at any depth (`check` and `i18n`; `check::eval` and
//! `check::finding`), and no source file is over 800 lines. Read from the
//! source: every `crate::…` and `super::…` path outside a file's unit tests
//! names the module it uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every module of `src/` (as `a::b`, the crate root as ``), with its text
/// less its unit tests and comments.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src/ is readable")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p
                    .strip_prefix("src")
                    .expect("under src/")
                    .with_extension("");
                let mut parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if matches!(
                    parts.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    parts.pop();
                }
                let text = std::fs::read_to_string(&p).expect("a source file is UTF-8");
                out.insert(parts.join("::"), without_tests_and_comments(&text));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

fn without_tests_and_comments(text: &str) -> String {
    let code = text
        .find("#[cfg(test)]\nmod tests")
        .map_or(text, |i| &text[..i]);
    code.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a path names: its longest prefix that is a module.
fn module_named(path: &[&str], modules: &BTreeMap<String, String>) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains_key(m))
}

/// Which module uses which, by the `crate::` and `super::` paths in each.
fn uses(modules: &BTreeMap<String, String>) -> Graph {
    let mut graph = Graph::new();
    for (module, text) in modules {
        let here: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        for start in ["crate::", "super::"] {
            for (at, _) in text.match_indices(start) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                    continue;
                }
                let rest = &text[at + start.len()..];
                let end = rest
                    .find(|c: char| {
                        !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == ':')
                    })
                    .unwrap_or(rest.len());
                let named: Vec<&str> = rest[..end].split("::").filter(|s| !s.is_empty()).collect();
                let path: Vec<&str> = if start == "crate::" {
                    named
                } else {
                    let parent = &here[..here.len().saturating_sub(1)];
                    parent.iter().copied().chain(named).collect()
                };
                if let Some(used) = module_named(&path, modules)
                    && used != *module
                {
                    graph.entry(module.clone()).or_default().insert(used);
                }
            }
        }
    }
    graph
}

/// The graph seen `depth` modules deep (`check::eval::x` as `check::eval` at
/// depth 2), without the arrows between a module and its own parts.
fn at_depth(graph: &Graph, depth: usize) -> Graph {
    let cut = |m: &str| m.split("::").take(depth).collect::<Vec<_>>().join("::");
    let mut out = Graph::new();
    for (a, bs) in graph {
        for b in bs {
            let (a, b) = (cut(a), cut(b));
            let nested = |x: &str, y: &str| y.starts_with(&format!("{x}::"));
            if a != b && !nested(&a, &b) && !nested(&b, &a) {
                out.entry(a).or_default().insert(b);
            }
        }
    }
    out
}

/// The modules from which `from` is reached again, if any: a cycle.
fn cycle_through(graph: &Graph, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_owned(), vec![from.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((m, path)) = stack.pop() {
        for next in graph.get(&m).into_iter().flatten() {
            if next == from {
                return Some(path);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

fn cycles(graph: &Graph) -> Vec<String> {
    graph
        .keys()
        .filter_map(|m| cycle_through(graph, m))
        .map(|path| format!("{} → {}", path.join(" → "), path[0]))
        .collect()
}

#[test]
fn every_arrow_between_modules_runs_one_way() {
    let modules = modules();
    assert!(modules.contains_key("check::eval"), "src/ was read");
    let graph = uses(&modules);
    for depth in 1..=4 {
        let found = cycles(&at_depth(&graph, depth));
        assert!(
            found.is_empty(),
            "modules that use each other:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn a_module_that_uses_one_that_uses_it_is_found() {
    let modules: BTreeMap<String, String> = [
        ("check", "mod eval;"),
        ("check::eval", "use super::finding::Finding;"),
        (
            "check::finding",
            "use crate::check::eval::run;\n// crate::i18n",
        ),
        ("i18n", "#[cfg(test)]\nmod tests { use crate::check; }"),
    ]
    .into_iter()
    .map(|(m, t)| (m.to_owned(), without_tests_and_comments(t)))
    .collect();
    let graph = uses(&modules);
    assert_eq!(cycles(&at_depth(&graph, 1)), Vec::<String>::new());
    assert_eq!(
        cycles(&at_depth(&graph, 2)),
        [
            "check::eval → check::finding → check::eval",
            "check::finding → check::eval → check::finding"
        ]
    );
}

#[test]
fn no_source_file_is_over_800_lines() {
    fn walk(dir: &Path, long: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("src/ is readable") {
            let p = e.expect("a directory entry").path();
            if p.is_dir() {
                walk(&p, long);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let lines = std::fs::read_to_string(&p).expect("UTF-8").lines().count();
                if lines > 800 {
                    long.push(format!("{}: {lines} lines", p.display()));
                }
            }
        }
    }
    let mut long = Vec::new();
    walk(Path::new("src"), &mut long);
    assert!(
        long.is_empty(),
        "split by what each part does:\n{}",
        long.join("\n")
    );
}
