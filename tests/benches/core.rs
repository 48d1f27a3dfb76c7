//! Core-runtime benchmark: compile throughput, instantiation, call overhead in both
//! directions and a few compute kernels. Prints one line per figure.
//!
//! Run with `cargo bench -p wicker-tests --bench core`.

use wicker as rt;

#[path = "workloads.rs"]
mod workloads;

fn main() -> anyhow::Result<()> {
    // `cargo test --benches` runs bench binaries with `--bench` absent; measure only when
    // asked to, so test runs stay fast.
    if !std::env::args().any(|a| a == "--bench") {
        println!("core benchmark: pass `--bench` (as `cargo bench` does) to measure");
        return Ok(());
    }
    println!("wicker {}", env!("CARGO_PKG_VERSION"));
    for f in workloads::run()? {
        println!("{:<40} {:>12.3} {}", f.name, f.value, f.unit);
    }
    Ok(())
}
