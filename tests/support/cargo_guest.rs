//! Builds a guest crate of the tests (a cargo workspace of its own) for a wasm target, once
//! per test binary, into the test target's scratch directory.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `cargo build --release --locked` for the crate at `manifest_dir`, for `target`,
/// into the scratch directory `scratch`; returns the directory holding the `.wasm` files.
pub fn build(manifest_dir: &Path, target: &str, scratch: &str) -> PathBuf {
    build_with(manifest_dir, Some(target), scratch, &Options::default())
}

/// What a guest build may add to the plain one.
#[derive(Default)]
#[allow(dead_code)]
pub struct Options<'a> {
    /// Flags for `rustc`, for the target only (`-C target-feature=+simd128`).
    pub rustflags: Option<&'a str>,
    /// Only these binaries, rather than the whole crate.
    pub bins: &'a [&'a str],
}

/// [`build`] with `options`; `target` `None` builds for the host (a native build of the
/// same sources), and the directory returned holds the executables.
#[allow(dead_code)]
pub fn build_with(
    manifest_dir: &Path,
    target: Option<&str>,
    scratch: &str,
    options: &Options<'_>,
) -> PathBuf {
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(scratch);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(["build", "--release", "--locked", "--quiet"]);
    if let Some(target) = target {
        command.args(["--target", target]);
    }
    for bin in options.bins {
        command.args(["--bin", bin]);
    }
    if let (Some(flags), Some(target)) = (options.rustflags, target) {
        let var = format!(
            "CARGO_TARGET_{}_RUSTFLAGS",
            target.to_uppercase().replace(['-', '.'], "_")
        );
        command.env(var, flags);
    }
    let output = command
        .arg("--manifest-path")
        .arg(manifest_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .output()
        .expect("cargo runs");
    let shown = target.unwrap_or("the host");
    assert!(
        output.status.success(),
        "compiling the guests in {} for {shown} failed (for a wasm target, is it installed? \
         `rustup target add TARGET`):\n{}",
        manifest_dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    match target {
        Some(target) => target_dir.join(target).join("release"),
        None => target_dir.join("release"),
    }
}
