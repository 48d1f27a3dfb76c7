use wicker_wasi::{MemoryOutputPipe, OutputStream, WasiCtxBuilder};

use crate::harness::{MEMORY_SIZE, Probe, errno};

const FILETYPE_UNKNOWN: u8 = 0;
const FILETYPE_CHARACTER_DEVICE: u8 = 2;
const RIGHT_FD_READ: u64 = 1 << 1;
const RIGHT_FD_WRITE: u64 = 1 << 6;

#[test]
fn fdstat_of_standard_streams() {
    let mut probe = Probe::new();
    for (fd, rights) in [(0, RIGHT_FD_READ), (1, RIGHT_FD_WRITE), (2, RIGHT_FD_WRITE)] {
        probe.write(100, &[0xff; 24]);
        assert_eq!(probe.call("fd_fdstat_get", &[fd, 100]), errno::SUCCESS);
        // Pipes have no preview 1 type; no flags; the one right each direction needs.
        assert_eq!(probe.read(100, 1), [FILETYPE_UNKNOWN], "fd {fd}");
        assert_eq!(probe.read(101, 7), [0; 7], "fd {fd}");
        assert_eq!(probe.read_u64(108), rights, "fd {fd}");
        assert_eq!(probe.read_u64(116), rights, "fd {fd}");
    }
    assert_eq!(probe.call("fd_fdstat_get", &[3, 100]), errno::BADF);
    assert_eq!(
        probe.call("fd_fdstat_get", &[1, i64::from(MEMORY_SIZE - 23)]),
        errno::FAULT
    );
}

/// An output stream that says it is a terminal.
struct Terminal;
impl OutputStream for Terminal {
    fn write(&mut self, _buf: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
    fn is_terminal(&self) -> bool {
        true
    }
}

#[test]
fn a_terminal_is_a_character_device() {
    let mut probe = Probe::with(WasiCtxBuilder::new().stdout(Terminal));
    assert_eq!(probe.call("fd_fdstat_get", &[1, 100]), errno::SUCCESS);
    assert_eq!(probe.read(100, 1), [FILETYPE_CHARACTER_DEVICE]);
    assert_eq!(probe.call("fd_filestat_get", &[1, 200]), errno::SUCCESS);
    assert_eq!(probe.read(216, 1), [FILETYPE_CHARACTER_DEVICE]);
}

#[test]
fn filestat_of_standard_streams_is_zero_but_the_type() {
    let mut probe = Probe::new();
    for fd in 0..3 {
        probe.write(200, &[0xff; 64]);
        assert_eq!(probe.call("fd_filestat_get", &[fd, 200]), errno::SUCCESS);
        assert_eq!(probe.read(200, 64), [0; 64]);
    }
    assert_eq!(probe.call("fd_filestat_get", &[7, 200]), errno::BADF);
    assert_eq!(
        probe.call("fd_filestat_get", &[0, i64::from(MEMORY_SIZE - 63)]),
        errno::FAULT
    );
}

#[test]
fn streams_have_no_file_operations() {
    let mut probe = Probe::new();
    for fd in [0, 1, 2, 3, 1000] {
        assert_eq!(
            probe.call("fd_fdstat_set_flags", &[fd, 0]),
            errno::BADF,
            "fd {fd}"
        );
        assert_eq!(
            probe.call("fd_fdstat_set_rights", &[fd, 0, 0]),
            errno::BADF,
            "fd {fd}"
        );
        assert_eq!(
            probe.call("fd_filestat_set_size", &[fd, 0]),
            errno::BADF,
            "fd {fd}"
        );
        assert_eq!(
            probe.call("fd_filestat_set_times", &[fd, 0, 0, 0]),
            errno::BADF,
            "fd {fd}"
        );
        assert_eq!(
            probe.call("fd_advise", &[fd, 0, 0, 0]),
            errno::BADF,
            "fd {fd}"
        );
        assert_eq!(
            probe.call("fd_allocate", &[fd, 0, 0]),
            errno::BADF,
            "fd {fd}"
        );
        assert_eq!(probe.call("fd_datasync", &[fd]), errno::BADF, "fd {fd}");
        assert_eq!(probe.call("fd_sync", &[fd]), errno::BADF, "fd {fd}");
    }
}

#[test]
fn undefined_flags_and_enum_values_are_einval() {
    let mut probe = Probe::new();
    assert_eq!(probe.call("fd_fdstat_set_flags", &[1, 0x20]), errno::INVAL);
    assert_eq!(
        probe.call("fd_fdstat_set_rights", &[1, 1 << 30, 0]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("fd_fdstat_set_rights", &[1, 0, 1 << 40]),
        errno::INVAL
    );
    assert_eq!(probe.call("fd_advise", &[1, 0, 0, 6]), errno::INVAL);
    assert_eq!(
        probe.call("fd_filestat_set_times", &[1, 0, 0, 0x10]),
        errno::INVAL
    );
    // A time and `now` for the same field contradict each other.
    assert_eq!(
        probe.call("fd_filestat_set_times", &[1, 0, 0, 0x3]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("fd_filestat_set_times", &[1, 0, 0, 0xc]),
        errno::INVAL
    );
}

#[test]
fn the_preopen_scan_ends_at_the_first_descriptor() {
    let mut probe = Probe::new();
    // wasi-libc asks from descriptor 3 up until `EBADF`; there are no pre-opens.
    assert_eq!(probe.call("fd_prestat_get", &[3, 100]), errno::BADF);
    assert_eq!(
        probe.call("fd_prestat_dir_name", &[3, 100, 64]),
        errno::BADF
    );
    // Open descriptors that are not pre-opens.
    for fd in 0..3 {
        assert_eq!(probe.call("fd_prestat_get", &[fd, 100]), errno::BADF);
        assert_eq!(
            probe.call("fd_prestat_dir_name", &[fd, 100, 64]),
            errno::NOTDIR
        );
    }
}

#[test]
fn closing_a_descriptor_frees_its_number() {
    let stdout = MemoryOutputPipe::new();
    let mut probe = Probe::with(WasiCtxBuilder::new().stdout(stdout.clone()));
    probe.write(1000, b"x");
    probe.iovec(0, 1000, 1);
    assert_eq!(probe.call("fd_close", &[1]), errno::SUCCESS);
    assert_eq!(probe.call("fd_write", &[1, 0, 1, 500]), errno::BADF);
    assert_eq!(probe.call("fd_fdstat_get", &[1, 100]), errno::BADF);
    assert_eq!(probe.call("fd_close", &[1]), errno::BADF);
    assert_eq!(probe.call("fd_close", &[3]), errno::BADF);
    assert_eq!(stdout.contents(), b"");
}

#[test]
fn renumbering_moves_a_descriptor() {
    let (stdout, stderr) = (MemoryOutputPipe::new(), MemoryOutputPipe::new());
    let mut probe = Probe::with(
        WasiCtxBuilder::new()
            .stdout(stdout.clone())
            .stderr(stderr.clone()),
    );
    probe.write(1000, b"e");
    probe.iovec(0, 1000, 1);
    // Renumbering onto itself is a no-op; from a closed descriptor, `EBADF`.
    assert_eq!(probe.call("fd_renumber", &[2, 2]), errno::SUCCESS);
    assert_eq!(probe.call("fd_renumber", &[5, 1]), errno::BADF);
    assert_eq!(probe.call("fd_renumber", &[5, 5]), errno::BADF);
    // stderr replaces stdout, which is closed; number 2 is free.
    assert_eq!(probe.call("fd_renumber", &[2, 1]), errno::SUCCESS);
    assert_eq!(probe.call("fd_write", &[1, 0, 1, 500]), errno::SUCCESS);
    assert_eq!(probe.call("fd_write", &[2, 0, 1, 500]), errno::BADF);
    assert_eq!(stderr.contents(), b"e");
    assert_eq!(stdout.contents(), b"");
    // Regression: the target must be open, as in Wasmtime and the WASI test suite's
    // `renumber` program; otherwise a guest could mint descriptors at any number.
    assert_eq!(probe.call("fd_renumber", &[1, 10]), errno::BADF);
    assert_eq!(probe.call("fd_renumber", &[1, -1]), errno::BADF);
    assert_eq!(probe.call("fd_write", &[10, 0, 1, 500]), errno::BADF);
    assert_eq!(probe.call("fd_write", &[-1, 0, 1, 500]), errno::BADF);
    assert_eq!(probe.call("fd_write", &[1, 0, 1, 500]), errno::SUCCESS);
    assert_eq!(stderr.contents(), b"ee");
}
