//! Component functions: calls into lifted guest functions, host functions, and the core
//! functions `canon lower` makes of either.

use super::canon::{
    CallerMemory, CanonOptions, NoMemory, StoreMemory, core_bits, core_val, default_core,
    flatten_all, valtype,
};
use super::lift::{FlatIter, lift_flat, load_checked};
use super::lower::{lower_flat, store as store_value};
use super::memory::{GuestMemory, Options};
use super::resources::{InstanceState, ResourceCx, ResourceType};
use super::val::Val;
use crate::store::{AsContextMut, StoreContextMut};
use crate::{Caller, FuncType, ValType};
use anyhow::{Result, bail};
use std::any::Any;
use std::sync::{Arc, Mutex};
use wicker_environ::component::{
    ComponentTypes, FlatType, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, TypeFunc, TypeFuncIndex,
};

/// A host function over dynamic values, for a store whose data is `T`.
pub(crate) type HostFn<T> =
    dyn Fn(StoreContextMut<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync;

/// A component function: a guest's lifted export or a host function.
///
/// Call it with [`Func::call`], then run its cleanup with [`Func::post_return`] before the
/// instance is called again.
#[derive(Clone)]
pub struct Func(pub(crate) Arc<FuncKind>);

pub(crate) enum FuncKind {
    Lifted(Lifted),
    Host(HostFunc),
}

/// A core function lifted to a component function type (`canon lift`).
pub(crate) struct Lifted {
    pub(crate) core: crate::Func,
    pub(crate) ty: TypeFuncIndex,
    pub(crate) types: Arc<ComponentTypes>,
    pub(crate) opts: CanonOptions,
    pub(crate) state: Arc<InstanceState>,
    pub(crate) resources: Arc<[Option<ResourceType>]>,
    flat_params: Option<Vec<FlatType>>,
    flat_results: Option<Vec<FlatType>>,
    /// The core results of the last call, kept for its post-return function.
    pending: Mutex<Option<Vec<crate::Val>>>,
}

/// A host function (an `Arc<HostFn<T>>`, type-erased over `T`).
pub(crate) struct HostFunc {
    pub(crate) f: Arc<dyn Any + Send + Sync>,
}

impl std::fmt::Debug for Func {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            FuncKind::Lifted(_) => f.write_str("Func(lifted)"),
            FuncKind::Host(_) => f.write_str("Func(host)"),
        }
    }
}

impl Func {
    pub(crate) fn lifted(
        core: crate::Func,
        ty: TypeFuncIndex,
        types: Arc<ComponentTypes>,
        opts: CanonOptions,
        state: Arc<InstanceState>,
        resources: Arc<[Option<ResourceType>]>,
    ) -> Func {
        let f = types.func(ty);
        let flat_params = flatten_all(&types, f.params.iter().map(|p| p.1), MAX_FLAT_PARAMS);
        let flat_results = flatten_all(&types, f.result, MAX_FLAT_RESULTS);
        Func(Arc::new(FuncKind::Lifted(Lifted {
            core,
            ty,
            types,
            opts,
            state,
            resources,
            flat_params,
            flat_results,
            pending: Mutex::new(None),
        })))
    }

    pub(crate) fn host<T: 'static>(
        f: impl Fn(StoreContextMut<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Func {
        let f: Arc<HostFn<T>> = Arc::new(f);
        Func(Arc::new(FuncKind::Host(HostFunc { f: Arc::new(f) })))
    }

    /// The function's parameter names and result count, for a lifted function; `None` for
    /// a host function, whose type is its importer's.
    pub fn param_names(&self) -> Option<Vec<String>> {
        match &*self.0 {
            FuncKind::Lifted(l) => Some(
                l.types
                    .func(l.ty)
                    .params
                    .iter()
                    .map(|p| p.0.clone())
                    .collect(),
            ),
            FuncKind::Host(_) => None,
        }
    }

    /// How many results the function returns (0 or 1), for a lifted function.
    pub fn result_count(&self) -> Option<usize> {
        match &*self.0 {
            FuncKind::Lifted(l) => Some(usize::from(l.types.func(l.ty).result.is_some())),
            FuncKind::Host(_) => None,
        }
    }

    /// Calls the function with `params`; its result, if it has one, goes in `results[0]`.
    ///
    /// A guest function that has a `post-return` function must then be finished with
    /// [`Func::post_return`] before its instance can be entered again.
    pub fn call<T: 'static>(
        &self,
        mut store: impl AsContextMut<Data = T>,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<()> {
        let store = store.as_context_mut();
        match &*self.0 {
            FuncKind::Lifted(l) => {
                let want = usize::from(l.types.func(l.ty).result.is_some());
                if results.len() != want {
                    bail!("expected {want} result slots, found {}", results.len());
                }
                if let Some(v) = l.call(store, params)? {
                    results[0] = v;
                }
                Ok(())
            }
            FuncKind::Host(h) => {
                let Some(f) = h.f.downcast_ref::<Arc<HostFn<T>>>() else {
                    bail!("host function defined for another store data type")
                };
                f(store, params, results)
            }
        }
    }

    /// Runs the `post-return` function of the last call, if the function has one; a no-op
    /// otherwise.
    pub fn post_return<T: 'static>(&self, mut store: impl AsContextMut<Data = T>) -> Result<()> {
        let FuncKind::Lifted(l) = &*self.0 else {
            return Ok(());
        };
        let pending = l.pending.lock().unwrap_or_else(|e| e.into_inner()).take();
        let Some(core_results) = pending else {
            return Ok(());
        };
        let Some(post) = l.opts.post_return else {
            l.state.lock().pending_post_return = false;
            return Ok(());
        };
        l.state.lock().no_leave = true;
        let r = post.call(store.as_context_mut(), &core_results, &mut []);
        let mut s = l.state.lock();
        s.no_leave = false;
        match r {
            Ok(()) => {
                s.pending_post_return = false;
                Ok(())
            }
            // A trap leaves the instance unusable.
            Err(e) => {
                s.busy = true;
                Err(e)
            }
        }
    }
}

impl Lifted {
    fn func_ty(&self) -> &TypeFunc {
        self.types.func(self.ty)
    }

    fn call<T: 'static>(
        &self,
        mut store: StoreContextMut<'_, T>,
        params: &[Val],
    ) -> Result<Option<Val>> {
        let func = self.func_ty();
        if params.len() != func.params.len() {
            bail!(
                "expected {} arguments, found {}",
                func.params.len(),
                params.len()
            );
        }
        let scope = {
            let mut s = self.state.lock();
            if s.pending_post_return {
                bail!("cannot call an export again before its post-return ran");
            }
            if s.busy {
                bail!("cannot enter component instance");
            }
            s.busy = true;
            s.scopes.push(Default::default());
            s.scopes.len() - 1
        };
        let result = self.call_entered(&mut store, params, scope);
        let mut s = self.state.lock();
        let ended = s.scopes.pop().map(|sc| s.table.end_call(sc));
        // A trap leaves the instance unusable: `busy` stays set.
        let result = result?;
        if let Some(Err(e)) = ended {
            return Err(e);
        }
        s.busy = false;
        if self.opts.post_return.is_some() {
            s.pending_post_return = true;
        }
        Ok(result)
    }

    fn call_entered<T: 'static>(
        &self,
        store: &mut StoreContextMut<'_, T>,
        params: &[Val],
        scope: usize,
    ) -> Result<Option<Val>> {
        let func = self.func_ty();
        let rcx = ResourceCx::new(&self.state, &self.resources, Some(scope));
        let opts = Options {
            types: &self.types,
            encoding: self.opts.encoding,
            resources: Some(&rcx),
        };
        let mut core_args = Vec::new();
        {
            let mut mem: Box<dyn GuestMemory + '_> = match self.opts.memory {
                Some(memory) => Box::new(StoreMemory {
                    store: &mut *store,
                    memory,
                    realloc: self.opts.realloc,
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
                    let tuple = func.params_tuple;
                    let abi = self.types.abi(tuple);
                    let ptr = mem.realloc(0, 0, abi.align32, abi.size32)?;
                    if !ptr.is_multiple_of(abi.align32) {
                        bail!("realloc return: result not aligned");
                    }
                    if u64::from(ptr) + u64::from(abi.size32) > mem.bytes().len() as u64 {
                        bail!("realloc return: beyond end of memory");
                    }
                    store_value(&opts, &mut *mem, tuple, &Val::Tuple(params.to_vec()), ptr)?;
                    core_args.push(crate::Val::I32(ptr as i32));
                }
            }
        }
        let core_ty = self.core.ty(&*store);
        let mut core_results: Vec<crate::Val> = core_ty.results().map(default_core).collect();
        self.core.call(&mut *store, &core_args, &mut core_results)?;
        let result = match func.result {
            None => None,
            Some(ty) => {
                // Results are lifted out of the callee: handles leave its table.
                let rcx = ResourceCx::new(&self.state, &self.resources, None);
                let opts = Options {
                    resources: Some(&rcx),
                    ..opts
                };
                let memory = self
                    .opts
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
        if self.opts.post_return.is_some() {
            *self.pending.lock().unwrap_or_else(|e| e.into_inner()) = Some(core_results);
        }
        Ok(result)
    }
}

/// `canon lower`: the core function through which instance `state` calls `callee` as a
/// function of type `ty` (in `types`), with the instance's options.
pub(crate) fn lower<T: 'static>(
    mut store: StoreContextMut<'_, T>,
    callee: Func,
    ty: TypeFuncIndex,
    types: Arc<ComponentTypes>,
    options: CanonOptions,
    state: Arc<InstanceState>,
    resources: Arc<[Option<ResourceType>]>,
) -> crate::Func {
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
    crate::Func::new(
        &mut store,
        core_ty,
        move |mut caller: Caller<'_, T>, args, results| {
            if !state.may_leave() {
                bail!("cannot leave component instance");
            }
            let rcx = ResourceCx::new(&state, &resources, None);
            let opts = Options {
                types: &types,
                encoding: options.encoding,
                resources: Some(&rcx),
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
                        let ptr = core_bits(&args[0]) as u32;
                        match load_checked(&opts, memory, func.params_tuple, ptr)? {
                            Val::Tuple(vals) => vals,
                            _ => unreachable!("a tuple type loads as a tuple"),
                        }
                    }
                }
            };
            let mut result = [Val::Bool(false)];
            let nresults = usize::from(func.result.is_some());
            callee.call(caller.as_context_mut(), &params, &mut result[..nresults])?;
            callee.post_return(caller.as_context_mut())?;
            rcx.finish()?;
            let Some(ty) = func.result else {
                return Ok(());
            };
            // Results go into the caller: handles are new entries of its table.
            let rcx = ResourceCx::new(&state, &resources, None);
            let opts = Options {
                resources: Some(&rcx),
                ..opts
            };
            let value = &result[0];
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
                    lower_flat(&opts, &mut *mem, ty, value, &mut bits)?;
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
                    store_value(&opts, &mut *mem, ty, value, retptr)?;
                }
            }
            Ok(())
        },
    )
}
