//! Works on files through the standard library, beneath the directory named by its first
//! argument (a pre-open), and reports each step on stdout: create, write, read, seek,
//! append, truncate, directories, rename, listing, status, symbolic and hard links,
//! removal, and two attempts to leave the directory (which fail with an errno).

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

fn main() {
    let root = std::env::args().nth(1).expect("a directory argument");
    let at = |name: &str| format!("{root}/{name}");

    // Create and write, then read back.
    File::create(at("notes.txt"))
        .and_then(|mut f| f.write_all(b"hello\n"))
        .expect("create");
    println!("read: {:?}", fs::read_to_string(at("notes.txt")).unwrap());

    // Seek and overwrite in the middle, then read from a position.
    let mut f = OpenOptions::new()
        .read(true)
        .write(true)
        .open(at("notes.txt"))
        .unwrap();
    f.seek(SeekFrom::Start(2)).unwrap();
    f.write_all(b"LL").unwrap();
    let pos = f.stream_position().unwrap();
    f.seek(SeekFrom::Start(1)).unwrap();
    let mut rest = String::new();
    f.read_to_string(&mut rest).unwrap();
    println!("after seek: pos {pos}, rest {rest:?}");
    drop(f);

    // Append, then truncate.
    OpenOptions::new()
        .append(true)
        .open(at("notes.txt"))
        .and_then(|mut f| f.write_all(b"more\n"))
        .unwrap();
    println!("appended: {:?}", fs::read_to_string(at("notes.txt")).unwrap());
    let f = OpenOptions::new().write(true).open(at("notes.txt")).unwrap();
    f.set_len(5).unwrap();
    println!("truncated: {}", f.metadata().unwrap().len());
    drop(f);

    // Directories, rename, listing.
    fs::create_dir(at("dir")).unwrap();
    fs::write(at("dir/inner.txt"), "inner").unwrap();
    fs::rename(at("notes.txt"), at("dir/notes.txt")).unwrap();
    let mut names: Vec<String> = fs::read_dir(at("dir"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    println!("listing: {names:?}");

    // Status, symbolic links and hard links.
    let meta = fs::metadata(at("dir/notes.txt")).unwrap();
    println!("stat: file {} len {}", meta.is_file(), meta.len());
    #[allow(deprecated, reason = "the one stable way to make a link on wasm32-wasip1")]
    fs::soft_link("dir/notes.txt", at("link")).unwrap();
    let link = fs::symlink_metadata(at("link")).unwrap();
    println!(
        "symlink: {} -> {}, through it {:?}",
        link.file_type().is_symlink(),
        fs::read_link(at("link")).unwrap().display(),
        fs::read_to_string(at("link")).unwrap()
    );
    fs::hard_link(at("dir/inner.txt"), at("hard.txt")).unwrap();
    fs::write(at("hard.txt"), "changed").unwrap();
    println!(
        "hard link: {:?}",
        fs::read_to_string(at("dir/inner.txt")).unwrap()
    );

    // Removal.
    fs::remove_file(at("dir/inner.txt")).unwrap();
    println!(
        "remove non-empty dir: {}",
        fs::remove_dir(at("dir")).is_err()
    );
    fs::remove_file(at("link")).unwrap();

    // Ways out: a `..` past the pre-open reaches the host, which refuses it; a path
    // under no pre-open is refused by the guest's libc.
    for path in [at("../outside.txt"), "/outside.txt".to_owned()] {
        let errno = File::create(&path).unwrap_err().raw_os_error();
        println!("escape {path}: errno {errno:?}");
    }
}
