//! Host functions callable from wasm through the array-call convention.

use super::code_memory::WasmToArray;
use super::instance::{FuncRefPtr, Instance};
use super::traphandlers::{Pending, set_pending};
use super::vmcontext::{VMFuncRef, ValRaw};
use crate::store::{StoreInner, StoreOpaque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use wicker_environ::VM_HOST_FUNC_MAGIC;

/// The type-erased body of a host function, taking the store, the calling instance (if
/// called from wasm) and the argument/result buffer.
///
/// Opaque: only this module calls it, with the store it was made for.
pub struct HostCallback(Box<ErasedHostFn>);

type ErasedHostFn =
    dyn Fn(*mut StoreOpaque, Option<usize>, &mut [ValRaw]) -> anyhow::Result<()> + Send + Sync;

/// A host function's context: the `vmctx` of its `VMFuncRef`.
#[repr(C)]
pub struct HostFuncContext {
    magic: u32,
    array_call: *const u8,
    func_ref: VMFuncRef,
    callback: HostCallback,
}

// SAFETY: the raw pointers are code addresses and a self-reference; the callback is Send+Sync.
unsafe impl Send for HostFuncContext {}
// SAFETY: as above.
unsafe impl Sync for HostFuncContext {}

const _: () = {
    assert!(
        std::mem::offset_of!(HostFuncContext, magic) == wicker_environ::host_func::MAGIC as usize
    );
    assert!(
        std::mem::offset_of!(HostFuncContext, array_call)
            == wicker_environ::host_func::ARRAY_CALL as usize
    );
};

/// Wraps a typed host closure into a [`HostCallback`] for a `Store<T>`.
///
/// The callback must only ever be invoked with the `StoreOpaque` of a `Store<T>`; host
/// functions belong to one store and are only reachable through it, which guarantees this.
pub fn make_callback<T: 'static>(
    f: impl Fn(&mut StoreInner<T>, Option<usize>, &mut [ValRaw]) -> anyhow::Result<()>
    + Send
    + Sync
    + 'static,
) -> HostCallback {
    HostCallback(Box::new(move |store, caller, values| {
        // SAFETY: see above: `store` is the `StoreOpaque` at the start of a live
        // `StoreInner<T>` (it is `#[repr(C)]` with the opaque part first).
        let store = unsafe { &mut *store.cast::<StoreInner<T>>() };
        f(store, caller, values)
    }))
}

/// The array-call entry of every host function: runs the callback on the arguments in
/// `values` and writes the results there; `false` with the failure pending if it failed.
///
/// # Safety
///
/// Only the wasm-to-array trampoline calls it: `callee` is a live `HostFuncContext`,
/// `values` a buffer of `len` slots, and `caller_vmctx` the calling instance's `VMContext`.
unsafe extern "C" fn array_call_shim(
    callee: *mut u8,
    caller_vmctx: *mut u8,
    values: *mut ValRaw,
    len: usize,
) -> bool {
    // SAFETY: `callee` is the context of the `VMFuncRef` wasm called, a live
    // `HostFuncContext`; `values` is the trampoline's buffer of `len` slots; `caller_vmctx`
    // is the calling instance's live `VMContext`.
    let (ctx, values, inst) = unsafe {
        (
            &*(callee as *const HostFuncContext),
            std::slice::from_raw_parts_mut(values, len),
            Instance::from_vmctx(caller_vmctx),
        )
    };
    let (store, index) = (inst.store_ptr(), inst.index);
    match catch_unwind(AssertUnwindSafe(|| {
        (ctx.callback.0)(store, Some(index), values)
    })) {
        Ok(Ok(())) => true,
        Ok(Err(e)) => {
            set_pending(Pending::Error(e));
            false
        }
        Err(panic) => {
            set_pending(Pending::Panic(panic));
            false
        }
    }
}

impl HostFuncContext {
    /// Creates the context of a host function called through `trampoline` (the
    /// wasm-to-array trampoline of its signature).
    pub fn new(callback: HostCallback, trampoline: WasmToArray) -> Box<HostFuncContext> {
        let (wasm_call, type_index) = (trampoline.code, trampoline.sig);
        let mut ctx = Box::new(HostFuncContext {
            magic: VM_HOST_FUNC_MAGIC,
            array_call: array_call_shim as *const u8,
            func_ref: VMFuncRef {
                wasm_call,
                array_call: array_call_shim as *const u8,
                type_index,
                vmctx: std::ptr::null_mut(),
            },
            callback,
        });
        let me: *mut HostFuncContext = &mut *ctx;
        ctx.func_ref.vmctx = me.cast();
        ctx
    }

    /// The funcref wasm uses to call this function.
    pub fn func_ref(&self) -> FuncRefPtr {
        FuncRefPtr(&self.func_ref)
    }

    /// Calls the function directly from the host, with the store that owns it.
    pub(super) fn call(
        &self,
        store: *mut StoreOpaque,
        values: &mut [ValRaw],
    ) -> anyhow::Result<()> {
        (self.callback.0)(store, None, values)
    }
}
