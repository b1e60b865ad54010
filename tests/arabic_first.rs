//! Arabic-first output (issue 12): on an Arabic page, lexgap's own words are
//! Arabic. What is measured is what an Arabic reader meets: lines of English
//! prose outside the quotations (blockquotes, «…» quotations of the law),
//! links, code and ids.

mod common;
use common::stdout_of;

/// `text` without its «…» quotations, `…` code spans and <…> links.
fn without_quotations(line: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in line.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '«' => closing = Some('»'),
                '`' => closing = Some('`'),
                '<' => closing = Some('>'),
                _ => out.push(c),
            },
        }
    }
    out
}

/// Whether the line has three English words in a row: a run of prose, not
/// an id (`tip.3a.act.transfer`), a code (`KW`) or a lone name.
fn has_english_prose(line: &str) -> bool {
    let mut run = 0;
    for token in without_quotations(line).split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let english = word.len() >= 2
            && word.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
            && !token.contains(['.', '_', '-', '/']);
        run = if english { run + 1 } else { 0 };
        if run >= 3 {
            return true;
        }
    }
    false
}

/// The lines of English prose of a Markdown or text output, outside
/// blockquotes (the quoted texts of instruments and laws).
fn english_prose_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('>'))
        .filter(|l| has_english_prose(l))
        .collect()
}

#[test]
fn the_measure_sees_english_prose_and_nothing_else() {
    assert!(has_english_prose(
        "Add transfer to the acts of the trafficking offence."
    ));
    assert!(has_english_prose("الفعل: Act of transfer"));
    assert!(!has_english_prose(
        "الفعل: التنقيل (tip.3a.act.transfer, KW)"
    ));
    assert!(!has_english_prose(
        "ملاحظة: «Act of transfer» <https://example.org/a b c>"
    ));
    assert!(!has_english_prose(
        "`not a sentence here` \u{2068}kw-91-2013-art-1\u{2069}"
    ));
    assert_eq!(
        english_prose_lines("> Each State Party shall\nAnd so it goes\n"),
        ["And so it goes"]
    );
}

/// The Kuwait report in Arabic, as a minister would get it: at most 20
/// lines of English prose outside quotations (234 before the Arabic
/// wording); the command line at most 10.
#[test]
fn the_arabic_kuwait_report_is_arabic() {
    let md = stdout_of(&["--lang", "ar", "report", "KW", "--format", "md"]);
    let english = english_prose_lines(&md);
    assert!(
        english.len() <= 20,
        "{} lines:\n{}",
        english.len(),
        english.join("\n")
    );
    let check = stdout_of(&["--lang", "ar", "check", "KW"]);
    let english = english_prose_lines(&check);
    assert!(
        english.len() <= 10,
        "{} lines:\n{}",
        english.len(),
        english.join("\n")
    );
}

/// lexgap's own wording — requirement titles and recommendations — is
/// Arabic on every Arabic report of the bundled corpus, whatever the
/// encoding: none of the English titles or recommendations of the
/// instrument files appears outside a quotation.
#[test]
fn no_english_wording_of_lexgap_on_any_arabic_report() {
    let english_wording: Vec<String> =
        ["tip-protocol", "som-protocol", "untoc", "arab-guiding-law"]
            .iter()
            .flat_map(|f| {
                let text = std::fs::read_to_string(format!(
                    "{}/statutes/international/{f}.yaml",
                    env!("CARGO_MANIFEST_DIR")
                ))
                .expect("instrument file");
                text.lines()
                    .filter_map(|l| l.strip_prefix("    recommendation: "))
                    .map(|r| r.trim_matches('"').to_owned())
                    .collect::<Vec<_>>()
            })
            .collect();
    assert!(english_wording.len() > 100);
    for code in ["KW", "QA", "TN", "GB"] {
        let md = stdout_of(&["--lang", "ar", "report", code, "--format", "md"]);
        for r in &english_wording {
            assert!(!md.contains(r.as_str()), "{code}: {r}");
        }
    }
}

/// The comparison as CSV in Arabic: Arabic headings, titles and words; the
/// same ids, codes and rating letters as in English, row for row.
#[test]
fn the_arabic_csv_has_arabic_words_and_the_same_keys() {
    let ar = stdout_of(&["--lang", "ar", "compare", "--format", "csv"]);
    let en = stdout_of(&["compare", "--format", "csv"]);
    assert!(
        ar.starts_with("الصك,المادة,المتطلب,العنوان,الإلزام,"),
        "{ar}"
    );
    assert_eq!(ar.lines().count(), en.lines().count());
    for (a, e) in ar.lines().zip(en.lines()).skip(1) {
        let key = |l: &str| l.split(',').take(3).collect::<Vec<_>>().join(",");
        assert_eq!(key(a), key(e));
        assert!(english_prose_lines(a).is_empty(), "{a}");
        for word in [",met", ",gap", ",partial", ",unknown", ",mandatory"] {
            assert!(!a.contains(word), "{a}");
        }
    }
}

/// An offence whose encoding gives no Arabic label is named on an Arabic
/// page by the Arabic name of its kind (its id beside it), not by the
/// encoder's English label: Qatar's "Trafficking in human beings".
#[test]
fn an_offence_without_arabic_label_goes_by_its_kind() {
    let md = stdout_of(&["--lang", "ar", "report", "QA", "--format", "md"]);
    assert!(md.contains("**الاتجار بالأشخاص** (qa-tip)"), "{md}");
    assert!(!md.contains("Trafficking in human beings** (qa-tip)"));
    let en = stdout_of(&["report", "QA", "--format", "md"]);
    assert!(en.contains("Trafficking in human beings** (qa-tip)"));
}

/// The first letter of `html`'s text, tags left out; `None` when the text
/// begins with a «…» quotation (legal text, in its own language).
fn first_letter(html: &str) -> Option<char> {
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '«' if !in_tag => return None,
            c if !in_tag && c.is_alphabetic() => return Some(c),
            _ => {}
        }
    }
    None
}

/// No Arabic text of ours is marked English on an Arabic page: what follows
/// `lang="en"` starts with a Latin letter (or a quotation of the law).
#[test]
fn nothing_arabic_is_marked_english() {
    assert_eq!(first_letter("<p>الفعل</p>"), Some('ا'));
    assert_eq!(first_letter("<p>«تجنيد» (recruiting)</p>"), None);
    for code in ["KW", "QA"] {
        let html = stdout_of(&["--lang", "ar", "report", code]);
        let marked = html.split(r#"lang="en" dir="ltr">"#).skip(1).count();
        assert!(marked > 0, "{code}: nothing marked English");
        for part in html.split(r#"lang="en" dir="ltr">"#).skip(1) {
            assert!(
                !first_letter(part).is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{code}: Arabic marked English: {}",
                &part[..part.len().min(160)]
            );
        }
    }
}
