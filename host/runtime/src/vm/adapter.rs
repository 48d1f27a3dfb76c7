//! Fused component-to-component adapters at run time: the flags compiled adapters read and
//! write, the context an adapter's funcref passes it, and its creation in a store.

use super::code_memory::CodeMemory;
use super::traphandlers::{Pending, set_pending};
use super::vmcontext::{VMFuncRef, VMMemoryDefinition};
use crate::Func;
use crate::store::{FuncData, StoreOpaque};
use crate::types::FuncType;
use anyhow::{Result, bail};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use wicker_environ::compile::HandleOp;
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

/// Compiled code of a fused adapter, of the engine-wide signature `sig`, calling a callee
/// of signature `callee_sig`, a post-return function of signature `post_sig` if it has
/// one, and `realloc` functions of signature `realloc_sig` (if its values use memory).
#[derive(Copy, Clone, Debug)]
pub struct AdapterCode {
    code: *const u8,
    sig: u32,
    callee_sig: u32,
    post_sig: Option<u32>,
    realloc_sig: u32,
    /// Which memories and `realloc`s the adapter uses: both memories, the callee's
    /// `realloc` (for arguments), the caller's (for a result).
    needs: Needs,
}

/// What an adapter reaches besides the callee.
#[derive(Copy, Clone, Debug, Default)]
pub struct Needs {
    /// Both sides' memories.
    pub memories: bool,
    /// The callee's `realloc`, for strings and lists among the arguments.
    pub callee_realloc: bool,
    /// The caller's `realloc`, for a string or list result.
    pub caller_realloc: bool,
}

// SAFETY: the pointer is the address of immutable code, published once and kept by the
// engine as long as it lives.
unsafe impl Send for AdapterCode {}
// SAFETY: as above.
unsafe impl Sync for AdapterCode {}

impl CodeMemory {
    /// The adapter that is function 0 of this image, as the engine compiles it for an
    /// adapter signature whose core types are `sig` (its own), `callee_sig`, `post_sig`
    /// and `realloc_sig`, and which needs `needs`. The image's code is the compiler's,
    /// trusted like every function it compiles.
    pub fn adapter(
        &self,
        (sig, callee_sig, post_sig, realloc_sig): (u32, u32, Option<u32>, u32),
        needs: Needs,
    ) -> AdapterCode {
        AdapterCode {
            code: self.func_ptr(0),
            sig,
            callee_sig,
            post_sig,
            realloc_sig,
            needs,
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
    caller_memory: *const VMMemoryDefinition,
    callee_memory: *const VMMemoryDefinition,
    caller_realloc_code: *const u8,
    caller_realloc_vmctx: *mut u8,
    callee_realloc_code: *const u8,
    callee_realloc_vmctx: *mut u8,
    utf8_valid: unsafe extern "C" fn(*const u8, usize) -> u32,
    memmove: unsafe extern "C" fn(*mut u8, *const u8, usize) -> *mut u8,
    utf16_valid: unsafe extern "C" fn(*const u8, usize) -> u32,
    transcode: unsafe extern "C" fn(u64, *const u8, usize, *mut u8, usize) -> u64,
    handle: unsafe extern "C" fn(*const AdapterContext, u64, u64, u64) -> u64,
    func_ref: VMFuncRef,
    /// The two instances' handle tables, for an adapter whose values hold handles.
    handles: Option<Box<dyn AdapterHandles>>,
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
    assert!(std::mem::offset_of!(AdapterContext, caller_memory) == adapter::CALLER_MEMORY as usize);
    assert!(std::mem::offset_of!(AdapterContext, callee_memory) == adapter::CALLEE_MEMORY as usize);
    assert!(
        std::mem::offset_of!(AdapterContext, caller_realloc_code)
            == adapter::CALLER_REALLOC_CODE as usize
    );
    assert!(
        std::mem::offset_of!(AdapterContext, caller_realloc_vmctx)
            == adapter::CALLER_REALLOC_VMCTX as usize
    );
    assert!(
        std::mem::offset_of!(AdapterContext, callee_realloc_code)
            == adapter::CALLEE_REALLOC_CODE as usize
    );
    assert!(
        std::mem::offset_of!(AdapterContext, callee_realloc_vmctx)
            == adapter::CALLEE_REALLOC_VMCTX as usize
    );
    assert!(std::mem::offset_of!(AdapterContext, utf8_valid) == adapter::UTF8_VALID as usize);
    assert!(std::mem::offset_of!(AdapterContext, memmove) == adapter::MEMMOVE as usize);
    assert!(std::mem::offset_of!(AdapterContext, utf16_valid) == adapter::UTF16_VALID as usize);
    assert!(std::mem::offset_of!(AdapterContext, transcode) == adapter::TRANSCODE as usize);
    assert!(std::mem::offset_of!(AdapterContext, handle) == adapter::HANDLE as usize);
};

/// Whether `len` bytes at `ptr` are UTF-8 (1) or not (0).
///
/// # Safety
///
/// The bytes must be readable: compiled adapters call it only on a range they checked to
/// lie inside a linear memory.
unsafe extern "C" fn utf8_valid(ptr: *const u8, len: usize) -> u32 {
    // SAFETY: see above.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    u32::from(std::str::from_utf8(bytes).is_ok())
}

/// Whether the `len` bytes at `ptr` (a whole number of little-endian code units) are
/// UTF-16 (1) or not (0): every surrogate in a pair.
///
/// # Safety
///
/// The bytes must be readable: compiled adapters call it only on a range they checked to
/// lie inside a linear memory.
unsafe extern "C" fn utf16_valid(ptr: *const u8, len: usize) -> u32 {
    // SAFETY: see above.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    let units = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]));
    u32::from(char::decode_utf16(units).all(|c| c.is_ok()))
}

/// Copies `len` bytes from `src` to `dst`, which may overlap; returns `dst`.
///
/// # Safety
///
/// Both ranges must be valid for their access: compiled adapters call it only on ranges
/// they checked to lie inside linear memories.
unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, len: usize) -> *mut u8 {
    // SAFETY: see above.
    unsafe { std::ptr::copy(src, dst, len) };
    dst
}

/// The handle tables of a fused call's two instances, as its adapter moves and lends
/// handles between them.
pub trait AdapterHandles: Send + Sync {
    /// Runs `op` on the resource type of index `resource` among the adapter's and
    /// `handle`: a handle (or 0), or the error to trap with.
    fn handle_op(&self, op: HandleOp, resource: u32, handle: u32) -> Result<u32>;
}

/// The bit of the handle helper's answer that says it failed, its error pending.
const HANDLE_FAILED: u64 = 1 << 32;

/// The handle helper of compiled adapters: runs the operation of code `op` on the
/// handle tables of the adapter whose context is `ctx`.
///
/// # Safety
///
/// `ctx` must be a live adapter context: compiled adapters pass their own.
unsafe extern "C" fn handle(
    ctx: *const AdapterContext,
    op: u64,
    resource: u64,
    handle: u64,
) -> u64 {
    // SAFETY: see above; the context is only read.
    let ctx = unsafe { &*ctx };
    let result = match (&ctx.handles, HandleOp::from_code(op)) {
        (Some(handles), Some(op)) => {
            let run = || handles.handle_op(op, resource as u32, handle as u32);
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
                Ok(result) => result,
                Err(panic) => {
                    set_pending(Pending::Panic(panic));
                    return HANDLE_FAILED;
                }
            }
        }
        _ => Err(anyhow::anyhow!(
            "a fused adapter without handle tables used a handle"
        )),
    };
    match result {
        Ok(v) => u64::from(v),
        Err(e) => {
            set_pending(Pending::Error(e));
            HANDLE_FAILED
        }
    }
}

/// The memory and `realloc` of one side of a fused call, if its options name them.
#[derive(Copy, Clone, Debug, Default)]
pub struct AdapterSide {
    /// The side's memory.
    pub memory: Option<crate::Memory>,
    /// The side's `realloc`.
    pub realloc: Option<Func>,
}

// SAFETY: the raw pointers are code, contexts of the owning store's instances (copied from
// their immutable funcrefs), memory definitions boxed in the owning store, and the flags
// this context holds; a store is used by one thread at a time.
unsafe impl Send for AdapterContext {}
// SAFETY: as above.
unsafe impl Sync for AdapterContext {}

impl StoreOpaque {
    /// Makes the core function of a fused call from the component instance with
    /// `caller_flags` (its memory and `realloc` in `caller`) to `callee`, a core wasm
    /// function of this store lifted by the instance with `callee_flags` (with `callee`'s
    /// memory and `realloc`), whose post-return function is `post_return`; `handles` are
    /// the two instances' handle tables, if the call's values hold handles.
    ///
    /// `None` if a function the adapter calls is not a wasm function defined by an
    /// instance (a host function, say), or a memory or `realloc` it needs is missing: such
    /// a call goes through the host. An error if a function or memory belongs to another
    /// store or a function's signature is not the adapter's.
    pub(crate) fn new_adapter(
        &mut self,
        code: AdapterCode,
        ty: FuncType,
        (callee, post_return): (Func, Option<Func>),
        (caller_side, callee_side): (AdapterSide, AdapterSide),
        (caller_flags, callee_flags): (Arc<VMComponentFlags>, Arc<VMComponentFlags>),
        handles: Option<Box<dyn AdapterHandles>>,
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
        let none: Target = (std::ptr::null(), std::ptr::null_mut());
        // A function the adapter calls, if it needs it: `Err(())` when it is needed but
        // missing or not a wasm function.
        let target = |s: &StoreOpaque,
                      f: Option<Func>,
                      sig: u32,
                      needed: bool|
         -> Result<std::result::Result<Target, ()>> {
            match (needed, f) {
                (false, _) => Ok(Ok(none)),
                (true, None) => Ok(Err(())),
                (true, Some(f)) => Ok(wasm_func(s, f, sig)?.ok_or(())),
            }
        };
        let Ok(callee_ref) = target(self, Some(callee), code.callee_sig, true)? else {
            return Ok(None);
        };
        let post_ref = match (post_return, code.post_sig) {
            (None, None) => none,
            (Some(f), Some(sig)) => match wasm_func(self, f, sig)? {
                Some(p) => p,
                None => return Ok(None),
            },
            _ => bail!("a fused adapter compiled for another post-return"),
        };
        let needs = code.needs;
        let Ok(callee_realloc) = target(
            self,
            callee_side.realloc,
            code.realloc_sig,
            needs.callee_realloc,
        )?
        else {
            return Ok(None);
        };
        let Ok(caller_realloc) = target(
            self,
            caller_side.realloc,
            code.realloc_sig,
            needs.caller_realloc,
        )?
        else {
            return Ok(None);
        };
        let mut memory = |m: Option<crate::Memory>| -> Result<Option<*const VMMemoryDefinition>> {
            match (needs.memories, m) {
                (false, _) => Ok(Some(std::ptr::null())),
                (true, None) => Ok(None),
                (true, Some(m)) => {
                    self.check(m.store)?;
                    // Boxed in the store, which frees none before it is dropped itself.
                    Ok(Some(self.memories[m.index].0.definition().cast_const()))
                }
            }
        };
        let (Some(caller_memory), Some(callee_memory)) =
            (memory(caller_side.memory)?, memory(callee_side.memory)?)
        else {
            return Ok(None);
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
            caller_memory,
            callee_memory,
            caller_realloc_code: caller_realloc.0,
            caller_realloc_vmctx: caller_realloc.1,
            callee_realloc_code: callee_realloc.0,
            callee_realloc_vmctx: callee_realloc.1,
            utf8_valid,
            memmove,
            utf16_valid,
            transcode: super::transcode::transcode,
            handle,
            handles,
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
