//! What `canon lift` and `canon lower` share: the canonical options at run time, the
//! guest memories values are read from and written to, and conversions between flat core
//! values and their raw bits.

use super::memory::{GuestMemory, StringEncoding};
use super::resources::InstanceState;
use crate::store::StoreContextMut;
use crate::{Caller, Func, Memory, ValType};
use anyhow::{Result, bail};
use wicker_environ::component::{ComponentTypes, FlatType, InterfaceType};

/// The canonical options of a lift or lower.
#[derive(Clone)]
pub(crate) struct CanonOptions {
    pub(crate) memory: Option<Memory>,
    pub(crate) realloc: Option<Func>,
    pub(crate) post_return: Option<Func>,
    pub(crate) encoding: StringEncoding,
    /// The most host memory the values lifted in one direction of one call may take.
    pub(crate) max_copy: u64,
}

/// A guest's memory and `realloc`, reached through a store.
pub(crate) struct StoreMemory<'a, 'b, T> {
    pub(crate) store: &'b mut StoreContextMut<'a, T>,
    pub(crate) memory: Memory,
    pub(crate) realloc: Option<Func>,
    /// The instance the memory belongs to, which may not call out while its `realloc`
    /// runs.
    pub(crate) state: &'b InstanceState,
}

/// Runs `call` (a guest's `realloc`) with `state` forbidden to leave its instance: the
/// host is in the middle of lowering values into it, so an import call (or a
/// `resource.drop`) from `realloc` traps, as the canonical ABI requires.
fn without_leaving<R>(state: &InstanceState, call: impl FnOnce() -> Result<R>) -> Result<R> {
    let before = state.flags.no_leave();
    state.flags.set_no_leave(true);
    let result = call();
    state.flags.set_no_leave(before);
    result
}

impl<T> GuestMemory for StoreMemory<'_, '_, T> {
    fn bytes(&self) -> &[u8] {
        self.memory.data(crate::store::StoreContext(self.store.0))
    }
    fn bytes_mut(&mut self) -> &mut [u8] {
        self.memory.data_mut(StoreContextMut(self.store.0))
    }
    fn realloc(&mut self, old_ptr: u32, old_size: u32, align: u32, new_size: u32) -> Result<u32> {
        let Some(realloc) = self.realloc else {
            bail!("a `realloc` option is required to pass this type")
        };
        let mut out = [crate::Val::I32(0)];
        let args = [old_ptr, old_size, align, new_size].map(|v| crate::Val::I32(v as i32));
        without_leaving(self.state, || {
            realloc.call(StoreContextMut(self.store.0), &args, &mut out)
        })?;
        Ok(out[0].unwrap_i32() as u32)
    }
}

/// A memory for types that never touch one (no strings or lists).
pub(crate) struct NoMemory;

impl GuestMemory for NoMemory {
    fn bytes(&self) -> &[u8] {
        &[]
    }
    fn bytes_mut(&mut self) -> &mut [u8] {
        &mut []
    }
    fn realloc(&mut self, _: u32, _: u32, _: u32, _: u32) -> Result<u32> {
        bail!("a `memory` option is required to pass this type")
    }
}

pub(crate) fn core_val(ty: FlatType, bits: u64) -> crate::Val {
    match ty {
        FlatType::I32 => crate::Val::I32(bits as u32 as i32),
        FlatType::I64 => crate::Val::I64(bits as i64),
        FlatType::F32 => crate::Val::F32(bits as u32),
        FlatType::F64 => crate::Val::F64(bits),
    }
}

pub(crate) fn core_bits(v: &crate::Val) -> u64 {
    match v {
        crate::Val::I32(x) => u64::from(*x as u32),
        crate::Val::I64(x) => *x as u64,
        crate::Val::F32(x) => u64::from(*x),
        crate::Val::F64(x) => *x,
        _ => 0,
    }
}

pub(crate) fn valtype(ty: FlatType) -> ValType {
    match ty {
        FlatType::I32 => ValType::I32,
        FlatType::I64 => ValType::I64,
        FlatType::F32 => ValType::F32,
        FlatType::F64 => ValType::F64,
    }
}

/// The core types of a list of component types, or `None` past `max`.
pub(crate) fn flatten_all(
    types: &ComponentTypes,
    tys: impl IntoIterator<Item = InterfaceType>,
    max: usize,
) -> Option<Vec<FlatType>> {
    let mut out = Vec::new();
    for t in tys {
        if !types.push_flat(t, &mut out) || out.len() > max {
            return None;
        }
    }
    Some(out)
}

pub(crate) fn default_core(t: ValType) -> crate::Val {
    match t {
        ValType::I64 => crate::Val::I64(0),
        ValType::F32 => crate::Val::F32(0),
        ValType::F64 => crate::Val::F64(0),
        _ => crate::Val::I32(0),
    }
}

/// A guest's memory and `realloc`, reached from inside a host function.
pub(crate) struct CallerMemory<'a, 'b, T> {
    pub(crate) caller: &'b mut Caller<'a, T>,
    pub(crate) memory: Memory,
    pub(crate) realloc: Option<Func>,
    /// The calling instance, which may not call out while its `realloc` runs.
    pub(crate) state: &'b InstanceState,
}

impl<T> GuestMemory for CallerMemory<'_, '_, T> {
    fn bytes(&self) -> &[u8] {
        self.memory.data(&*self.caller)
    }
    fn bytes_mut(&mut self) -> &mut [u8] {
        self.memory.data_mut(&mut *self.caller)
    }
    fn realloc(&mut self, old_ptr: u32, old_size: u32, align: u32, new_size: u32) -> Result<u32> {
        let Some(realloc) = self.realloc else {
            bail!("a `realloc` option is required to pass this type")
        };
        let mut out = [crate::Val::I32(0)];
        let args = [old_ptr, old_size, align, new_size].map(|v| crate::Val::I32(v as i32));
        without_leaving(self.state, || {
            realloc.call(&mut *self.caller, &args, &mut out)
        })?;
        Ok(out[0].unwrap_i32() as u32)
    }
}
