//! Signal-based trap handling.
//!
//! Every entry from the host into wasm runs under [`catch_traps`], which records a
//! `sigsetjmp` point in a thread-local [`CallThreadState`]. When wasm code faults or executes
//! a trap instruction, the signal handler checks that the signal came from the kernel, that
//! the faulting pc is in registered wasm code with a trap record, and, for a memory fault,
//! that the trap record is a heap access and the faulting address is inside a linear
//! memory's reservation. It then walks the wasm frames (frame pointers are always kept;
//! every pointer is checked against the stack before it is read) and `siglongjmp`s back to
//! the entry. Everything else, a fault in host code above all, goes to the previously
//! installed handler. Only wasm frames are ever skipped by the jump; they own nothing.
//!
//! The handler takes no lock and allocates nothing: the maps of code and memory are
//! [`RangeMap`](super::registry::RangeMap)s, the rest is thread-local state written before
//! wasm runs. Every thread that runs wasm gets an alternate signal stack (unless it has one
//! already), so the handler has room even when a fault happens near the end of the stack.

use super::code_memory;
use super::memory::in_reservation;
use super::mmap::{Mmap, page_size};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::mem::MaybeUninit;
use std::ptr;
use std::sync::{Once, OnceLock};
use wicker_environ::Trap;

const MAX_FRAMES: usize = 256;

unsafe extern "C" {
    fn wicker_setjmp_call(
        body: extern "C" fn(*mut c_void),
        payload: *mut c_void,
        jmp_buf_out: *mut *mut c_void,
    ) -> i32;
    fn wicker_longjmp(buf: *mut c_void) -> !;
}

/// Why a call into wasm did not return normally, recorded where the trap happened.
#[derive(Debug)]
pub struct TrapRecord {
    /// The trap code (a `Trap::code` or `TRAP_PENDING`).
    pub code: u8,
    /// Return addresses of the wasm frames, innermost first (the first is the faulting pc).
    pub frames: Vec<usize>,
}

/// A failure recorded by the runtime before wasm raises `TRAP_PENDING`.
pub enum Pending {
    /// A host function or builtin returned an error.
    Error(anyhow::Error),
    /// A host function panicked; the panic resumes once back in the host.
    Panic(Box<dyn Any + Send>),
}

struct CallThreadState {
    jmp_buf: Cell<*mut c_void>,
    code: Cell<u8>,
    num_frames: Cell<usize>,
}

thread_local! {
    static CURRENT: Cell<*const CallThreadState> = const { Cell::new(ptr::null()) };
    /// Return addresses recorded by the signal handler for the innermost trap; copied out by
    /// `catch_traps` before anything else can trap on this thread. Kept out of
    /// `CallThreadState` so that entering wasm does not clear it.
    static FRAMES: RefCell<[usize; MAX_FRAMES]> = const { RefCell::new([0; MAX_FRAMES]) };
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    /// The highest address of this thread's stack (0 until known), for checking frame
    /// pointers in the handler.
    static STACK_HIGH: Cell<usize> = const { Cell::new(0) };
    /// This thread's alternate signal stack, if wicker installed it.
    static ALT_STACK: RefCell<Option<AltStack>> = const { RefCell::new(None) };
}

/// Usable size of the alternate signal stacks wicker installs.
const ALT_STACK_SIZE: usize = 64 << 10;

/// An alternate signal stack with a guard page below it; uninstalled and unmapped when its
/// thread exits.
struct AltStack {
    mmap: Mmap,
}

impl Drop for AltStack {
    fn drop(&mut self) {
        let base = self.mmap.as_ptr() as usize + page_size();
        // SAFETY: queries and, if it is still ours, disables the thread's alternate stack
        // before the mapping goes; both calls only read and write the `stack_t`s given.
        unsafe {
            let mut current: libc::stack_t = std::mem::zeroed();
            if libc::sigaltstack(ptr::null(), &mut current) == 0
                && current.ss_sp as usize == base
                && current.ss_flags & libc::SS_DISABLE == 0
            {
                let disable = libc::stack_t {
                    ss_sp: ptr::null_mut(),
                    ss_flags: libc::SS_DISABLE,
                    ss_size: 0,
                };
                libc::sigaltstack(&disable, ptr::null_mut());
            }
        }
    }
}

/// Prepares this thread to run wasm, once: an alternate signal stack if it has none, and the
/// bounds of its stack for the handler's frame walks.
fn prepare_thread() {
    if STACK_HIGH.with(Cell::get) != 0 {
        return;
    }
    STACK_HIGH.with(|c| c.set(thread_stack().map_or(usize::MAX, |(_, high)| high)));
    // SAFETY: queries the current alternate stack into a zeroed `stack_t`.
    let has_one = unsafe {
        let mut current: libc::stack_t = std::mem::zeroed();
        libc::sigaltstack(ptr::null(), &mut current) == 0
            && current.ss_flags & libc::SS_DISABLE == 0
    };
    if has_one {
        return;
    }
    let guard = page_size();
    let Ok(mut mmap) = Mmap::reserve(guard + ALT_STACK_SIZE) else {
        return;
    };
    if mmap.make_accessible(guard, ALT_STACK_SIZE).is_err() {
        return;
    }
    let stack = libc::stack_t {
        ss_sp: (mmap.as_ptr() as usize + guard) as *mut c_void,
        ss_flags: 0,
        ss_size: ALT_STACK_SIZE,
    };
    // SAFETY: the stack is a fresh read-write mapping of `ALT_STACK_SIZE` bytes that lives
    // until `AltStack`'s drop uninstalls it.
    if unsafe { libc::sigaltstack(&stack, ptr::null_mut()) } == 0 {
        ALT_STACK.with(|a| *a.borrow_mut() = Some(AltStack { mmap }));
    }
}

/// The `(lowest, highest)` addresses of this thread's stack, if the system says.
pub(super) fn thread_stack() -> Option<(usize, usize)> {
    // SAFETY: `pthread_getattr_np` fills `attr` for the calling thread; it is destroyed
    // after reading the stack bounds.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let mut guard: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_getguardsize(&attr, &mut guard);
        libc::pthread_attr_destroy(&mut attr);
        ok.then(|| (addr as usize + guard, addr as usize + size))
    }
}

/// Records a failure that compiled code will raise as a trap right after this returns.
pub fn set_pending(p: Pending) {
    PENDING.with(|c| *c.borrow_mut() = Some(p));
}

/// Takes the failure recorded with [`set_pending`].
pub fn take_pending() -> Option<Pending> {
    PENDING.with(|c| c.borrow_mut().take())
}

/// Runs `f`, which calls into wasm; returns the trap that ended it early, if one did.
pub fn catch_traps<F: FnMut()>(mut f: F) -> Result<(), TrapRecord> {
    init();
    prepare_thread();
    let state = CallThreadState {
        jmp_buf: Cell::new(ptr::null_mut()),
        code: Cell::new(0),
        num_frames: Cell::new(0),
    };
    let prev = CURRENT.with(|c| c.replace(&state));

    extern "C" fn body<F: FnMut()>(payload: *mut c_void) {
        // SAFETY: `payload` is the `&mut F` passed below, alive for the whole call.
        let f = unsafe { &mut *(payload.cast::<F>()) };
        f();
    }
    // SAFETY: the helper calls `body::<F>` with our payload under `sigsetjmp`; a `siglongjmp`
    // back to it only skips wasm frames and the `body` frame, which owns nothing.
    let ok =
        unsafe { wicker_setjmp_call(body::<F>, (&mut f as *mut F).cast(), state.jmp_buf.as_ptr()) };
    CURRENT.with(|c| c.set(prev));
    if ok == 1 {
        Ok(())
    } else {
        let n = state.num_frames.get();
        let frames = FRAMES.with(|f| f.borrow()[..n].to_vec());
        Err(TrapRecord {
            code: state.code.get(),
            frames,
        })
    }
}

/// A saved `sigaction`.
struct SavedAction(libc::sigaction);
// SAFETY: a `sigaction` is plain data (a handler address, a mask and flags).
unsafe impl Send for SavedAction {}
// SAFETY: as above; it is only read after being set once.
unsafe impl Sync for SavedAction {}

/// The handlers installed before ours, set once by `init` before ours can run.
static PREV_HANDLERS: [OnceLock<SavedAction>; 4] = [const { OnceLock::new() }; 4];
const SIGNALS: [libc::c_int; 4] = [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE];

/// Installs the signal handlers, once per process.
pub fn init() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for (i, sig) in SIGNALS.iter().enumerate() {
            // SAFETY: we build a valid `sigaction` and install it, reading the previous one
            // into zeroed storage that the call fills in.
            let prev = unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = handler as *const () as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_NODEFER | libc::SA_ONSTACK;
                libc::sigemptyset(&mut action.sa_mask);
                let mut prev = MaybeUninit::<libc::sigaction>::zeroed();
                if libc::sigaction(*sig, &action, prev.as_mut_ptr()) != 0 {
                    panic!("failed to install the handler for signal {sig}");
                }
                prev.assume_init()
            };
            let _ = PREV_HANDLERS[i].set(SavedAction(prev));
        }
    });
}

/// The interrupted context's pc, frame pointer and stack pointer.
#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
fn registers(ctx: *mut c_void) -> (usize, usize, usize) {
    // SAFETY: the kernel passes a valid `ucontext_t` to SA_SIGINFO handlers.
    unsafe {
        let uc = &*(ctx as *const libc::ucontext_t);
        (
            uc.uc_mcontext.gregs[libc::REG_RIP as usize] as usize,
            uc.uc_mcontext.gregs[libc::REG_RBP as usize] as usize,
            uc.uc_mcontext.gregs[libc::REG_RSP as usize] as usize,
        )
    }
}

/// The interrupted context's pc, frame pointer and stack pointer.
#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
fn registers(ctx: *mut c_void) -> (usize, usize, usize) {
    // SAFETY: the kernel passes a valid `ucontext_t` to SA_SIGINFO handlers.
    unsafe {
        let uc = &*(ctx as *const libc::ucontext_t);
        (
            uc.uc_mcontext.pc as usize,
            uc.uc_mcontext.regs[29] as usize,
            uc.uc_mcontext.sp as usize,
        )
    }
}

/// The trap a signal stands for, if it is one: `signum` with `si_code` (positive when the
/// kernel raised it for the instruction at `pc`) and, for memory faults, the faulting
/// address. Async-signal-safe.
fn trap_for(signum: libc::c_int, si_code: libc::c_int, pc: usize, addr: usize) -> Option<u8> {
    if si_code <= 0 {
        // Sent by a process (`kill`, `raise`), not caused by the instruction at `pc`.
        return None;
    }
    let code = code_memory::trap_code_at(pc)??;
    match signum {
        // Only heap accesses fault on purpose, and only inside a memory's reservation.
        libc::SIGSEGV | libc::SIGBUS => {
            (code == Trap::MemoryOutOfBounds.code() && in_reservation(addr)).then_some(code)
        }
        _ => Some(code),
    }
}

/// Records in `frames` the pc and then the return address of each wasm frame above it,
/// following frame pointers from `fp`; returns how many it recorded. Every frame pointer is
/// checked to be an aligned address in `[sp, stack_high)` (the part of the stack in use)
/// before it is read, and the walk stops at the first return address `is_wasm` rejects.
fn walk_frames(
    pc: usize,
    mut fp: usize,
    (sp, stack_high): (usize, usize),
    is_wasm: impl Fn(usize) -> bool,
    frames: &mut [usize],
) -> usize {
    frames[0] = pc;
    let mut n = 1;
    while n < frames.len() {
        let in_use = fp >= sp && fp.checked_add(16).is_some_and(|end| end <= stack_high);
        if !in_use || !fp.is_multiple_of(8) {
            break;
        }
        // SAFETY: `fp` is an aligned address of the stack in use, two words below its top.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if !is_wasm(ret.wrapping_sub(1)) {
            break;
        }
        frames[n] = ret;
        n += 1;
        if next <= fp {
            break;
        }
        fp = next;
    }
    n
}

/// The handler of SIGSEGV, SIGBUS, SIGILL and SIGFPE.
///
/// # Safety
///
/// Only the kernel calls it, as an `SA_SIGINFO` handler: `info` and `ctx` are the signal's
/// `siginfo_t` and the interrupted `ucontext_t`.
unsafe extern "C" fn handler(signum: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut c_void) {
    let state = CURRENT.try_with(|c| c.get()).unwrap_or(ptr::null());
    if !state.is_null() && !info.is_null() {
        let (pc, fp, sp) = registers(ctx);
        // SAFETY: the kernel passes a valid `siginfo_t`; `si_addr` is meaningful for the
        // memory faults it is used for.
        let (si_code, addr) = unsafe { ((*info).si_code, (*info).si_addr() as usize) };
        if let Some(code) = trap_for(signum, si_code, pc, addr) {
            // SAFETY: `state` points to the live `CallThreadState` of the innermost
            // `catch_traps` on this thread.
            let state = unsafe { &*state };
            state.code.set(code);
            let Ok(frames) = FRAMES.try_with(|f| f.as_ptr()) else {
                // SAFETY: the jump buffer belongs to the live `catch_traps` frame.
                unsafe { wicker_longjmp(state.jmp_buf.get()) }
            };
            // SAFETY: no borrow of `FRAMES` is live on this thread while wasm runs (it is
            // only borrowed by `catch_traps` after the jump back).
            let frames = unsafe { &mut *frames };
            let high = STACK_HIGH.try_with(Cell::get).unwrap_or(0);
            let n = walk_frames(pc, fp, (sp, high), code_memory::is_wasm_function_pc, frames);
            state.num_frames.set(n);
            // SAFETY: the jump buffer belongs to the live `catch_traps` frame.
            unsafe { wicker_longjmp(state.jmp_buf.get()) }
        }
    }
    // Not ours: hand the signal to whoever was installed before.
    let i = SIGNALS.iter().position(|s| *s == signum).unwrap_or(0);
    let Some(SavedAction(prev)) = PREV_HANDLERS[i].get() else {
        // SAFETY: restoring the default action is always allowed.
        unsafe { libc::signal(signum, libc::SIG_DFL) };
        return;
    };
    // SAFETY: the saved action is what the kernel returned for this signal: either a
    // default/ignore marker or a handler of the kind its flags say.
    unsafe {
        if prev.sa_sigaction == libc::SIG_IGN {
            // Ignored before us: stay ignored.
        } else if prev.sa_sigaction == libc::SIG_DFL {
            // Restore the default action. A fault re-executes its instruction on return and
            // now kills the process as it would have without us; a signal sent by another
            // process (`si_code <= 0`) is raised again.
            libc::signal(signum, libc::SIG_DFL);
            if !info.is_null() && (*info).si_code <= 0 {
                libc::raise(signum);
            }
        } else if prev.sa_flags & libc::SA_SIGINFO != 0 {
            let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut c_void) =
                std::mem::transmute(prev.sa_sigaction);
            f(signum, info, ctx);
        } else {
            let f: extern "C" fn(libc::c_int) = std::mem::transmute(prev.sa_sigaction);
            f(signum);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with a heap access, compiled and instantiated; returns the address of one of
    /// its heap trap sites and the store keeping it alive.
    fn heap_trap_site() -> (usize, crate::Store<()>, crate::Memory) {
        let engine = crate::Engine::default();
        let module = crate::Module::new(
            &engine,
            r#"(module (memory (export "m") 1)
                 (func (export "load") (param i32) (result i32) local.get 0 i32.load))"#,
        )
        .unwrap();
        let mut store = crate::Store::new(&engine, ());
        let instance = crate::Instance::new(&mut store, &module, &[]).unwrap();
        let memory = instance.get_memory(&mut store, "m").unwrap();
        let load = instance.get_func(&mut store, "load").unwrap();
        // Trap once so that the code is certainly compiled and registered.
        let mut out = [crate::Val::I32(0)];
        assert!(
            load.call(&mut store, &[crate::Val::I32(-4)], &mut out)
                .is_err()
        );
        let pc = module.defined_func_ptr(wicker_environ::DefinedFuncIndex::from_u32(0)) as usize;
        let info = code_memory::lookup(pc).unwrap();
        let site = info.trap_sites(Trap::MemoryOutOfBounds.code())[0];
        (site, store, memory)
    }

    #[test]
    fn a_memory_fault_is_a_trap_only_inside_a_reservation() {
        let (site, store, memory) = heap_trap_site();
        let base = memory.data(&store).as_ptr() as usize;
        let oob = Trap::MemoryOutOfBounds.code();
        // Inside the memory's reservation (its guard region): a trap.
        let guard = base + (4 << 30);
        assert_eq!(trap_for(libc::SIGSEGV, 1, site, guard), Some(oob));
        assert_eq!(trap_for(libc::SIGBUS, 1, site, guard), Some(oob));
        // The same pc faulting anywhere else is not wasm's doing.
        let heap = Box::new(0u64);
        for addr in [0, 16, &*heap as *const u64 as usize, base - page_size()] {
            assert_eq!(trap_for(libc::SIGSEGV, 1, site, addr), None, "{addr:#x}");
        }
        // Sent by a process rather than raised by the instruction: not a trap.
        assert_eq!(trap_for(libc::SIGSEGV, 0, site, guard), None);
        assert_eq!(trap_for(libc::SIGILL, -6, site, 0), None);
        // A pc of host code is never a trap, whatever the address.
        let host_pc = trap_for as *const () as usize;
        assert_eq!(trap_for(libc::SIGSEGV, 1, host_pc, guard), None);
        assert_eq!(trap_for(libc::SIGILL, 1, host_pc, 0), None);
    }

    #[test]
    fn frame_walks_check_every_pointer_before_reading_it() {
        // A fake stack: frame records are `[next fp, return address]` pairs.
        let mut stack = vec![0usize; 64];
        let at = |stack: &Vec<usize>, i: usize| &stack[i] as *const usize as usize;
        let (lo, hi) = (at(&stack, 0), at(&stack, 63) + 8);
        let is_wasm = |ret: usize| (0x1000..0x2000).contains(&ret);
        // Three wasm frames, then a frame whose saved fp points far outside the stack.
        let chain = [(8, 0x1100), (20, 0x1200), (40, 0x1300)];
        for (k, (i, ret)) in chain.iter().enumerate() {
            let next = chain
                .get(k + 1)
                .map_or(0xdead_0000_0000, |n| at(&stack, n.0));
            stack[*i] = next;
            stack[*i + 1] = *ret;
        }
        let mut frames = [0usize; 16];
        let n = walk_frames(0x1000, at(&stack, 8), (lo, hi), is_wasm, &mut frames);
        assert_eq!(&frames[..n], &[0x1000, 0x1100, 0x1200, 0x1300]);
        // A starting fp below the stack pointer, misaligned, or past the top: no frame read.
        for fp in [lo - 64, at(&stack, 8) + 1, hi - 8, 0, usize::MAX - 7] {
            assert_eq!(walk_frames(0x1000, fp, (lo, hi), is_wasm, &mut frames), 1);
        }
        // A return address outside wasm ends the walk.
        stack[21] = 0x3000;
        let n = walk_frames(0x1000, at(&stack, 8), (lo, hi), is_wasm, &mut frames);
        assert_eq!(&frames[..n], &[0x1000, 0x1100]);
        // The walk never exceeds the buffer, even on a cycle-free endless-looking chain.
        let mut small = [0usize; 2];
        stack[21] = 0x1200;
        assert_eq!(
            walk_frames(0x1000, at(&stack, 8), (lo, hi), is_wasm, &mut small),
            2
        );
    }

    fn alt_stack() -> Option<(usize, usize)> {
        // SAFETY: queries the current alternate stack into a zeroed `stack_t`.
        unsafe {
            let mut current: libc::stack_t = std::mem::zeroed();
            assert_eq!(libc::sigaltstack(ptr::null(), &mut current), 0);
            (current.ss_flags & libc::SS_DISABLE == 0)
                .then_some((current.ss_sp as usize, current.ss_size))
        }
    }

    #[test]
    fn a_thread_without_an_alternate_stack_gets_one_to_run_wasm() {
        std::thread::spawn(|| {
            // Start without one, as a thread made outside Rust's runtime would.
            let disable = libc::stack_t {
                ss_sp: ptr::null_mut(),
                ss_flags: libc::SS_DISABLE,
                ss_size: 0,
            };
            // SAFETY: disabling this thread's alternate stack affects only this thread.
            assert_eq!(unsafe { libc::sigaltstack(&disable, ptr::null_mut()) }, 0);
            assert_eq!(alt_stack(), None);
            let (_, mut store, memory) = heap_trap_site();
            let _ = memory.data_size(&mut store);
            let (_, size) = alt_stack().expect("an alternate stack");
            assert_eq!(size, ALT_STACK_SIZE);
            // A trap handled on it.
            let engine = crate::Engine::default();
            let module =
                crate::Module::new(&engine, r#"(module (func (export "f") unreachable))"#).unwrap();
            let mut store = crate::Store::new(&engine, ());
            let instance = crate::Instance::new(&mut store, &module, &[]).unwrap();
            let f = instance.get_func(&mut store, "f").unwrap();
            let err = f.call(&mut store, &[], &mut []).unwrap_err();
            assert_eq!(
                err.downcast_ref::<Trap>(),
                Some(&Trap::UnreachableCodeReached)
            );
        })
        .join()
        .unwrap();
    }

    /// Set in the child process of the test below.
    const CHILD: &str = "WICKER_TEST_HOST_FAULT_CHILD";

    #[test]
    fn a_fault_in_host_code_is_not_a_trap() {
        if std::env::var_os(CHILD).is_some() {
            // In the child: fault in host code while a call into wasm is active.
            let _ = catch_traps(|| {
                // SAFETY: none: this reads an unmapped address on purpose, to check that
                // the fault kills the process as it would without wicker.
                unsafe { std::ptr::read_volatile(16 as *const u64) };
            });
            // Not reached: the fault must not have become a trap.
            std::process::exit(0);
        }
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "vm::traphandlers::tests::a_fault_in_host_code_is_not_a_trap",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .output()
            .unwrap()
            .status;
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(libc::SIGSEGV), "{status:?}");
    }
}
