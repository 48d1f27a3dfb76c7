use wicker_wasi::{MemoryInputPipe, MemoryOutputPipe, WasiCtxBuilder};

use crate::harness::{MEMORY_SIZE, Probe, errno};

const STDIN: i64 = 0;
const STDOUT: i64 = 1;
const STDERR: i64 = 2;

#[test]
fn writes_gather_every_iovec() {
    let (stdout, stderr) = (MemoryOutputPipe::new(), MemoryOutputPipe::new());
    let mut probe = Probe::with(
        WasiCtxBuilder::new()
            .stdout(stdout.clone())
            .stderr(stderr.clone()),
    );
    probe.write(1000, b"hello, world");
    probe.iovec(0, 1000, 5);
    probe.iovec(8, 1000, 0);
    probe.iovec(16, 1005, 7);
    assert_eq!(probe.call("fd_write", &[STDOUT, 0, 3, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 12);
    assert_eq!(
        probe.call("fd_write", &[STDERR, 16, 1, 500]),
        errno::SUCCESS
    );
    assert_eq!(probe.read_u32(500), 7);
    assert_eq!(probe.call("fd_write", &[STDOUT, 0, 0, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 0);
    assert_eq!(stdout.contents(), b"hello, world");
    assert_eq!(stderr.contents(), b", world");
}

#[test]
fn reads_scatter_until_the_end_of_input() {
    let mut probe = Probe::with(WasiCtxBuilder::new().stdin(MemoryInputPipe::new("abcdefgh")));
    probe.iovec(0, 1000, 3);
    probe.iovec(8, 2000, 3);
    assert_eq!(probe.call("fd_read", &[STDIN, 0, 2, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 6);
    assert_eq!(probe.read(1000, 4), b"abc\0");
    assert_eq!(probe.read(2000, 4), b"def\0");
    assert_eq!(probe.call("fd_read", &[STDIN, 0, 2, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 2);
    assert_eq!(probe.read(1000, 3), b"ghc");
    // The end of the stream is a read of zero bytes, as often as it is asked for.
    for _ in 0..2 {
        assert_eq!(probe.call("fd_read", &[STDIN, 0, 2, 500]), errno::SUCCESS);
        assert_eq!(probe.read_u32(500), 0);
    }
}

#[test]
fn default_stdio_is_empty_and_discards() {
    let mut probe = Probe::new();
    probe.write(1000, b"lost");
    probe.iovec(0, 1000, 4);
    assert_eq!(probe.call("fd_write", &[STDOUT, 0, 1, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 4);
    assert_eq!(probe.call("fd_read", &[STDIN, 0, 1, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 0);
}

#[test]
fn streams_work_in_one_direction_only() {
    let mut probe = Probe::with(WasiCtxBuilder::new().stdin(MemoryInputPipe::new("x")));
    probe.iovec(0, 1000, 1);
    assert_eq!(probe.call("fd_write", &[STDIN, 0, 1, 500]), errno::BADF);
    assert_eq!(probe.call("fd_read", &[STDOUT, 0, 1, 500]), errno::BADF);
    assert_eq!(probe.call("fd_read", &[STDERR, 0, 1, 500]), errno::BADF);
    for fd in [3, 99, -1] {
        assert_eq!(probe.call("fd_read", &[fd, 0, 1, 500]), errno::BADF);
        assert_eq!(probe.call("fd_write", &[fd, 0, 1, 500]), errno::BADF);
        assert_eq!(probe.call("fd_pread", &[fd, 0, 1, 0, 500]), errno::BADF);
        assert_eq!(probe.call("fd_pwrite", &[fd, 0, 1, 0, 500]), errno::BADF);
        assert_eq!(probe.call("fd_seek", &[fd, 0, 0, 500]), errno::BADF);
        assert_eq!(probe.call("fd_tell", &[fd, 500]), errno::BADF);
    }
}

#[test]
fn streams_have_no_position() {
    let mut probe = Probe::new();
    probe.iovec(0, 1000, 1);
    assert_eq!(probe.call("fd_pread", &[STDIN, 0, 1, 0, 500]), errno::SPIPE);
    assert_eq!(
        probe.call("fd_pwrite", &[STDOUT, 0, 1, 0, 500]),
        errno::SPIPE
    );
    assert_eq!(
        probe.call("fd_pwrite", &[STDERR, 0, 1, 0, 500]),
        errno::SPIPE
    );
    // A positioned transfer in the stream's wrong direction is `EBADF`, as in Wasmtime.
    assert_eq!(probe.call("fd_pread", &[STDOUT, 0, 1, 0, 500]), errno::BADF);
    assert_eq!(probe.call("fd_pwrite", &[STDIN, 0, 1, 0, 500]), errno::BADF);
    for fd in [STDIN, STDOUT, STDERR] {
        for whence in 0..3 {
            assert_eq!(probe.call("fd_seek", &[fd, 0, whence, 500]), errno::SPIPE);
        }
        assert_eq!(probe.call("fd_seek", &[fd, 0, 3, 500]), errno::INVAL);
        assert_eq!(probe.call("fd_tell", &[fd, 500]), errno::SPIPE);
    }
}

#[test]
fn bad_write_pointers_are_efault_and_write_nothing() {
    let stdout = MemoryOutputPipe::new();
    let mut probe = Probe::with(WasiCtxBuilder::new().stdout(stdout.clone()));
    let end = MEMORY_SIZE;
    probe.write(1000, b"data");
    probe.iovec(0, 1000, 4);
    // The iovec array runs past the end, or its size overflows 32 bits.
    probe.iovec(end - 8, 1000, 4);
    assert_eq!(
        probe.call("fd_write", &[STDOUT, i64::from(end - 8), 2, 500]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("fd_write", &[STDOUT, 0, 0x2000_0001, 500]),
        errno::FAULT
    );
    // A buffer runs past the end, or wraps around.
    probe.iovec(8, end - 2, 3);
    assert_eq!(probe.call("fd_write", &[STDOUT, 0, 2, 500]), errno::FAULT);
    probe.iovec(8, 0xffff_fff0, 0x20);
    assert_eq!(probe.call("fd_write", &[STDOUT, 0, 2, 500]), errno::FAULT);
    // The result pointer is out of range: the data must not have been written either.
    assert_eq!(
        probe.call("fd_write", &[STDOUT, 0, 1, i64::from(end - 3)]),
        errno::FAULT
    );
    assert_eq!(stdout.contents(), b"");
    assert_eq!(probe.call("fd_write", &[STDOUT, 0, 1, 500]), errno::SUCCESS);
    assert_eq!(stdout.contents(), b"data");
}

#[test]
fn bad_read_pointers_are_efault_and_consume_nothing() {
    let mut probe = Probe::with(WasiCtxBuilder::new().stdin(MemoryInputPipe::new("kept")));
    let end = MEMORY_SIZE;
    probe.iovec(0, 1000, 4);
    probe.iovec(8, end - 1, 2);
    assert_eq!(probe.call("fd_read", &[STDIN, 0, 2, 500]), errno::FAULT);
    assert_eq!(
        probe.call("fd_read", &[STDIN, i64::from(end - 4), 1, 500]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("fd_read", &[STDIN, 0, 1, i64::from(end)]),
        errno::FAULT
    );
    assert_eq!(probe.call("fd_read", &[STDIN, 0, 1, 500]), errno::SUCCESS);
    assert_eq!(probe.read_u32(500), 4);
    assert_eq!(probe.read(1000, 4), b"kept");
}

/// Regression test: overlapping iovecs can name far more bytes than the memory holds; the
/// host copies a bounded prefix and reports a short write instead of allocating it all.
#[test]
fn overlapping_iovecs_make_a_bounded_short_write() {
    let stdout = MemoryOutputPipe::new();
    let mut probe = Probe::with(WasiCtxBuilder::new().stdout(stdout.clone()));
    let count = 4096u32;
    let len = 32 * 1024u32;
    for i in 0..count {
        probe.iovec(i * 8, 0, len);
    }
    assert!(u64::from(count) * u64::from(len) > MEMORY_SIZE as u64 * 64);
    assert_eq!(
        probe.call("fd_write", &[STDOUT, 0, i64::from(count), 40000]),
        errno::SUCCESS
    );
    let written = probe.read_u32(40000);
    assert_eq!(written, 1 << 20);
    assert_eq!(stdout.contents().len(), 1 << 20);
}
