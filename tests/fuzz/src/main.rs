//! The fuzz driver: `cargo run -p wicker-fuzz --release -- TARGET [--seed S]
//! [--iterations N]` runs `N` cases of `TARGET` (`compile`, `differential`, `wasi-paths`,
//! `serialize`, `component-values`) from seed `S`, prints its figures (every 100,000 cases,
//! and at the end), and writes each failing case's input to `fuzz-TARGET-CASESEED.wasm`
//! (`.wat` for `component-values`, whose inputs are component text; replayed with
//! `--case CASESEED`). Exits with 1 if a case failed. `wicker-fuzz differential --module
//! FILE [--seed S]` compares the engines on a module file (a reproducer being reduced), with
//! arguments from seed `S`.

use std::process::ExitCode;

use wicker_fuzz::{Stats, Target, run_case, run_range};

fn usage() -> ExitCode {
    eprintln!(
        "usage: wicker-fuzz TARGET [--seed S] [--iterations N] | TARGET --case CASESEED\n\
         | differential --module FILE [--seed S]\n\
         targets: compile, differential, wasi-paths, serialize, component-values"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(target) = args.first().and_then(|t| Target::from_name(t)) else {
        return usage();
    };
    let (mut seed, mut iterations, mut case) = (0u64, 1000u64, None);
    let mut rest = args[1..].iter();
    if let (Target::Differential, Some("--module"), Some(file)) =
        (target, args.get(1).map(String::as_str), args.get(2))
    {
        let Ok(bytes) = std::fs::read(file) else {
            return usage();
        };
        let seed = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(0);
        return match wicker_fuzz::differential::compare(&bytes, seed) {
            Ok(passed) => {
                println!("{file}: {passed:?}");
                ExitCode::SUCCESS
            }
            Err(failure) => {
                println!("{file}: FAILED: {}", failure.message);
                ExitCode::FAILURE
            }
        };
    }
    while let Some(flag) = rest.next() {
        let Some(value) = rest.next().and_then(|v| v.parse::<u64>().ok()) else {
            return usage();
        };
        match flag.as_str() {
            "--seed" => seed = value,
            "--iterations" => iterations = value,
            "--case" => case = Some(value),
            _ => return usage(),
        }
    }
    if let Some(case) = case {
        return match run_case(target, case) {
            Ok(passed) => {
                println!("case {case}: {passed:?}");
                ExitCode::SUCCESS
            }
            Err(failure) => {
                println!("case {case}: FAILED: {}", failure.message);
                ExitCode::FAILURE
            }
        };
    }
    let started = std::time::Instant::now();
    let mut stats = Stats::default();
    let report = |stats: &Stats, done: u64| {
        println!(
            "{}: {done} cases: {} checked, {} skipped, {} failed in {:.1?} (seed {seed})",
            target.name(),
            stats.checked,
            stats.skipped,
            stats.failures.len(),
            started.elapsed()
        );
    };
    // Figures every `PROGRESS` cases, so a long run shows how far it got.
    const PROGRESS: u64 = 100_000;
    let mut done = 0;
    while done < iterations {
        let end = iterations.min(done + PROGRESS);
        run_range(target, seed, done..end, &mut stats, |case, failure| {
            let file = format!("fuzz-{}-{case}.{}", target.name(), target.extension());
            let _ = std::fs::write(&file, &failure.input);
            eprintln!("case {case} failed ({file}): {}", failure.message);
        });
        done = end;
        if done < iterations {
            report(&stats, done);
        }
    }
    report(&stats, done);
    if stats.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
