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
        // SAFETY: as above.
        unsafe { (*store_ctx).stack_limit = sp.saturating_sub(max_stack) };
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
