//! A C program built with Debian's clang and wasi-libc at test time.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use wicker::{Engine, Linker, Module, Store};
use wicker_wasi::{
    DirPerms, FilePerms, I32Exit, MemoryInputPipe, MemoryOutputPipe, WasiCtx, WasiCtxBuilder,
};

/// Compiles `guests/c/files.c` once per test binary.
fn program() -> &'static Path {
    static WASM: OnceLock<PathBuf> = OnceLock::new();
    WASM.get_or_init(|| {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("wasi/guests/c/files.c");
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c-files.wasm");
        let status = Command::new("clang")
            .args(["--target=wasm32-wasi", "-O2", "-Wall", "-Werror", "-Wno-gnu-statement-expression"])
            .arg(&src)
            .arg("-o")
            .arg(&out)
            .status()
            .expect("clang runs (`.ci/run` installs clang, lld, wasi-libc and libclang-rt-14-dev-wasm32)");
        assert!(status.success(), "clang failed to build {}", src.display());
        out
    })
}

#[test]
fn the_c_program_runs_against_a_pre_opened_directory() {
    let dir = std::env::temp_dir().join(format!("wicker-c-guest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let engine = Engine::default();
    let module = Module::from_file(&engine, program()).unwrap();
    let mut linker = Linker::new(&engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |cx: &mut WasiCtx| cx).unwrap();
    let stdout = MemoryOutputPipe::new();
    let ctx = WasiCtxBuilder::new()
        .args(["files.wasm", "x", "9"])
        .env("GREETING", "hi")
        .stdin(MemoryInputPipe::new("from the host\n"))
        .stdout(stdout.clone())
        .preopened_dir(&dir, "/data", DirPerms::all(), FilePerms::all())
        .unwrap()
        .build();
    let mut store = Store::new(&engine, ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .unwrap();
    let exit = match start.call(&mut store, ()) {
        Ok(()) => 0,
        Err(e) => {
            e.downcast_ref::<I32Exit>()
                .unwrap_or_else(|| panic!("the guest failed: {e:?}"))
                .0
        }
    };
    let out = String::from_utf8(stdout.contents()).unwrap();
    assert_eq!(exit, 9, "{out}");
    assert!(out.starts_with("args: 3 x\nGREETING=hi\n"), "{out}");
    assert!(!out.contains("FAILED"), "{out}");
    assert_eq!(out.matches(": ok").count(), 26, "{out}");
    // Everything the program made, it removed; nothing else appeared on the host.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}
