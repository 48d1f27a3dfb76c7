//! Signal-based trap handling.
//!
//! Every entry from the host into wasm runs under [`catch_traps`], which records a
//! `sigsetjmp` point in a thread-local [`CallThreadState`]. When wasm code faults or executes
//! a trap instruction, the signal handler checks that the faulting pc is in registered wasm
//! code with a trap record, walks the wasm frames (frame pointers are always kept) and
//! `siglongjmp`s back to the entry. Faults anywhere else go to the previously installed
//! handler. Only wasm frames are ever skipped by the jump; they own nothing.

use super::code_memory;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::mem::MaybeUninit;
use std::ptr;
use std::sync::{Once, OnceLock};

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

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
fn pc_and_fp(ctx: *mut c_void) -> (usize, usize) {
    // SAFETY: the kernel passes a valid `ucontext_t` to SA_SIGINFO handlers.
    unsafe {
        let uc = &*(ctx as *const libc::ucontext_t);
        (
            uc.uc_mcontext.gregs[libc::REG_RIP as usize] as usize,
            uc.uc_mcontext.gregs[libc::REG_RBP as usize] as usize,
        )
    }
}

#[cfg(all(target_os = "linux", target_arch = "aarch64"))]
fn pc_and_fp(ctx: *mut c_void) -> (usize, usize) {
    // SAFETY: the kernel passes a valid `ucontext_t` to SA_SIGINFO handlers.
    unsafe {
        let uc = &*(ctx as *const libc::ucontext_t);
        (uc.uc_mcontext.pc as usize, uc.uc_mcontext.regs[29] as usize)
    }
}

unsafe extern "C" fn handler(signum: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut c_void) {
    let state = CURRENT.try_with(|c| c.get()).unwrap_or(ptr::null());
    if !state.is_null() {
        let (pc, fp) = pc_and_fp(ctx);
        if let Some(Some(code)) = code_memory::trap_code_at(pc) {
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
            frames[0] = pc;
            let mut n = 1;
            let mut fp = fp;
            while fp != 0 && n < MAX_FRAMES {
                // SAFETY: wasm code and trampolines keep frame pointers, so `fp` points to a
                // saved frame pointer followed by a return address.
                let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
                if !code_memory::is_wasm_function_pc(ret.wrapping_sub(1)) {
                    break;
                }
                frames[n] = ret;
                n += 1;
                if next <= fp {
                    break;
                }
                fp = next;
            }
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
