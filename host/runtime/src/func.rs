//! Functions: calling wasm from the host, and host functions callable from wasm.

use crate::instance::Instance;
use crate::store::{
    AsContext, AsContextMut, FuncData, StoreContext, StoreContextMut, StoreInner, StoreOpaque,
};
use crate::trap::trap_error;
use crate::types::FuncType;
use crate::values::Val;
use crate::vm::{self, HostFuncContext, ValRaw};
use crate::{Engine, Extern};
use anyhow::{Result, bail};
use std::sync::Arc;

/// A function: exported by an instance, or defined by the host.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Func {
    pub(crate) store: u64,
    pub(crate) index: usize,
}

/// The type-erased body of a host function, shareable between stores.
pub(crate) type HostFn<T> =
    Arc<dyn Fn(&mut StoreInner<T>, Option<usize>, &mut [ValRaw]) -> Result<()> + Send + Sync>;

/// The view a host function has of its caller: the store, and the calling instance.
pub struct Caller<'a, T> {
    pub(crate) store: &'a mut StoreInner<T>,
    pub(crate) caller: Option<usize>,
}

impl<T> Caller<'_, T> {
    /// The store's user data.
    pub fn data(&self) -> &T {
        &self.store.data
    }

    /// The store's user data, mutably.
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.store.data
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.store.opaque.engine
    }

    /// An export of the calling instance (typically its memory).
    pub fn get_export(&mut self, name: &str) -> Option<Extern> {
        let index = self.caller?;
        let instance = Instance {
            store: self.store.opaque.id,
            index,
        };
        instance.get_export(&mut *self, name)
    }
}

impl<T> AsContext for Caller<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(self.store)
    }
}

impl<T> AsContextMut for Caller<'_, T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut(self.store)
    }
}

impl Func {
    /// Defines a host function of type `ty` whose body receives and returns dynamic values.
    pub fn new<T: 'static>(
        mut store: impl AsContextMut<Data = T>,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Func {
        let host = dynamic_host_fn(ty.clone(), func);
        Func::from_host_fn(&mut store.as_context_mut().0.opaque, ty, host)
    }

    /// Defines a host function from a closure over wasm-typed arguments.
    ///
    /// ```
    /// let engine = wicker::Engine::default();
    /// let mut store = wicker::Store::new(&engine, ());
    /// let add = wicker::Func::wrap(&mut store, |a: i32, b: i32| a.wrapping_add(b));
    /// let typed = add.typed::<(i32, i32), i32>(&store)?;
    /// assert_eq!(typed.call(&mut store, (2, 3))?, 5);
    /// # Ok::<(), anyhow::Error>(())
    /// ```
    pub fn wrap<T: 'static, Params, Results>(
        mut store: impl AsContextMut<Data = T>,
        func: impl IntoFunc<T, Params, Results>,
    ) -> Func {
        let (ty, host) = func.into_host_fn();
        Func::from_host_fn(&mut store.as_context_mut().0.opaque, ty, host)
    }

    pub(crate) fn from_host_fn<T: 'static>(
        s: &mut StoreOpaque,
        ty: FuncType,
        host: HostFn<T>,
    ) -> Func {
        let sig = s.engine.signature(&ty.0);
        let wasm_to_array = s
            .engine
            .trampolines(sig)
            .expect("compiling a host function trampoline")
            .wasm_to_array;
        Func::from_host_fn_prepared(s, ty, host, sig, wasm_to_array)
    }

    /// Like `from_host_fn`, with the signature index and trampoline already looked up.
    pub(crate) fn from_host_fn_prepared<T: 'static>(
        s: &mut StoreOpaque,
        ty: FuncType,
        host: HostFn<T>,
        sig: u32,
        wasm_to_array: vm::WasmToArray,
    ) -> Func {
        let callback =
            vm::make_callback::<T>(move |store, caller, values| host(store, caller, values));
        let ctx = HostFuncContext::new(callback, wasm_to_array);
        let func_ref = ctx.func_ref();
        s.host_funcs.push(ctx);
        let host = Some(s.host_funcs.len() - 1);
        let index = s.push_func(FuncData {
            func_ref,
            ty,
            sig,
            host,
            array_to_wasm: None,
        });
        Func { store: s.id, index }
    }

    /// The function's type.
    ///
    /// # Panics
    ///
    /// If the function belongs to another store.
    pub fn ty(&self, store: impl AsContext) -> FuncType {
        let s = &store.as_context().0.opaque;
        s.check(self.store)
            .expect("function used with the wrong store");
        s.funcs[self.index].ty.clone()
    }

    /// Calls the function with dynamic values; `results` must have room for every result.
    pub fn call(
        &self,
        mut store: impl AsContextMut,
        params: &[Val],
        results: &mut [Val],
    ) -> Result<()> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.store)?;
        let ty = s.funcs[self.index].ty.clone();
        if params.len() != ty.params().len() {
            bail!(
                "expected {} arguments, got {}",
                ty.params().len(),
                params.len()
            );
        }
        if results.len() != ty.results().len() {
            bail!(
                "expected {} results, got {}",
                ty.results().len(),
                results.len()
            );
        }
        let mut values = vec![ValRaw::default(); params.len().max(results.len())];
        for (i, (p, t)) in params.iter().zip(ty.params()).enumerate() {
            p.check_type(t)?;
            values[i] = p.to_raw(s)?;
        }
        Func::call_raw(s, self.index, &mut values)?;
        for (i, t) in ty.results().enumerate() {
            results[i] = Val::from_raw(s, values[i], t);
        }
        Ok(())
    }

    /// Calls function `index` of the store with arguments and results in `values`.
    pub(crate) fn call_raw(s: &mut StoreOpaque, index: usize, values: &mut [ValRaw]) -> Result<()> {
        let data = &s.funcs[index];
        if let Some(h) = data.host {
            return vm::array_call_host(s, h, values);
        }
        let func_ref = data.func_ref;
        let trampoline = match data.array_to_wasm {
            Some(t) => t,
            None => {
                let t = s.engine.trampolines(data.sig)?.array_to_wasm;
                s.funcs[index].array_to_wasm = Some(t);
                t
            }
        };
        let max = s.engine.0.config.max_wasm_stack;
        vm::invoke_wasm(&s.vm_ctx, func_ref, trampoline, values, max).map_err(trap_error)
    }

    /// A typed view of the function; fails if `Params` and `Results` don't match its type.
    pub fn typed<Params: WasmParams, Results: WasmResults>(
        &self,
        store: impl AsContext,
    ) -> Result<TypedFunc<Params, Results>> {
        store.as_context().0.opaque.check(self.store)?;
        let ty = self.ty(&store);
        let want = FuncType::new(Params::valtypes(), Results::valtypes());
        if ty != want {
            bail!("type mismatch: the function has type {ty}, not {want}");
        }
        Ok(TypedFunc {
            func: *self,
            _marker: std::marker::PhantomData,
        })
    }
}

pub(crate) fn dynamic_host_fn_pub<T: 'static>(
    ty: FuncType,
    func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
) -> HostFn<T> {
    dynamic_host_fn(ty, func)
}

fn dynamic_host_fn<T: 'static>(
    ty: FuncType,
    func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
) -> HostFn<T> {
    Arc::new(
        move |store: &mut StoreInner<T>, caller, raw: &mut [ValRaw]| {
            let params: Vec<Val> = ty
                .params()
                .enumerate()
                .map(|(i, t)| Val::from_raw(&mut store.opaque, raw[i], t))
                .collect();
            let mut results: Vec<Val> = ty.results().map(default_val).collect();
            func(
                Caller {
                    store: &mut *store,
                    caller,
                },
                &params,
                &mut results,
            )?;
            for (i, (r, t)) in results.iter().zip(ty.results()).enumerate() {
                r.check_type(t)?;
                raw[i] = r.to_raw(&store.opaque)?;
            }
            Ok(())
        },
    )
}

fn default_val(t: crate::ValType) -> Val {
    match t {
        crate::ValType::I32 => Val::I32(0),
        crate::ValType::I64 => Val::I64(0),
        crate::ValType::F32 => Val::F32(0),
        crate::ValType::F64 => Val::F64(0),
        crate::ValType::V128 => Val::V128(crate::V128::default()),
        crate::ValType::Ref(crate::RefType::Func) => Val::FuncRef(None),
        crate::ValType::Ref(crate::RefType::Extern) => Val::ExternRef(None),
    }
}

/// A function called with static Rust types instead of [`Val`]s.
pub struct TypedFunc<Params, Results> {
    func: Func,
    _marker: std::marker::PhantomData<fn(Params) -> Results>,
}

impl<P, R> Clone for TypedFunc<P, R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P, R> Copy for TypedFunc<P, R> {}

impl<Params: WasmParams, Results: WasmResults> TypedFunc<Params, Results> {
    /// Calls the function.
    pub fn call(&self, mut store: impl AsContextMut, params: Params) -> Result<Results> {
        let s = &mut store.as_context_mut().0.opaque;
        s.check(self.func.store)?;
        // Most signatures fit a small buffer on the stack.
        let n = Params::LEN.max(Results::LEN);
        let mut small = [ValRaw::default(); 4];
        let mut heap;
        let values: &mut [ValRaw] = if n <= small.len() {
            &mut small[..n]
        } else {
            heap = vec![ValRaw::default(); n];
            &mut heap
        };
        params.store_all(s, values)?;
        Func::call_raw(s, self.func.index, values)?;
        Ok(Results::load_all(s, values))
    }

    /// The untyped function.
    pub fn func(&self) -> &Func {
        &self.func
    }
}

/// A Rust type that maps to a wasm value type.
pub trait WasmTy: Send + Sized + 'static {
    /// The wasm type.
    fn valtype() -> crate::ValType;
    /// Reads a value of this type from a raw slot.
    fn load(store: &mut StoreOpaque, raw: ValRaw) -> Self;
    /// Writes the value to a raw slot.
    fn store(self, store: &StoreOpaque) -> Result<ValRaw>;
}

macro_rules! wasm_ty {
    ($($t:ty => $vt:ident, $load:expr, $store:expr;)*) => {$(
        impl WasmTy for $t {
            fn valtype() -> crate::ValType {
                crate::ValType::$vt
            }
            fn load(_store: &mut StoreOpaque, raw: ValRaw) -> Self {
                let f: fn(ValRaw) -> $t = $load;
                f(raw)
            }
            fn store(self, _store: &StoreOpaque) -> Result<ValRaw> {
                let f: fn($t) -> ValRaw = $store;
                Ok(f(self))
            }
        }
    )*};
}

wasm_ty! {
    i32 => I32, |r| r.get_i32(), ValRaw::i32;
    u32 => I32, |r| r.get_i32() as u32, |v| ValRaw::i32(v as i32);
    i64 => I64, |r| r.get_i64(), ValRaw::i64;
    u64 => I64, |r| r.get_i64() as u64, |v| ValRaw::i64(v as i64);
    f32 => F32, |r| f32::from_bits(r.get_f32()), |v| ValRaw::f32(v.to_bits());
    f64 => F64, |r| f64::from_bits(r.get_f64()), |v| ValRaw::f64(v.to_bits());
    u128 => V128, |r| r.get_u128(), ValRaw::u128;
    crate::V128 => V128, |r| r.get_u128().into(), |v| ValRaw::u128(v.as_u128());
}

impl WasmTy for Option<Func> {
    fn valtype() -> crate::ValType {
        crate::ValType::FUNCREF
    }
    fn load(store: &mut StoreOpaque, raw: ValRaw) -> Self {
        match crate::values::Ref::from_raw(store, crate::RefType::Func, raw.get_reference()) {
            crate::values::Ref::Func(f) => f,
            crate::values::Ref::Extern(_) => None,
        }
    }
    fn store(self, store: &StoreOpaque) -> Result<ValRaw> {
        Ok(ValRaw::reference(
            crate::values::Ref::Func(self).to_raw(store)?,
        ))
    }
}

impl WasmTy for Option<crate::ExternRef> {
    fn valtype() -> crate::ValType {
        crate::ValType::EXTERNREF
    }
    fn load(store: &mut StoreOpaque, raw: ValRaw) -> Self {
        match crate::values::Ref::from_raw(store, crate::RefType::Extern, raw.get_reference()) {
            crate::values::Ref::Extern(e) => e,
            crate::values::Ref::Func(_) => None,
        }
    }
    fn store(self, store: &StoreOpaque) -> Result<ValRaw> {
        Ok(ValRaw::reference(
            crate::values::Ref::Extern(self).to_raw(store)?,
        ))
    }
}

/// A list of wasm-typed values: the parameters or results of a typed function.
pub trait WasmList: Send + Sized + 'static {
    /// Number of values.
    const LEN: usize;
    /// Their types.
    fn valtypes() -> Vec<crate::ValType>;
    /// Writes them to raw slots.
    fn store_all(self, store: &StoreOpaque, raw: &mut [ValRaw]) -> Result<()>;
    /// Reads them from raw slots.
    fn load_all(store: &mut StoreOpaque, raw: &[ValRaw]) -> Self;
}

/// The parameters of a typed function.
pub trait WasmParams: WasmList {}
impl<T: WasmList> WasmParams for T {}
/// The results of a typed function.
pub trait WasmResults: WasmList {}
impl<T: WasmList> WasmResults for T {}

impl<T: WasmTy> WasmList for T {
    const LEN: usize = 1;
    fn valtypes() -> Vec<crate::ValType> {
        vec![T::valtype()]
    }
    fn store_all(self, store: &StoreOpaque, raw: &mut [ValRaw]) -> Result<()> {
        raw[0] = self.store(store)?;
        Ok(())
    }
    fn load_all(store: &mut StoreOpaque, raw: &[ValRaw]) -> Self {
        T::load(store, raw[0])
    }
}

macro_rules! wasm_list_tuple {
    ($n:expr; $($t:ident $i:tt),*) => {
        impl<$($t: WasmTy),*> WasmList for ($($t,)*) {
            const LEN: usize = $n;
            fn valtypes() -> Vec<crate::ValType> {
                vec![$($t::valtype()),*]
            }
            #[allow(unused_variables)]
            fn store_all(self, store: &StoreOpaque, raw: &mut [ValRaw]) -> Result<()> {
                $(raw[$i] = self.$i.store(store)?;)*
                Ok(())
            }
            #[allow(unused_variables, clippy::unused_unit)]
            fn load_all(store: &mut StoreOpaque, raw: &[ValRaw]) -> Self {
                ($($t::load(store, raw[$i]),)*)
            }
        }
    };
}

wasm_list_tuple!(0;);
wasm_list_tuple!(1; A 0);
wasm_list_tuple!(2; A 0, B 1);
wasm_list_tuple!(3; A 0, B 1, C 2);
wasm_list_tuple!(4; A 0, B 1, C 2, D 3);
wasm_list_tuple!(5; A 0, B 1, C 2, D 3, E 4);
wasm_list_tuple!(6; A 0, B 1, C 2, D 3, E 4, F 5);
wasm_list_tuple!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
wasm_list_tuple!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
wasm_list_tuple!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
wasm_list_tuple!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
wasm_list_tuple!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
wasm_list_tuple!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// What a host function closure may return: results, or results or an error.
pub trait WasmRet: 'static {
    /// The results' list type.
    type List: WasmList;
    /// Converts to a result.
    fn into_result(self) -> Result<Self::List>;
}

impl<T: WasmList> WasmRet for T {
    type List = T;
    fn into_result(self) -> Result<T> {
        Ok(self)
    }
}

impl<T: WasmList> WasmRet for Result<T> {
    type List = T;
    fn into_result(self) -> Result<T> {
        self
    }
}

/// A closure that can become a host function.
pub trait IntoFunc<T, Params, Results>: Send + Sync + 'static {
    #[doc(hidden)]
    fn into_host_fn(self) -> (FuncType, HostFn<T>);
}

macro_rules! into_func {
    ($($a:ident $i:tt),*) => {
        impl<T: 'static, F, R, $($a: WasmTy),*> IntoFunc<T, ($($a,)*), R> for F
        where
            F: Fn($($a),*) -> R + Send + Sync + 'static,
            R: WasmRet,
        {
            fn into_host_fn(self) -> (FuncType, HostFn<T>) {
                let ty = FuncType::new(vec![$($a::valtype()),*], R::List::valtypes());
                let f = Arc::new(move |store: &mut StoreInner<T>, _caller: Option<usize>, raw: &mut [ValRaw]| -> Result<()> {
                    $(#[allow(non_snake_case)] let $a = $a::load(&mut store.opaque, raw[$i]);)*
                    let r = (self)($($a),*).into_result()?;
                    r.store_all(&store.opaque, raw)
                });
                (ty, f)
            }
        }

        impl<T: 'static, F, R, $($a: WasmTy),*> IntoFunc<T, (Caller<'static, T>, $($a,)*), R> for F
        where
            F: Fn(Caller<'_, T>, $($a),*) -> R + Send + Sync + 'static,
            R: WasmRet,
        {
            fn into_host_fn(self) -> (FuncType, HostFn<T>) {
                let ty = FuncType::new(vec![$($a::valtype()),*], R::List::valtypes());
                let f = Arc::new(move |store: &mut StoreInner<T>, caller: Option<usize>, raw: &mut [ValRaw]| -> Result<()> {
                    $(#[allow(non_snake_case)] let $a = $a::load(&mut store.opaque, raw[$i]);)*
                    let r = (self)(Caller { store: &mut *store, caller }, $($a),*).into_result()?;
                    r.store_all(&store.opaque, raw)
                });
                (ty, f)
            }
        }
    };
}

into_func!();
into_func!(A1 0);
into_func!(A1 0, A2 1);
into_func!(A1 0, A2 1, A3 2);
into_func!(A1 0, A2 1, A3 2, A4 3);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6, A8 7);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6, A8 7, A9 8);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6, A8 7, A9 8, A10 9);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6, A8 7, A9 8, A10 9, A11 10);
into_func!(A1 0, A2 1, A3 2, A4 3, A5 4, A6 5, A7 6, A8 7, A9 8, A10 9, A11 10, A12 11);
