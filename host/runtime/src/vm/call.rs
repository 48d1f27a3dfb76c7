//! Calls from the host into wasm.

use super::host_func::HostFuncContext;
use super::instance::FuncRefPtr;
use super::traphandlers::{TrapRecord, catch_traps};
use super::vmcontext::{VMStoreContext, ValRaw};
use crate::store::StoreOpaque;

type ArrayToWasm = unsafe extern "C" fn(*mut u8, *mut u8, *const u8, *mut ValRaw);

/// Calls the wasm function `func` through the array-to-wasm `trampoline` of its signature,
/// with `values` holding the arguments on entry and the results on return.
///
/// `store_ctx` is the store's context; the first entry on a thread sets the stack limit
/// `max_stack` bytes below the current stack pointer.
///
/// The caller (the store) guarantees that `trampoline` matches `func`'s signature, that
/// `values` has a slot for every argument and result, and that `func` belongs to the store.
pub fn invoke_wasm(
    store_ctx: *mut VMStoreContext,
    func: FuncRefPtr,
    trampoline: *const u8,
    values: &mut [ValRaw],
    max_stack: usize,
) -> Result<(), TrapRecord> {
    let here = 0u8;
    let sp = &here as *const u8 as usize;
    // SAFETY: the store passes its own live context; no other reference to it is held.
    let first = unsafe { (*store_ctx).stack_limit == usize::MAX };
    if first {
        // Never let wasm use the last part of the thread's real stack: the host functions
        // it calls, and the signal handler, need room there.
        let floor = thread_stack_low().map_or(0, |lo| lo + HOST_STACK_MARGIN);
        let limit = sp.saturating_sub(max_stack).max(floor);
        // SAFETY: as above.
        unsafe { (*store_ctx).stack_limit = limit };
    }
    let r = catch_traps(|| {
        // SAFETY: see the function's contract: the trampoline has the array-to-wasm
        // signature and matches the callee, and the buffer is large enough.
        unsafe {
            let f: ArrayToWasm = std::mem::transmute(trampoline);
            f(
                func.vmctx(),
                func.vmctx(),
                func.wasm_call(),
                values.as_mut_ptr(),
            );
        }
    });
    if first {
        // SAFETY: as above.
        unsafe { (*store_ctx).stack_limit = usize::MAX };
    }
    r
}

/// Stack kept free below wasm's limit for host code, when the thread's stack is small.
const HOST_STACK_MARGIN: usize = 128 << 10;

thread_local! {
    static STACK_LOW: std::cell::OnceCell<Option<usize>> = const { std::cell::OnceCell::new() };
}

/// The lowest usable address of this thread's stack, if the system says.
fn thread_stack_low() -> Option<usize> {
    STACK_LOW.with(|c| {
        *c.get_or_init(|| {
            // SAFETY: `pthread_getattr_np` fills `attr` for the calling thread; it is
            // destroyed after reading the stack bounds.
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
                ok.then(|| addr as usize + guard)
            }
        })
    })
}

/// Calls the host function `index` of the store directly, from the host.
pub fn array_call_host(
    store: &mut StoreOpaque,
    index: usize,
    values: &mut [ValRaw],
) -> anyhow::Result<()> {
    let ctx: *const HostFuncContext = store.host_func_context(index);
    let store: *mut StoreOpaque = store;
    // SAFETY: the context is boxed and owned by the store, which outlives this call; the
    // callback receives the store as a raw pointer and is the only user of it meanwhile.
    unsafe { (*ctx).call(store, values) }
}
