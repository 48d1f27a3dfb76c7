//! A hostile guest: every way out of a pre-opened directory is tried and refused with the
//! errno Wasmtime returns (`EPERM` for a path that would leave the directory, `ELOOP`
//! for a symbolic link opened without following it), and the host filesystem outside is
//! checked to be untouched afterwards.

use std::path::Path;

use crate::harness::fsflags::{CREAT, DIRECTORY, FOLLOW, READ, TRUNC, WRITE};
use crate::harness::{Probe, TempDir, errno};
use wicker_wasi::{DirPerms, FilePerms, WasiCtxBuilder};

/// `inside` (descriptor 3, read-write), `other` (4, read-write) and `ro` (5, read-only)
/// are pre-opened; `outside` is not. `inside` holds a file, a directory and symbolic
/// links the host made that point outside.
fn setup(tag: &str) -> (TempDir, Probe) {
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
    // A chain: c1 -> c2 -> c3 -> ../outside.
    link("c2", "c1");
    link("c3", "c2");
    link("../outside", "c3");
    link("sub", "to_sub");
    link("../other", "to_other");
    let probe = Probe::with(
        WasiCtxBuilder::new()
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
            .unwrap(),
    );
    (root, probe)
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

fn expected_outside() -> Vec<(String, Option<Vec<u8>>)> {
    vec![
        ("deep".to_owned(), None),
        ("secret.txt".to_owned(), Some(b"secret".to_vec())),
    ]
}

#[test]
fn opening_a_path_that_leaves_the_preopen_is_eperm() {
    let (root, mut p) = setup("escape-open");
    for (lookup, path) in [
        (0, "../outside/secret.txt"),
        (0, "sub/../../outside/secret.txt"),
        (0, "/etc/passwd"),
        (0, "/"),
        (0, ".."),
        (FOLLOW, "to_root"),
        (FOLLOW, "to_root/etc/passwd"),
        (0, "to_root/etc/passwd"),
        (FOLLOW, "to_secret"),
        (FOLLOW, "to_outside_abs/secret.txt"),
        (FOLLOW, "c1"),
        (0, "c1/secret.txt"),
        (FOLLOW, "to_sub/../../outside/secret.txt"),
        (FOLLOW, "to_other"),
        (0, "to_secret/"),
        (0, "c1/deep/"),
    ] {
        assert_eq!(
            p.open(3, lookup, path, 0, READ, 0),
            Err(errno::PERM),
            "{path}"
        );
        // Creating a file where a link ends in a slash fails before the link is read,
        // as it does on the host (`EISDIR`).
        let expected = if path == "to_secret/" {
            errno::ISDIR
        } else {
            errno::PERM
        };
        assert_eq!(
            p.open(3, lookup, path, CREAT | TRUNC, READ | WRITE, 0),
            Err(expected),
            "{path} with creat"
        );
    }
    // A link opened without following it is `ELOOP`, wherever it points.
    for path in ["to_root", "to_secret", "c1"] {
        assert_eq!(p.open(3, 0, path, 0, READ, 0), Err(errno::LOOP), "{path}");
    }
    assert!(p.open(3, 0, "to_root", DIRECTORY, READ, 0).is_err());
    // Inside the pre-open, `..` and links that stay inside are fine.
    assert!(p.open(3, 0, "sub/../file", 0, READ, 0).is_ok());
    assert!(p.open(3, FOLLOW, "to_sub", DIRECTORY, READ, 0).is_ok());
    // A trailing slash after a file is `ENOTDIR`, however many; after a directory it
    // is fine.
    assert_eq!(p.open(3, 0, "file/", 0, READ, 0), Err(errno::NOTDIR));
    assert_eq!(p.open(3, 0, "file///", 0, READ, 0), Err(errno::NOTDIR));
    assert!(p.open(3, 0, "sub///", 0, READ, 0).is_ok());
    // A NUL byte cannot be part of a host path.
    assert_eq!(p.open(3, 0, "file\0", 0, READ, 0), Err(errno::ILSEQ));
    let [ptr, len] = p.path("sub\0/x");
    assert_eq!(
        p.call("path_create_directory", &[3, ptr, len]),
        errno::ILSEQ
    );
    assert_eq!(snapshot(&root.join("outside")), expected_outside());
}

#[test]
fn stat_readlink_and_times_do_not_leave_the_preopen() {
    let (root, mut p) = setup("escape-stat");
    for path in [
        "../outside/secret.txt",
        "/etc",
        "to_secret",
        "c1/secret.txt",
    ] {
        let [ptr, len] = p.path(path);
        assert_eq!(
            p.call("path_filestat_get", &[3, 1, ptr, len, 500]),
            errno::PERM,
            "{path}"
        );
        assert_eq!(
            p.call("path_filestat_set_times", &[3, 1, ptr, len, 0, 0, 8]),
            errno::PERM,
            "{path}"
        );
    }
    // The link itself can be looked at.
    let [ptr, len] = p.path("to_secret");
    assert_eq!(
        p.call("path_filestat_get", &[3, 0, ptr, len, 500]),
        errno::SUCCESS
    );
    assert_eq!(p.read(516, 1), [7]);
    assert_eq!(
        p.call("path_readlink", &[3, ptr, len, 4096, 64, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.read(4096, p.read_u32(32)), b"../outside/secret.txt");
    // A buffer too short gets the start of the contents, as POSIX `readlink` gives it.
    assert_eq!(
        p.call("path_readlink", &[3, ptr, len, 4096, 4, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.read_u32(32), 4);
    assert_eq!(p.read(4096, 4), b"../o");
    // An absolute target is not revealed.
    let [ptr, len] = p.path("to_root");
    assert_eq!(
        p.call("path_readlink", &[3, ptr, len, 4096, 64, 32]),
        errno::PERM
    );
    let [ptr, len] = p.path("../outside/deep");
    assert_eq!(
        p.call("path_readlink", &[3, ptr, len, 4096, 64, 32]),
        errno::PERM
    );
    assert_eq!(snapshot(&root.join("outside")), expected_outside());
}

#[test]
fn changes_outside_the_preopen_are_eperm() {
    let (root, mut p) = setup("escape-change");
    let calls = |p: &mut Probe, target: &str| {
        let [tp, tl] = p.path(target);
        let [fp, fl] = p.path2("file");
        vec![
            (
                "path_create_directory",
                p.call("path_create_directory", &[3, tp, tl]),
            ),
            (
                "path_remove_directory",
                p.call("path_remove_directory", &[3, tp, tl]),
            ),
            ("path_unlink_file", p.call("path_unlink_file", &[3, tp, tl])),
            // `file` renamed and linked to the target, and the target renamed to `file`.
            ("rename to", p.call("path_rename", &[3, fp, fl, 3, tp, tl])),
            ("link to", p.call("path_link", &[3, 0, fp, fl, 3, tp, tl])),
            (
                "rename from",
                p.call("path_rename", &[3, tp, tl, 3, fp, fl]),
            ),
            ("symlink at", p.call("path_symlink", &[fp, fl, 3, tp, tl])),
        ]
    };
    for target in [
        "../outside/new",
        "../outside/deep",
        "../outside/secret.txt",
        "/tmp/wicker-escape",
        "c1/new",
        "c1/deep",
        "to_root/tmp/wicker-escape",
        "to_sub/../../outside/new",
        "../outside/new/",
    ] {
        for (name, result) in calls(&mut p, target) {
            assert_eq!(result, errno::PERM, "{name} {target}");
        }
    }
    // A link whose contents are absolute is refused; one whose contents lead outside
    // can be made, but not followed, even to write through it.
    let [tp, tl] = p.path("/etc/passwd");
    let [np, nl] = p.path2("abs");
    assert_eq!(p.call("path_symlink", &[tp, tl, 3, np, nl]), errno::PERM);
    let [tp, tl] = p.path("../outside/secret.txt");
    let [np, nl] = p.path2("esc");
    assert_eq!(p.call("path_symlink", &[tp, tl, 3, np, nl]), errno::SUCCESS);
    assert_eq!(p.open(3, FOLLOW, "esc", TRUNC, WRITE, 0), Err(errno::PERM));
    assert_eq!(p.open(3, FOLLOW, "esc", CREAT, WRITE, 0), Err(errno::PERM));
    assert!(!Path::new("/tmp/wicker-escape").exists());
    assert_eq!(snapshot(&root.join("outside")), expected_outside());
    assert_eq!(std::fs::read(root.join("inside/file")).unwrap(), b"mine");
}

#[test]
fn renames_and_links_across_preopens_keep_each_ones_permissions() {
    let (root, mut p) = setup("escape-across");
    let [fp, fl] = p.path("file");
    let [np, nl] = p.path2("moved");
    // Into the read-only pre-open, and out of it: refused.
    assert_eq!(p.call("path_rename", &[3, fp, fl, 5, np, nl]), errno::PERM);
    assert_eq!(p.call("path_link", &[3, 0, fp, fl, 5, np, nl]), errno::PERM);
    let [kp, kl] = p.path("kept");
    assert_eq!(p.call("path_rename", &[5, kp, kl, 3, np, nl]), errno::PERM);
    assert_eq!(p.call("path_link", &[5, 0, kp, kl, 3, np, nl]), errno::PERM);
    // `..` from one pre-open into another is still a way out.
    let [op, ol] = p.path("../other/x");
    assert_eq!(p.call("path_rename", &[3, fp, fl, 3, op, ol]), errno::PERM);
    assert_eq!(p.call("path_link", &[4, 0, op, ol, 3, np, nl]), errno::PERM);
    // Between two writable pre-opens, both named by descriptor, it works.
    let [fp, fl] = p.path("file");
    assert_eq!(
        p.call("path_link", &[3, 0, fp, fl, 4, np, nl]),
        errno::SUCCESS
    );
    assert_eq!(std::fs::read(root.join("other/moved")).unwrap(), b"mine");
    let [np, nl] = p.path2("renamed");
    assert_eq!(
        p.call("path_rename", &[3, fp, fl, 4, np, nl]),
        errno::SUCCESS
    );
    assert_eq!(std::fs::read(root.join("other/renamed")).unwrap(), b"mine");
    assert!(!root.join("inside/file").exists());

    assert_eq!(
        snapshot(&root.join("ro")),
        [("kept".to_owned(), Some(b"kept".to_vec()))]
    );
    assert_eq!(snapshot(&root.join("outside")), expected_outside());
}
