//! `wasi-paths`: random paths (`..`, `.`, absolute, doubled and trailing slashes, names of
//! symbolic links that point outside) given to the path functions against a pre-opened
//! directory, in random sequences of opens, creations, renames, links, symbolic links and
//! removals: half the cases through preview 1 (a module calling the imports), half through
//! WASI 0.2's `wasi:filesystem` (the host implementation called as a component's imports
//! are). Whatever each call answers, nothing outside the pre-open may change: the directory
//! beside it, with a file and symbolic links pointing into it, is compared with a snapshot
//! taken before.

use std::path::{Path, PathBuf};

use crate::{Failure, Passed, Rng};
use wicker::{Linker, Memory, Module, Store, Val};
use wicker_wasi::{DirPerms, FilePerms, WasiCtx, WasiCtxBuilder};

/// The functions the target calls, with their parameter types.
const FUNCTIONS: &[(&str, &str)] = &[
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
    ("path_create_directory", "i32 i32 i32"),
    ("path_remove_directory", "i32 i32 i32"),
    ("path_unlink_file", "i32 i32 i32"),
    ("path_rename", "i32 i32 i32 i32 i32 i32"),
    ("path_link", "i32 i32 i32 i32 i32 i32 i32"),
    ("path_symlink", "i32 i32 i32 i32 i32"),
    ("path_filestat_get", "i32 i32 i32 i32 i32"),
    ("path_readlink", "i32 i32 i32 i32 i32 i32"),
    ("fd_write", "i32 i32 i32 i32"),
    ("fd_close", "i32"),
];

/// A module that re-exports each function.
fn probe() -> String {
    let mut wat = String::from("(module\n");
    for (name, params) in FUNCTIONS {
        wat += &format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) (result i32)))\n"
        );
    }
    wat += "(memory (export \"memory\") 1)\n";
    for (name, params) in FUNCTIONS {
        let gets: String = (0..params.split_whitespace().count())
            .map(|i| format!("local.get {i} "))
            .collect();
        wat += &format!(
            "(func (export \"{name}\") (param {params}) (result i32) {gets} call ${name})\n"
        );
    }
    wat + ")"
}

/// The pieces paths are made of.
const SEGMENTS: &[&str] = &[
    "..",
    ".",
    "a",
    "b",
    "sub",
    "file",
    "out",
    "abs",
    "in",
    "loop",
    "",
    "new",
    "../outside",
];

fn path(rng: &mut Rng) -> String {
    let n = 1 + rng.below(4) as usize;
    let mut p: Vec<&str> = (0..n)
        .map(|_| SEGMENTS[rng.below(SEGMENTS.len() as u64) as usize])
        .collect();
    if rng.below(8) == 0 {
        p.insert(0, "");
    }
    let mut s = p.join("/");
    if rng.below(6) == 0 {
        s.push('/');
    }
    s
}

/// Every entry beneath `dir` with its kind and contents (link targets for links), sorted.
fn snapshot(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            let name = p.strip_prefix(dir).unwrap_or(&p).display().to_string();
            let what = match std::fs::symlink_metadata(&p) {
                Ok(m) if m.is_symlink() => {
                    format!("link {:?}", std::fs::read_link(&p).unwrap_or_default())
                }
                Ok(m) if m.is_dir() => {
                    pending.push(p.clone());
                    "dir".to_string()
                }
                Ok(_) => format!("file {:?}", std::fs::read(&p).unwrap_or_default()),
                Err(_) => "gone".to_string(),
            };
            out.push((name, what));
        }
    }
    out.sort();
    out
}

/// The scratch tree of one case: `inside` (pre-opened) and `outside` beside it.
struct Tree(PathBuf);

impl Tree {
    fn new(seed: u64) -> std::io::Result<Tree> {
        let root =
            std::env::temp_dir().join(format!("wicker-fuzz-paths-{}-{seed}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("inside/sub"))?;
        std::fs::create_dir_all(root.join("outside/deep"))?;
        std::fs::write(root.join("outside/secret"), "secret")?;
        std::fs::write(root.join("inside/file"), "mine")?;
        let link = |target: &Path, name: &str| {
            std::os::unix::fs::symlink(target, root.join("inside").join(name))
        };
        link(Path::new("../outside"), "out")?;
        link(&root.join("outside"), "abs")?;
        link(Path::new("sub"), "in")?;
        link(Path::new("loop"), "loop")?;
        std::os::unix::fs::symlink(root.join("inside/file"), root.join("outside/to-inside"))?;
        Ok(Tree(root))
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Probe {
    store: Store<WasiCtx>,
    instance: wicker::Instance,
    memory: Memory,
}

impl Probe {
    fn write(&mut self, at: u32, bytes: &[u8]) {
        let at = at as usize;
        self.memory.data_mut(&mut self.store)[at..at + bytes.len()].copy_from_slice(bytes);
    }

    fn call(&mut self, name: &str, args: &[i64]) -> wicker::Result<i32> {
        let f = self
            .instance
            .get_func(&mut self.store, name)
            .ok_or_else(|| anyhow::anyhow!("no `{name}`"))?;
        let ty = f.ty(&self.store);
        let args: Vec<Val> = ty
            .params()
            .zip(args)
            .map(|(t, a)| match t {
                wicker::ValType::I64 => Val::I64(*a),
                _ => Val::I32(*a as i32),
            })
            .collect();
        let mut out = [Val::I32(0)];
        f.call(&mut self.store, &args, &mut out)?;
        Ok(out[0].unwrap_i32())
    }
}

/// One case.
pub fn case(seed: u64) -> Result<Passed, Failure> {
    let mut rng = Rng::new(seed);
    let tree = Tree::new(seed).map_err(|e| Failure {
        message: format!("cannot make the scratch tree: {e}"),
        input: Vec::new(),
    })?;
    let before = snapshot(&tree.0.join("outside"));
    if rng.below(2) == 0 {
        preview1(&mut rng, &tree, &before)
    } else {
        preview2(&mut rng, &tree, &before)
    }
}

fn sandbox(tree: &Tree) -> WasiCtx {
    WasiCtxBuilder::new()
        .preopened_dir(
            tree.0.join("inside"),
            "/sandbox",
            DirPerms::all(),
            FilePerms::all(),
        )
        .expect("the pre-open exists")
        .build()
}

/// The failure of a case if the directory outside changed since `before` or a call failed
/// instead of answering, with the operations so far.
fn check(
    tree: &Tree,
    before: &[(String, String)],
    log: &[String],
    failed: Option<String>,
) -> Result<(), Failure> {
    let log = log.join("\n");
    if let Some(e) = failed {
        return Err(Failure {
            message: format!("a path call failed instead of answering an error: {e}\n{log}"),
            input: log.into_bytes(),
        });
    }
    let after = snapshot(&tree.0.join("outside"));
    if after != before {
        return Err(Failure {
            message: format!(
                "the directory outside the pre-open changed:\n{log}\nbefore: {before:?}\nafter: {after:?}"
            ),
            input: log.into_bytes(),
        });
    }
    Ok(())
}

/// Operations through WASI 0.2's `wasi:filesystem`.
fn preview2(rng: &mut Rng, tree: &Tree, before: &[(String, String)]) -> Result<Passed, Failure> {
    use wicker_wasi::preview2::bindings::wasi::filesystem::preopens::Host as _;
    use wicker_wasi::preview2::bindings::wasi::filesystem::types::{
        DescriptorFlags, HostDescriptor, OpenFlags, PathFlags,
    };
    use wicker_wasi::preview2::filesystem::FsError;
    let mut cx = sandbox(tree);
    let dirs = cx.get_directories().expect("the pre-opens");
    let dir = || wicker::component::Resource::new_borrow(dirs[0].0.rep());
    let mut log = Vec::new();
    for _ in 0..1 + rng.below(10) {
        let (x, y) = (path(rng), path(rng));
        let follow = PathFlags {
            symlink_follow: rng.below(2) == 0,
        };
        let op = rng.below(10);
        // A trap is the only wrong answer; error codes are all fine.
        let outcome: Result<String, FsError> = match op {
            0 => {
                let bits = rng.below(16);
                let open = OpenFlags {
                    create: bits & 1 != 0,
                    directory: bits & 2 != 0,
                    exclusive: bits & 4 != 0,
                    truncate: bits & 8 != 0,
                };
                let flags = DescriptorFlags {
                    read: true,
                    write: rng.below(2) == 0,
                    mutate_directory: rng.below(2) == 0,
                    ..DescriptorFlags::default()
                };
                cx.open_at(dir(), follow, x.clone(), open, flags)
                    .and_then(|fd| {
                        let rep = fd.rep();
                        let wrote = cx.write(
                            wicker::component::Resource::new_borrow(rep),
                            b"owned".to_vec(),
                            0,
                        );
                        HostDescriptor::drop(&mut cx, fd).map_err(FsError::Trap)?;
                        wrote.map(|n| format!("wrote {n}"))
                    })
            }
            1 => cx
                .create_directory_at(dir(), x.clone())
                .map(|()| String::new()),
            2 => cx
                .remove_directory_at(dir(), x.clone())
                .map(|()| String::new()),
            3 => cx.unlink_file_at(dir(), x.clone()).map(|()| String::new()),
            4 => cx
                .rename_at(dir(), x.clone(), dir(), y.clone())
                .map(|()| String::new()),
            5 => cx
                .link_at(dir(), follow, x.clone(), dir(), y.clone())
                .map(|()| String::new()),
            6 => cx
                .symlink_at(dir(), x.clone(), y.clone())
                .map(|()| String::new()),
            7 => cx
                .stat_at(dir(), follow, x.clone())
                .map(|st| format!("{:?}", st.r#type)),
            _ => cx.readlink_at(dir(), x.clone()),
        };
        let failed = match &outcome {
            Err(FsError::Trap(e)) => Some(format!("{e:#}")),
            _ => None,
        };
        let shown = match outcome {
            Ok(v) => format!("ok {v}"),
            Err(FsError::Code(c)) => format!("{c:?}"),
            Err(FsError::Io(e)) => format!("{e}"),
            Err(FsError::Trap(_)) => "trap".to_string(),
        };
        log.push(format!("p2 op {op} {x:?} {y:?} -> {shown}"));
        check(tree, before, &log, failed)?;
    }
    Ok(Passed::Checked)
}

/// Operations through preview 1.
fn preview1(rng: &mut Rng, tree: &Tree, before: &[(String, String)]) -> Result<Passed, Failure> {
    let engine = wicker::Engine::default();
    let module = Module::new(&engine, probe()).expect("the probe compiles");
    let mut linker = Linker::new(&engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |cx| cx).expect("WASI links");
    let mut store = Store::new(&engine, sandbox(tree));
    let instance = linker
        .instantiate(&mut store, &module)
        .expect("instantiates");
    let memory = instance.get_memory(&mut store, "memory").expect("memory");
    let mut p = Probe {
        store,
        instance,
        memory,
    };
    let mut log = Vec::new();
    let (a, b) = (1000u32, 2000u32);
    for _ in 0..1 + rng.below(10) {
        let (x, y) = (path(rng), path(rng));
        p.write(a, x.as_bytes());
        p.write(b, y.as_bytes());
        let (pa, la, pb, lb) = (a as i64, x.len() as i64, b as i64, y.len() as i64);
        let op = rng.below(10);
        let result = match op {
            0 => {
                // Open (read, write, create, truncate, directory in turn) and write to it.
                let oflags = rng.below(16) as i64;
                let follow = rng.below(2) as i64;
                let r = p.call(
                    "path_open",
                    &[3, follow, pa, la, oflags, (1 << 1) | (1 << 6), 0, 0, 3000],
                );
                if r.as_ref().is_ok_and(|e| *e == 0) {
                    let fd = p
                        .memory
                        .data(&p.store)
                        .get(3000..3004)
                        .map_or(0, |b| u32::from_le_bytes(b.try_into().unwrap()));
                    p.write(3100, &3200u32.to_le_bytes());
                    p.write(3104, &5u32.to_le_bytes());
                    p.write(3200, b"owned");
                    let _ = p.call("fd_write", &[fd as i64, 3100, 1, 3300]);
                    let _ = p.call("fd_close", &[fd as i64]);
                }
                r
            }
            1 => p.call("path_create_directory", &[3, pa, la]),
            2 => p.call("path_remove_directory", &[3, pa, la]),
            3 => p.call("path_unlink_file", &[3, pa, la]),
            4 => p.call("path_rename", &[3, pa, la, 3, pb, lb]),
            5 => p.call("path_link", &[3, rng.below(2) as i64, pa, la, 3, pb, lb]),
            6 => p.call("path_symlink", &[pa, la, 3, pb, lb]),
            7 => p.call("path_filestat_get", &[3, rng.below(2) as i64, pa, la, 4000]),
            _ => p.call("path_readlink", &[3, pa, la, 4000, 256, 4300]),
        };
        log.push(format!("p1 op {op} {x:?} {y:?} -> {result:?}"));
        check(tree, before, &log, result.err().map(|e| format!("{e:#}")))?;
    }
    Ok(Passed::Checked)
}
