//! Arbitrary bytes as a scenario file: `lexgap::load` must return
//! diagnostics or a corpus, never panic, hang or exhaust memory.
#![no_main]

use lexgap::load::{Input, Request, load_request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = load_request(&Request {
        jurisdictions: None,
        scenarios: Some(vec![Input::Text {
            name: "fuzz.yaml".to_owned(),
            text: text.to_owned(),
        }]),
        ..Request::default()
    });
    assert_eq!(loaded.corpus.is_some(), !loaded.diagnostics.has_errors());
    let _ = lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
});
