//! Calls from the host into wasm.

use super::code_memory::ArrayToWasm;
use super::host_func::HostFuncContext;
use super::instance::FuncRefPtr;
use super::traphandlers::{TrapRecord, catch_traps};
use super::vmcontext::{VMStoreContext, ValRaw};
use crate::store::StoreOpaque;

type ArrayToWasmFn = unsafe extern "C" fn(*mut u8, *mut u8, *const u8, *mut ValRaw);

/// Calls the wasm function `func` through `trampoline`, with `values` holding the arguments
/// on entry and the results on return.
///
/// `store_ctx` is the context of the store owning `func`; the first entry on a thread sets
/// the stack limit `max_stack` bytes below the current stack pointer.
///
/// The trampoline must be for `func`'s signature and `values` as wide as it needs: both
/// are checked (a panic, not a wild call). What is not checked is that the values of
/// reference type are references of this store: that is the invariant of [`ValRaw`], whose
/// reference bits come only from the store's own funcrefs and externref indices.
pub fn invoke_wasm(
    store_ctx: &VMStoreContext,
    func: FuncRefPtr,
    trampoline: ArrayToWasm,
    values: &mut [ValRaw],
    max_stack: usize,
) -> Result<(), TrapRecord> {
    assert_eq!(
        trampoline.sig,
        func.type_index(),
        "the trampoline of another signature"
    );
    assert!(values.len() >= trampoline.slots, "too small a value buffer");
    let here = 0u8;
    let sp = &here as *const u8 as usize;
    let first = store_ctx.stack_limit() == usize::MAX;
    if first {
        // Never let wasm use the last part of the thread's real stack: the host functions
        // it calls, and the signal handler, need room there.
        let floor = thread_stack_low().map_or(0, |lo| lo + HOST_STACK_MARGIN);
        store_ctx.set_stack_limit(sp.saturating_sub(max_stack).max(floor));
    }
    let r = catch_traps(|| {
        // SAFETY: the trampoline is compiled code with the array-to-wasm signature, for the
        // callee's signature (checked above), and the buffer is as wide as it needs (checked
        // above); the callee's funcref is alive while its store is.
        unsafe {
            let f: ArrayToWasmFn = std::mem::transmute(trampoline.code);
            f(
                func.vmctx(),
                func.vmctx(),
                func.wasm_call(),
                values.as_mut_ptr(),
            );
        }
    });
    if first {
        store_ctx.set_stack_limit(usize::MAX);
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
    STACK_LOW.with(|c| *c.get_or_init(|| super::traphandlers::thread_stack().map(|(low, _)| low)))
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
