use wicker_wasi::{I32Exit, MemoryOutputPipe, WasiCtxBuilder};

use crate::harness::{Probe, errno, run_start};

#[test]
fn proc_exit_unwinds_with_the_code() {
    let stdout = MemoryOutputPipe::new();
    let err = run_start(
        r#"(module
             (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
             (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (memory (export "memory") 1)
             (data (i32.const 8) "before")
             (data (i32.const 16) "after")
             (func (export "_start")
               (i32.store (i32.const 0) (i32.const 8))
               (i32.store (i32.const 4) (i32.const 6))
               (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))
               (call $exit (i32.const 7))
               ;; Never reached.
               (i32.store (i32.const 0) (i32.const 16))
               (i32.store (i32.const 4) (i32.const 5))
               (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))))"#,
        WasiCtxBuilder::new().stdout(stdout.clone()),
    )
    .unwrap_err();
    assert_eq!(err.downcast_ref::<I32Exit>(), Some(&I32Exit(7)), "{err:?}");
    assert_eq!(stdout.contents(), b"before");
}

#[test]
fn exit_codes_from_126_up_are_refused() {
    let mut probe = Probe::new();
    assert_eq!(
        probe
            .try_call("proc_exit", &[0])
            .unwrap_err()
            .downcast_ref::<I32Exit>(),
        Some(&I32Exit(0))
    );
    for code in [126, 255, -1] {
        let err = probe.try_call("proc_exit", &[code]).unwrap_err();
        assert!(err.downcast_ref::<I32Exit>().is_none(), "{err:?}");
        assert!(format!("{err:#}").contains("exit status"), "{err:#}");
    }
}

#[test]
fn proc_raise_is_not_supported() {
    let mut probe = Probe::new();
    for signal in [0, 2, 9, 30] {
        assert_eq!(probe.call("proc_raise", &[signal]), errno::NOTSUP);
    }
    assert_eq!(probe.call("proc_raise", &[31]), errno::INVAL);
}

#[test]
fn sched_yield_succeeds() {
    let mut probe = Probe::new();
    assert_eq!(probe.call("sched_yield", &[]), errno::SUCCESS);
}
