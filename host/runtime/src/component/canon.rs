//! `canon lift` and `canon lower` at function granularity, over the core API.
//!
//! [`LiftedFunc`] calls a core function with component values: it lowers the arguments
//! (flat, or into the guest's memory when they flatten to more than 16 core values), calls,
//! lifts the result (flat, or from the pointer the guest returns), then runs the
//! `post-return` function. [`lower_host_func`] makes a core function, importable by a
//! guest, that lifts its arguments, calls a host closure and lowers the result, writing it
//! through a return pointer when it does not fit in one core value.
//!
//! The component translator wires these to a component's `canon` definitions.

#![cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "the component runtime's calls are the next users; tests use it now"
    )
)]

use super::lift::{FlatIter, lift_flat, load_checked};
use super::lower::{lower_flat, store as store_value};
use super::memory::{GuestMemory, Options, StringEncoding};
use super::val::Val;
use crate::store::{AsContextMut, StoreContextMut};
use crate::{Caller, Func, FuncType, Memory, ValType};
use anyhow::{Result, bail};
use std::sync::Arc;
use wicker_environ::component::{
    ComponentTypes, FlatType, InterfaceType, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, TypeFuncIndex,
};

/// The canonical options of a lift or lower.
#[derive(Clone, Default)]
pub(crate) struct CanonOptions {
    pub(crate) memory: Option<Memory>,
    pub(crate) realloc: Option<Func>,
    pub(crate) post_return: Option<Func>,
    pub(crate) encoding: StringEncoding,
}

/// A guest's memory and `realloc`, reached through a store.
struct StoreMemory<'a, 'b, T> {
    store: &'b mut StoreContextMut<'a, T>,
    memory: Memory,
    realloc: Option<Func>,
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
        realloc.call(StoreContextMut(self.store.0), &args, &mut out)?;
        Ok(out[0].unwrap_i32() as u32)
    }
}

/// A memory for types that never touch one (no strings or lists).
struct NoMemory;

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

fn core_val(ty: FlatType, bits: u64) -> crate::Val {
    match ty {
        FlatType::I32 => crate::Val::I32(bits as u32 as i32),
        FlatType::I64 => crate::Val::I64(bits as i64),
        FlatType::F32 => crate::Val::F32(bits as u32),
        FlatType::F64 => crate::Val::F64(bits),
    }
}

fn core_bits(v: &crate::Val) -> u64 {
    match v {
        crate::Val::I32(x) => u64::from(*x as u32),
        crate::Val::I64(x) => *x as u64,
        crate::Val::F32(x) => u64::from(*x),
        crate::Val::F64(x) => *x,
        _ => 0,
    }
}

fn valtype(ty: FlatType) -> ValType {
    match ty {
        FlatType::I32 => ValType::I32,
        FlatType::I64 => ValType::I64,
        FlatType::F32 => ValType::F32,
        FlatType::F64 => ValType::F64,
    }
}

/// The core types of a list of component types, or `None` past `max`.
fn flatten_all(
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

/// How a function's parameters and results cross the boundary.
struct Signature {
    /// Flat parameter types, or `None` when they are passed in memory.
    params: Option<Vec<FlatType>>,
    /// Flat result types, or `None` when the result is passed in memory.
    results: Option<Vec<FlatType>>,
    /// The type of all parameters as one tuple, for passing them in memory.
    params_tuple: InterfaceType,
}

fn signature(types: &mut ComponentTypes, ty: TypeFuncIndex) -> Signature {
    let f = types.func(ty).clone();
    let params = flatten_all(types, f.params.iter().map(|p| p.1), MAX_FLAT_PARAMS);
    let results = flatten_all(types, f.result, MAX_FLAT_RESULTS);
    let params_tuple = types.intern_tuple(f.params.iter().map(|p| p.1).collect());
    Signature {
        params,
        results,
        params_tuple,
    }
}

/// A core function lifted to a component function type.
pub(crate) struct LiftedFunc {
    pub(crate) core: Func,
    pub(crate) ty: TypeFuncIndex,
    pub(crate) options: CanonOptions,
    pub(crate) types: Arc<ComponentTypes>,
    params_tuple: InterfaceType,
    flat_params: Option<Vec<FlatType>>,
    flat_results: Option<Vec<FlatType>>,
}

impl LiftedFunc {
    /// Prepares calls of `core` as a function of type `ty` (interning helper types into
    /// `types` first, which must then be shared).
    pub(crate) fn new(
        core: Func,
        ty: TypeFuncIndex,
        options: CanonOptions,
        types: &mut ComponentTypes,
    ) -> LiftedFunc {
        let sig = signature(types, ty);
        LiftedFunc {
            core,
            ty,
            options,
            types: Arc::new(std::mem::take(types)),
            params_tuple: sig.params_tuple,
            flat_params: sig.params,
            flat_results: sig.results,
        }
    }

    /// Calls the function with `params`; returns its result, if it has one.
    pub(crate) fn call<T>(
        &self,
        mut store: impl AsContextMut<Data = T>,
        params: &[Val],
    ) -> Result<Option<Val>> {
        let mut store = store.as_context_mut();
        let func = self.types.func(self.ty).clone();
        if params.len() != func.params.len() {
            bail!(
                "expected {} arguments, found {}",
                func.params.len(),
                params.len()
            );
        }
        let opts = Options {
            types: &self.types,
            encoding: self.options.encoding,
        };
        let mut core_args = Vec::new();
        {
            let mut mem: Box<dyn GuestMemory + '_> = match self.options.memory {
                Some(memory) => Box::new(StoreMemory {
                    store: &mut store,
                    memory,
                    realloc: self.options.realloc,
                }),
                None => Box::new(NoMemory),
            };
            match &self.flat_params {
                Some(flat) => {
                    let mut bits = Vec::new();
                    for ((_, ty), v) in func.params.iter().zip(params) {
                        lower_flat(&opts, &mut *mem, *ty, v, &mut bits)?;
                    }
                    core_args.extend(flat.iter().zip(&bits).map(|(t, b)| core_val(*t, *b)));
                }
                None => {
                    // Too many values: the parameters go in memory as one tuple.
                    let abi = self.types.abi(self.params_tuple);
                    let ptr = mem.realloc(0, 0, abi.align32, abi.size32)?;
                    if ptr % abi.align32 != 0
                        || u64::from(ptr) + u64::from(abi.size32) > mem.bytes().len() as u64
                    {
                        bail!("realloc return: beyond end of memory");
                    }
                    store_value(
                        &opts,
                        &mut *mem,
                        self.params_tuple,
                        &Val::Tuple(params.to_vec()),
                        ptr,
                    )?;
                    core_args.push(crate::Val::I32(ptr as i32));
                }
            }
        }
        let core_ty = self.core.ty(&store);
        let mut core_results: Vec<crate::Val> = core_ty.results().map(default_core).collect();
        self.core.call(&mut store, &core_args, &mut core_results)?;
        let result = match func.result {
            None => None,
            Some(ty) => {
                let memory = self
                    .options
                    .memory
                    .map(|m| m.data(crate::store::StoreContext(store.0)));
                Some(match &self.flat_results {
                    Some(_) => {
                        let bits: Vec<u64> = core_results.iter().map(core_bits).collect();
                        lift_flat(&opts, memory, ty, &mut FlatIter::new(&bits))?
                    }
                    None => {
                        let Some(memory) = memory else {
                            bail!("a `memory` option is required for this type")
                        };
                        let ptr = core_bits(&core_results[0]) as u32;
                        load_checked(&opts, memory, ty, ptr)?
                    }
                })
            }
        };
        if let Some(post) = self.options.post_return {
            post.call(&mut store, &core_results, &mut [])?;
        }
        Ok(result)
    }
}

fn default_core(t: ValType) -> crate::Val {
    match t {
        ValType::I64 => crate::Val::I64(0),
        ValType::F32 => crate::Val::F32(0),
        ValType::F64 => crate::Val::F64(0),
        _ => crate::Val::I32(0),
    }
}

/// A host function of a component function type, as the core function a guest imports
/// (`canon lower`). `memory` and `realloc` are the guest's, for strings and lists.
pub(crate) fn lower_host_func<T: 'static>(
    mut store: impl AsContextMut<Data = T>,
    types: Arc<ComponentTypes>,
    ty: TypeFuncIndex,
    params_tuple: InterfaceType,
    options: CanonOptions,
    host: impl Fn(&mut T, Vec<Val>) -> Result<Option<Val>> + Send + Sync + 'static,
) -> Func {
    let func = types.func(ty).clone();
    let flat_params = flatten_all(&types, func.params.iter().map(|p| p.1), MAX_FLAT_PARAMS);
    let flat_results = flatten_all(&types, func.result, MAX_FLAT_RESULTS);
    // Core signature: flat parameters (or one pointer to them), then a return pointer when
    // the result goes through memory.
    let mut core_params: Vec<ValType> = match &flat_params {
        Some(f) => f.iter().map(|t| valtype(*t)).collect(),
        None => vec![ValType::I32],
    };
    let core_results: Vec<ValType> = match &flat_results {
        Some(f) => f.iter().map(|t| valtype(*t)).collect(),
        None => {
            core_params.push(ValType::I32);
            Vec::new()
        }
    };
    let core_ty = FuncType::new(core_params, core_results);
    Func::new(
        &mut store,
        core_ty,
        move |mut caller: Caller<'_, T>, args, results| {
            let opts = Options {
                types: &types,
                encoding: options.encoding,
            };
            let params = {
                let memory = options.memory.map(|m| m.data(&caller));
                match &flat_params {
                    Some(_) => {
                        let bits: Vec<u64> = args.iter().map(core_bits).collect();
                        let mut it = FlatIter::new(&bits);
                        func.params
                            .iter()
                            .map(|(_, t)| lift_flat(&opts, memory, *t, &mut it))
                            .collect::<Result<Vec<_>>>()?
                    }
                    None => {
                        let Some(memory) = memory else {
                            bail!("a `memory` option is required for this type")
                        };
                        match load_checked(&opts, memory, params_tuple, core_bits(&args[0]) as u32)?
                        {
                            Val::Tuple(vals) => vals,
                            _ => unreachable!("a tuple type loads as a tuple"),
                        }
                    }
                }
            };
            let result = host(caller.data_mut(), params)?;
            let (Some(ty), Some(value)) = (func.result, result) else {
                if func.result.is_some() {
                    bail!("the host function returned no value for its result");
                }
                return Ok(());
            };
            let mut mem: Box<dyn GuestMemory + '_> = match options.memory {
                Some(memory) => Box::new(CallerMemory {
                    caller: &mut caller,
                    memory,
                    realloc: options.realloc,
                }),
                None => Box::new(NoMemory),
            };
            match &flat_results {
                Some(flat) => {
                    let mut bits = Vec::new();
                    lower_flat(&opts, &mut *mem, ty, &value, &mut bits)?;
                    for (i, (t, b)) in flat.iter().zip(bits).enumerate() {
                        results[i] = core_val(*t, b);
                    }
                }
                None => {
                    let retptr = core_bits(args.last().expect("a return pointer")) as u32;
                    let abi = types.abi(ty);
                    if !retptr.is_multiple_of(abi.align32) {
                        bail!("unaligned pointer: return pointer {retptr:#x}");
                    }
                    if u64::from(retptr) + u64::from(abi.size32) > mem.bytes().len() as u64 {
                        bail!("pointer out of bounds of memory: return pointer {retptr:#x}");
                    }
                    store_value(&opts, &mut *mem, ty, &value, retptr)?;
                }
            }
            Ok(())
        },
    )
}

/// A guest's memory and `realloc`, reached from inside a host function.
struct CallerMemory<'a, 'b, T> {
    caller: &'b mut Caller<'a, T>,
    memory: Memory,
    realloc: Option<Func>,
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
        realloc.call(&mut *self.caller, &args, &mut out)?;
        Ok(out[0].unwrap_i32() as u32)
    }
}
