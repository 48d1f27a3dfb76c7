//! Fused component-to-component adapters at run time: the flags compiled adapters read and
//! write, the context an adapter's funcref passes it, and its creation in a store.

use super::code_memory::CodeMemory;
use super::vmcontext::VMFuncRef;
use crate::Func;
use crate::store::{FuncData, StoreOpaque};
use crate::types::FuncType;
use anyhow::{Result, bail};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use wicker_environ::{adapter, component_flags};

/// The flags of a component instance, shared by the host's code and compiled adapters
/// (which read and write the bytes directly, one store at a time).
#[repr(C)]
#[derive(Debug, Default)]
pub struct VMComponentFlags {
    busy: AtomicU8,
    no_leave: AtomicU8,
}

const _: () = {
    assert!(std::mem::offset_of!(VMComponentFlags, busy) == component_flags::BUSY as usize);
    assert!(std::mem::offset_of!(VMComponentFlags, no_leave) == component_flags::NO_LEAVE as usize);
};

impl VMComponentFlags {
    /// Whether the instance is running an export (it may not be entered).
    pub fn busy(&self) -> bool {
        self.busy.load(Ordering::Relaxed) != 0
    }

    /// Marks the instance as running an export, or not.
    pub fn set_busy(&self, on: bool) {
        self.busy.store(u8::from(on), Ordering::Relaxed);
    }

    /// Whether the instance may not call out.
    pub fn no_leave(&self) -> bool {
        self.no_leave.load(Ordering::Relaxed) != 0
    }

    /// Forbids or allows the instance to call out.
    pub fn set_no_leave(&self, on: bool) {
        self.no_leave.store(u8::from(on), Ordering::Relaxed);
    }
}

/// Compiled code of a fused adapter, for the engine-wide signature `sig`, calling a
/// post-return function of signature `post_sig` if it has one.
#[derive(Copy, Clone, Debug)]
pub struct AdapterCode {
    code: *const u8,
    sig: u32,
    post_sig: Option<u32>,
}

// SAFETY: the pointer is the address of immutable code, published once and kept by the
// engine as long as it lives.
unsafe impl Send for AdapterCode {}
// SAFETY: as above.
unsafe impl Sync for AdapterCode {}

impl CodeMemory {
    /// The adapter that is function 0 of this image, as the engine compiles it for the
    /// adapter signature whose core type is `sig` (and its post-return's `post_sig`). The
    /// image's code is the compiler's, trusted like every function it compiles.
    pub fn adapter(&self, sig: u32, post_sig: Option<u32>) -> AdapterCode {
        AdapterCode {
            code: self.func_ptr(0),
            sig,
            post_sig,
        }
    }
}

/// The context of one fused adapter: the `vmctx` of its funcref, laid out as
/// [`wicker_environ::adapter`] says.
#[repr(C)]
pub struct AdapterContext {
    callee_code: *const u8,
    callee_vmctx: *mut u8,
    post_return_code: *const u8,
    post_return_vmctx: *mut u8,
    caller_flags: *const VMComponentFlags,
    callee_flags: *const VMComponentFlags,
    func_ref: VMFuncRef,
    /// What the flag pointers point into.
    _flags: [Arc<VMComponentFlags>; 2],
}

const _: () = {
    assert!(std::mem::offset_of!(AdapterContext, callee_code) == adapter::CALLEE_CODE as usize);
    assert!(std::mem::offset_of!(AdapterContext, callee_vmctx) == adapter::CALLEE_VMCTX as usize);
    assert!(
        std::mem::offset_of!(AdapterContext, post_return_code)
            == adapter::POST_RETURN_CODE as usize
    );
    assert!(
        std::mem::offset_of!(AdapterContext, post_return_vmctx)
            == adapter::POST_RETURN_VMCTX as usize
    );
    assert!(std::mem::offset_of!(AdapterContext, caller_flags) == adapter::CALLER_FLAGS as usize);
    assert!(std::mem::offset_of!(AdapterContext, callee_flags) == adapter::CALLEE_FLAGS as usize);
};

// SAFETY: the raw pointers are code, contexts of the owning store's instances (copied from
// their immutable funcrefs), and the flags this context holds; a store is used by one
// thread at a time.
unsafe impl Send for AdapterContext {}
// SAFETY: as above.
unsafe impl Sync for AdapterContext {}

impl StoreOpaque {
    /// Makes the core function of a fused call from the component instance with
    /// `caller_flags` to `callee`, a core wasm function of this store lifted by the
    /// instance with `callee_flags`, whose post-return function is `post_return`.
    ///
    /// `None` if the callee or its post-return is not a wasm function defined by an
    /// instance (a host function, say): such a call goes through the host. An error if
    /// a function belongs to another store or its signature is not the adapter's.
    pub(crate) fn new_adapter(
        &mut self,
        code: AdapterCode,
        ty: FuncType,
        callee: Func,
        post_return: Option<Func>,
        caller_flags: Arc<VMComponentFlags>,
        callee_flags: Arc<VMComponentFlags>,
    ) -> Result<Option<Func>> {
        type Target = (*const u8, *mut u8);
        let wasm_func = |s: &StoreOpaque, f: Func, sig: u32| -> Result<Option<Target>> {
            s.check(f.store)?;
            let data = &s.funcs[f.index];
            if data.sig != sig {
                bail!("a fused adapter for a function of another signature");
            }
            let vmctx = data.func_ref.vmctx();
            let defined =
                data.host.is_none() && s.instance_by_vmctx.contains_key(&(vmctx as usize as u64));
            Ok(defined.then_some((data.func_ref.wasm_call(), vmctx)))
        };
        let Some(callee_ref) = wasm_func(self, callee, code.sig)? else {
            return Ok(None);
        };
        let post_ref = match (post_return, code.post_sig) {
            (None, None) => (std::ptr::null(), std::ptr::null_mut()),
            (Some(f), Some(sig)) => match wasm_func(self, f, sig)? {
                Some(p) => p,
                None => return Ok(None),
            },
            _ => bail!("a fused adapter compiled for another post-return"),
        };
        if self.engine.signature(&ty.0) != code.sig {
            bail!("a fused adapter of another type");
        }
        let mut ctx = Box::new(AdapterContext {
            callee_code: callee_ref.0,
            callee_vmctx: callee_ref.1,
            post_return_code: post_ref.0,
            post_return_vmctx: post_ref.1,
            caller_flags: &*caller_flags,
            callee_flags: &*callee_flags,
            func_ref: VMFuncRef {
                wasm_call: code.code,
                array_call: std::ptr::null(),
                type_index: code.sig,
                vmctx: std::ptr::null_mut(),
            },
            _flags: [caller_flags, callee_flags],
        });
        let me: *mut AdapterContext = &mut *ctx;
        ctx.func_ref.vmctx = me.cast();
        let func_ref = super::instance::FuncRefPtr(&ctx.func_ref);
        self.adapters.push(ctx);
        let index = self.push_func(FuncData {
            func_ref,
            ty,
            sig: code.sig,
            host: None,
            array_to_wasm: None,
        });
        Ok(Some(Func {
            store: self.id,
            index,
        }))
    }
}
