//! Pre-opened directories: every file and directory operation through the probe, each in
//! a temporary directory of its own, checked on the host filesystem afterwards.

use crate::harness::fsflags::{APPEND, CREAT, DIRECTORY, EXCL, FOLLOW, READ, TRUNC, WRITE};
use crate::harness::{Probe, TempDir, errno};
use wicker_wasi::{DirPerms, FilePerms, WasiCtxBuilder};

/// A probe with `dir` pre-opened read-write as `/sandbox` (descriptor 3).
fn probe(dir: &TempDir) -> Probe {
    Probe::with(
        WasiCtxBuilder::new()
            .preopened_dir(dir.path(), "/sandbox", DirPerms::all(), FilePerms::all())
            .unwrap(),
    )
}

#[test]
fn a_preopen_is_listed_with_its_guest_path() {
    let dir = TempDir::new("prestat");
    let mut p = probe(&dir);
    assert_eq!(p.call("fd_prestat_get", &[3, 100]), errno::SUCCESS);
    assert_eq!(p.read(100, 1), [0]);
    assert_eq!(p.read_u32(104), 8);
    assert_eq!(p.call("fd_prestat_dir_name", &[3, 200, 8]), errno::SUCCESS);
    assert_eq!(p.read(200, 8), b"/sandbox");
    assert_eq!(p.call("fd_prestat_dir_name", &[3, 200, 7]), 37);
    assert_eq!(p.call("fd_prestat_get", &[4, 100]), errno::BADF);
    // A directory the guest opens itself is no pre-open.
    std::fs::create_dir(dir.join("sub")).unwrap();
    let sub = p.open(3, 0, "sub", DIRECTORY, READ, 0).unwrap();
    assert_eq!(p.call("fd_prestat_get", &[sub as i64, 100]), errno::BADF);
    // Its status is a directory's.
    assert_eq!(p.call("fd_fdstat_get", &[3, 300]), errno::SUCCESS);
    assert_eq!(p.read(300, 1), [3]);
}

#[test]
fn create_write_seek_read_and_resize_a_file() {
    let dir = TempDir::new("rw");
    let mut p = probe(&dir);
    let fd = p.open(3, 0, "f.txt", CREAT, READ | WRITE, 0).unwrap();
    assert_eq!(p.write_fd(fd, b"hello world"), Ok(11));
    assert_eq!(std::fs::read(dir.join("f.txt")).unwrap(), b"hello world");

    // Seek back to the start (whence `set`) and read it all.
    assert_eq!(p.call("fd_seek", &[fd as i64, 0, 0, 40]), errno::SUCCESS);
    assert_eq!(p.read_u64(40), 0);
    assert_eq!(p.read_fd(fd, 100).unwrap(), b"hello world");
    assert_eq!(p.read_fd(fd, 100).unwrap(), b"");
    assert_eq!(p.call("fd_tell", &[fd as i64, 40]), errno::SUCCESS);
    assert_eq!(p.read_u64(40), 11);
    // `cur` with a negative offset, `end`, and a position before the start.
    assert_eq!(p.call("fd_seek", &[fd as i64, -5, 1, 40]), errno::SUCCESS);
    assert_eq!(p.read_u64(40), 6);
    assert_eq!(p.read_fd(fd, 3).unwrap(), b"wor");
    assert_eq!(p.call("fd_seek", &[fd as i64, -1, 2, 40]), errno::SUCCESS);
    assert_eq!(p.read_u64(40), 10);
    assert_eq!(p.call("fd_seek", &[fd as i64, -1, 0, 40]), errno::INVAL);

    // Positioned writes and reads leave the position alone.
    p.write(4096, b"WORLD");
    p.iovec(16, 4096, 5);
    assert_eq!(
        p.call("fd_pwrite", &[fd as i64, 16, 1, 6, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.read_u32(32), 5);
    p.iovec(16, 5000, 5);
    assert_eq!(
        p.call("fd_pread", &[fd as i64, 16, 1, 0, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.read(5000, 5), b"hello");
    assert_eq!(p.call("fd_tell", &[fd as i64, 40]), errno::SUCCESS);
    assert_eq!(p.read_u64(40), 10);

    // Status: a regular file of 11 bytes with one link.
    assert_eq!(p.call("fd_filestat_get", &[fd as i64, 500]), errno::SUCCESS);
    assert_eq!(p.read(516, 1), [4]);
    assert_eq!(p.read_u64(524), 1);
    assert_eq!(p.read_u64(532), 11);
    assert!(p.read_u64(548) > 0, "mtim");
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    assert_eq!(p.read(300, 1), [4]);

    assert_eq!(
        p.call("fd_filestat_set_size", &[fd as i64, 5]),
        errno::SUCCESS
    );
    assert_eq!(p.call("fd_sync", &[fd as i64]), errno::SUCCESS);
    assert_eq!(p.call("fd_datasync", &[fd as i64]), errno::SUCCESS);
    assert_eq!(p.call("fd_close", &[fd as i64]), errno::SUCCESS);
    assert_eq!(p.read_fd(fd, 1), Err(errno::BADF));
    assert_eq!(std::fs::read(dir.join("f.txt")).unwrap(), b"hello");
}

#[test]
fn append_truncate_and_exclusive_creation() {
    let dir = TempDir::new("append");
    std::fs::write(dir.join("log"), "ab").unwrap();
    let mut p = probe(&dir);
    let fd = p.open(3, 0, "log", 0, WRITE, APPEND).unwrap();
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    assert_eq!(p.read(302, 2), [1, 0]);
    assert_eq!(p.call("fd_seek", &[fd as i64, 0, 0, 40]), errno::SUCCESS);
    assert_eq!(p.write_fd(fd, b"cd"), Ok(2));
    assert_eq!(std::fs::read(dir.join("log")).unwrap(), b"abcd");
    // Clearing `append` makes writes go to the position again.
    assert_eq!(
        p.call("fd_fdstat_set_flags", &[fd as i64, 0]),
        errno::SUCCESS
    );
    assert_eq!(p.call("fd_seek", &[fd as i64, 0, 0, 40]), errno::SUCCESS);
    assert_eq!(p.write_fd(fd, b"X"), Ok(1));
    assert_eq!(std::fs::read(dir.join("log")).unwrap(), b"Xbcd");

    assert_eq!(
        p.open(3, 0, "log", CREAT | EXCL, WRITE, 0),
        Err(errno::EXIST)
    );
    let fd = p.open(3, 0, "log", TRUNC, WRITE, 0).unwrap();
    assert_eq!(std::fs::read(dir.join("log")).unwrap(), b"");
    // A file opened for writing only cannot be read, and the other way round.
    assert_eq!(p.read_fd(fd, 1), Err(errno::BADF));
    let ro = p.open(3, 0, "log", 0, READ, 0).unwrap();
    assert_eq!(p.write_fd(ro, b"no"), Err(errno::BADF));
    assert_eq!(p.open(3, 0, "missing", 0, READ, 0), Err(errno::NOENT));
    assert_eq!(
        p.open(3, 0, "new", CREAT | EXCL, WRITE, 0).map(drop),
        Ok(())
    );
    assert!(dir.join("new").is_file());
}

#[test]
fn directories_are_created_opened_and_removed() {
    let dir = TempDir::new("dirs");
    let mut p = probe(&dir);
    let [ptr, len] = p.path("sub");
    assert_eq!(
        p.call("path_create_directory", &[3, ptr, len]),
        errno::SUCCESS
    );
    assert!(dir.join("sub").is_dir());
    assert_eq!(
        p.call("path_create_directory", &[3, ptr, len]),
        errno::EXIST
    );

    // Open it, and create a file beneath it through its own descriptor.
    let sub = p.open(3, 0, "sub", DIRECTORY, READ, 0).unwrap();
    let f = p.open(sub, 0, "inner", CREAT, WRITE, 0).unwrap();
    assert_eq!(p.write_fd(f, b"x"), Ok(1));
    assert_eq!(std::fs::read(dir.join("sub/inner")).unwrap(), b"x");
    assert_eq!(
        p.open(3, 0, "sub/inner", DIRECTORY, READ, 0),
        Err(errno::NOTDIR)
    );
    assert_eq!(p.open(3, 0, "sub", 0, WRITE, 0), Err(errno::ISDIR));
    assert_eq!(
        p.open(3, 0, "sub", DIRECTORY | CREAT, READ, 0),
        Err(errno::INVAL)
    );
    // Reading or seeking a directory is `EBADF`.
    assert_eq!(p.read_fd(sub, 1), Err(errno::BADF));

    let [ptr, len] = p.path("sub");
    assert_eq!(
        p.call("path_remove_directory", &[3, ptr, len]),
        errno::NOTEMPTY
    );
    assert_eq!(p.call("path_unlink_file", &[3, ptr, len]), errno::ISDIR);
    let [ptr, len] = p.path("sub/inner");
    assert_eq!(
        p.call("path_remove_directory", &[3, ptr, len]),
        errno::NOTDIR
    );
    assert_eq!(p.call("path_unlink_file", &[3, ptr, len]), errno::SUCCESS);
    let [ptr, len] = p.path("sub");
    assert_eq!(
        p.call("path_remove_directory", &[3, ptr, len]),
        errno::SUCCESS
    );
    assert!(!dir.join("sub").exists());
}

#[test]
fn rename_moves_files_and_directories() {
    let dir = TempDir::new("rename");
    std::fs::write(dir.join("a"), "A").unwrap();
    std::fs::create_dir(dir.join("d")).unwrap();
    let mut p = probe(&dir);
    let [op, ol] = p.path("a");
    let [np, nl] = p.path2("d/b");
    assert_eq!(
        p.call("path_rename", &[3, op, ol, 3, np, nl]),
        errno::SUCCESS
    );
    assert!(!dir.join("a").exists());
    assert_eq!(std::fs::read(dir.join("d/b")).unwrap(), b"A");
    let [op, ol] = p.path("d");
    let [np, nl] = p.path2("e");
    assert_eq!(
        p.call("path_rename", &[3, op, ol, 3, np, nl]),
        errno::SUCCESS
    );
    assert!(dir.join("e/b").is_file());
    let [op, ol] = p.path("missing");
    assert_eq!(p.call("path_rename", &[3, op, ol, 3, np, nl]), errno::NOENT);
}

/// Parses `fd_readdir` output: (next cookie, type, name) of each whole entry.
fn dirents(bytes: &[u8]) -> Vec<(u64, u8, String)> {
    let mut out = Vec::new();
    let mut rest = bytes;
    while rest.len() >= 24 {
        let next = u64::from_le_bytes(rest[0..8].try_into().unwrap());
        let namlen = u32::from_le_bytes(rest[16..20].try_into().unwrap()) as usize;
        if rest.len() < 24 + namlen {
            break;
        }
        let name = String::from_utf8(rest[24..24 + namlen].to_vec()).unwrap();
        out.push((next, rest[20], name));
        rest = &rest[24 + namlen..];
    }
    out
}

#[test]
fn readdir_lists_entries_with_cookies_and_cuts_the_last() {
    let dir = TempDir::new("readdir");
    std::fs::write(dir.join("file"), "").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink("file", dir.join("link")).unwrap();
    let mut p = probe(&dir);
    assert_eq!(
        p.call("fd_readdir", &[3, 4096, 4096, 0, 32]),
        errno::SUCCESS
    );
    let used = p.read_u32(32);
    assert!(used < 4096);
    let all = dirents(&p.read(4096, used));
    let mut names: Vec<(u8, &str)> = all.iter().map(|(_, t, n)| (*t, n.as_str())).collect();
    names.sort_by_key(|&(_, n)| n);
    assert_eq!(
        names,
        [(3, "."), (3, ".."), (4, "file"), (7, "link"), (3, "sub")]
    );

    // From the cookie after the second entry, the last three come.
    assert_eq!(
        p.call("fd_readdir", &[3, 4096, 4096, all[1].0 as i64, 32]),
        errno::SUCCESS
    );
    assert_eq!(dirents(&p.read(4096, p.read_u32(32))), all[2..]);

    // A buffer too small for everything is filled to the brim, the last entry cut.
    assert_eq!(p.call("fd_readdir", &[3, 4096, 30, 0, 32]), errno::SUCCESS);
    assert_eq!(p.read_u32(32), 30);
    assert_eq!(dirents(&p.read(4096, 30)), all[..1]);
    // Past the end, nothing.
    assert_eq!(
        p.call("fd_readdir", &[3, 4096, 4096, 5, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.read_u32(32), 0);
}

#[test]
fn stat_symlinks_and_hard_links() {
    let dir = TempDir::new("links");
    std::fs::write(dir.join("a"), "12345").unwrap();
    let mut p = probe(&dir);
    let [op, ol] = p.path("a");
    let [np, nl] = p.path2("link");
    assert_eq!(p.call("path_symlink", &[op, ol, 3, np, nl]), errno::SUCCESS);
    assert_eq!(
        std::fs::read_link(dir.join("link")).unwrap(),
        std::path::Path::new("a")
    );

    let [ptr, len] = p.path("link");
    assert_eq!(
        p.call("path_filestat_get", &[3, 0, ptr, len, 500]),
        errno::SUCCESS
    );
    assert_eq!(p.read(516, 1), [7]);
    assert_eq!(
        p.call("path_filestat_get", &[3, 1, ptr, len, 500]),
        errno::SUCCESS
    );
    assert_eq!(p.read(516, 1), [4]);
    assert_eq!(p.read_u64(532), 5);
    assert_eq!(
        p.call("path_readlink", &[3, ptr, len, 4096, 64, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.read(4096, p.read_u32(32)), b"a");
    // Opening the link itself without following it is `ELOOP`.
    assert_eq!(p.open(3, 0, "link", 0, READ, 0), Err(errno::LOOP));
    assert!(p.open(3, FOLLOW, "link", 0, READ, 0).is_ok());

    let [op, ol] = p.path("a");
    let [np, nl] = p.path2("hard");
    assert_eq!(
        p.call("path_link", &[3, 0, op, ol, 3, np, nl]),
        errno::SUCCESS
    );
    assert_eq!(
        p.call("path_filestat_get", &[3, 0, op, ol, 500]),
        errno::SUCCESS
    );
    assert_eq!(p.read_u64(524), 2);
    use std::os::unix::fs::MetadataExt;
    let (a, hard) = (
        std::fs::metadata(dir.join("a")).unwrap(),
        std::fs::metadata(dir.join("hard")).unwrap(),
    );
    assert_eq!(a.ino(), hard.ino());
    assert_eq!(p.read_u64(508), a.ino());
    // Following a symbolic link while linking is refused.
    let [np, nl] = p.path2("hard2");
    assert_eq!(
        p.call("path_link", &[3, 1, op, ol, 3, np, nl]),
        errno::INVAL
    );

    let [ptr, len] = p.path("link");
    assert_eq!(p.call("path_unlink_file", &[3, ptr, len]), errno::SUCCESS);
    assert!(dir.join("a").exists() && !dir.join("link").exists());
}

#[test]
fn times_are_set_through_paths_and_descriptors() {
    let dir = TempDir::new("times");
    std::fs::write(dir.join("a"), "").unwrap();
    let mut p = probe(&dir);
    let mtime = |name: &str| {
        std::fs::metadata(dir.join(name))
            .unwrap()
            .modified()
            .unwrap()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
    };
    let [ptr, len] = p.path("a");
    // `mtim` = 1_000_000_000 s; `atim` left alone.
    let args = [3, 1, ptr, len, 0, 1_000_000_000_000_000_000, 4];
    assert_eq!(p.call("path_filestat_set_times", &args), errno::SUCCESS);
    assert_eq!(mtime("a").as_secs(), 1_000_000_000);
    let fd = p.open(3, 0, "a", 0, WRITE, 0).unwrap();
    let args = [fd as i64, 0, 2_000_000_000_000_000_000, 4];
    assert_eq!(p.call("fd_filestat_set_times", &args), errno::SUCCESS);
    assert_eq!(mtime("a").as_secs(), 2_000_000_000);
    // `mtim_now`.
    assert_eq!(
        p.call("fd_filestat_set_times", &[fd as i64, 0, 0, 8]),
        errno::SUCCESS
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    assert!(now.abs_diff(mtime("a")).as_secs() < 60);
    assert_eq!(p.call("fd_filestat_get", &[fd as i64, 500]), errno::SUCCESS);
    assert_eq!(p.read_u64(548) / 1_000_000_000, mtime("a").as_secs());
    // A directory's own times, through its descriptor.
    let args = [3, 0, 1_500_000_000_000_000_000, 4];
    assert_eq!(p.call("fd_filestat_set_times", &args), errno::SUCCESS);
    assert_eq!(mtime("").as_secs(), 1_500_000_000);
}

#[test]
fn a_read_only_preopen_refuses_every_change() {
    let dir = TempDir::new("readonly");
    std::fs::write(dir.join("a"), "keep").unwrap();
    std::fs::create_dir(dir.join("d")).unwrap();
    let mut p = Probe::with(
        WasiCtxBuilder::new()
            .preopened_dir(dir.path(), "ro", DirPerms::READ, FilePerms::READ)
            .unwrap(),
    );
    // Reading works.
    let fd = p.open(3, 0, "a", 0, READ, 0).unwrap();
    assert_eq!(p.read_fd(fd, 10).unwrap(), b"keep");
    assert_eq!(p.write_fd(fd, b"x"), Err(errno::BADF));
    assert_eq!(p.call("fd_filestat_set_size", &[fd as i64, 0]), errno::PERM);
    assert_eq!(
        p.call("fd_filestat_set_times", &[fd as i64, 0, 0, 8]),
        errno::PERM
    );
    assert_eq!(
        p.call("fd_readdir", &[3, 4096, 4096, 0, 32]),
        errno::SUCCESS
    );
    assert_eq!(p.call("fd_sync", &[3]), errno::SUCCESS);

    assert_eq!(p.open(3, 0, "a", 0, WRITE, 0), Err(errno::PERM));
    assert_eq!(p.open(3, 0, "a", 0, READ, APPEND), Err(errno::PERM));
    assert_eq!(p.open(3, 0, "a", TRUNC, READ, 0), Err(errno::PERM));
    assert_eq!(p.open(3, 0, "new", CREAT, READ, 0), Err(errno::PERM));
    let [ap, al] = p.path("a");
    let [np, nl] = p.path2("b");
    for (name, args) in [
        ("path_create_directory", vec![3, np, nl]),
        ("path_remove_directory", vec![3, ap, al]),
        ("path_unlink_file", vec![3, ap, al]),
        ("path_rename", vec![3, ap, al, 3, np, nl]),
        ("path_link", vec![3, 0, ap, al, 3, np, nl]),
        ("path_symlink", vec![ap, al, 3, np, nl]),
        ("path_filestat_set_times", vec![3, 0, ap, al, 0, 0, 8]),
        ("fd_filestat_set_times", vec![3, 0, 0, 8]),
    ] {
        assert_eq!(p.call(name, &args), errno::PERM, "{name}");
    }
    // The subdirectory inherits the pre-open's permissions.
    let d = p.open(3, 0, "d", DIRECTORY, READ, 0).unwrap();
    assert_eq!(p.open(d, 0, "new", CREAT, READ, 0), Err(errno::PERM));

    assert_eq!(std::fs::read(dir.join("a")).unwrap(), b"keep");
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["a", "d"]);
}

#[test]
fn trailing_slashes_name_directories_only() {
    let fresh = || {
        let dir = TempDir::new("slashes");
        std::fs::write(dir.join("file"), "x").unwrap();
        std::fs::create_dir(dir.join("d")).unwrap();
        let p = probe(&dir);
        (dir, p)
    };
    for (old, new, expected) in [
        ("file/", "t", errno::NOTDIR),
        ("file", "t/", errno::NOTDIR),
        ("file/", "t/", errno::NOTDIR),
        ("file", "d/", errno::NOTDIR),
        ("d/", "e/", errno::SUCCESS),
        ("d", "e/", errno::SUCCESS),
    ] {
        let (dir, mut p) = fresh();
        let [op, ol] = p.path(old);
        let [np, nl] = p.path2(new);
        let result = p.call("path_rename", &[3, op, ol, 3, np, nl]);
        assert_eq!(result, expected, "rename {old} {new}");
        assert!(dir.join("file").is_file());
    }
    let (dir, mut p) = fresh();
    let [op, ol] = p.path("file");
    for (new, expected) in [("s/", errno::NOENT), ("file/", errno::NOTDIR)] {
        let [np, nl] = p.path2(new);
        assert_eq!(
            p.call("path_symlink", &[op, ol, 3, np, nl]),
            expected,
            "symlink {new}"
        );
        assert_eq!(
            p.call("path_link", &[3, 0, op, ol, 3, np, nl]),
            expected,
            "link {new}"
        );
    }
    let [ptr, len] = p.path("file/");
    assert_eq!(
        p.call("path_filestat_get", &[3, 0, ptr, len, 500]),
        errno::NOTDIR
    );
    assert_eq!(p.call("path_unlink_file", &[3, ptr, len]), errno::NOTDIR);
    assert_eq!(
        p.call("path_remove_directory", &[3, ptr, len]),
        errno::NOTDIR
    );
    let [ptr, len] = p.path("d/");
    assert_eq!(
        p.call("path_filestat_get", &[3, 0, ptr, len, 500]),
        errno::SUCCESS
    );
    assert_eq!(p.call("path_unlink_file", &[3, ptr, len]), errno::ISDIR);
    assert_eq!(
        p.call("path_remove_directory", &[3, ptr, len]),
        errno::SUCCESS
    );
    assert!(!dir.join("d").exists() && dir.join("file").is_file());
}

#[test]
fn a_preopen_without_read_permission_cannot_be_looked_into() {
    let dir = TempDir::new("noread");
    std::fs::write(dir.join("a"), "x").unwrap();
    std::os::unix::fs::symlink("a", dir.join("l")).unwrap();
    let mut p = Probe::with(
        WasiCtxBuilder::new()
            .preopened_dir(dir.path(), "w", DirPerms::MUTATE, FilePerms::all())
            .unwrap(),
    );
    assert_eq!(p.open(3, 0, "a", 0, READ, 0), Err(errno::PERM));
    assert_eq!(p.call("fd_readdir", &[3, 4096, 4096, 0, 32]), errno::PERM);
    let [ptr, len] = p.path("l");
    assert_eq!(
        p.call("path_filestat_get", &[3, 0, ptr, len, 500]),
        errno::PERM
    );
    assert_eq!(
        p.call("path_readlink", &[3, ptr, len, 4096, 64, 32]),
        errno::PERM
    );
}

#[test]
fn the_preopen_itself_opens_as_a_new_directory() {
    // Regression: `path_open(preopen, ".", O_DIRECTORY)` with the rights the pre-open
    // reports, as programs open their scratch directory, failed with `EISDIR`: every right
    // was reported, writing among them, and a directory cannot be opened for writing.
    let dir = TempDir::new("dot");
    std::fs::write(dir.join("a"), "x").unwrap();
    let mut p = probe(&dir);
    assert_eq!(p.call("fd_fdstat_get", &[3, 300]), errno::SUCCESS);
    let (base, inheriting) = (p.read_u64(308), p.read_u64(316));
    assert_eq!(base & WRITE, 0, "a directory has no right to be written");
    assert_eq!(
        inheriting & (READ | WRITE),
        READ | WRITE,
        "its files may be"
    );
    for rights in [base, 0, READ] {
        let fd = p.open(3, 0, ".", DIRECTORY, rights, 0).unwrap();
        assert_ne!(fd, 3);
        assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
        assert_eq!(p.read(300, 1), [3], "a directory");
        // It lists the pre-open's entries and is no pre-open itself.
        assert_eq!(
            p.call("fd_readdir", &[fd as i64, 4096, 1024, 0, 40]),
            errno::SUCCESS
        );
        let names: Vec<String> = dirents(&p.read(4096, p.read_u32(40)))
            .into_iter()
            .map(|(_, _, name)| name)
            .collect();
        assert!(names.contains(&"a".to_string()), "{names:?}");
        assert_eq!(p.call("fd_prestat_get", &[fd as i64, 100]), errno::BADF);
        assert_eq!(p.call("fd_close", &[fd as i64]), errno::SUCCESS);
    }
    // Without `O_DIRECTORY`, and as `./`, it is the same directory.
    let fd = p.open(3, 0, "./", 0, READ, 0).unwrap();
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    assert_eq!(p.read(300, 1), [3]);
    assert_eq!((p.read_u64(308), p.read_u64(316)), (base, inheriting));
    // Asking to write a directory is still `EISDIR`.
    assert_eq!(
        p.open(3, 0, ".", DIRECTORY, READ | WRITE, 0),
        Err(errno::ISDIR)
    );
}

#[test]
fn rights_can_only_be_dropped_and_are_honoured() {
    let dir = TempDir::new("rights");
    let mut p = probe(&dir);
    let fd = p.open(3, 0, "f", CREAT, READ | WRITE, 0).unwrap();
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    let base = p.read_u64(308);
    assert_eq!(base & (READ | WRITE), READ | WRITE);
    // Dropping reading and writing: both are refused from then on.
    let fewer = (base & !(READ | WRITE)) as i64;
    assert_eq!(
        p.call("fd_fdstat_set_rights", &[fd as i64, fewer, 0]),
        errno::SUCCESS
    );
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    assert_eq!(p.read_u64(308) & (READ | WRITE), 0);
    assert_eq!(p.write_fd(fd, b"x"), Err(errno::BADF));
    assert_eq!(p.read_fd(fd, 1), Err(errno::BADF));
    // Rights cannot be given back.
    assert_eq!(
        p.call("fd_fdstat_set_rights", &[fd as i64, base as i64, 0]),
        errno::NOTCAPABLE
    );
    // A directory without the inheriting right to write opens no file for writing, and
    // one without `path_open` opens nothing.
    assert_eq!(p.call("fd_fdstat_get", &[3, 300]), errno::SUCCESS);
    let (base, inheriting) = (p.read_u64(308), p.read_u64(316));
    assert_eq!(
        p.call(
            "fd_fdstat_set_rights",
            &[3, base as i64, (inheriting & !WRITE) as i64]
        ),
        errno::SUCCESS
    );
    assert_eq!(p.open(3, 0, "f", 0, WRITE, 0), Err(errno::NOTCAPABLE));
    assert!(p.open(3, 0, "f", 0, READ, 0).is_ok());
    const PATH_OPEN: u64 = 1 << 13;
    assert_eq!(
        p.call("fd_fdstat_set_rights", &[3, (base & !PATH_OPEN) as i64, 0]),
        errno::SUCCESS
    );
    assert_eq!(p.open(3, 0, "f", 0, READ, 0), Err(errno::NOTCAPABLE));
}

#[test]
fn fd_flags_given_at_open_are_reported() {
    // Regression: `SYNC`, `DSYNC`, `RSYNC` and `NONBLOCK` were dropped: a file created with
    // `SYNC` reported flags 0.
    const DSYNC: u32 = 2;
    const NONBLOCK: u32 = 4;
    const RSYNC: u32 = 8;
    const SYNC: u32 = 16;
    let dir = TempDir::new("fdflags");
    let mut p = probe(&dir);
    for (i, fdflags) in [
        SYNC,
        DSYNC,
        RSYNC | SYNC,
        NONBLOCK,
        APPEND | DSYNC,
        APPEND | SYNC | DSYNC | RSYNC | NONBLOCK,
    ]
    .into_iter()
    .enumerate()
    {
        let fd = p
            .open(3, 0, &format!("f{i}"), CREAT, READ | WRITE, fdflags)
            .unwrap();
        assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
        assert_eq!(p.read_u16(302) as u32, fdflags, "flags {fdflags:#x}");
        assert_eq!(p.write_fd(fd, b"data"), Ok(4));
    }
    // After opening, `append` and `nonblock` can change; the sync modes cannot (asking
    // for them is `EINVAL`, and those given at open stay).
    let fd = p.open(3, 0, "g", CREAT, READ | WRITE, SYNC).unwrap();
    assert_eq!(
        p.call(
            "fd_fdstat_set_flags",
            &[fd as i64, (APPEND | NONBLOCK) as i64]
        ),
        errno::SUCCESS
    );
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    assert_eq!(p.read_u16(302) as u32, APPEND | NONBLOCK | SYNC);
    assert_eq!(
        p.call("fd_fdstat_set_flags", &[fd as i64, DSYNC as i64]),
        errno::INVAL
    );
    let fd = p.open(3, 0, "h", CREAT, READ | WRITE, 0).unwrap();
    assert_eq!(
        p.call(
            "fd_fdstat_set_flags",
            &[fd as i64, (APPEND | NONBLOCK) as i64]
        ),
        errno::SUCCESS
    );
    assert_eq!(p.call("fd_fdstat_get", &[fd as i64, 300]), errno::SUCCESS);
    assert_eq!(p.read_u16(302) as u32, APPEND | NONBLOCK);
    assert_eq!(
        p.call("fd_fdstat_set_flags", &[fd as i64, SYNC as i64]),
        errno::INVAL
    );
}

#[test]
fn readdir_continues_a_listing_from_its_cursor() {
    // Regression: every call listed the whole directory again (quadratic in its size for
    // a guest reading it in pieces). A listing is now read once when it starts (cookie 0)
    // and continued from that snapshot, as a POSIX directory stream is.
    let dir = TempDir::new("readdir-cursor");
    for i in 0..500 {
        std::fs::write(dir.join(&format!("entry-{i:03}")), "").unwrap();
    }
    let mut p = probe(&dir);
    let mut names = Vec::new();
    let mut cookie = 0u64;
    loop {
        assert_eq!(
            p.call("fd_readdir", &[3, 4096, 200, cookie as i64, 32]),
            errno::SUCCESS
        );
        let used = p.read_u32(32);
        let entries = dirents(&p.read(4096, used));
        for (next, _, name) in &entries {
            names.push(name.clone());
            cookie = *next;
        }
        if names.len() == entries.len() {
            // A file made after the listing started is not in its continuation...
            std::fs::write(dir.join("late"), "").unwrap();
        }
        if used < 200 {
            break;
        }
    }
    assert_eq!(names.len(), 502, "every entry once, with `.` and `..`");
    assert!(!names.contains(&"late".to_string()));
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 502, "no entry twice");
    // ...and a listing started again sees it.
    let mut all: Vec<String> = Vec::new();
    let mut cookie = 0u64;
    loop {
        assert_eq!(
            p.call("fd_readdir", &[3, 4096, 4096, cookie as i64, 32]),
            errno::SUCCESS
        );
        let used = p.read_u32(32);
        let entries = dirents(&p.read(4096, used));
        all.extend(entries.iter().map(|(_, _, n)| n.clone()));
        cookie = entries.last().map_or(cookie, |e| e.0);
        if used < 4096 {
            break;
        }
    }
    assert!(all.contains(&"late".to_string()));
}
