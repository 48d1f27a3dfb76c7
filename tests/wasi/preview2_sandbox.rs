//! The hostile-guest sandbox tests of preview 1, repeated through `wasi:filesystem`: the
//! host functions are called with every way out of a pre-opened directory, and must
//! refuse each with the code preview 2 uses (`not-permitted` for a path that would leave
//! the directory, `loop` for a link opened without following it), leaving the host
//! filesystem outside untouched.

use std::path::Path;

use crate::harness::TempDir;
use wicker::component::Resource;
use wicker_wasi::preview2::bindings::wasi::filesystem::{preopens, types};
use wicker_wasi::preview2::filesystem::{Descriptor, FsError};
use wicker_wasi::{DirPerms, FilePerms, WasiCtx, WasiCtxBuilder};

use preopens::Host as _;
use types::{DescriptorFlags, ErrorCode, HostDescriptor as _, NewTimestamp, OpenFlags, PathFlags};

/// `inside` and `other` (read-write) and `ro` (read-only) are pre-opened; `outside` is
/// not. `inside` holds a file, a directory and symbolic links pointing outside.
fn setup(tag: &str) -> (TempDir, WasiCtx) {
    let root = TempDir::new(tag);
    for dir in ["inside/sub", "outside/deep", "other", "ro"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    std::fs::write(root.join("outside/secret.txt"), "secret").unwrap();
    std::fs::write(root.join("inside/file"), "mine").unwrap();
    std::fs::write(root.join("ro/kept"), "kept").unwrap();
    let link = |target: &str, name: &str| {
        std::os::unix::fs::symlink(target, root.join("inside").join(name)).unwrap()
    };
    link("/", "to_root");
    link("../outside/secret.txt", "to_secret");
    link(root.join("outside").to_str().unwrap(), "to_outside_abs");
    link("c2", "c1");
    link("c3", "c2");
    link("../outside", "c3");
    link("sub", "to_sub");
    let cx = WasiCtxBuilder::new()
        .preopened_dir(
            root.join("inside"),
            "inside",
            DirPerms::all(),
            FilePerms::all(),
        )
        .unwrap()
        .preopened_dir(
            root.join("other"),
            "other",
            DirPerms::all(),
            FilePerms::all(),
        )
        .unwrap()
        .preopened_dir(root.join("ro"), "ro", DirPerms::READ, FilePerms::READ)
        .unwrap()
        .build();
    (root, cx)
}

/// The pre-opened directories by guest name.
fn dirs(cx: &mut WasiCtx) -> Vec<(String, Resource<Descriptor>)> {
    cx.get_directories()
        .unwrap()
        .into_iter()
        .map(|(d, name)| (name, d))
        .collect()
}

fn dir(cx: &mut WasiCtx, name: &str) -> Resource<Descriptor> {
    let (_, d) = dirs(cx).into_iter().find(|(n, _)| n == name).unwrap();
    d
}

/// A borrow of `d` for one call.
fn b(d: &Resource<Descriptor>) -> Resource<Descriptor> {
    Resource::new_borrow(d.rep())
}

/// The WASI code of a failed call (a trap fails the test).
fn code<T>(cx: &mut WasiCtx, r: Result<T, FsError>) -> Result<T, ErrorCode> {
    r.map_err(|e| types::Host::convert_error_code(cx, e).expect("an error code, not a trap"))
}

fn follow(yes: bool) -> PathFlags {
    PathFlags {
        symlink_follow: yes,
    }
}

fn read() -> DescriptorFlags {
    DescriptorFlags {
        read: true,
        ..DescriptorFlags::default()
    }
}

/// Every path beneath `dir` with the contents of its files, sorted.
fn snapshot(dir: &Path) -> Vec<(String, Option<Vec<u8>>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let name = path.strip_prefix(dir).unwrap().display().to_string();
            if meta.is_dir() {
                stack.push(path);
                out.push((name, None));
            } else {
                out.push((name, Some(std::fs::read(&path).unwrap_or_default())));
            }
        }
    }
    out.sort();
    out
}

fn untouched(root: &TempDir) {
    assert_eq!(
        snapshot(&root.join("outside")),
        [
            ("deep".to_owned(), None),
            ("secret.txt".to_owned(), Some(b"secret".to_vec()))
        ]
    );
}

#[test]
fn opening_a_path_that_leaves_the_preopen_is_refused() {
    let (root, mut cx) = setup("p2-escape-open");
    let inside = dir(&mut cx, "inside");
    for (follow_links, path) in [
        (false, "../outside/secret.txt"),
        (false, "sub/../../outside/secret.txt"),
        (false, "/etc/passwd"),
        (false, "/"),
        (false, ".."),
        (true, "to_root"),
        (true, "to_root/etc/passwd"),
        (false, "to_root/etc/passwd"),
        (true, "to_secret"),
        (true, "to_outside_abs/secret.txt"),
        (true, "c1"),
        (false, "c1/secret.txt"),
        (true, "to_sub/../../outside/secret.txt"),
    ] {
        let r = cx.open_at(
            b(&inside),
            follow(follow_links),
            path.into(),
            OpenFlags::default(),
            read(),
        );
        assert_eq!(
            code(&mut cx, r).err(),
            Some(ErrorCode::NotPermitted),
            "{path}"
        );
        let create = OpenFlags {
            create: true,
            truncate: true,
            ..OpenFlags::default()
        };
        let flags = DescriptorFlags {
            write: true,
            ..read()
        };
        let r = cx.open_at(b(&inside), follow(follow_links), path.into(), create, flags);
        assert!(code(&mut cx, r).is_err(), "{path} with create");
    }
    // A link opened without following it is `loop`, wherever it points.
    for path in ["to_root", "to_secret", "c1"] {
        let r = cx.open_at(
            b(&inside),
            follow(false),
            path.into(),
            OpenFlags::default(),
            read(),
        );
        assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::Loop), "{path}");
    }
    // Inside the pre-open, `..` and links that stay inside are fine.
    let r = cx.open_at(
        b(&inside),
        follow(false),
        "sub/../file".into(),
        OpenFlags::default(),
        read(),
    );
    assert!(r.is_ok());
    let r = cx.open_at(
        b(&inside),
        follow(true),
        "to_sub".into(),
        OpenFlags::default(),
        read(),
    );
    assert!(r.is_ok());
    // A trailing slash after a file is `not-directory`.
    let r = cx.open_at(
        b(&inside),
        follow(false),
        "file/".into(),
        OpenFlags::default(),
        read(),
    );
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotDirectory));
    untouched(&root);
}

#[test]
fn stat_readlink_and_changes_do_not_leave_the_preopen() {
    let (root, mut cx) = setup("p2-escape-change");
    let inside = dir(&mut cx, "inside");
    for path in ["../outside/secret.txt", "/etc", "to_outside_abs/secret.txt"] {
        let r = cx.stat_at(b(&inside), follow(true), path.into());
        assert_eq!(
            code(&mut cx, r).err(),
            Some(ErrorCode::NotPermitted),
            "stat {path}"
        );
    }
    let r = cx.readlink_at(b(&inside), "../outside".into());
    assert!(code(&mut cx, r).is_err());
    // Reading a link's contents is allowed: it names a path, it does not follow it.
    let r = cx.readlink_at(b(&inside), "to_secret".into());
    assert_eq!(code(&mut cx, r).unwrap(), "../outside/secret.txt");
    type Change = Box<dyn Fn(&mut WasiCtx, &Resource<Descriptor>) -> Result<(), FsError>>;
    let changes: Vec<(&str, Change)> = vec![
        (
            "mkdir",
            Box::new(|cx, d| cx.create_directory_at(b(d), "../outside/new".into())),
        ),
        (
            "unlink",
            Box::new(|cx, d| cx.unlink_file_at(b(d), "../outside/secret.txt".into())),
        ),
        (
            "rmdir",
            Box::new(|cx, d| cx.remove_directory_at(b(d), "c1/deep".into())),
        ),
        (
            "symlink",
            Box::new(|cx, d| cx.symlink_at(b(d), "x".into(), "../outside/link".into())),
        ),
        (
            "times",
            Box::new(|cx, d| {
                cx.set_times_at(
                    b(d),
                    follow(true),
                    "to_secret".into(),
                    NewTimestamp::Now,
                    NewTimestamp::Now,
                )
            }),
        ),
        (
            "rename",
            Box::new(|cx, d| cx.rename_at(b(d), "file".into(), b(d), "../outside/file".into())),
        ),
        (
            "link",
            Box::new(|cx, d| {
                let old = "../outside/secret.txt".into();
                cx.link_at(b(d), follow(false), old, b(d), "stolen".into())
            }),
        ),
    ];
    for (what, change) in changes {
        let r = change(&mut cx, &inside);
        assert!(code(&mut cx, r).is_err(), "{what} must be refused");
    }
    untouched(&root);
}

#[test]
fn a_read_only_preopen_refuses_changes_and_writes() {
    let (root, mut cx) = setup("p2-read-only");
    let ro = dir(&mut cx, "ro");
    let r = cx.create_directory_at(b(&ro), "new".into());
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotPermitted));
    let r = cx.unlink_file_at(b(&ro), "kept".into());
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotPermitted));
    let write = DescriptorFlags {
        write: true,
        ..DescriptorFlags::default()
    };
    let r = cx.open_at(
        b(&ro),
        follow(false),
        "kept".into(),
        OpenFlags::default(),
        write,
    );
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotPermitted));
    // Reading is allowed, and a file opened for reading cannot be written.
    let f = cx
        .open_at(
            b(&ro),
            follow(false),
            "kept".into(),
            OpenFlags::default(),
            read(),
        )
        .unwrap();
    let r = cx.write(b(&f), b"x".to_vec(), 0);
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::BadDescriptor));
    let r = cx.read(b(&f), 10, 0);
    let (data, _) = code(&mut cx, r).unwrap();
    assert_eq!(data, b"kept");
    // Renaming out of `other` into the read-only pre-open is refused too.
    std::fs::write(root.join("other/f"), "f").unwrap();
    let other = dir(&mut cx, "other");
    let r = cx.rename_at(b(&other), "f".into(), b(&ro), "f".into());
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotPermitted));
    assert_eq!(std::fs::read(root.join("ro/kept")).unwrap(), b"kept");
    untouched(&root);
}

#[test]
fn a_link_from_a_read_only_preopen_is_refused() {
    // Regression: `link-at` checked only the target directory, so a file of the
    // read-only pre-open could be linked into a writable one and written there.
    let (root, mut cx) = setup("p2-link-ro");
    let (ro, other) = (dir(&mut cx, "ro"), dir(&mut cx, "other"));
    let r = cx.link_at(b(&ro), follow(false), "kept".into(), b(&other), "k".into());
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotPermitted));
    assert!(!root.join("other/k").exists());
    // Into the read-only one is refused as well; between writable ones it works.
    std::fs::write(root.join("other/f"), "f").unwrap();
    let r = cx.link_at(b(&other), follow(false), "f".into(), b(&ro), "f".into());
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotPermitted));
    let inside = dir(&mut cx, "inside");
    let r = cx.link_at(b(&other), follow(false), "f".into(), b(&inside), "f".into());
    code(&mut cx, r).unwrap();
    assert_eq!(std::fs::read(root.join("inside/f")).unwrap(), b"f");
    untouched(&root);
}

#[test]
fn times_past_the_clock_are_overflow_not_a_panic() {
    // Regression: `set-times` and `set-times-at` with `seconds = 2^64-1` panicked the host
    // ("overflow when adding duration").
    let (root, mut cx) = setup("p2-times");
    let inside = dir(&mut cx, "inside");
    let rw = DescriptorFlags {
        read: true,
        write: true,
        ..DescriptorFlags::default()
    };
    let f = cx
        .open_at(
            b(&inside),
            follow(false),
            "file".into(),
            OpenFlags::default(),
            rw,
        )
        .unwrap();
    let far = |seconds, nanoseconds| {
        NewTimestamp::Timestamp(types::Datetime {
            seconds,
            nanoseconds,
        })
    };
    for (seconds, nanoseconds) in [
        (u64::MAX, 0),
        (u64::MAX, 999_999_999),
        (u64::MAX - 1, u32::MAX),
    ] {
        let r = cx.set_times(b(&f), far(seconds, nanoseconds), NewTimestamp::NoChange);
        assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::Overflow));
        let r = cx.set_times(
            b(&inside),
            NewTimestamp::NoChange,
            far(seconds, nanoseconds),
        );
        assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::Overflow));
        let r = cx.set_times_at(
            b(&inside),
            follow(false),
            "file".into(),
            far(seconds, nanoseconds),
            far(seconds, nanoseconds),
        );
        assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::Overflow));
    }
    // A time the clock can hold is set, nanoseconds past a second carrying over.
    let r = cx.set_times(b(&f), NewTimestamp::NoChange, far(1_000, 1_500_000_000));
    code(&mut cx, r).unwrap();
    let modified = std::fs::metadata(root.join("inside/file"))
        .unwrap()
        .modified()
        .unwrap();
    let since = modified.duration_since(std::time::UNIX_EPOCH).unwrap();
    assert_eq!(
        (since.as_secs(), since.subsec_nanos()),
        (1_001, 500_000_000)
    );
}

#[test]
fn flags_given_at_open_are_reported() {
    // Regression: a file opened with `file-integrity-sync` reported no sync flag.
    let (_root, mut cx) = setup("p2-flags");
    let inside = dir(&mut cx, "inside");
    for (sync, dsync, rsync) in [
        (true, false, false),
        (false, true, false),
        (true, false, true),
        (true, true, true),
    ] {
        let flags = DescriptorFlags {
            read: true,
            write: true,
            file_integrity_sync: sync,
            data_integrity_sync: dsync,
            requested_write_sync: rsync,
            mutate_directory: false,
        };
        let f = cx
            .open_at(
                b(&inside),
                follow(false),
                "file".into(),
                OpenFlags::default(),
                flags,
            )
            .unwrap();
        let r = cx.get_flags(b(&f));
        assert_eq!(code(&mut cx, r).unwrap(), flags);
        let r = cx.write(b(&f), b"synced".to_vec(), 0);
        assert_eq!(code(&mut cx, r).unwrap(), 6);
    }
}

#[test]
fn the_preopen_itself_and_trailing_slashes() {
    // Opening `.` beneath a pre-open is a new descriptor for the same directory, and
    // `remove-directory-at("d/")` removes the directory `d`.
    let (root, mut cx) = setup("p2-dot");
    let inside = dir(&mut cx, "inside");
    let directory = OpenFlags {
        directory: true,
        ..OpenFlags::default()
    };
    let d = cx
        .open_at(b(&inside), follow(false), ".".into(), directory, read())
        .unwrap();
    let r = cx.get_type(b(&d));
    assert_eq!(code(&mut cx, r).unwrap(), types::DescriptorType::Directory);
    let r = cx.is_same_object(b(&d), b(&inside));
    assert!(r.unwrap());
    std::fs::create_dir(root.join("inside/d")).unwrap();
    let r = cx.remove_directory_at(b(&d), "d/".into());
    code(&mut cx, r).unwrap();
    assert!(!root.join("inside/d").exists());
    let r = cx.remove_directory_at(b(&d), "file/".into());
    assert_eq!(code(&mut cx, r).err(), Some(ErrorCode::NotDirectory));
    assert!(root.join("inside/file").exists());
}
