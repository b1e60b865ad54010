//! Reports, comparisons and sites as a user makes them: snapshots of every
//! format on the fixtures, hostile strings kept inert, byte-identical output,
//! atomic writes, template overrides.

use predicates::prelude::*;
use std::path::{Path, PathBuf};

mod common;
use common::lexgap;

fn run(args: &[&str]) -> String {
    let out = lexgap().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "lexgap {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The pages under `dir`: every file but the site's cache, which records
/// when each page was written, and the trees of its inputs
/// (tests/site_cache.rs tests them).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .file_name()
                .is_none_or(|n| n != ".lexgap-site-cache.json" && n != ".lexgap-site-trees")
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn rel(dir: &Path, p: &Path) -> String {
    p.strip_prefix(dir)
        .expect("under dir")
        .to_string_lossy()
        .replace('\\', "/")
}

// ------------------------------------------------------------- snapshots --

/// The summary edition: what was read, the ratings with a chart, the
/// priority recommendations with their citable ids, the cases missed, how to
/// read it; no requirement list, no texts.
#[test]
fn summary_snapshots() {
    let path = "tests/fixtures/xb-borduria.yaml";
    for format in ["html", "md"] {
        let text = run(&["report", path, "--edition", "summary", "--format", format]);
        assert!(
            text.contains("XB-tip.3a.act.transfer"),
            "{format}: a citable id"
        );
        assert!(
            !text.contains("id=\"requirements\""),
            "{format}: no requirement list"
        );
        insta::assert_snapshot!(format!("summary_{format}_xb-borduria"), text);
    }
    let html = run(&["report", path, "--edition", "summary"]);
    assert!(html.contains("<svg class=\"bar\""), "the chart");
    assert!(!html.contains("<script"), "no script");
}

#[test]
fn report_snapshots_in_every_format() {
    for fixture in ["xa-arcadia", "xb-borduria"] {
        let path = format!("tests/fixtures/{fixture}.yaml");
        for format in ["html", "md", "json"] {
            let text = run(&["report", &path, "--format", format]);
            insta::assert_snapshot!(format!("report_{format}_{fixture}"), text);
        }
    }
}

#[test]
fn the_json_report_is_versioned_and_carries_what_the_page_shows() {
    let text = run(&[
        "report",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(v["format"], "lexgap-report/1");
    assert_eq!(v["jurisdiction"]["code"], "XB");
    assert_eq!(v["warnings"]["draft"], true);
    let findings = v["findings"].as_array().expect("findings");
    let serious: Vec<&serde_json::Value> = v["serious"]
        .as_array()
        .expect("serious")
        .iter()
        .map(|i| &findings[i.as_u64().expect("index") as usize])
        .collect();
    let verbs: Vec<&str> = serious
        .iter()
        .map(|f| f["verb"].as_str().expect("verb"))
        .collect();
    let mut sorted = verbs.clone();
    sorted.sort_by_key(|v| ["urge", "consider", "invite"].iter().position(|x| x == v));
    assert_eq!(verbs, sorted, "urge before consider before invite");
    assert_eq!(serious[0]["status"], "conflict");
    for i in v["distinction"].as_array().expect("distinction") {
        assert_eq!(
            findings[i.as_u64().expect("index") as usize]["topic"],
            "distinction"
        );
    }
    assert_eq!(v["beyond"][0]["label"], "sale of persons");
    assert!(v["instruments"]["tip"]["articles"]["3(a)"]["quotes"][0]["text"].is_string());
}

#[test]
fn compare_snapshots_in_every_format() {
    for format in ["html", "md", "json", "csv"] {
        let text = run(&["compare", "tests/fixtures", "--format", format]);
        insta::assert_snapshot!(format!("compare_{format}_fixtures"), text);
    }
}

#[test]
fn compare_narrows_to_instruments_and_requirements() {
    let csv = run(&[
        "compare",
        "tests/fixtures",
        "--format",
        "csv",
        "--instrument",
        "som",
        "--requirement",
        "som.distinction.no_exploitation",
    ]);
    insta::assert_snapshot!("compare_csv_one_requirement", csv);
    let md = run(&[
        "compare",
        "tests/fixtures/xa-arcadia.yaml",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "md",
        "--requirement",
        "tip.3c.child_no_means",
    ]);
    assert!(md.contains("Child trafficking needs no means"));
    assert!(!md.contains("Act: recruitment"));
    lexgap()
        .args([
            "compare",
            "tests/fixtures",
            "--requirement",
            "tip.3c.child_no_mean",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E070"))
        .stderr(predicate::str::contains(
            "did you mean `tip.3c.child_no_means`?",
        ));
}

#[test]
fn site_file_list_and_index_snapshots() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = lexgap()
        .args(["site", "tests/fixtures", "--date", "2026-01-01", "-o"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Vec<String> = files_under(dir.path())
        .iter()
        .map(|p| rel(dir.path(), p))
        .collect();
    insta::assert_snapshot!("site_files_fixtures", list.join("\n"));
    let index = std::fs::read_to_string(dir.path().join("index.html")).expect("index");
    insta::assert_snapshot!("site_index_html_fixtures", index);
    let index_md = std::fs::read_to_string(dir.path().join("index.md")).expect("index");
    insta::assert_snapshot!("site_index_md_fixtures", index_md);
}

#[test]
fn a_date_is_printed_only_when_given_and_must_be_a_date() {
    let without = run(&["report", "tests/fixtures/xa-arcadia.yaml", "--format", "md"]);
    let with = run(&[
        "report",
        "tests/fixtures/xa-arcadia.yaml",
        "--format",
        "md",
        "--date",
        "2026-05-01",
    ]);
    assert!(!without.contains("2026-05-01"));
    assert!(with.contains("| Report date | 2026-05-01 |"));
    lexgap()
        .args([
            "report",
            "tests/fixtures/xa-arcadia.yaml",
            "--date",
            "2026-02-30",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("E042"));
}

// ------------------------------------------------------------- injection --

/// Every tag of an HTML document, as (name, [(attribute, value)]). Text in
/// the reports is escaped, so `<` only ever opens a real tag.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with("!--") {
            rest = rest.find("-->").map_or("", |j| &rest[j + 3..]);
            continue;
        }
        let end = rest.find('>').expect("every tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('/') {
            continue; // a closing tag carries no attribute
        }
        let tag = tag.trim_end_matches('/');
        let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
        let name = tag[..name_end].to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut a = tag[name_end..].trim();
        while !a.is_empty() {
            let key_end = a
                .find(|c: char| c == '=' || c.is_whitespace())
                .unwrap_or(a.len());
            let key = a[..key_end].to_ascii_lowercase();
            a = a[key_end..].trim_start();
            let mut value = String::new();
            if let Some(v) = a.strip_prefix('=') {
                let v = v.trim_start();
                if let Some(q) = v.strip_prefix('"') {
                    let close = q.find('"').expect("quoted attribute closes");
                    value = q[..close].to_owned();
                    a = q[close + 1..].trim_start();
                } else {
                    let close = v.find(char::is_whitespace).unwrap_or(v.len());
                    value = v[..close].to_owned();
                    a = v[close..].trim_start();
                }
            }
            attrs.push((key, value));
        }
        out.push((name, attrs));
    }
    out
}

fn assert_no_executable_markup(what: &str, html: &str) {
    let mut styles = 0;
    for (name, attrs) in tags(html) {
        assert!(
            ![
                "script", "iframe", "object", "embed", "img", "svg", "link", "base", "form",
                "frame", "audio", "video", "source", "math",
            ]
            .contains(&name.as_str()),
            "{what}: a <{name}> tag"
        );
        if name == "style" {
            styles += 1;
        }
        for (k, v) in &attrs {
            assert!(!k.starts_with("on"), "{what}: <{name} {k}=…>");
            assert!(k != "style" && k != "srcdoc", "{what}: <{name} {k}=…>");
            if ["href", "src", "action", "formaction", "data"].contains(&k.as_str()) {
                let v = v.trim().to_ascii_lowercase();
                assert!(
                    v.starts_with("https://")
                        || v.starts_with("http://")
                        || v.starts_with("mailto:")
                        || v.starts_with('#')
                        || (!v.contains(':') && !v.starts_with("//")),
                    "{what}: <{name} {k}=\"{v}\">"
                );
            }
        }
    }
    assert!(styles <= 1, "{what}: {styles} <style> elements");
}

/// Every row of every Markdown table has as many cells as its header.
fn assert_tables_whole(what: &str, md: &str) {
    let cells = |l: &str| {
        let b = l.as_bytes();
        (0..b.len())
            .filter(|&i| b[i] == b'|' && (i == 0 || b[i - 1] != b'\\'))
            .count()
    };
    let lines: Vec<&str> = md.lines().collect();
    let mut i = 0;
    while i + 1 < lines.len() {
        let delim = lines[i + 1].starts_with("|-") || lines[i + 1].starts_with("|:");
        if lines[i].starts_with('|') && delim {
            let n = cells(lines[i]);
            let mut j = i + 2;
            while j < lines.len() && lines[j].starts_with('|') {
                assert_eq!(
                    cells(lines[j]),
                    n,
                    "{what}: a broken table row: {}",
                    lines[j]
                );
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

fn assert_no_raw_html_in_markdown(what: &str, md: &str) {
    use pulldown_cmark::{Event, Parser, Tag};
    for ev in Parser::new(md) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("{what}: raw HTML {h:?}"),
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                let d = dest_url.to_ascii_lowercase();
                assert!(
                    d.starts_with("https://") || d.starts_with("http://") || !d.contains(':'),
                    "{what}: link to {d}"
                );
            }
            _ => {}
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new(md));
    assert_no_executable_markup(&format!("{what} (as HTML)"), &html);
}

const XZ: &str = "tests/fixtures-injection/xz-injection.yaml";
const XZ_2019: &str = "tests/fixtures-injection/xz-injection-2019.yaml";

#[test]
fn hostile_strings_stay_inert_in_every_output() {
    let html = run(&["report", XZ]);
    assert_no_executable_markup("report.html", &html);
    // The hostile text is shown, as text.
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains("Beyond note"));
    assert!(html.contains("Kind &lt;script&gt;"));
    assert!(html.contains("sale &lt;script&gt;"));
    // Notes are Markdown: emphasis survives, links to javascript: do not.
    assert!(html.contains("Encoding <em>note</em>"));
    let md = run(&["report", XZ, "--format", "md"]);
    assert_no_raw_html_in_markdown("report.md", &md);
    assert_tables_whole("report.md", &md);
    for s in [
        "Beyond note",
        "Other note",
        "Kind",
        "Law note",
        "Provision note",
    ] {
        assert!(md.contains(s), "report.md shows {s}");
    }
    for format in ["html", "md"] {
        let text = run(&[
            "compare",
            XZ,
            "tests/fixtures/xa-arcadia.yaml",
            "--format",
            format,
        ]);
        if format == "html" {
            assert_no_executable_markup("compare.html", &text);
        } else {
            assert_no_raw_html_in_markdown("compare.md", &text);
        }
    }
    let json = run(&["report", XZ, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert!(
        v["jurisdiction"]["name"]
            .as_str()
            .expect("name")
            .contains("<script>")
    );
    let csv = run(&["compare", XZ, "--format", "csv"]);
    assert!(
        !csv.lines()
            .any(|l| l.split(',').any(|c| c.starts_with('=')))
    );

    // Every page of a site, in both languages, with an earlier version of
    // the hostile jurisdiction (a timeline, a historical note, a repealed
    // law), and the diff between the two versions.
    for lang in ["en", "ar"] {
        let dir = tempfile::tempdir().expect("tempdir");
        lexgap()
            .args([
                "--lang",
                lang,
                "site",
                XZ,
                XZ_2019,
                "tests/fixtures/xa-arcadia.yaml",
            ])
            .arg("-o")
            .arg(dir.path())
            .assert()
            .success();
        let files = files_under(dir.path());
        assert_eq!(files.len(), 2 * (2 + 3 + 4), "{lang}: {files:?}");
        for f in files {
            let text = std::fs::read_to_string(&f).expect("read");
            let name = format!("{lang}: {}", rel(dir.path(), &f));
            if name.ends_with(".html") {
                assert_no_executable_markup(&name, &text);
            } else {
                assert_no_raw_html_in_markdown(&name, &text);
                assert_tables_whole(&name, &text);
            }
        }
        let diff_html = run(&["--lang", lang, "diff", XZ_2019, XZ, "--format", "html"]);
        assert_no_executable_markup(&format!("{lang}: diff.html"), &diff_html);
        assert!(
            diff_html.contains("&lt;script&gt;"),
            "{lang}: the diff shows the text"
        );
        let diff_md = run(&["--lang", lang, "diff", XZ_2019, XZ, "--format", "md"]);
        assert_no_raw_html_in_markdown(&format!("{lang}: diff.md"), &diff_md);
        assert_tables_whole(&format!("{lang}: diff.md"), &diff_md);
    }
    let old = run(&["report", XZ_2019]);
    for shown in [
        "Historical note &lt;script&gt;",
        "Law &lt;script&gt;alert(&#39;repealed-by&#39;)",
    ] {
        assert!(old.contains(shown), "the earlier version shows {shown}");
    }
}

/// Every string field that reaches a report carries markup in the two
/// injection fixtures: a field added to the format without a hostile value
/// here fails this test.
#[test]
fn the_injection_fixtures_reach_every_text_field_of_the_format() {
    fn strings(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    strings(x, &format!("{path}.{k}"), out);
                }
            }
            serde_json::Value::Array(a) => {
                for x in a {
                    strings(x, &format!("{path}[]"), out);
                }
            }
            serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
            _ => {}
        }
    }
    // The free-text fields of the schema: strings with no pattern, no
    // enumeration and no format (ids, codes, dates, URLs, terms are checked
    // by the loader and cannot carry markup).
    fn free_text(
        schema: &serde_json::Value,
        defs: &serde_json::Value,
        path: &str,
        depth: usize,
        out: &mut std::collections::BTreeSet<String>,
    ) {
        if depth > 14 {
            return;
        }
        let mut s = schema;
        while let Some(r) = s.get("$ref").and_then(|r| r.as_str()) {
            s = &defs[r.rsplit('/').next().expect("a ref")];
        }
        for k in ["anyOf", "oneOf", "allOf"] {
            for sub in s.get(k).and_then(|x| x.as_array()).into_iter().flatten() {
                free_text(sub, defs, path, depth + 1, out);
            }
        }
        if let Some(props) = s.get("properties").and_then(|p| p.as_object()) {
            for (k, v) in props {
                free_text(v, defs, &format!("{path}.{k}"), depth + 1, out);
            }
        }
        let ty = |t: &str| {
            s.get("type")
                .is_some_and(|x| x == t || x.as_array().is_some_and(|a| a.iter().any(|y| y == t)))
        };
        if ty("array") {
            free_text(&s["items"], defs, &format!("{path}[]"), depth + 1, out);
        }
        if ty("string")
            && s.get("enum").is_none()
            && s.get("pattern").is_none()
            && s.get("format").is_none()
        {
            out.insert(path.to_owned());
        }
    }
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("schema/jurisdiction.schema.json").expect("schema"),
    )
    .expect("JSON");
    let mut fields = std::collections::BTreeSet::new();
    free_text(&schema, &schema["definitions"], "", 0, &mut fields);
    assert!(fields.len() > 40, "the schema's text fields: {fields:?}");
    let mut values = Vec::new();
    for f in [XZ, XZ_2019] {
        let text = std::fs::read_to_string(f).expect("fixture");
        let v: serde_json::Value = serde_saphyr::from_str(&text).expect("YAML");
        strings(&v, "", &mut values);
    }
    let hostile = |p: &str| {
        values
            .iter()
            .any(|(q, s)| q == p && (s.contains('<') || s.contains("javascript:")))
    };
    // Several shapes of one field share their rendering (`acts[]` and
    // `acts.items[]`; a fact's note whether the fact is a boolean or a
    // number): one hostile value per field name and place is enough.
    let shape = |p: &str| p.replace(".items[]", "[]");
    let covered: std::collections::BTreeSet<String> = values
        .iter()
        .filter(|(p, _)| hostile(p))
        .map(|(p, _)| shape(p))
        .collect();
    let missing: Vec<&String> = fields
        .iter()
        .filter(|f| !covered.contains(&shape(f)))
        .filter(|f| !f.ends_with(".note") || !fact_note_covered(f, &covered))
        .collect();
    assert!(missing.is_empty(), "no hostile value for: {missing:?}");

    /// A fact's note is rendered by one template path for every fact: one
    /// hostile fact note per offence is enough.
    fn fact_note_covered(f: &str, covered: &std::collections::BTreeSet<String>) -> bool {
        f.starts_with(".offences[].")
            && covered.iter().any(|c| {
                c.starts_with(".offences[].") && c.ends_with(".note") && c.matches('.').count() >= 3
            })
    }
}

#[test]
fn the_scanner_would_catch_executable_markup() {
    for bad in [
        "<p>x</p><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<p onclick=\"x()\">x</p>",
        "<img src=x>",
    ] {
        let caught = std::panic::catch_unwind(|| assert_no_executable_markup("probe", bad));
        assert!(caught.is_err(), "{bad}");
    }
    let caught = std::panic::catch_unwind(|| assert_no_raw_html_in_markdown("probe", "a <b>x</b>"));
    assert!(caught.is_err());
}

// ----------------------------------------------------------- determinism --

#[test]
fn the_same_input_gives_the_same_bytes() {
    let a = run(&["report", "KW"]);
    let b = run(&["report", "KW"]);
    assert!(a == b, "two HTML reports on KW differ");
    let a = run(&["compare", "--format", "json"]);
    let b = run(&["compare", "--format", "json"]);
    assert!(a == b, "two JSON comparisons differ");

    let one = tempfile::tempdir().expect("tempdir");
    let two = tempfile::tempdir().expect("tempdir");
    for d in [&one, &two] {
        lexgap()
            .args(["site", "--date", "2026-01-01", "-o"])
            .arg(d.path())
            .assert()
            .success();
    }
    let fa = files_under(one.path());
    let fb = files_under(two.path());
    assert_eq!(fa.len(), fb.len());
    for (x, y) in fa.iter().zip(&fb) {
        assert_eq!(rel(one.path(), x), rel(two.path(), y));
        let (bx, by) = (
            std::fs::read(x).expect("read"),
            std::fs::read(y).expect("read"),
        );
        assert!(bx == by, "{} differs between two runs", rel(one.path(), x));
    }
}

// ---------------------------------------------------------------- writing --

#[test]
fn an_output_equal_to_an_input_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("xa.yaml");
    let original = std::fs::read("tests/fixtures/xa-arcadia.yaml").expect("fixture");
    std::fs::write(&input, &original).expect("copy");
    lexgap()
        .arg("report")
        .arg(&input)
        .arg("-o")
        .arg(dir.path().join(".").join("xa.yaml"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("E080"));
    assert_eq!(std::fs::read(&input).expect("read"), original);
    assert_eq!(files_under(dir.path()), std::slice::from_ref(&input));

    lexgap()
        .args([
            "compare",
            "tests/fixtures/xb-borduria.yaml",
            "--format",
            "csv",
        ])
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E080"));
    assert_eq!(std::fs::read(&input).expect("read"), original);

    // A template is an input too.
    let tpl = dir.path().join("templates");
    std::fs::create_dir(&tpl).expect("mkdir");
    std::fs::write(
        tpl.join("report.md"),
        "# {{ page.jurisdiction.name | md }}\n",
    )
    .expect("write");
    lexgap()
        .args([
            "report",
            "tests/fixtures/xa-arcadia.yaml",
            "--format",
            "md",
            "--templates",
        ])
        .arg(&tpl)
        .arg("-o")
        .arg(tpl.join("report.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("E080"));
}

#[test]
fn a_failed_render_leaves_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tpl = dir.path().join("templates");
    std::fs::create_dir(&tpl).expect("mkdir");
    std::fs::write(tpl.join("report.html"), "{{ page.no_such_field.deeper }}").expect("write");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    lexgap()
        .args(["report", "tests/fixtures/xa-arcadia.yaml", "--templates"])
        .arg(&tpl)
        .arg("-o")
        .arg(out.join("xa.html"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing was written"));
    assert!(files_under(&out).is_empty());

    let site = dir.path().join("site");
    lexgap()
        .args([
            "site",
            "tests/fixtures/xa-arcadia.yaml",
            "tests/fixtures/xb-borduria.yaml",
            "--templates",
        ])
        .arg(&tpl)
        .arg("-o")
        .arg(&site)
        .assert()
        .code(2);
    assert!(
        !site.exists(),
        "no page of a site is written when one fails"
    );

    // An unwritable destination is an error, not a partial file.
    lexgap()
        .args(["report", "tests/fixtures/xa-arcadia.yaml", "-o"])
        .arg(dir.path().join("no-such-dir/xa.html"))
        .assert()
        .code(2);
    assert!(!dir.path().join("no-such-dir").exists());
}

#[test]
fn a_users_template_replaces_the_built_in_one_of_the_same_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("report.md"),
        "Custom: {{ page.jurisdiction.name | md }} has {{ page.findings | length }} findings.\n",
    )
    .expect("write");
    let text = run(&[
        "report",
        "tests/fixtures/xb-borduria.yaml",
        "--format",
        "md",
        "--templates",
        dir.path().to_str().expect("utf-8 path"),
    ]);
    assert!(
        text.starts_with("Custom: Borduria (fictional) has ") && text.ends_with(" findings.\n"),
        "{text}"
    );
    // The other built-in templates are still there.
    let html = run(&[
        "report",
        "tests/fixtures/xb-borduria.yaml",
        "--templates",
        dir.path().to_str().expect("utf-8 path"),
    ]);
    assert!(html.starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_report_is_on_one_jurisdiction() {
    lexgap()
        .args(["report", "tests/fixtures"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lexgap site"));
}

/// A report names the data it was made from: the SHA-256 of the files read,
/// the same for the same files, another for a file changed by one byte; and
/// a citation with it.
#[test]
fn the_report_names_its_inputs_by_digest() {
    let digest = |path: &str| {
        let md = run(&["report", path, "--format", "md"]);
        let line = md
            .lines()
            .find(|l| l.starts_with("| Made with |"))
            .expect("the made-with row")
            .to_owned();
        assert!(md.contains("Cite as: lexgap, “Gap report:"), "{md}");
        line.split("sha256:").nth(1).expect("a digest")[..16].to_owned()
    };
    let t = tempfile::tempdir().expect("tempdir");
    let file = t.path().join("xa.yaml");
    let text = std::fs::read_to_string("tests/fixtures/xa-arcadia.yaml").expect("fixture");
    std::fs::write(&file, &text).expect("write");
    let path = file.to_str().expect("UTF-8 path");
    let first = digest(path);
    assert_eq!(digest(path), first, "the same files, the same digest");
    assert!(first.bytes().all(|b| b.is_ascii_hexdigit()), "{first}");
    std::fs::write(&file, text.replacen("Arcadia", "Arcadib", 1)).expect("write");
    assert_ne!(digest(path), first, "one byte changed, another digest");
}
