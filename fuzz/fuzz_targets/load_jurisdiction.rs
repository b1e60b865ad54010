//! Arbitrary bytes as a jurisdiction file: `lexgap::load` must return
//! diagnostics or a corpus, never panic, hang or exhaust memory.
#![no_main]

use lexgap::load::{Input, load};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The loader refuses non-UTF-8 files before parsing (E004); the same
    // check here, so that what follows sees what a file would give it.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let loaded = load(&[Input::Text {
        name: "fuzz.yaml".to_owned(),
        text: text.to_owned(),
    }]);
    // Either an error or a corpus, never both, never neither.
    assert_eq!(loaded.corpus.is_some(), !loaded.diagnostics.has_errors());
    // Rendering the diagnostics must not panic either (snippets, positions).
    let _ = lexgap::diag::render_human(&loaded.diagnostics.items, &loaded.sources);
});
