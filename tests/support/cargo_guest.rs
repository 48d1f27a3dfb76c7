//! Builds a guest crate of the tests (a cargo workspace of its own) for a wasm target, once
//! per test binary, into the test target's scratch directory.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `cargo build --release --locked` for the crate at `manifest_dir`, for `target`,
/// into the scratch directory `scratch`; returns the directory holding the `.wasm` files.
pub fn build(manifest_dir: &Path, target: &str, scratch: &str) -> PathBuf {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(scratch);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--target",
            target,
        ])
        .arg("--manifest-path")
        .arg(manifest_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "compiling the guests in {} failed (is `{target}` installed? \
         `rustup target add {target}`):\n{}",
        manifest_dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    target_dir.join(target).join("release")
}
