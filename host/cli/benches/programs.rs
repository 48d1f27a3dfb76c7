//! `wicker run` on CPU-bound guest programs (hashing, sorting, parsing, compression),
//! compiled from Rust to `wasm32-wasip1` at bench time, side by side with another runtime.
//!
//! Run with:
//!
//!     cargo bench -p wicker-cli --bench programs
//!
//! The other runtime is `wasmtime run` when `wasmtime` is on the `PATH`, or the command in
//! `WICKER_BENCH_PEER` (split on spaces; the program and its arguments are appended). Each
//! figure is the best wall-clock time of three runs of the whole process, start-up included;
//! both runtimes must print the same checksum.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

#[path = "../../../tests/support/cargo_guest.rs"]
mod cargo_guest;

/// The first row, an empty workload, measures start-up alone: process, compilation and
/// instantiation. The others take about a second each, so computation dominates.
const WORKLOADS: &[(&str, &str)] = &[
    ("hash", "0"),
    ("hash", "96"),
    ("sort", "16"),
    ("parse", "30"),
    ("compress", "96"),
];

/// Best of three runs of `command`: seconds, and what it printed.
fn time(command: &[String]) -> (f64, String) {
    let mut best = f64::MAX;
    let mut output = String::new();
    for _ in 0..3 {
        let start = Instant::now();
        let out = Command::new(&command[0])
            .args(&command[1..])
            .output()
            .expect("the runtime starts");
        best = best.min(start.elapsed().as_secs_f64());
        assert!(
            out.status.success(),
            "{command:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        output = String::from_utf8_lossy(&out.stdout).into_owned();
    }
    (best, output)
}

fn peer() -> Option<Vec<String>> {
    if let Ok(cmd) = std::env::var("WICKER_BENCH_PEER") {
        return Some(cmd.split_whitespace().map(String::from).collect());
    }
    let found = Command::new("wasmtime")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    found.then(|| vec!["wasmtime".to_string(), "run".to_string()])
}

fn main() {
    // `cargo test --benches` runs bench binaries without `--bench`: measure only when asked.
    if !std::env::args().any(|a| a == "--bench") {
        println!("programs benchmark: pass `--bench` (as `cargo bench` does) to measure");
        return;
    }
    let guests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/wasi/guests");
    let wasm = cargo_guest::build(&guests, "wasm32-wasip1", "wasi-guests")
        .join("work.wasm")
        .to_string_lossy()
        .into_owned();
    let wicker = vec![env!("CARGO_BIN_EXE_wicker").to_string(), "run".to_string()];
    let peer = peer();
    match &peer {
        Some(p) => println!(
            "{:<12} {:>10} {:>10} {:>7}   (peer: {})",
            "workload",
            "wicker s",
            "peer s",
            "ratio",
            p.join(" ")
        ),
        None => println!(
            "{:<12} {:>10}   (no peer: put `wasmtime` on PATH or set WICKER_BENCH_PEER)",
            "workload", "wicker s"
        ),
    }
    let mut ratios = Vec::new();
    for (kind, size) in WORKLOADS {
        let args = |base: &[String]| {
            let mut c = base.to_vec();
            c.extend([wasm.clone(), kind.to_string(), size.to_string()]);
            c
        };
        let (ours, out) = time(&args(&wicker));
        match &peer {
            Some(p) => {
                let (theirs, peer_out) = time(&args(p));
                assert_eq!(out, peer_out, "both runtimes compute the same checksum");
                ratios.push(ours / theirs);
                println!(
                    "{:<12} {:>10.3} {:>10.3} {:>7.2}",
                    format!("{kind} {size}"),
                    ours,
                    theirs,
                    ours / theirs
                );
            }
            None => println!("{:<12} {:>10.3}", format!("{kind} {size}"), ours),
        }
    }
    if !ratios.is_empty() {
        let geomean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!("{:<12} {:>10} {:>10} {:>7.2}", "geomean", "", "", geomean);
    }
}
