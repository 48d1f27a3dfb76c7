//! `wicker run` on CPU-bound guest programs (hashing, sorting, parsing, compression),
//! compiled from Rust to `wasm32-wasip1` at bench time, side by side with another runtime:
//! once as plain wasm, once again with `-C target-feature=+simd128` (the code the compiler
//! vectorizes on its own), and SIMD kernels written with the `simd128` intrinsics (a blur,
//! a byte count, an `f32x4` dot product, base64). The programs built with SIMD are also
//! built natively, and every runtime must print what the native build prints.
//!
//! Run with:
//!
//!     cargo bench -p wicker-cli --bench programs
//!
//! The other runtime is `wasmtime run` when `wasmtime` is on the `PATH`, or the command in
//! `WICKER_BENCH_PEER` (split on spaces; the program and its arguments are appended). Each
//! figure is the best wall-clock time of five runs of the whole process, start-up included;
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

/// The kernels of the `simd` program, about a second each.
const KERNELS: &[(&str, &str)] = &[
    ("blur", "800"),
    ("count", "192"),
    ("dot", "3000"),
    ("base64", "64"),
];

/// One row: a program, its arguments, and the output of its native build when it must
/// match.
struct Row {
    label: String,
    wasm: String,
    args: [&'static str; 2],
    native: Option<String>,
}

/// Best of five runs of `command`: seconds, and what it printed.
fn time(command: &[String]) -> (f64, String) {
    let mut best = f64::MAX;
    let mut output = String::new();
    for _ in 0..5 {
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
    let plain = cargo_guest::build(&guests, "wasm32-wasip1", "wasi-guests");
    let bins = ["work", "simd"];
    let simd128 = cargo_guest::build_with(
        &guests,
        Some("wasm32-wasip1"),
        "wasi-guests-simd128",
        &cargo_guest::Options {
            rustflags: Some("-C target-feature=+simd128"),
            bins: &bins,
        },
    );
    let native = cargo_guest::build_with(
        &guests,
        None,
        "wasi-guests-native",
        &cargo_guest::Options {
            rustflags: None,
            bins: &bins,
        },
    );
    let path = |dir: &Path, file: &str| dir.join(file).to_string_lossy().into_owned();
    let native_output = |bin: &str, args: [&str; 2]| {
        let mut command = vec![path(&native, bin)];
        command.extend(args.iter().map(|a| a.to_string()));
        time(&command).1
    };
    let mut rows = Vec::new();
    for (kind, size) in WORKLOADS {
        rows.push(Row {
            label: format!("{kind} {size}"),
            wasm: path(&plain, "work.wasm"),
            args: [kind, size],
            native: None,
        });
    }
    for (kind, size) in WORKLOADS.iter().skip(1) {
        rows.push(Row {
            label: format!("{kind} {size} +simd128"),
            wasm: path(&simd128, "work.wasm"),
            args: [kind, size],
            native: Some(native_output("work", [kind, size])),
        });
    }
    for (kind, size) in KERNELS {
        rows.push(Row {
            label: format!("simd {kind} {size}"),
            wasm: path(&simd128, "simd.wasm"),
            args: [kind, size],
            native: Some(native_output("simd", [kind, size])),
        });
    }

    let wicker = vec![env!("CARGO_BIN_EXE_wicker").to_string(), "run".to_string()];
    let peer = peer();
    match &peer {
        Some(p) => println!(
            "{:<28} {:>10} {:>10} {:>7}   (peer: {})",
            "workload",
            "wicker s",
            "peer s",
            "ratio",
            p.join(" ")
        ),
        None => println!(
            "{:<28} {:>10}   (no peer: put `wasmtime` on PATH or set WICKER_BENCH_PEER)",
            "workload", "wicker s"
        ),
    }
    let mut ratios = Vec::new();
    for row in &rows {
        let args = |base: &[String]| {
            let mut c = base.to_vec();
            c.push(row.wasm.clone());
            c.extend(row.args.iter().map(|a| a.to_string()));
            c
        };
        let (ours, out) = time(&args(&wicker));
        if let Some(native) = &row.native {
            assert_eq!(
                &out, native,
                "{}: wicker prints what the native build prints",
                row.label
            );
        }
        match &peer {
            Some(p) => {
                let (theirs, peer_out) = time(&args(p));
                assert_eq!(out, peer_out, "both runtimes compute the same checksum");
                ratios.push(ours / theirs);
                println!(
                    "{:<28} {:>10.3} {:>10.3} {:>7.2}",
                    row.label,
                    ours,
                    theirs,
                    ours / theirs
                );
            }
            None => println!("{:<28} {:>10.3}", row.label, ours),
        }
    }
    if !ratios.is_empty() {
        let geomean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!("{:<28} {:>10} {:>10} {:>7.2}", "geomean", "", "", geomean);
    }
}
