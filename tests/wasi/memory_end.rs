//! Regression: ranges ending exactly at 2^32 (the last bytes of a 4 GiB memory) were
//! refused with `EFAULT`, because their end was computed in 32 bits.

use crate::harness::{Probe, errno};
use wicker_wasi::{MemoryOutputPipe, WasiCtxBuilder};

const END: u64 = 1 << 32;

#[test]
fn ranges_ending_at_the_end_of_memory_are_in_bounds() {
    let stdout = MemoryOutputPipe::new();
    let mut p = Probe::with(
        WasiCtxBuilder::new()
            .args(["prog", "bc"])
            .stdout(stdout.clone()),
    );
    p.grow_to_4_gib();
    let at = |back: u64| (END - back) as i64;

    // A result written to the last 8 bytes.
    assert_eq!(p.call("clock_time_get", &[1, 0, at(8)]), errno::SUCCESS);
    assert_ne!(p.read_u64((END - 8) as u32), 0);
    assert_eq!(p.call("clock_time_get", &[1, 0, at(7)]), errno::FAULT);

    // An iovec array and its buffer, both at the end.
    p.write((END - 5) as u32, b"hello");
    p.iovec((END - 16) as u32, (END - 5) as u32, 5);
    assert_eq!(p.call("fd_write", &[1, at(16), 1, 0]), errno::SUCCESS);
    assert_eq!(p.read_u32(0), 5);
    assert_eq!(stdout.contents(), b"hello");
    p.iovec((END - 16) as u32, (END - 5) as u32, 6);
    assert_eq!(p.call("fd_write", &[1, at(16), 1, 0]), errno::FAULT);
    p.iovec((END - 8) as u32, 0, 1);
    assert_eq!(p.call("fd_write", &[1, at(8), 1, 0]), errno::SUCCESS);
    assert_eq!(p.call("fd_write", &[1, at(8), 2, 0]), errno::FAULT);

    // Argument strings ("prog\0bc\0", 8 bytes) that end at the end.
    assert_eq!(p.call("args_get", &[0, at(8)]), errno::SUCCESS);
    assert_eq!(p.read_u32(0) as u64, END - 8);
    assert_eq!(p.read_u32(4) as u64, END - 3);
    assert_eq!(p.read((END - 3) as u32, 3), b"bc\0");
    assert_eq!(p.call("args_get", &[0, at(7)]), errno::FAULT);
    // The pointer array itself in the last 8 bytes.
    assert_eq!(p.call("args_get", &[at(8), 0]), errno::SUCCESS);
    assert_eq!(p.read_u32((END - 4) as u32), 5);

    // Random bytes to the very end.
    assert_eq!(p.call("random_get", &[at(16), 16]), errno::SUCCESS);
    assert_eq!(p.call("random_get", &[at(16), 17]), errno::FAULT);
}
