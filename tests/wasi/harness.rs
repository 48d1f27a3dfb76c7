//! A probe module that re-exports every WASI function through a wasm wrapper, so tests
//! call each one with raw arguments and inspect the guest's memory around the call.

use std::sync::OnceLock;

use wicker::{AsContext, Engine, Instance, Linker, Memory, Module, Store, Val, ValType};
use wicker_wasi::{WasiCtx, WasiCtxBuilder};

/// Each function of `wasi_snapshot_preview1` with its parameter types, as the witx
/// definitions give them; every one but `proc_exit` returns an errno (`i32`).
pub const FUNCTIONS: &[(&str, &str)] = &[
    ("args_get", "i32 i32"),
    ("args_sizes_get", "i32 i32"),
    ("environ_get", "i32 i32"),
    ("environ_sizes_get", "i32 i32"),
    ("clock_res_get", "i32 i32"),
    ("clock_time_get", "i32 i64 i32"),
    ("fd_advise", "i32 i64 i64 i32"),
    ("fd_allocate", "i32 i64 i64"),
    ("fd_close", "i32"),
    ("fd_datasync", "i32"),
    ("fd_fdstat_get", "i32 i32"),
    ("fd_fdstat_set_flags", "i32 i32"),
    ("fd_fdstat_set_rights", "i32 i64 i64"),
    ("fd_filestat_get", "i32 i32"),
    ("fd_filestat_set_size", "i32 i64"),
    ("fd_filestat_set_times", "i32 i64 i64 i32"),
    ("fd_pread", "i32 i32 i32 i64 i32"),
    ("fd_prestat_get", "i32 i32"),
    ("fd_prestat_dir_name", "i32 i32 i32"),
    ("fd_pwrite", "i32 i32 i32 i64 i32"),
    ("fd_read", "i32 i32 i32 i32"),
    ("fd_readdir", "i32 i32 i32 i64 i32"),
    ("fd_renumber", "i32 i32"),
    ("fd_seek", "i32 i64 i32 i32"),
    ("fd_sync", "i32"),
    ("fd_tell", "i32 i32"),
    ("fd_write", "i32 i32 i32 i32"),
    ("path_create_directory", "i32 i32 i32"),
    ("path_filestat_get", "i32 i32 i32 i32 i32"),
    ("path_filestat_set_times", "i32 i32 i32 i32 i64 i64 i32"),
    ("path_link", "i32 i32 i32 i32 i32 i32 i32"),
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
    ("path_readlink", "i32 i32 i32 i32 i32 i32"),
    ("path_remove_directory", "i32 i32 i32"),
    ("path_rename", "i32 i32 i32 i32 i32 i32"),
    ("path_symlink", "i32 i32 i32 i32 i32"),
    ("path_unlink_file", "i32 i32 i32"),
    ("poll_oneoff", "i32 i32 i32 i32"),
    ("proc_exit", "i32"),
    ("proc_raise", "i32"),
    ("sched_yield", ""),
    ("random_get", "i32 i32"),
    ("sock_accept", "i32 i32 i32"),
    ("sock_recv", "i32 i32 i32 i32 i32 i32"),
    ("sock_send", "i32 i32 i32 i32 i32"),
    ("sock_shutdown", "i32 i32"),
];

/// The probe's text: one import and one exported wrapper per function, and one page of
/// exported memory.
fn probe_wat() -> String {
    let mut imports = String::new();
    let mut wrappers = String::new();
    for (name, params) in FUNCTIONS {
        let result = if *name == "proc_exit" {
            ""
        } else {
            "(result i32)"
        };
        imports.push_str(&format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) {result}))\n"
        ));
        let gets: String = (0..params.split_whitespace().count())
            .map(|i| format!("local.get {i} "))
            .collect();
        wrappers.push_str(&format!(
            "(func (export \"{name}\") (param {params}) {result} {gets} call ${name})\n"
        ));
    }
    format!("(module\n{imports}(memory (export \"memory\") 1)\n{wrappers})")
}

fn engine_and_probe() -> &'static (Engine, Module) {
    static PROBE: OnceLock<(Engine, Module)> = OnceLock::new();
    PROBE.get_or_init(|| {
        let engine = Engine::default();
        let module = Module::new(&engine, probe_wat()).expect("the probe compiles");
        (engine, module)
    })
}

/// The size of the probe's memory.
pub const MEMORY_SIZE: u32 = 65536;

/// An instance of the probe with its own WASI context.
pub struct Probe {
    pub store: Store<WasiCtx>,
    instance: Instance,
    memory: Memory,
}

impl Probe {
    /// A probe whose context grants nothing.
    pub fn new() -> Probe {
        Probe::with(&mut WasiCtxBuilder::new())
    }

    /// A probe with the context `builder` describes.
    pub fn with(builder: &mut WasiCtxBuilder) -> Probe {
        let (engine, module) = engine_and_probe();
        let mut linker = Linker::new(engine);
        wicker_wasi::preview1::add_to_linker(&mut linker, |cx| cx).unwrap();
        let mut store = Store::new(engine, builder.build());
        let instance = linker.instantiate(&mut store, module).unwrap();
        let memory = instance.get_memory(&mut store, "memory").unwrap();
        Probe {
            store,
            instance,
            memory,
        }
    }

    /// Calls the WASI function `name`; the arguments convert to the parameter types.
    pub fn try_call(&mut self, name: &str, args: &[i64]) -> wicker::Result<Vec<Val>> {
        let func = self.instance.get_func(&mut self.store, name).unwrap();
        let ty = func.ty(&self.store);
        let params: Vec<ValType> = ty.params().collect();
        assert_eq!(params.len(), args.len(), "arguments of {name}");
        let args: Vec<Val> = params
            .iter()
            .zip(args)
            .map(|(ty, &a)| match ty {
                ValType::I64 => Val::I64(a),
                _ => Val::I32(a as i32),
            })
            .collect();
        let mut results = vec![Val::I32(0); ty.results().count()];
        func.call(&mut self.store, &args, &mut results)?;
        Ok(results)
    }

    /// Calls the WASI function `name` and returns its errno.
    pub fn call(&mut self, name: &str, args: &[i64]) -> i32 {
        match self.try_call(name, args) {
            Ok(results) => match results[..] {
                [Val::I32(errno)] => errno,
                _ => panic!("{name} returned {results:?}"),
            },
            Err(e) => panic!("{name} failed: {e:?}"),
        }
    }

    /// Grows the memory to the whole 32-bit address space (65536 pages).
    pub fn grow_to_4_gib(&mut self) {
        let pages = self.memory.size(&self.store);
        self.memory.grow(&mut self.store, 65536 - pages).unwrap();
    }

    pub fn write(&mut self, addr: u32, bytes: &[u8]) {
        let addr = addr as usize;
        self.memory.data_mut(&mut self.store)[addr..addr + bytes.len()].copy_from_slice(bytes);
    }

    pub fn write_u32(&mut self, addr: u32, value: u32) {
        self.write(addr, &value.to_le_bytes());
    }

    pub fn write_u64(&mut self, addr: u32, value: u64) {
        self.write(addr, &value.to_le_bytes());
    }

    pub fn read(&self, addr: u32, len: u32) -> Vec<u8> {
        let (addr, len) = (addr as usize, len as usize);
        self.memory.data(self.store.as_context())[addr..addr + len].to_vec()
    }

    pub fn read_u16(&self, addr: u32) -> u16 {
        u16::from_le_bytes(self.read(addr, 2).try_into().unwrap())
    }

    pub fn read_u32(&self, addr: u32) -> u32 {
        u32::from_le_bytes(self.read(addr, 4).try_into().unwrap())
    }

    pub fn read_u64(&self, addr: u32) -> u64 {
        u64::from_le_bytes(self.read(addr, 8).try_into().unwrap())
    }

    /// Writes one iovec at `at` naming `len` bytes at `buf`.
    pub fn iovec(&mut self, at: u32, buf: u32, len: u32) {
        self.write_u32(at, buf);
        self.write_u32(at + 4, len);
    }
}

/// Where the filesystem helpers put their arguments in the probe's memory.
const PATH: u32 = 1024;
const PATH2: u32 = 2048;
const DATA: u32 = 4096;
const RESULT: u32 = 32;
const IOVEC: u32 = 16;

/// `oflags`, `lookupflags`, `fdflags` and `rights` bits the filesystem tests pass.
pub mod fsflags {
    pub const CREAT: u32 = 1;
    pub const DIRECTORY: u32 = 2;
    pub const EXCL: u32 = 4;
    pub const TRUNC: u32 = 8;
    pub const FOLLOW: u32 = 1;
    pub const APPEND: u32 = 1;
    pub const READ: u64 = 1 << 1;
    pub const WRITE: u64 = 1 << 6;
}

impl Probe {
    /// Writes `path` where the first path argument goes; its pointer and length.
    pub fn path(&mut self, path: &str) -> [i64; 2] {
        self.write(PATH, path.as_bytes());
        [PATH as i64, path.len() as i64]
    }

    /// Writes `path` where the second path argument goes; its pointer and length.
    pub fn path2(&mut self, path: &str) -> [i64; 2] {
        self.write(PATH2, path.as_bytes());
        [PATH2 as i64, path.len() as i64]
    }

    /// `path_open` beneath `dir`: the new descriptor, or the errno.
    pub fn open(
        &mut self,
        dir: u32,
        lookup: u32,
        path: &str,
        oflags: u32,
        rights: u64,
        fdflags: u32,
    ) -> Result<u32, i32> {
        let [ptr, len] = self.path(path);
        let args = [
            dir as i64,
            lookup as i64,
            ptr,
            len,
            oflags as i64,
            rights as i64,
            0,
            fdflags as i64,
            RESULT as i64,
        ];
        match self.call("path_open", &args) {
            0 => Ok(self.read_u32(RESULT)),
            errno => Err(errno),
        }
    }

    /// `fd_write` of `data`: the count written, or the errno.
    pub fn write_fd(&mut self, fd: u32, data: &[u8]) -> Result<u32, i32> {
        self.write(DATA, data);
        self.iovec(IOVEC, DATA, data.len() as u32);
        match self.call("fd_write", &[fd as i64, IOVEC as i64, 1, RESULT as i64]) {
            0 => Ok(self.read_u32(RESULT)),
            errno => Err(errno),
        }
    }

    /// `fd_read` of at most `len` bytes: the bytes read, or the errno.
    pub fn read_fd(&mut self, fd: u32, len: u32) -> Result<Vec<u8>, i32> {
        self.iovec(IOVEC, DATA, len);
        match self.call("fd_read", &[fd as i64, IOVEC as i64, 1, RESULT as i64]) {
            0 => Ok(self.read(DATA, self.read_u32(RESULT))),
            errno => Err(errno),
        }
    }
}

/// A fresh directory under the system's temporary directory, removed when dropped.
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("wicker-wasi-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }

    pub fn join(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Errno values the tests expect.
pub mod errno {
    pub const SUCCESS: i32 = 0;
    pub const BADF: i32 = 8;
    pub const EXIST: i32 = 20;
    pub const FAULT: i32 = 21;
    pub const ILSEQ: i32 = 25;
    pub const INVAL: i32 = 28;
    pub const ISDIR: i32 = 31;
    pub const LOOP: i32 = 32;
    pub const NOENT: i32 = 44;
    pub const NOTDIR: i32 = 54;
    pub const NOTEMPTY: i32 = 55;
    pub const NOTCAPABLE: i32 = 76;
    pub const PERM: i32 = 63;
    pub const NOTSOCK: i32 = 57;
    pub const NOTSUP: i32 = 58;
    pub const SPIPE: i32 = 70;
}

/// Runs a WAT program's `_start` with the context `builder` describes.
pub fn run_start(wat: &str, builder: &mut WasiCtxBuilder) -> wicker::Result<()> {
    let engine = &engine_and_probe().0;
    let module = Module::new(engine, wat)?;
    let mut linker = Linker::new(engine);
    wicker_wasi::preview1::add_to_linker(&mut linker, |cx: &mut WasiCtx| cx)?;
    let mut store = Store::new(engine, builder.build());
    let instance = linker.instantiate(&mut store, &module)?;
    instance
        .get_typed_func::<(), ()>(&mut store, "_start")?
        .call(&mut store, ())
}
