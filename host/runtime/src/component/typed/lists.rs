//! Lists: slices and vectors.

use super::*;
use crate::component::lift::{FlatIter, load_ptr_len};
use crate::component::lower::store_int;
use anyhow::Result;
use wicker_environ::component::{ComponentTypes, InterfaceType};

pub(crate) fn list_element(ty: InterfaceType, types: &ComponentTypes) -> Option<InterfaceType> {
    match ty {
        InterfaceType::List(i) => Some(types.list(i).element),
        _ => None,
    }
}

impl<T: ComponentType> ComponentType for [T] {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match list_element(ty, types) {
            Some(e) => T::typecheck(e, types),
            None => Err(mismatch::<[T]>(ty, types)),
        }
    }
}

impl<T: Lower + Sized> Lower for [T] {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<[T]>(ty, cx.types()))?;
        let (p, len) = T::store_list(self, cx, elem)?;
        out.extend([u64::from(p), u64::from(len)]);
        Ok(())
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<[T]>(ty, cx.types()))?;
        let (p, len) = T::store_list(self, cx, elem)?;
        store_int(cx.mem, ptr, 4, u64::from(p))?;
        store_int(cx.mem, ptr + 4, 4, u64::from(len))
    }
}

impl<T: ComponentType> ComponentType for Vec<T> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        <[T]>::typecheck(ty, types)
    }
}

impl<T: Lower> Lower for Vec<T> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        self.as_slice().lower(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        self.as_slice().store(cx, ty, ptr)
    }
}

impl<T: Lift> Lift for Vec<T> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<Self>(ty, cx.types()))?;
        let (p, len) = (src.next32()?, src.next32()?);
        T::load_list(cx, elem, p, len)
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        let elem = list_element(ty, cx.types()).ok_or_else(|| mismatch::<Self>(ty, cx.types()))?;
        let memory = cx.memory()?;
        let (p, len) = load_ptr_len(memory, ptr)?;
        T::load_list(cx, elem, p, len)
    }
}
