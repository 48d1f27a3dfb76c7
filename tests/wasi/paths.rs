//! With no pre-opened directory, every directory operation finds no directory: `EBADF`
//! for each descriptor, after its flags are checked (`EINVAL`).

use crate::harness::{MEMORY_SIZE, Probe, errno};

/// Each directory function with arguments that are valid but for the descriptor, which
/// is the first argument (and, where a second directory is taken, the one at `second`).
const CALLS: &[(&str, &[i64], Option<usize>)] = &[
    ("fd_readdir", &[3, 100, 64, 0, 200], None),
    ("path_create_directory", &[3, 100, 1], None),
    ("path_filestat_get", &[3, 1, 100, 1, 200], None),
    ("path_filestat_set_times", &[3, 1, 100, 1, 0, 0, 0], None),
    ("path_link", &[3, 0, 100, 1, 3, 101, 1], Some(4)),
    ("path_open", &[3, 1, 100, 1, 0, 0, 0, 0, 200], None),
    ("path_readlink", &[3, 100, 1, 200, 64, 300], None),
    ("path_remove_directory", &[3, 100, 1], None),
    ("path_rename", &[3, 100, 1, 3, 101, 1], Some(3)),
    ("path_unlink_file", &[3, 100, 1], None),
];

#[test]
fn every_directory_function_is_ebadf_without_a_directory() {
    let mut probe = Probe::new();
    probe.write(100, b"ab");
    for (name, args, second) in CALLS {
        for fd in [0, 1, 2, 3, 4, 1 << 20, -1] {
            let mut args = args.to_vec();
            args[0] = fd;
            if let Some(i) = second {
                args[*i] = fd;
            }
            assert_eq!(probe.call(name, &args), errno::BADF, "{name} on fd {fd}");
        }
    }
    // `path_symlink` takes its directory third.
    for fd in [0, 1, 3] {
        assert_eq!(
            probe.call("path_symlink", &[100, 1, fd, 101, 1]),
            errno::BADF
        );
    }
}

#[test]
fn undefined_flags_are_einval() {
    let mut probe = Probe::new();
    let lookup = 2; // only `symlink_follow` (1) is defined
    assert_eq!(
        probe.call("path_filestat_get", &[3, lookup, 100, 1, 200]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("path_filestat_set_times", &[3, lookup, 100, 1, 0, 0, 0]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("path_filestat_set_times", &[3, 0, 100, 1, 0, 0, 3]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("path_link", &[3, lookup, 100, 1, 3, 101, 1]),
        errno::INVAL
    );
    // path_open: lookup flags, open flags, rights, descriptor flags.
    assert_eq!(
        probe.call("path_open", &[3, lookup, 100, 1, 0, 0, 0, 0, 200]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("path_open", &[3, 0, 100, 1, 0x10, 0, 0, 0, 200]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("path_open", &[3, 0, 100, 1, 0, 1 << 30, 0, 0, 200]),
        errno::INVAL
    );
    assert_eq!(
        probe.call("path_open", &[3, 0, 100, 1, 0, 0, 0, 0x20, 200]),
        errno::INVAL
    );
}

#[test]
fn path_open_reads_its_path_first() {
    // As in Wasmtime, `path_open` reads the path before looking at the descriptor.
    let mut probe = Probe::new();
    let end = i64::from(MEMORY_SIZE);
    assert_eq!(
        probe.call("path_open", &[3, 0, end - 1, 2, 0, 0, 0, 0, 200]),
        errno::FAULT
    );
    assert_eq!(
        probe.call("path_open", &[3, 0, 0xffff_ffff, 2, 0, 0, 0, 0, 200]),
        errno::FAULT
    );
    probe.write(100, b"\xff\xfe");
    assert_eq!(
        probe.call("path_open", &[3, 0, 100, 2, 0, 0, 0, 0, 200]),
        errno::ILSEQ
    );
    probe.write(100, b"ok");
    assert_eq!(
        probe.call("path_open", &[3, 0, 100, 2, 0, 0, 0, 0, 200]),
        errno::BADF
    );
}
