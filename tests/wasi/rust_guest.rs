use std::path::{Path, PathBuf};

use wicker::{Engine, Linker, Module, Store};
use wicker_wasi::{
    DirPerms, FilePerms, I32Exit, MemoryInputPipe, MemoryOutputPipe, RandomSource, WasiCtx,
    WasiCtxBuilder,
};

#[path = "../support/cargo_guest.rs"]
pub(crate) mod cargo_guest;

/// The `.wasm` of guest program `name` of `wasi/guests`, built on first use.
fn guest(name: &str) -> PathBuf {
    static RELEASE_DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    RELEASE_DIR
        .get_or_init(|| {
            let guests = Path::new(env!("CARGO_MANIFEST_DIR")).join("wasi/guests");
            cargo_guest::build(&guests, "wasm32-wasip1", "wasi-guests")
        })
        .join(format!("{name}.wasm"))
}

fn report() -> PathBuf {
    guest("report")
}

struct Run {
    exit: i32,
    stdout: String,
    stderr: String,
}

/// Runs the report program's `_start` with `builder`'s context plus pipes for stdout and
/// stderr; a return from `_start` is exit code 0.
fn run(builder: &mut WasiCtxBuilder) -> Run {
    run_program(&report(), builder)
}

/// Runs the `_start` of the guest program at `wasm`, as [`run`] does.
fn run_program(wasm: &Path, builder: &mut WasiCtxBuilder) -> Run {
    let engine = Engine::default();
    let module = Module::from_file(&engine, wasm).unwrap();
    let mut linker = Linker::new(&engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |cx: &mut WasiCtx| cx).unwrap();
    let (stdout, stderr) = (MemoryOutputPipe::new(), MemoryOutputPipe::new());
    let ctx = builder
        .stdout(stdout.clone())
        .stderr(stderr.clone())
        .build();
    let mut store = Store::new(&engine, ctx);
    let instance = linker.instantiate(&mut store, &module).unwrap();
    let start = instance
        .get_typed_func::<(), ()>(&mut store, "_start")
        .unwrap();
    let exit = match start.call(&mut store, ()) {
        Ok(()) => 0,
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
fn the_report_program_sees_its_context() {
    let run = run(WasiCtxBuilder::new()
        .args(["report.wasm", "hello world", "exit=3"])
        .env("B", "2")
        .env("A", "1")
        .stdin(MemoryInputPipe::new("piped input\n")));
    assert_eq!(run.exit, 3);
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
    assert!(lines[8].starts_with("random: "), "{}", run.stdout);
    assert_eq!(lines.len(), 9, "{}", run.stdout);
    assert_eq!(run.stderr, "report done\n");
}

#[test]
fn a_program_without_input_or_arguments_runs() {
    let run = run(&mut WasiCtxBuilder::new());
    assert_eq!(run.exit, 0);
    assert!(
        run.stdout.starts_with("stdin 0 bytes: \n"),
        "{}",
        run.stdout
    );
}

struct Constant;
impl RandomSource for Constant {
    fn fill(&mut self, buf: &mut [u8]) -> std::io::Result<()> {
        buf.fill(0x5a);
        Ok(())
    }
}

#[test]
fn the_program_random_keys_come_from_random_get() {
    let random_line = |run: Run| {
        run.stdout
            .lines()
            .find(|l| l.starts_with("random: "))
            .unwrap()
            .to_owned()
    };
    // A fixed source gives the same keys every time; the host's gives new ones.
    let fixed = random_line(run(WasiCtxBuilder::new().secure_random(Constant)));
    assert_eq!(
        fixed,
        random_line(run(WasiCtxBuilder::new().secure_random(Constant)))
    );
    let host = random_line(run(&mut WasiCtxBuilder::new()));
    assert_ne!(host, random_line(run(&mut WasiCtxBuilder::new())));
    assert_ne!(host, fixed);
}

/// What the files program prints when it runs beneath `/data`.
#[cfg(unix)]
pub(crate) const FILES_OUTPUT: &str = "\
read: \"hello\\n\"
after seek: pos 4, rest \"eLLo\\n\"
appended: \"heLLo\\nmore\\n\"
truncated: 5
listing: [\"inner.txt\", \"notes.txt\"]
stat: file true len 5
symlink: true -> dir/notes.txt, through it \"heLLo\"
hard link: \"changed\"
remove non-empty dir: true
escape /data/../outside.txt: errno Some(63)
escape /outside.txt: errno Some(44)
";

#[cfg(unix)]
#[test]
fn the_files_program_works_beneath_its_preopen() {
    let root = crate::harness::TempDir::new("rust-files");
    let data = root.join("data");
    std::fs::create_dir(&data).unwrap();
    let files = guest("files");
    let run = run_program(
        &files,
        WasiCtxBuilder::new()
            .args(["files.wasm", "/data"])
            .preopened_dir(&data, "/data", DirPerms::all(), FilePerms::all())
            .unwrap(),
    );
    assert_eq!(run.exit, 0, "{}", run.stderr);
    assert_eq!(run.stdout, FILES_OUTPUT);
    // What it left: `dir/notes.txt` (renamed, truncated) and `hard.txt`; nothing beside
    // the pre-open.
    assert_eq!(std::fs::read(data.join("dir/notes.txt")).unwrap(), b"heLLo");
    assert_eq!(std::fs::read(data.join("hard.txt")).unwrap(), b"changed");
    let names = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&data), ["dir", "hard.txt"]);
    assert_eq!(names(&data.join("dir")), ["notes.txt"]);
    assert_eq!(names(root.path()), ["data"]);
}
