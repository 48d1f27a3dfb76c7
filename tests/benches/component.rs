//! Component benchmark: calls in both directions, string and list echoes, a call between
//! two composed components, and instantiation. Prints one line per figure.
//!
//! Run with `cargo bench -p wicker-tests --bench component`.

use wicker as rt;

#[path = "component_workloads.rs"]
mod workloads;

fn main() -> anyhow::Result<()> {
    // `cargo test --benches` runs bench binaries with `--bench` absent; measure only when
    // asked to, so test runs stay fast.
    if !std::env::args().any(|a| a == "--bench") {
        println!("component benchmark: pass `--bench` (as `cargo bench` does) to measure");
        return Ok(());
    }
    println!("wicker {}", env!("CARGO_PKG_VERSION"));
    for f in workloads::run()? {
        println!("{:<46} {:>12.3} {}", f.name, f.value, f.unit);
    }
    Ok(())
}
