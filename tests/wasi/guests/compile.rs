//! Compiles the guest programs of `tests/wasi/guests` to `wasm32-wasip1`: one cargo
//! invocation per test binary, on first use, into the test target's scratch directory.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The `.wasm` of guest program `name` from the guests crate at `guests`.
pub fn guest(guests: &Path, name: &str) -> PathBuf {
    static RELEASE_DIR: OnceLock<PathBuf> = OnceLock::new();
    RELEASE_DIR
        .get_or_init(|| build(guests))
        .join(format!("{name}.wasm"))
}

fn build(guests: &Path) -> PathBuf {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wasi-guests");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--target",
            "wasm32-wasip1",
        ])
        .arg("--manifest-path")
        .arg(guests.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "compiling the guest programs failed (is `wasm32-wasip1` installed? \
         `rustup target add wasm32-wasip1`):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    target_dir.join("wasm32-wasip1/release")
}
