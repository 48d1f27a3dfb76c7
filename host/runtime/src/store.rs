//! Stores: the owners of all runtime state of instances, functions, memories and tables.

use crate::engine::Engine;
use crate::types::{FuncType, GlobalType, MemoryType, TableType};
use crate::vm::{self, FuncRefPtr, GlobalPtr, HostFuncContext, VMGlobalDefinition, VMStoreContext};
use anyhow::{Result, bail};
use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};

/// Decides whether memories and tables of a store may grow.
pub trait ResourceLimiter {
    /// A memory wants to grow from `current` to `desired` bytes (`maximum` if bounded).
    /// Return `false` to make the growth fail.
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool;
    /// A table wants to grow from `current` to `desired` elements.
    fn table_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> bool;
}

/// A [`ResourceLimiter`] with fixed bounds, built with [`StoreLimitsBuilder`].
#[derive(Clone, Debug, Default)]
pub struct StoreLimits {
    memory_size: Option<usize>,
    table_elements: Option<usize>,
}

/// Builds [`StoreLimits`].
#[derive(Clone, Debug, Default)]
pub struct StoreLimitsBuilder(StoreLimits);

impl StoreLimitsBuilder {
    /// No limits.
    pub fn new() -> StoreLimitsBuilder {
        StoreLimitsBuilder::default()
    }
    /// The most bytes any one memory may have.
    pub fn memory_size(mut self, bytes: usize) -> Self {
        self.0.memory_size = Some(bytes);
        self
    }
    /// The most elements any one table may have.
    pub fn table_elements(mut self, elements: usize) -> Self {
        self.0.table_elements = Some(elements);
        self
    }
    /// The limits.
    pub fn build(self) -> StoreLimits {
        self.0
    }
}

impl ResourceLimiter for StoreLimits {
    fn memory_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> bool {
        self.memory_size.is_none_or(|m| desired <= m)
    }
    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> bool {
        self.table_elements.is_none_or(|m| desired <= m)
    }
}

pub(crate) struct FuncData {
    pub(crate) func_ref: FuncRefPtr,
    pub(crate) ty: FuncType,
    pub(crate) sig: u32,
    /// Index into `host_funcs` for host functions.
    pub(crate) host: Option<usize>,
    /// The entry trampoline, once looked up.
    pub(crate) array_to_wasm: Option<vm::ArrayToWasm>,
}

pub(crate) struct InstanceData {
    pub(crate) vm: Box<vm::Instance>,
    /// The funcref of each function of the index space.
    pub(crate) func_refs: Vec<FuncRefPtr>,
    /// Store indices of the memory, table and global index spaces.
    pub(crate) memories: Vec<usize>,
    pub(crate) tables: Vec<usize>,
    pub(crate) globals: Vec<usize>,
}

pub(crate) struct GlobalData {
    pub(crate) ptr: GlobalPtr,
    pub(crate) ty: GlobalType,
}

/// The part of a store that does not depend on its user data.
pub struct StoreOpaque {
    pub(crate) engine: Engine,
    pub(crate) id: u64,
    pub(crate) vm_ctx: Box<VMStoreContext>,
    pub(crate) instances: Vec<InstanceData>,
    pub(crate) funcs: Vec<FuncData>,
    pub(crate) func_by_ptr: HashMap<u64, usize>,
    /// Instances by the address of their `VMContext`, to check funcref bits.
    pub(crate) instance_by_vmctx: BTreeMap<u64, usize>,
    #[expect(
        clippy::vec_box,
        reason = "compiled code holds pointers to the boxed contexts"
    )]
    pub(crate) host_funcs: Vec<Box<HostFuncContext>>,
    #[expect(
        clippy::vec_box,
        reason = "compiled code holds pointers to the boxed contexts"
    )]
    pub(crate) adapters: Vec<Box<vm::AdapterContext>>,
    pub(crate) memories: Vec<(Box<vm::Memory>, MemoryType)>,
    pub(crate) tables: Vec<(Box<vm::Table>, TableType)>,
    pub(crate) globals: Vec<GlobalData>,
    #[expect(
        clippy::vec_box,
        reason = "compiled code holds pointers to the boxed globals"
    )]
    pub(crate) owned_globals: Vec<Box<VMGlobalDefinition>>,
    pub(crate) externrefs: Vec<Box<dyn Any + Send + Sync>>,
    pub(crate) limiter: Option<Box<dyn ResourceLimiter + Send + Sync>>,
}

/// The contents of a [`Store`]: the runtime state, then the user's data.
#[repr(C)]
pub struct StoreInner<T> {
    pub(crate) opaque: StoreOpaque,
    pub(crate) data: T,
}

/// A collection of instances and the host state they run with.
///
/// Everything created in a store (instances, functions, memories...) lives as long as the
/// store and can only be used with it.
///
/// ```
/// let engine = wicker::Engine::default();
/// let mut store = wicker::Store::new(&engine, 42u32);
/// assert_eq!(*store.data(), 42);
/// ```
pub struct Store<T> {
    inner: Box<StoreInner<T>>,
}

impl<T> std::fmt::Debug for Store<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("id", &self.inner.opaque.id)
            .finish_non_exhaustive()
    }
}

static NEXT_STORE_ID: AtomicU64 = AtomicU64::new(1);

impl<T> Store<T> {
    /// Creates a store holding `data`.
    pub fn new(engine: &Engine, data: T) -> Store<T> {
        let vm_ctx = Box::new(VMStoreContext::new(engine));
        Store {
            inner: Box::new(StoreInner {
                opaque: StoreOpaque {
                    engine: engine.clone(),
                    id: NEXT_STORE_ID.fetch_add(1, Ordering::Relaxed),
                    vm_ctx,
                    instances: Vec::new(),
                    funcs: Vec::new(),
                    func_by_ptr: HashMap::new(),
                    instance_by_vmctx: BTreeMap::new(),
                    host_funcs: Vec::new(),
                    adapters: Vec::new(),
                    memories: Vec::new(),
                    tables: Vec::new(),
                    globals: Vec::new(),
                    owned_globals: Vec::new(),
                    externrefs: Vec::new(),
                    limiter: None,
                },
                data,
            }),
        }
    }

    /// The user data.
    pub fn data(&self) -> &T {
        &self.inner.data
    }

    /// The user data, mutably.
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.inner.data
    }

    /// Consumes the store and returns its data.
    pub fn into_data(self) -> T {
        let inner = *self.inner;
        inner.data
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.inner.opaque.engine
    }

    /// Installs a limiter consulted whenever a memory or table is created or grows.
    pub fn limiter(&mut self, limiter: impl ResourceLimiter + Send + Sync + 'static) {
        self.inner.opaque.limiter = Some(Box::new(limiter));
    }

    /// Sets the fuel available to wasm code (requires [`Config::consume_fuel`](crate::Config::consume_fuel)).
    pub fn set_fuel(&mut self, fuel: u64) -> Result<()> {
        self.inner.opaque.set_fuel(fuel)
    }

    /// The fuel left.
    pub fn get_fuel(&self) -> Result<u64> {
        self.inner.opaque.get_fuel()
    }

    /// Interrupts wasm code once the engine's epoch has advanced `ticks` past the current one
    /// (requires [`Config::epoch_interruption`](crate::Config::epoch_interruption)).
    pub fn set_epoch_deadline(&mut self, ticks: u64) {
        self.inner.opaque.set_epoch_deadline(ticks);
    }
}

impl StoreOpaque {
    pub(crate) fn check(&self, id: u64) -> Result<()> {
        if id != self.id {
            bail!("object used with the wrong store");
        }
        Ok(())
    }

    pub(crate) fn set_fuel(&mut self, fuel: u64) -> Result<()> {
        if !self.engine.0.config.consume_fuel {
            bail!("fuel is not configured in this store");
        }
        self.vm_ctx
            .set_fuel_consumed(-(fuel.min(i64::MAX as u64) as i64));
        Ok(())
    }

    pub(crate) fn get_fuel(&self) -> Result<u64> {
        if !self.engine.0.config.consume_fuel {
            bail!("fuel is not configured in this store");
        }
        Ok((-self.vm_ctx.fuel_consumed()).max(0) as u64)
    }

    pub(crate) fn set_epoch_deadline(&mut self, ticks: u64) {
        self.vm_ctx
            .set_epoch_deadline(self.engine.current_epoch().saturating_add(ticks));
    }

    /// Called when fuel ran out: whether execution may continue.
    pub(crate) fn refuel(&mut self) -> bool {
        self.vm_ctx.fuel_consumed() < 0
    }

    /// Called when the epoch check fired: whether to interrupt.
    pub(crate) fn epoch_deadline_reached(&mut self) -> bool {
        self.engine.current_epoch() >= self.vm_ctx.epoch_deadline()
    }

    /// Asks the limiter whether a memory may grow from `current_pages` to
    /// `desired_pages` pages of `1 << page_size_log2` bytes, its maximum being `max_pages`.
    pub(crate) fn memory_growing(
        &mut self,
        current_pages: u64,
        desired_pages: u64,
        max_pages: u64,
        page_size_log2: u8,
    ) -> bool {
        match &mut self.limiter {
            None => true,
            Some(l) => {
                let bytes = |pages: u64| {
                    usize::try_from(pages.saturating_mul(1 << page_size_log2)).unwrap_or(usize::MAX)
                };
                l.memory_growing(
                    bytes(current_pages),
                    bytes(desired_pages),
                    Some(bytes(max_pages)),
                )
            }
        }
    }

    pub(crate) fn table_growing(&mut self, current: u64, desired: u64) -> bool {
        match &mut self.limiter {
            None => true,
            Some(l) => l.table_growing(current as usize, desired as usize, None),
        }
    }

    pub(crate) fn host_func_context(&self, index: usize) -> &HostFuncContext {
        &self.host_funcs[index]
    }

    /// The store index of the function a non-null funcref points to, registering it if new.
    /// The store's function for the non-null funcref bits `raw`, as wasm code or a table of
    /// this store holds them.
    ///
    /// The bits are checked, not trusted: they must be a host function of the store or a
    /// defined function of one of its instances. Anything else is a bug in the runtime (wasm
    /// cannot make up a funcref), reported by a panic rather than followed.
    pub(crate) fn func_from_raw(&mut self, raw: u64) -> usize {
        if let Some(i) = self.func_by_ptr.get(&raw) {
            return *i;
        }
        let ptr = self
            .instance_by_vmctx
            .range(..=raw)
            .next_back()
            .and_then(|(_, i)| self.instances[*i].vm.func_ref_from_raw(raw))
            .expect("funcref bits that are no function of this store");
        self.func_from_ptr(ptr)
    }

    pub(crate) fn func_from_ptr(&mut self, ptr: FuncRefPtr) -> usize {
        if let Some(i) = self.func_by_ptr.get(&ptr.to_raw()) {
            return *i;
        }
        let sig = ptr.type_index();
        let ty = FuncType::from_wasm(self.engine.signature_type(sig));
        self.push_func(FuncData {
            func_ref: ptr,
            ty,
            sig,
            host: None,
            array_to_wasm: None,
        })
    }

    pub(crate) fn push_func(&mut self, data: FuncData) -> usize {
        let i = self.funcs.len();
        self.func_by_ptr.insert(data.func_ref.to_raw(), i);
        self.funcs.push(data);
        i
    }
}

/// Read access to a store, by any of the types that stand for one.
pub trait AsContext {
    /// The store's user data type.
    type Data;
    /// A shared view of the store.
    fn as_context(&self) -> StoreContext<'_, Self::Data>;
}

/// Write access to a store, by any of the types that stand for one.
pub trait AsContextMut: AsContext {
    /// An exclusive view of the store.
    fn as_context_mut(&mut self) -> StoreContextMut<'_, Self::Data>;
}

/// A shared view of a store.
pub struct StoreContext<'a, T>(pub(crate) &'a StoreInner<T>);

/// An exclusive view of a store.
pub struct StoreContextMut<'a, T>(pub(crate) &'a mut StoreInner<T>);

impl<T> StoreContext<'_, T> {
    /// The user data.
    pub fn data(&self) -> &T {
        &self.0.data
    }
}

impl<T> StoreContextMut<'_, T> {
    /// The user data.
    pub fn data(&self) -> &T {
        &self.0.data
    }
    /// The user data, mutably.
    pub fn data_mut(&mut self) -> &mut T {
        &mut self.0.data
    }
}

impl<'a, T> From<&'a mut Store<T>> for StoreContextMut<'a, T> {
    fn from(s: &'a mut Store<T>) -> Self {
        StoreContextMut(&mut s.inner)
    }
}

impl<'a, T> From<&'a mut crate::Caller<'_, T>> for StoreContextMut<'a, T> {
    fn from(c: &'a mut crate::Caller<'_, T>) -> Self {
        StoreContextMut(c.store)
    }
}

impl<'a, T> From<&'a StoreContextMut<'_, T>> for StoreContext<'a, T> {
    fn from(s: &'a StoreContextMut<'_, T>) -> Self {
        StoreContext(s.0)
    }
}

impl<'a, T> From<&'a mut StoreContextMut<'_, T>> for StoreContext<'a, T> {
    fn from(s: &'a mut StoreContextMut<'_, T>) -> Self {
        StoreContext(s.0)
    }
}

impl<'a, T> From<&'a crate::Caller<'_, T>> for StoreContext<'a, T> {
    fn from(c: &'a crate::Caller<'_, T>) -> Self {
        StoreContext(c.store)
    }
}

impl<T> AsContext for Store<T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(&self.inner)
    }
}
impl<T> AsContextMut for Store<T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut(&mut self.inner)
    }
}
impl<T> AsContext for StoreContext<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(self.0)
    }
}
impl<T> AsContext for StoreContextMut<'_, T> {
    type Data = T;
    fn as_context(&self) -> StoreContext<'_, T> {
        StoreContext(self.0)
    }
}
impl<T> AsContextMut for StoreContextMut<'_, T> {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, T> {
        StoreContextMut(self.0)
    }
}
impl<S: AsContext + ?Sized> AsContext for &S {
    type Data = S::Data;
    fn as_context(&self) -> StoreContext<'_, S::Data> {
        (**self).as_context()
    }
}
impl<S: AsContext + ?Sized> AsContext for &mut S {
    type Data = S::Data;
    fn as_context(&self) -> StoreContext<'_, S::Data> {
        (**self).as_context()
    }
}
impl<S: AsContextMut + ?Sized> AsContextMut for &mut S {
    fn as_context_mut(&mut self) -> StoreContextMut<'_, S::Data> {
        (**self).as_context_mut()
    }
}
