//! Writes a synthetic corpus for the benchmarks (see benches/common/corpus.rs):
//!
//! ```sh
//! cargo run --release --example gen_corpus -- DIR N [SEED]
//! ```
//!
//! N jurisdiction files shaped like the bundled ones, the same for the same
//! N and seed. Not part of the lexgap binary.

#[path = "../benches/common/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(Ok(n))) = (args.first(), args.get(1).map(|n| n.parse::<usize>())) else {
        eprintln!("usage: gen_corpus DIR N [SEED]");
        return ExitCode::from(2);
    };
    let seed = match args.get(2) {
        None => corpus::SEED,
        Some(s) => match s
            .strip_prefix("0x")
            .map_or_else(|| s.parse(), |h| u64::from_str_radix(h, 16))
        {
            Ok(v) => v,
            Err(_) => {
                eprintln!("gen_corpus: the seed must be a number");
                return ExitCode::from(2);
            }
        },
    };
    match corpus::write_corpus(&PathBuf::from(dir), n, seed) {
        Ok(files) => {
            let bytes: u64 = files
                .iter()
                .filter_map(|f| std::fs::metadata(f).ok())
                .map(|m| m.len())
                .sum();
            println!(
                "{} jurisdiction files, {bytes} bytes, in {dir} (seed {seed:#x})",
                files.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::from(1)
        }
    }
}
