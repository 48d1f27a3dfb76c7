//! WASI 0.2 through the component API: the preview 1 guest programs, recompiled for
//! `wasm32-wasip2` (where they become components), run with `preview2::add_to_linker` over
//! the same `WasiCtx` and see the same context.

use std::path::{Path, PathBuf};

use wicker::Store;
use wicker::component::{Component, Linker};
use wicker_wasi::{I32Exit, MemoryInputPipe, MemoryOutputPipe, WasiCtx, WasiCtxBuilder};

/// The component of guest program `name` of `wasi/guests`, built for `wasm32-wasip2`.
fn guest(name: &str) -> PathBuf {
    static RELEASE_DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    RELEASE_DIR
        .get_or_init(|| {
            let guests = Path::new(env!("CARGO_MANIFEST_DIR")).join("wasi/guests");
            crate::rust_guest::cargo_guest::build(&guests, "wasm32-wasip2", "wasi-guests-p2")
        })
        .join(format!("{name}.wasm"))
}

struct Run {
    exit: i32,
    stdout: String,
    stderr: String,
}

/// Runs `wasi:cli/run` of the component at `wasm` with `builder`'s context and pipes for
/// stdout and stderr.
fn run(wasm: &Path, builder: &mut WasiCtxBuilder) -> Run {
    let engine = wicker::Engine::default();
    let component = Component::from_file(&engine, wasm).unwrap();
    let mut linker: Linker<WasiCtx> = Linker::new(&engine);
    wicker_wasi::preview2::add_to_linker(&mut linker, |cx| cx).unwrap();
    let (stdout, stderr) = (MemoryOutputPipe::new(), MemoryOutputPipe::new());
    let ctx = builder
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build();
    let mut store = Store::new(&engine, ctx);
    let instance = linker.instantiate(&mut store, &component).unwrap();
    let run_name = component
        .exports()
        .map(|(n, _)| n)
        .find(|n| n.starts_with("wasi:cli/run@"))
        .expect("a command exports wasi:cli/run");
    let run = instance
        .get_instance(run_name)
        .unwrap()
        .get_typed_func::<(), (Result<(), ()>,)>(&mut store, "run")
        .unwrap();
    let exit = match run.call(&mut store, ()) {
        Ok((Ok(()),)) => 0,
        Ok((Err(()),)) => 1,
        Err(e) => match e.downcast_ref::<I32Exit>() {
            Some(exit) => exit.0,
            None => panic!("the guest failed: {e:?}"),
        },
    };
    Run {
        exit,
        stdout: String::from_utf8(stdout.contents()).unwrap(),
        stderr: String::from_utf8(stderr.contents()).unwrap(),
    }
}

#[test]
fn the_report_program_sees_its_context_through_preview2() {
    let run = run(
        &guest("report"),
        WasiCtxBuilder::new()
            .args(["report.wasm", "hello world", "exit=3"])
            .env("B", "2")
            .env("A", "1")
            .stdin(MemoryInputPipe::new("piped input\n")),
    );
    // A non-zero exit through `wasi:cli/exit.exit` is the error status, 1.
    assert_eq!(run.exit, 1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[..9],
        [
            "arg 0: report.wasm",
            "arg 1: hello world",
            "arg 2: exit=3",
            "env A=1",
            "env B=2",
            "stdin 12 bytes: PIPED INPUT",
            "realtime after 2020: true",
            "slept 10ms: true",
            lines[8],
        ]
    );
    assert!(lines[8].starts_with("random: "), "{}", lines[8]);
    assert_eq!(run.stderr, "report done\n");
}

#[test]
fn the_work_program_computes_through_preview2() {
    let run = run(
        &guest("work"),
        WasiCtxBuilder::new().args(["work", "hash", "1"]),
    );
    assert_eq!(run.exit, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("hash 1: "), "{}", run.stdout);
    // An unknown workload exits with 2, through the error status of `exit`.
    let run = super::preview2::run(&guest("work"), WasiCtxBuilder::new().args(["work", "nope"]));
    assert_eq!(run.exit, 1);
    assert_eq!(run.stderr, "unknown workload `nope`\n");
}

#[test]
fn an_interface_not_granted_fails_instantiation_by_name() {
    let engine = wicker::Engine::default();
    let component = Component::from_file(&engine, guest("report")).unwrap();
    let mut linker: Linker<WasiCtx> = Linker::new(&engine);
    // Only clocks and randomness are granted.
    use wicker_wasi::preview2::bindings::wasi::{clocks, random};
    clocks::wall_clock::add_to_linker(&mut linker, |cx| cx).unwrap();
    clocks::monotonic_clock::add_to_linker(&mut linker, |cx| cx).unwrap();
    random::random::add_to_linker(&mut linker, |cx| cx).unwrap();
    let mut store = Store::new(&engine, WasiCtxBuilder::new().build());
    let err = linker.instantiate(&mut store, &component).unwrap_err();
    let msg = format!("{err:#}");
    assert!(msg.contains("wasi:"), "{msg}");
    assert!(msg.contains("not found in the linker"), "{msg}");
}

/// The files program through `wasi:filesystem`: the same operations, the same results and
/// the same sandbox as through preview 1 (the errno lines print the WASI 0.2 codes as the
/// guest's libc maps them).
#[cfg(unix)]
#[test]
fn the_files_program_works_beneath_its_preopen_through_preview2() {
    use wicker_wasi::{DirPerms, FilePerms};
    let root = crate::harness::TempDir::new("rust-files-p2");
    let data = root.join("data");
    std::fs::create_dir(&data).unwrap();
    let run = run(
        &guest("files"),
        WasiCtxBuilder::new()
            .args(["files.wasm", "/data"])
            .preopened_dir(&data, "/data", DirPerms::all(), FilePerms::all())
            .unwrap(),
    );
    assert_eq!(run.exit, 0, "{}", run.stderr);
    assert_eq!(run.stdout, crate::rust_guest::FILES_OUTPUT);
    assert_eq!(std::fs::read(data.join("dir/notes.txt")).unwrap(), b"heLLo");
    assert_eq!(std::fs::read(data.join("hard.txt")).unwrap(), b"changed");
    let mut names: Vec<String> = std::fs::read_dir(root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["data"], "nothing was made beside the pre-open");
}

#[test]
fn the_network_is_not_granted() {
    let run = run(&guest("net"), WasiCtxBuilder::new().args(["net"]));
    assert_eq!(run.exit, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "connect failed: PermissionDenied\nbind failed: PermissionDenied\n"
    );
}

/// A standard input with data that is never ready without waiting.
struct Slow;

impl wicker_wasi::InputStream for Slow {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        buf[0] = b'x';
        Ok(1)
    }

    fn wait_readable(&mut self, _: Option<std::time::Duration>) -> bool {
        false
    }
}

/// A borrow of `r` for one call.
fn borrow<T: 'static>(r: &wicker::component::Resource<T>) -> wicker::component::Resource<T> {
    wicker::component::Resource::new_borrow(r.rep())
}

#[test]
fn stdin_readiness_follows_the_stream() {
    use wicker_wasi::preview2::bindings::wasi::cli::stdin::Host as _;
    use wicker_wasi::preview2::bindings::wasi::io::poll::HostPollable as _;
    use wicker_wasi::preview2::bindings::wasi::io::streams::HostInputStream as _;
    let mut cx = WasiCtxBuilder::new().stdin(Slow).build();
    let stdin = cx.get_stdin().unwrap();
    let pollable = cx.subscribe(borrow(&stdin)).unwrap();
    assert!(!cx.ready(borrow(&pollable)).unwrap());
    // A non-blocking read reads nothing; a blocking one waits for the data.
    assert_eq!(cx.read(borrow(&stdin), 8).unwrap(), b"");
    assert_eq!(cx.blocking_read(borrow(&stdin), 8).unwrap(), b"x");
    // An in-memory pipe is always ready.
    let mut cx = WasiCtxBuilder::new()
        .stdin(MemoryInputPipe::new("data"))
        .build();
    let stdin = cx.get_stdin().unwrap();
    let pollable = cx.subscribe(borrow(&stdin)).unwrap();
    assert!(cx.ready(borrow(&pollable)).unwrap());
    assert_eq!(cx.read(borrow(&stdin), 8).unwrap(), b"data");
}
