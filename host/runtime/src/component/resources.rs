//! Resource types and handles at run time, and the per-instance state that tracks them.

use super::handle_table::{CallScope, Dropped, HandleTable, ResourceTypeId};
use super::resource_table::Resource;
use crate::store::{AsContextMut, StoreContextMut};
use crate::vm::VMComponentFlags;
use anyhow::{Result, bail};
use std::any::{Any, TypeId};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use wicker_environ::component::TypeResourceTableIndex;

/// A host resource destructor, type-erased over the store's data type.
pub(crate) type HostDtor<T> = dyn Fn(StoreContextMut<'_, T>, u32) -> Result<()> + Send + Sync;

/// A resource type at run time: one per host type, one per instance of each guest
/// `(type (resource ...))` definition.
#[derive(Clone)]
pub struct ResourceType(pub(crate) Arc<ResourceTypeInner>);

pub(crate) struct ResourceTypeInner {
    pub(crate) id: ResourceTypeId,
    /// The guest destructor, for a guest-defined type.
    pub(crate) dtor: Option<crate::Func>,
    /// The instance that defined a guest type.
    pub(crate) owner: Option<Arc<InstanceState>>,
    /// The host destructor (an `Arc<HostDtor<T>>`), for a host type given one.
    pub(crate) host_dtor: Option<Arc<dyn Any + Send + Sync>>,
}

impl ResourceType {
    /// The resource type of the host type `U`.
    pub fn host<U: 'static>() -> ResourceType {
        ResourceType(Arc::new(ResourceTypeInner {
            id: ResourceTypeId::Host(TypeId::of::<U>()),
            dtor: None,
            owner: None,
            host_dtor: None,
        }))
    }

    pub(crate) fn host_with_dtor<T: 'static, U: 'static>(
        dtor: impl Fn(StoreContextMut<'_, T>, u32) -> Result<()> + Send + Sync + 'static,
    ) -> ResourceType {
        let dtor: Arc<HostDtor<T>> = Arc::new(dtor);
        ResourceType(Arc::new(ResourceTypeInner {
            id: ResourceTypeId::Host(TypeId::of::<U>()),
            dtor: None,
            owner: None,
            host_dtor: Some(Arc::new(dtor)),
        }))
    }

    pub(crate) fn guest(
        owner: &Arc<InstanceState>,
        index: u32,
        dtor: Option<crate::Func>,
    ) -> ResourceType {
        ResourceType(Arc::new(ResourceTypeInner {
            id: ResourceTypeId::Guest(owner.id, index),
            dtor,
            owner: Some(owner.clone()),
            host_dtor: None,
        }))
    }

    pub(crate) fn id(&self) -> ResourceTypeId {
        self.0.id
    }

    /// Runs the destructor of the resource `rep` of this type, if it has one. `from` is the
    /// instance dropping it, if a guest: running the destructor enters the defining
    /// instance unless that is the one dropping.
    pub(crate) fn destroy<T: 'static>(
        &self,
        mut store: StoreContextMut<'_, T>,
        rep: u32,
        from: Option<&InstanceState>,
    ) -> Result<()> {
        if let Some(dtor) = &self.0.dtor {
            if let Some(owner) = &self.0.owner
                && from.map(|f| f.id) != Some(owner.id)
                && !owner.may_enter()
            {
                bail!("cannot enter component instance");
            }
            dtor.call(&mut store, &[crate::Val::I32(rep as i32)], &mut [])?;
        } else if let Some(host) = &self.0.host_dtor {
            let Some(f) = host.downcast_ref::<Arc<HostDtor<T>>>() else {
                bail!("resource destructor defined for another store data type");
            };
            f(store, rep)?;
        }
        Ok(())
    }
}

impl PartialEq for ResourceType {
    fn eq(&self, other: &Self) -> bool {
        self.0.id == other.0.id
    }
}

impl Eq for ResourceType {}

impl fmt::Debug for ResourceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.id {
            ResourceTypeId::Host(_) => f.write_str("ResourceType(host)"),
            ResourceTypeId::Guest(i, t) => write!(f, "ResourceType(instance {i}, type {t})"),
        }
    }
}

/// A resource handle of any type, owned or borrowed, as the dynamic API passes it.
///
/// An owned handle taken out of a guest must be given back to a guest or dropped with
/// [`ResourceAny::resource_drop`], which runs the resource's destructor.
#[derive(Clone, Debug, PartialEq)]
pub struct ResourceAny {
    pub(crate) ty: ResourceType,
    pub(crate) rep: u32,
    pub(crate) own: bool,
}

impl ResourceAny {
    /// The resource's type.
    pub fn ty(&self) -> ResourceType {
        self.ty.clone()
    }

    /// Whether this handle owns the resource.
    pub fn owned(&self) -> bool {
        self.own
    }

    /// Drops an owned handle, running the resource's destructor; a borrow is simply let go.
    pub fn resource_drop<T: 'static>(self, mut store: impl AsContextMut<Data = T>) -> Result<()> {
        if self.own {
            self.ty.destroy(store.as_context_mut(), self.rep, None)?;
        }
        Ok(())
    }

    /// A handle to the host resource `r`.
    pub fn try_from_resource<U: 'static>(r: Resource<U>) -> ResourceAny {
        ResourceAny {
            ty: ResourceType::host::<U>(),
            rep: r.rep(),
            own: r.owned(),
        }
    }

    /// The host resource this handle names, if it is of type `U`.
    pub fn try_into_resource<U: 'static>(&self) -> Result<Resource<U>> {
        if self.ty.id() != ResourceTypeId::Host(TypeId::of::<U>()) {
            bail!(
                "handle of {:?} used as a `{}`",
                self.ty,
                std::any::type_name::<U>()
            );
        }
        Ok(if self.own {
            Resource::new_own(self.rep)
        } else {
            Resource::new_borrow(self.rep)
        })
    }
}

// 64 bits: a counter that wrapped would give two live instances the same identity.
static NEXT_INSTANCE_ID: AtomicU64 = AtomicU64::new(1);

/// The run-time state of one component instance: its handle table, the calls into it that
/// are under way, and the flags the Canonical ABI checks on entry and exit.
pub(crate) struct InstanceState {
    pub(crate) id: u64,
    inner: Mutex<StateInner>,
    /// Busy while the instance runs an export (it may not be re-entered); unable to leave
    /// while it may not call out (post-return, realloc). Fused adapters read and write
    /// them too.
    pub(crate) flags: Arc<VMComponentFlags>,
}

pub(crate) struct StateInner {
    pub(crate) table: HandleTable,
    /// Calls into this instance, innermost last.
    pub(crate) scopes: Vec<CallScope>,
}

impl InstanceState {
    /// The state of a new instance whose handle table holds at most `max_handles`.
    pub(crate) fn new(max_handles: usize) -> Arc<InstanceState> {
        Arc::new(InstanceState {
            id: NEXT_INSTANCE_ID.fetch_add(1, Ordering::Relaxed),
            inner: Mutex::new(StateInner {
                table: HandleTable::with_limit(max_handles),
                scopes: Vec::new(),
            }),
            flags: Arc::new(VMComponentFlags::default()),
        })
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, StateInner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn may_enter(&self) -> bool {
        !self.flags.busy()
    }

    pub(crate) fn may_leave(&self) -> bool {
        !self.flags.no_leave()
    }

    /// `canon resource.drop` of handle `i`; returns the representation to destroy, if any.
    pub(crate) fn resource_drop(&self, ty: ResourceTypeId, i: u32) -> Result<Option<u32>> {
        let mut s = self.lock();
        let StateInner { table, scopes, .. } = &mut *s;
        Ok(match table.resource_drop(ty, i, scopes)? {
            Dropped::Own(rep) => Some(rep),
            Dropped::Borrow => None,
        })
    }
}

/// How lifting and lowering reach resource handles: the instance's table, the resource
/// types of the function's type, and the call's borrow bookkeeping.
pub(crate) struct ResourceCx<'a> {
    pub(crate) state: &'a InstanceState,
    pub(crate) types: &'a [Option<ResourceType>],
    /// The outgoing call's scope, for borrows lifted out of this instance.
    pub(crate) lent: Mutex<CallScope>,
    /// For a call into this instance: the index of its scope in the instance's stack.
    pub(crate) incoming: Option<usize>,
}

impl<'a> ResourceCx<'a> {
    pub(crate) fn new(
        state: &'a InstanceState,
        types: &'a [Option<ResourceType>],
        incoming: Option<usize>,
    ) -> ResourceCx<'a> {
        ResourceCx {
            state,
            types,
            lent: Mutex::new(CallScope::default()),
            incoming,
        }
    }

    fn ty(&self, t: TypeResourceTableIndex) -> Result<&ResourceType> {
        match self.types.get(t.as_u32() as usize) {
            Some(Some(ty)) => Ok(ty),
            _ => bail!("resource type unknown to this instance"),
        }
    }

    pub(crate) fn lift_own(&self, t: TypeResourceTableIndex, i: u32) -> Result<ResourceAny> {
        let ty = self.ty(t)?;
        let rep = self.state.lock().table.lift_own(ty.id(), i)?;
        Ok(ResourceAny {
            ty: ty.clone(),
            rep,
            own: true,
        })
    }

    pub(crate) fn lift_borrow(&self, t: TypeResourceTableIndex, i: u32) -> Result<ResourceAny> {
        let ty = self.ty(t)?;
        let mut lent = self.lent.lock().unwrap_or_else(|e| e.into_inner());
        let rep = self.state.lock().table.lift_borrow(ty.id(), i, &mut lent)?;
        Ok(ResourceAny {
            ty: ty.clone(),
            rep,
            own: false,
        })
    }

    fn check(&self, t: TypeResourceTableIndex, r: &ResourceAny) -> Result<ResourceTypeId> {
        let ty = self.ty(t)?;
        if *ty != r.ty {
            bail!(
                "mismatched resource types: expected {ty:?}, found {:?}",
                r.ty
            );
        }
        Ok(ty.id())
    }

    pub(crate) fn lower_own(&self, t: TypeResourceTableIndex, r: &ResourceAny) -> Result<u32> {
        let id = self.check(t, r)?;
        if !r.own {
            bail!("cannot lower a borrowed resource as `own`");
        }
        self.state.lock().table.lower_own(id, r.rep)
    }

    pub(crate) fn lower_borrow(&self, t: TypeResourceTableIndex, r: &ResourceAny) -> Result<u32> {
        let id = self.check(t, r)?;
        let here = matches!(id, ResourceTypeId::Guest(owner, _) if owner == self.state.id);
        let mut s = self.state.lock();
        let StateInner { table, scopes, .. } = &mut *s;
        match self.incoming {
            Some(index) => {
                let scope = &mut scopes[index];
                table.lower_borrow(id, r.rep, here, index, scope)
            }
            None => bail!("a borrow cannot be returned"),
        }
    }

    /// Ends the outgoing call: the handles it borrowed are no longer lent.
    pub(crate) fn finish(&self) -> Result<()> {
        let lent = std::mem::take(&mut *self.lent.lock().unwrap_or_else(|e| e.into_inner()));
        self.state.lock().table.end_call(lent)
    }
}
