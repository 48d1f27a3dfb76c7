//! Component functions: calls into lifted guest functions, host functions, and the core
//! functions `canon lower` makes of either.
//!
//! Every call moves a function's parameters as one tuple (its `params_tuple` type) and its
//! result as a tuple of zero or one element (`results_tuple`), through the [`Lower`] and
//! [`Lift`] traits: typed calls use Rust values, dynamic calls [`Val`]s.

use super::canon::{
    CallerMemory, CanonOptions, NoMemory, StoreMemory, core_bits, core_val, default_core,
    flatten_all, valtype,
};
use super::cval::CVal;
use super::lift::FlatIter;
use super::memory::{GuestMemory, Options};
use super::resources::{InstanceState, ResourceCx, ResourceType};
use super::typed::{ComponentNamedList, Lift, LiftContext, Lower, LowerContext};
use super::val::Val;
use crate::store::{AsContextMut, StoreContextMut};
use crate::{Caller, FuncType, ValType};
use anyhow::{Result, bail};
use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;
use wicker_environ::component::{
    ComponentTypes, FlatType, InterfaceType, MAX_FLAT_PARAMS, MAX_FLAT_RESULTS, TypeFunc,
    TypeFuncIndex,
};

/// A host function over dynamic values, for a store whose data is `T`.
pub(crate) type HostFn<T> =
    dyn Fn(StoreContextMut<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync;

/// Makes the core function through which a guest calls a host function.
pub(crate) type Lowerer<T> = dyn Fn(StoreContextMut<'_, T>, LowerSite) -> crate::Func + Send + Sync;

/// Checks a host function's Rust types against an importer's function type.
pub(crate) type TypeCheck = dyn Fn(&TypeFunc, &ComponentTypes) -> Result<()> + Send + Sync;

/// A component function: a guest's lifted export or a host function.
///
/// A call returns once the guest's `post-return` function, if it has one, has run: the
/// results are the caller's by then.
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
    core_results: Vec<ValType>,
}

/// A host function, type-erased over the store's data type `T`.
pub(crate) struct HostFunc {
    /// An `Arc<HostFn<T>>`, for calls with dynamic values.
    pub(crate) dynamic: Option<Arc<dyn Any + Send + Sync>>,
    /// An `Arc<Lowerer<T>>`, for a typed function's direct lowering.
    pub(crate) lowerer: Option<Arc<dyn Any + Send + Sync>>,
    /// The typed function's type check.
    pub(crate) typecheck: Option<Arc<TypeCheck>>,
}

/// What a `canon lower` knows: the importer's function type, options, instance and
/// resource types.
#[derive(Clone)]
pub(crate) struct LowerSite {
    pub(crate) ty: TypeFuncIndex,
    pub(crate) types: Arc<ComponentTypes>,
    pub(crate) opts: CanonOptions,
    pub(crate) state: Arc<InstanceState>,
    pub(crate) resources: Arc<[Option<ResourceType>]>,
}

impl std::fmt::Debug for Func {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            FuncKind::Lifted(_) => f.write_str("Func(lifted)"),
            FuncKind::Host(_) => f.write_str("Func(host)"),
        }
    }
}

/// The parameters of a dynamic call, lowered as the parameter tuple.
struct ParamVals<'a>(&'a [Val]);

impl super::typed::ComponentType for ParamVals<'_> {
    fn typecheck(_: InterfaceType, _: &ComponentTypes) -> Result<()> {
        Ok(())
    }
}

impl Lower for ParamVals<'_> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        let tys = tuple_types(cx.opts.types, ty);
        for (v, t) in self.0.iter().zip(tys.iter()) {
            v.lower(cx, *t, out)?;
        }
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        let tys = tuple_types(cx.opts.types, ty);
        let offsets = super::typed::field_offsets(cx.opts.types, &tys, ptr)?;
        for ((v, t), at) in self.0.iter().zip(tys.iter()).zip(offsets) {
            v.store(cx, *t, at)?;
        }
        Ok(())
    }
}

fn tuple_types(types: &ComponentTypes, ty: InterfaceType) -> Box<[InterfaceType]> {
    match ty {
        InterfaceType::Tuple(i) => types.tuple(i).types.clone(),
        _ => Box::new([]),
    }
}

/// Splits a lifted tuple into its values.
fn untuple(v: Val) -> Vec<Val> {
    match v {
        Val::Tuple(vals) => vals,
        other => vec![other],
    }
}

impl Func {
    pub(crate) fn lifted(
        core: crate::Func,
        core_ty: &FuncType,
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
            core_results: core_ty.results().collect(),
        })))
    }

    pub(crate) fn host<T: 'static>(
        f: impl Fn(StoreContextMut<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Func {
        let f: Arc<HostFn<T>> = Arc::new(f);
        Func(Arc::new(FuncKind::Host(HostFunc {
            dynamic: Some(Arc::new(f)),
            lowerer: None,
            typecheck: None,
        })))
    }

    pub(crate) fn host_typed<T, P, R, F>(f: F) -> Func
    where
        T: 'static,
        P: ComponentNamedList + Lift + 'static,
        R: ComponentNamedList + Lower + 'static,
        F: Fn(StoreContextMut<'_, T>, P) -> Result<R> + Send + Sync + 'static,
    {
        let f = Arc::new(f);
        let lowerer: Arc<Lowerer<T>> = Arc::new(move |store, site| {
            let f = f.clone();
            trampoline::<T, P, R>(store, site, move |store, params| {
                Ok((f(store, params)?, None))
            })
        });
        let typecheck: Arc<TypeCheck> = Arc::new(|ty, types| {
            P::typecheck(ty.params_tuple, types)?;
            R::typecheck(ty.results_tuple, types)
        });
        Func(Arc::new(FuncKind::Host(HostFunc {
            dynamic: None,
            lowerer: Some(Arc::new(lowerer)),
            typecheck: Some(typecheck),
        })))
    }

    /// The parameter names of a lifted function; `None` for a host function, whose type
    /// is its importer's.
    pub fn param_names(&self) -> Option<Vec<String>> {
        match &*self.0 {
            FuncKind::Lifted(l) => Some(l.func_ty().params.iter().map(|p| p.0.clone()).collect()),
            FuncKind::Host(_) => None,
        }
    }

    /// The parameter names and types of a lifted function; empty for a host function.
    pub fn params(&self) -> Vec<(String, super::typed::Type)> {
        match &*self.0 {
            FuncKind::Lifted(l) => l
                .func_ty()
                .params
                .iter()
                .map(|(n, t)| (n.clone(), super::typed::Type::from_interface(&l.types, *t)))
                .collect(),
            FuncKind::Host(_) => Vec::new(),
        }
    }

    /// The result type of a lifted function, if it has one.
    pub fn result(&self) -> Option<super::typed::Type> {
        match &*self.0 {
            FuncKind::Lifted(l) => l
                .func_ty()
                .result
                .map(|t| super::typed::Type::from_interface(&l.types, t)),
            FuncKind::Host(_) => None,
        }
    }

    /// How many results a lifted function returns (0 or 1); `None` for a host function.
    pub fn result_count(&self) -> Option<usize> {
        match &*self.0 {
            FuncKind::Lifted(l) => Some(usize::from(l.func_ty().result.is_some())),
            FuncKind::Host(_) => None,
        }
    }

    /// Calls the function with `params`; its result, if it has one, goes in `results[0]`.
    /// A guest's `post-return` function runs before the call returns.
    pub fn call<T: 'static>(
        &self,
        mut store: impl AsContextMut<Data = T>,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<()> {
        let store = store.as_context_mut();
        match &*self.0 {
            FuncKind::Lifted(l) => {
                let f = l.func_ty();
                if params.len() != f.params.len() {
                    bail!(
                        "expected {} arguments, found {}",
                        f.params.len(),
                        params.len()
                    );
                }
                let want = usize::from(f.result.is_some());
                if results.len() != want {
                    bail!("expected {want} result slots, found {}", results.len());
                }
                let out: Val = l.call(store, &ParamVals(params))?;
                for (slot, v) in results.iter_mut().zip(untuple(out)) {
                    *slot = v;
                }
                Ok(())
            }
            FuncKind::Host(h) => {
                let f = h
                    .dynamic
                    .as_ref()
                    .and_then(|f| f.downcast_ref::<Arc<HostFn<T>>>());
                let Some(f) = f else {
                    bail!("this host function can only be called by a guest that imports it")
                };
                f(store, params, results)
            }
        }
    }

    /// A typed view of a lifted function: `P` is a tuple of the parameters' Rust types,
    /// `R` a tuple of zero or one result type.
    pub fn typed<P, R>(&self) -> Result<TypedFunc<P, R>>
    where
        P: ComponentNamedList + Lower,
        R: ComponentNamedList + Lift,
    {
        let FuncKind::Lifted(l) = &*self.0 else {
            bail!("only functions exported by a guest have a typed view")
        };
        let f = l.func_ty();
        P::typecheck(f.params_tuple, &l.types)?;
        R::typecheck(f.results_tuple, &l.types)?;
        Ok(TypedFunc {
            func: self.clone(),
            _types: PhantomData,
        })
    }

    /// Checks that this function can stand for an import of type `ty`: a typed host
    /// function's Rust types, or another component's export of the same interface type.
    pub(crate) fn typecheck_import(&self, ty: &TypeFunc, types: &ComponentTypes) -> Result<()> {
        match &*self.0 {
            FuncKind::Host(HostFunc {
                typecheck: Some(check),
                ..
            }) => check(ty, types),
            FuncKind::Host(_) => Ok(()),
            FuncKind::Lifted(l) => {
                let have = l.func_ty();
                let want = ty;
                let same = have.params.len() == want.params.len()
                    && have
                        .params
                        .iter()
                        .zip(want.params.iter())
                        .all(|((_, a), (_, b))| same_type(&l.types, *a, types, *b))
                    && match (have.result, want.result) {
                        (None, None) => true,
                        (Some(a), Some(b)) => same_type(&l.types, a, types, b),
                        _ => false,
                    };
                if !same {
                    bail!(
                        "type mismatch: expected `{}`, found `{}`",
                        super::typed::func_type_name(types, want),
                        super::typed::func_type_name(&l.types, have)
                    );
                }
                Ok(())
            }
        }
    }
}

/// A lifted function with its Rust parameter and result types checked.
///
/// A call copies its parameters into the guest and keeps no borrow of them past its end,
/// so the type is covariant in `P`: a `TypedFunc<(&'static str,), R>` (or one created
/// with any other lifetime) is called with borrows that live only as long as the call.
pub struct TypedFunc<P, R> {
    func: Func,
    // `fn() -> (P, R)` rather than `fn(P) -> R`: covariant in `P` (see above), and `Send`
    // and `Sync` whatever `P` and `R` are, since no value of either is stored.
    _types: PhantomData<fn() -> (P, R)>,
}

impl<P, R> Clone for TypedFunc<P, R> {
    fn clone(&self) -> Self {
        TypedFunc {
            func: self.func.clone(),
            _types: PhantomData,
        }
    }
}

impl<P: ComponentNamedList + Lower, R: ComponentNamedList + Lift> TypedFunc<P, R> {
    /// Calls the function; a guest's `post-return` function runs before it returns.
    pub fn call<T: 'static>(&self, mut store: impl AsContextMut<Data = T>, params: P) -> Result<R> {
        let FuncKind::Lifted(l) = &*self.func.0 else {
            unreachable!("typed views exist only for lifted functions")
        };
        l.call(store.as_context_mut(), &params)
    }

    /// The untyped function.
    pub fn func(&self) -> &Func {
        &self.func
    }
}

impl Lifted {
    fn func_ty(&self) -> &TypeFunc {
        self.types.func(self.ty)
    }

    /// Enters the instance, calls, runs the post-return function, and leaves it.
    fn call<T: 'static, P: Lower + ?Sized, R: Lift>(
        &self,
        mut store: StoreContextMut<'_, T>,
        params: &P,
    ) -> Result<R> {
        let (result, core_results) = self.call_until_return(&mut store, params)?;
        self.finish_call(store, &core_results)?;
        Ok(result)
    }

    /// Enters the instance and calls it; returns its lifted results and the core results
    /// that [`Lifted::finish_call`] passes to the post-return function. The instance stays
    /// entered until then: a caller that is another instance lowers the results first, as
    /// the canonical ABI orders it.
    fn call_until_return<T: 'static, P: Lower + ?Sized, R: Lift>(
        &self,
        store: &mut StoreContextMut<'_, T>,
        params: &P,
    ) -> Result<(R, Vec<crate::Val>)> {
        let scope = {
            if self.state.flags.busy() {
                bail!("cannot enter component instance");
            }
            self.state.flags.set_busy(true);
            let mut s = self.state.lock();
            s.scopes.push(Default::default());
            s.scopes.len() - 1
        };
        // On any error the instance stays `busy`: a trap leaves it unusable.
        self.call_entered(store, params, scope)
    }

    /// Runs the post-return function with the call's core results, and leaves the
    /// instance.
    fn finish_call<T: 'static>(
        &self,
        mut store: StoreContextMut<'_, T>,
        core_results: &[crate::Val],
    ) -> Result<()> {
        if let Some(post) = self.opts.post_return {
            // The results are the caller's now; the callee may free what they used, but
            // may not call out meanwhile.
            self.state.flags.set_no_leave(true);
            post.call(&mut store, core_results, &mut [])?;
            self.state.flags.set_no_leave(false);
        }
        let mut s = self.state.lock();
        if let Some(scope) = s.scopes.pop() {
            s.table.end_call(scope)?;
        }
        self.state.flags.set_busy(false);
        Ok(())
    }

    fn call_entered<T: 'static, P: Lower + ?Sized, R: Lift>(
        &self,
        store: &mut StoreContextMut<'_, T>,
        params: &P,
        scope: usize,
    ) -> Result<(R, Vec<crate::Val>)> {
        let func = self.func_ty();
        let rcx = ResourceCx::new(&self.state, &self.resources, Some(scope));
        let opts = Options::new(
            &self.types,
            self.opts.encoding,
            Some(&rcx),
            self.opts.max_copy,
        );
        let mut core_args = Vec::with_capacity(self.flat_params.as_ref().map_or(1, Vec::len));
        {
            let mut store_mem;
            let mut no_mem = NoMemory;
            let mem: &mut dyn GuestMemory = match self.opts.memory {
                Some(memory) => {
                    store_mem = StoreMemory {
                        store: &mut *store,
                        memory,
                        realloc: self.opts.realloc,
                        state: &self.state,
                    };
                    &mut store_mem
                }
                None => &mut no_mem,
            };
            let mut cx = LowerContext { opts: &opts, mem };
            match &self.flat_params {
                Some(flat) => {
                    let mut bits = Vec::with_capacity(flat.len());
                    params.lower(&mut cx, func.params_tuple, &mut bits)?;
                    core_args.extend(flat.iter().zip(&bits).map(|(t, b)| core_val(*t, *b)));
                }
                None => {
                    // Too many values: the parameters go in memory as one tuple.
                    let abi = self.types.abi(func.params_tuple);
                    let ptr = cx.mem.realloc(0, 0, abi.align32, abi.size32)?;
                    if !ptr.is_multiple_of(abi.align32) {
                        bail!("realloc return: result not aligned");
                    }
                    if u64::from(ptr) + u64::from(abi.size32) > cx.mem.bytes().len() as u64 {
                        bail!("realloc return: beyond end of memory");
                    }
                    params.store(&mut cx, func.params_tuple, ptr)?;
                    core_args.push(crate::Val::I32(ptr as i32));
                }
            }
        }
        let mut core_results: Vec<crate::Val> = self
            .core_results
            .iter()
            .copied()
            .map(default_core)
            .collect();
        self.core.call(&mut *store, &core_args, &mut core_results)?;
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
        let cx = LiftContext {
            opts: &opts,
            memory,
            view: self.opts.memory.map(|m| (m, &self.types)),
        };
        let result = match &self.flat_results {
            Some(_) => {
                let bits: Vec<u64> = core_results.iter().map(core_bits).collect();
                R::lift(&cx, func.results_tuple, &mut FlatIter::new(&bits))?
            }
            None => {
                let Some(memory) = memory else {
                    bail!("a `memory` option is required for this type")
                };
                let ptr = core_bits(&core_results[0]) as u32;
                let abi = self.types.abi(func.results_tuple);
                if !ptr.is_multiple_of(abi.align32) {
                    bail!("unaligned pointer: {ptr:#x}");
                }
                if u64::from(ptr) + u64::from(abi.size32) > memory.len() as u64 {
                    bail!("pointer out of bounds of memory: {ptr:#x}");
                }
                R::load(&cx, func.results_tuple, ptr)?
            }
        };
        Ok((result, core_results))
    }
}

/// `canon lower`: the core function through which a guest calls `callee` at `site`.
pub(crate) fn lower<T: 'static>(
    store: StoreContextMut<'_, T>,
    callee: Func,
    site: LowerSite,
) -> crate::Func {
    if let FuncKind::Host(HostFunc {
        lowerer: Some(l), ..
    }) = &*callee.0
        && let Some(l) = l.downcast_ref::<Arc<Lowerer<T>>>()
    {
        return l(store, site);
    }
    // Another instance's export whose values are all scalars: a fused adapter.
    let mut store = store;
    if let FuncKind::Lifted(l) = &*callee.0
        && let Some(f) = super::fused::fuse(&mut store, &site, l)
    {
        return f;
    }
    // Another instance's export: a component-to-component call through the host, with
    // the values in the form that goes from one guest to another.
    if let FuncKind::Lifted(_) = &*callee.0 {
        return trampoline::<T, CVal, CVal>(store, site, move |mut store, params: CVal| {
            let FuncKind::Lifted(l) = &*callee.0 else {
                unreachable!("checked above")
            };
            let (result, core_results) =
                l.call_until_return::<T, CVal, CVal>(&mut store, &params)?;
            // The arguments were copied into the callee; the callee's post-return runs after
            // its results are lowered into the caller.
            drop(params);
            let callee = callee.clone();
            let after: AfterLower<T> = Box::new(move |store| {
                let FuncKind::Lifted(l) = &*callee.0 else {
                    unreachable!("checked above")
                };
                l.finish_call(store, &core_results)
            });
            Ok((result, Some(after)))
        });
    }
    // Any other function is a host function over dynamic values.
    let nresults = usize::from(site.types.func(site.ty).result.is_some());
    trampoline::<T, Val, Val>(store, site, move |mut store, params: Val| {
        let params = untuple(params);
        let mut result = vec![Val::Bool(false); nresults];
        callee.call(store.as_context_mut(), &params, &mut result)?;
        Ok((Val::Tuple(result), None))
    })
}

/// Makes the core function that lifts the guest's arguments as `P`, runs `body` and lowers
/// its `R` back into the guest.
fn trampoline<T: 'static, P: Lift + 'static, R: Lower + 'static>(
    mut store: StoreContextMut<'_, T>,
    site: LowerSite,
    body: impl Fn(StoreContextMut<'_, T>, P) -> Result<(R, Option<AfterLower<T>>)>
    + Send
    + Sync
    + 'static,
) -> crate::Func {
    let func = site.types.func(site.ty).clone();
    let types = &site.types;
    let flat_params = flatten_all(types, func.params.iter().map(|p| p.1), MAX_FLAT_PARAMS);
    let flat_results = flatten_all(types, func.result, MAX_FLAT_RESULTS);
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
            let LowerSite {
                types,
                opts: options,
                state,
                resources,
                ..
            } = &site;
            if !state.may_leave() {
                bail!("cannot leave component instance");
            }
            let rcx = ResourceCx::new(state, resources, None);
            let opts = Options::new(types, options.encoding, Some(&rcx), options.max_copy);
            let params = {
                let memory = options.memory.map(|m| m.data(&caller));
                let cx = LiftContext {
                    opts: &opts,
                    memory,
                    view: options.memory.map(|m| (m, types)),
                };
                match &flat_params {
                    Some(_) => {
                        let bits: Vec<u64> = args.iter().map(core_bits).collect();
                        P::lift(&cx, func.params_tuple, &mut FlatIter::new(&bits))?
                    }
                    None => {
                        let Some(memory) = memory else {
                            bail!("a `memory` option is required for this type")
                        };
                        let ptr = core_bits(&args[0]) as u32;
                        let abi = types.abi(func.params_tuple);
                        if !ptr.is_multiple_of(abi.align32) {
                            bail!("unaligned pointer: {ptr:#x}");
                        }
                        if u64::from(ptr) + u64::from(abi.size32) > memory.len() as u64 {
                            bail!("pointer out of bounds of memory: {ptr:#x}");
                        }
                        P::load(&cx, func.params_tuple, ptr)?
                    }
                }
            };
            let (value, after) = body(caller.as_context_mut(), params)?;
            rcx.finish()?;
            // Results go into the caller: handles are new entries of its table.
            let rcx = ResourceCx::new(state, resources, None);
            let opts = Options {
                resources: Some(&rcx),
                ..opts
            };
            let mut caller_mem;
            let mut no_mem = NoMemory;
            let mem: &mut dyn GuestMemory = match options.memory {
                Some(memory) => {
                    caller_mem = CallerMemory {
                        caller: &mut caller,
                        memory,
                        realloc: options.realloc,
                        state,
                    };
                    &mut caller_mem
                }
                None => &mut no_mem,
            };
            let mut cx = LowerContext { opts: &opts, mem };
            match &flat_results {
                Some(flat) => {
                    let mut bits = Vec::with_capacity(flat.len());
                    value.lower(&mut cx, func.results_tuple, &mut bits)?;
                    for (i, (t, b)) in flat.iter().zip(bits).enumerate() {
                        results[i] = core_val(*t, b);
                    }
                }
                None => {
                    let retptr = core_bits(args.last().expect("a return pointer")) as u32;
                    let abi = types.abi(func.results_tuple);
                    if !retptr.is_multiple_of(abi.align32) {
                        bail!("unaligned pointer: return pointer {retptr:#x}");
                    }
                    if u64::from(retptr) + u64::from(abi.size32) > cx.mem.bytes().len() as u64 {
                        bail!("pointer out of bounds of memory: return pointer {retptr:#x}");
                    }
                    value.store(&mut cx, func.results_tuple, retptr)?;
                }
            }
            match after {
                Some(after) => after(caller.as_context_mut()),
                None => Ok(()),
            }
        },
    )
}

/// What a trampoline runs once the results are lowered into the caller: the callee's
/// post-return function, for a call from one instance to another.
type AfterLower<T> = Box<dyn FnOnce(StoreContextMut<'_, T>) -> Result<()>>;

/// A typed view of `func` whose types were checked earlier (by generated bindings at
/// instantiation).
pub fn typed_func<P, R>(func: &Func) -> TypedFunc<P, R> {
    TypedFunc {
        func: func.clone(),
        _types: PhantomData,
    }
}

/// The error of a missing export, for generated bindings.
pub fn missing_export(name: &str) -> anyhow::Error {
    anyhow::anyhow!("the component has no export named `{name}`")
}

/// Whether interface type `a` (of `at`) and `b` (of `bt`) are the same type. Resource
/// handles are compared by kind only: which resource they name is a run-time identity,
/// checked when a handle passes.
fn same_type(at: &ComponentTypes, a: InterfaceType, bt: &ComponentTypes, b: InterfaceType) -> bool {
    use InterfaceType as T;
    let same = |x: InterfaceType, y: InterfaceType| same_type(at, x, bt, y);
    let same_opt = |x: Option<InterfaceType>, y: Option<InterfaceType>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => same(x, y),
        _ => false,
    };
    match (a, b) {
        (T::List(x), T::List(y)) => same(at.list(x).element, bt.list(y).element),
        (T::FixedList(x), T::FixedList(y)) => {
            let (x, y) = (at.fixed_list(x), bt.fixed_list(y));
            x.len == y.len && same(x.element, y.element)
        }
        (T::Record(x), T::Record(y)) => {
            let (x, y) = (&at.record(x).fields, &bt.record(y).fields);
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(f, g)| f.name == g.name && same(f.ty, g.ty))
        }
        (T::Tuple(x), T::Tuple(y)) => {
            let (x, y) = (&at.tuple(x).types, &bt.tuple(y).types);
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same(*p, *q))
        }
        (T::Variant(x), T::Variant(y)) => {
            let (x, y) = (&at.variant(x).cases, &bt.variant(y).cases);
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(c, d)| c.name == d.name && same_opt(c.ty, d.ty))
        }
        (T::Enum(x), T::Enum(y)) => at.enum_(x).names == bt.enum_(y).names,
        (T::Flags(x), T::Flags(y)) => at.flags(x).names == bt.flags(y).names,
        (T::Option(x), T::Option(y)) => same(at.option(x).ty, bt.option(y).ty),
        (T::Result(x), T::Result(y)) => {
            let (x, y) = (at.result(x), bt.result(y));
            same_opt(x.ok, y.ok) && same_opt(x.err, y.err)
        }
        (T::Own(_), T::Own(_)) | (T::Borrow(_), T::Borrow(_)) => true,
        (x, y) => {
            std::mem::discriminant(&x) == std::mem::discriminant(&y)
                && !matches!(
                    x,
                    T::List(_)
                        | T::FixedList(_)
                        | T::Record(_)
                        | T::Tuple(_)
                        | T::Variant(_)
                        | T::Enum(_)
                        | T::Flags(_)
                        | T::Option(_)
                        | T::Result(_)
                        | T::Own(_)
                        | T::Borrow(_)
                )
        }
    }
}
