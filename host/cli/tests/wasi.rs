//! `wicker run` on WASI programs: arguments, environment flags, standard streams and
//! exit codes, `--dir`, with WAT programs and Rust programs compiled at test time.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

#[path = "../../../tests/support/cargo_guest.rs"]
mod cargo_guest;

/// The `.wasm` of guest program `name` of `tests/wasi/guests`, built on first use.
fn guest(name: &str) -> PathBuf {
    static RELEASE_DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    RELEASE_DIR
        .get_or_init(|| {
            let guests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/wasi/guests");
            cargo_guest::build(&guests, "wasm32-wasip1", "wasi-guests")
        })
        .join(format!("{name}.wasm"))
}

/// Runs `wicker` with `args`, extra environment variables and `stdin`.
fn wicker(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wicker"))
        .args(args)
        // The compile cache in a directory of this test run's own.
        .env(
            "XDG_CACHE_HOME",
            std::env::temp_dir().join(format!("wicker-wasi-cache-{}", std::process::id())),
        )
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wicker-cli-wasi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes each argument, then each environment variable, on a line of its own to stdout,
/// then exits with the status given by the export `status` (called with no arguments).
const LIST: &str = r#"
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $env_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $env (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 2)
  (func $strlen (param $p i32) (result i32)
    (local $n i32)
    (block $done
      (loop $scan
        (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $scan)))
    (local.get $n))
  ;; Prints the `count` strings listed at `list`, one per line.
  (func $print_all (param $list i32) (param $count i32)
    (local $i i32) (local $p i32)
    (i32.store8 (i32.const 32) (i32.const 10))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $p (i32.load (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 2)))))
        (i32.store (i32.const 0) (local.get $p))
        (i32.store (i32.const 4) (call $strlen (local.get $p)))
        (i32.store (i32.const 8) (i32.const 32))
        (i32.store (i32.const 12) (i32.const 1))
        (drop (call $write (i32.const 1) (i32.const 0) (i32.const 2) (i32.const 16)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each))))
  (func (export "status") (result i32) (i32.const 42))
  (func (export "_start")
    (drop (call $args_sizes (i32.const 20) (i32.const 24)))
    (drop (call $args (i32.const 1000) (i32.const 10000)))
    (call $print_all (i32.const 1000) (i32.load (i32.const 20)))
    (drop (call $env_sizes (i32.const 20) (i32.const 24)))
    (drop (call $env (i32.const 5000) (i32.const 40000)))
    (call $print_all (i32.const 5000) (i32.load (i32.const 20)))
    (call $exit (i32.const 42))))
"#;

#[test]
fn args_start_with_the_file_name_and_exit_code_is_the_guests() {
    let path = temp_file("list.wat", LIST);
    let out = wicker(&["run", path.to_str().unwrap(), "a b", "--c"], &[], b"");
    assert_eq!(out.status.code(), Some(42), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "list.wat\na b\n--c\n");
}

#[test]
fn env_flags_set_and_pass_variables() {
    let path = temp_file("env.wat", LIST);
    let file = path.to_str().unwrap();
    let host_env = [
        ("WICKER_TEST_PASSED", "from host"),
        ("WICKER_TEST_HIDDEN", "x"),
    ];
    // Nothing from the host unless asked for.
    let out = wicker(
        &[
            "run",
            "--env",
            "A=1",
            "--env",
            "WICKER_TEST_PASSED",
            "--env",
            "WICKER_TEST_UNSET",
            "--env",
            "B=x=y",
            file,
        ],
        &host_env,
        b"",
    );
    assert_eq!(out.status.code(), Some(42), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "env.wat\nA=1\nWICKER_TEST_PASSED=from host\nB=x=y\n"
    );

    let out = wicker(
        &[
            "run",
            "--inherit-env",
            "--env",
            "WICKER_TEST_HIDDEN=y",
            file,
        ],
        &host_env,
        b"",
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("\nWICKER_TEST_PASSED=from host\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\nWICKER_TEST_HIDDEN=y\n"), "{stdout}");
    assert!(!stdout.contains("WICKER_TEST_HIDDEN=x"), "{stdout}");
}

#[test]
fn invoke_still_calls_a_function_of_a_wasi_module() {
    let path = temp_file("invoke.wat", LIST);
    let out = wicker(
        &["run", "--invoke", "status", path.to_str().unwrap()],
        &[],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "42\n");
}

#[test]
fn a_trapping_wasi_program_exits_with_134() {
    let path = temp_file(
        "trap.wat",
        r#"(module
             (import "wasi_snapshot_preview1" "sched_yield" (func $yield (result i32)))
             (func $crash unreachable)
             (func (export "_start") (drop (call $yield)) call $crash))"#,
    );
    let out = wicker(&["run", path.to_str().unwrap()], &[], b"");
    assert_eq!(out.status.code(), Some(134));
    assert!(
        text(&out.stderr).contains("unreachable"),
        "{}",
        text(&out.stderr)
    );
}

fn report() -> PathBuf {
    guest("report")
}

#[test]
fn a_rust_program_runs_as_a_command() {
    let report = report();
    let out = wicker(
        &[
            "run",
            "--env",
            "NAME=wicker",
            report.to_str().unwrap(),
            "first",
            "exit=5",
        ],
        &[],
        b"line one\nline two\n",
    );
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let expected = "arg 0: report.wasm\narg 1: first\narg 2: exit=5\nenv NAME=wicker\n\
                    stdin 18 bytes: LINE ONE\nLINE TWO\n\
                    realtime after 2020: true\nslept 10ms: true\nrandom: ";
    assert!(stdout.starts_with(expected), "{stdout}");
    assert_eq!(text(&out.stderr), "report done\n");
}

#[test]
fn a_rust_program_that_returns_from_main_exits_with_0() {
    let report = report();
    let out = wicker(&["run", report.to_str().unwrap()], &[], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("arg 0: report.wasm\nstdin 0 bytes"));
}

#[test]
fn dir_grants_a_directory_under_a_guest_name_or_its_own() {
    let files = guest("files");
    let root = std::env::temp_dir().join(format!("wicker-cli-dir-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("data")).unwrap();
    let data = root.join("data");
    let grant = format!("{}::/data", data.display());
    let out = wicker(
        &["run", "--dir", &grant, files.to_str().unwrap(), "/data"],
        &[],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("read: \"hello\\n\"\n"), "{stdout}");
    assert!(
        stdout.contains("escape /data/../outside.txt: errno Some(63)"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(data.join("hard.txt")).unwrap(), b"changed");
    assert!(!root.join("outside.txt").exists());

    // Without `::GUEST`, the guest sees the directory under the host's path.
    std::fs::remove_dir_all(&data).unwrap();
    std::fs::create_dir(&data).unwrap();
    let host = data.to_str().unwrap();
    let out = wicker(
        &["run", "--dir", host, files.to_str().unwrap(), host],
        &[],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(data.join("dir/notes.txt")).unwrap(), b"heLLo");

    // A directory that does not exist is an error before the guest runs.
    let missing = root.join("missing");
    let out = wicker(
        &[
            "run",
            "--dir",
            missing.to_str().unwrap(),
            files.to_str().unwrap(),
        ],
        &[],
        b"",
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("missing"),
        "{}",
        text(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// The report program built for `wasm32-wasip2`: a component.
fn report_component() -> PathBuf {
    static RELEASE_DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    RELEASE_DIR
        .get_or_init(|| {
            let guests = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/wasi/guests");
            cargo_guest::build(&guests, "wasm32-wasip2", "wasi-guests-p2")
        })
        .join("report.wasm")
}

#[test]
fn a_rust_component_runs_as_a_command() {
    let report = report_component();
    let out = wicker(
        &[
            "run",
            "--env",
            "NAME=wicker",
            report.to_str().unwrap(),
            "one",
            "exit=0",
        ],
        &[],
        b"from stdin",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("arg 0: report.wasm\narg 1: one\narg 2: exit=0\nenv NAME=wicker\nstdin 10 bytes: FROM STDIN\n"),
        "{stdout}"
    );
    assert_eq!(text(&out.stderr), "report done\n");
    // A non-zero exit goes through `wasi:cli/exit.exit(err)`: status 1.
    let out = wicker(&["run", report.to_str().unwrap(), "exit=7"], &[], b"");
    assert_eq!(out.status.code(), Some(1));
}
