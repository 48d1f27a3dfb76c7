//! Resource handles, host and guest; dynamic values, which stand for any type.

use super::*;
use crate::component::lift::{FlatIter, load_int};
use crate::component::lower::store_int;
use crate::component::resource_table::Resource;
use crate::component::resources::ResourceAny;
use crate::component::val::Val;
use anyhow::Result;
use wicker_environ::component::{ComponentTypes, InterfaceType};

// Resource handles.

pub(crate) fn resource_check<R: ?Sized>(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
    match ty {
        InterfaceType::Own(_) | InterfaceType::Borrow(_) => Ok(()),
        _ => Err(mismatch::<R>(ty, types)),
    }
}

impl ComponentType for ResourceAny {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        resource_check::<Self>(ty, types)
    }
}

pub(crate) fn lower_handle(
    cx: &LowerContext<'_>,
    ty: InterfaceType,
    r: &ResourceAny,
) -> Result<u32> {
    match ty {
        InterfaceType::Own(t) => cx.opts.resources()?.lower_own(t, r),
        InterfaceType::Borrow(t) => cx.opts.resources()?.lower_borrow(t, r),
        _ => Err(mismatch::<ResourceAny>(ty, cx.types())),
    }
}

pub(crate) fn lift_handle(cx: &LiftContext<'_>, ty: InterfaceType, i: u32) -> Result<ResourceAny> {
    match ty {
        InterfaceType::Own(t) => cx.opts.resources()?.lift_own(t, i),
        InterfaceType::Borrow(t) => cx.opts.resources()?.lift_borrow(t, i),
        _ => Err(mismatch::<ResourceAny>(ty, cx.types())),
    }
}

impl Lower for ResourceAny {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        out.push(u64::from(lower_handle(cx, ty, self)?));
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        let i = lower_handle(cx, ty, self)?;
        store_int(cx.mem, ptr, 4, u64::from(i))
    }
}

impl Lift for ResourceAny {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        lift_handle(cx, ty, src.next32()?)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        lift_handle(cx, ty, load_int(cx.memory()?, ptr, 4)? as u32)
    }
}

impl<U: 'static> ComponentType for Resource<U> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        resource_check::<Self>(ty, types)
    }
}

pub(crate) fn host_handle<U: 'static>(r: &Resource<U>) -> ResourceAny {
    ResourceAny {
        ty: crate::component::resources::ResourceType::host::<U>(),
        rep: r.rep(),
        own: r.owned(),
    }
}

impl<U: 'static> Lower for Resource<U> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        host_handle(self).lower(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        host_handle(self).store(cx, ty, ptr)
    }
}

impl<U: 'static> Lift for Resource<U> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        ResourceAny::lift(cx, ty, src)?.try_into_resource()
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        ResourceAny::load(cx, ty, ptr)?.try_into_resource()
    }
}

// Dynamic values stand for any type.

impl ComponentType for Val {
    fn typecheck(_: InterfaceType, _: &ComponentTypes) -> Result<()> {
        Ok(())
    }
}

impl Lower for Val {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        crate::component::lower::lower_flat(cx.opts, cx.mem, ty, self, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        crate::component::lower::store(cx.opts, cx.mem, ty, self, ptr)
    }
}

impl Lift for Val {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        crate::component::lift::lift_flat(cx.opts, cx.memory, ty, src)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        crate::component::lift::load(cx.opts, cx.memory()?, ty, ptr)
    }
}
