//! Options, results and the unit type: variants with a discriminant and a payload.

use super::*;
use crate::component::lift::{FlatIter, load_int};
use crate::component::lower::store_int;
use anyhow::{Result, bail};
use wicker_environ::component::{ComponentTypes, InterfaceType};

/// Lowers a variant case flat: the discriminant, the payload, zeros up to the type's width.
pub(crate) fn lower_case_dyn(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    payload: Option<(&dyn LowerDyn, InterfaceType)>,
    out: &mut Vec<u64>,
) -> Result<()> {
    let width = cx
        .types()
        .abi(ty)
        .flat_count
        .ok_or_else(|| anyhow::anyhow!("type too large to lower flat"))?;
    let start = out.len();
    out.push(u64::from(index));
    if let Some((v, t)) = payload {
        v.lower_dyn(cx, t, out)?;
    }
    out.resize(start + usize::from(width), 0);
    Ok(())
}

pub(crate) fn store_case_dyn(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    payload: Option<(&dyn LowerDyn, InterfaceType)>,
    ptr: u32,
) -> Result<()> {
    let info = variant_info(cx.types(), ty);
    store_int(cx.mem, ptr, info.discriminant.bytes(), u64::from(index))?;
    if let Some((v, t)) = payload {
        v.store_dyn(cx, t, ptr + info.payload_offset32)?;
    }
    Ok(())
}

pub(crate) fn variant_info(
    types: &ComponentTypes,
    ty: InterfaceType,
) -> wicker_environ::component::VariantInfo {
    match ty {
        InterfaceType::Option(i) => types.option(i).info,
        InterfaceType::Result(i) => types.result(i).info,
        InterfaceType::Variant(i) => types.variant(i).info,
        InterfaceType::Enum(i) => types.enum_(i).info,
        _ => unreachable!("only variant-like types have cases"),
    }
}

/// Object-safe lowering, for payloads of any type.
pub(crate) trait LowerDyn {
    fn lower_dyn(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()>;
    fn store_dyn(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()>;
}

impl<T: Lower> LowerDyn for T {
    fn lower_dyn(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        self.lower(cx, ty, out)
    }
    fn store_dyn(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        self.store(cx, ty, ptr)
    }
}

/// Reads a discriminant flat and checks it is below `cases`.
pub(crate) fn lift_discriminant(src: &mut FlatIter<'_>, cases: u32) -> Result<u32> {
    let d = src.next32()?;
    if d >= cases {
        bail!("invalid variant discriminant: {d}");
    }
    Ok(d)
}

pub(crate) fn load_discriminant(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    ptr: u32,
    cases: u32,
) -> Result<u32> {
    let info = variant_info(cx.types(), ty);
    let d = load_int(cx.memory()?, ptr, info.discriminant.bytes())? as u32;
    if d >= cases {
        bail!("invalid variant discriminant: {d}");
    }
    Ok(d)
}

/// Lifts a payload, then skips the rest of the variant's flat slots.
pub(crate) fn lift_case<P: Lift>(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    payload: Option<InterfaceType>,
    start: usize,
    src: &mut FlatIter<'_>,
) -> Result<Option<P>> {
    let width = cx
        .types()
        .abi(ty)
        .flat_count
        .ok_or_else(|| anyhow::anyhow!("type too large to lift flat"))?;
    let v = match payload {
        Some(t) => Some(P::lift(cx, t, src)?),
        None => None,
    };
    src.skip_to(start + usize::from(width))?;
    Ok(v)
}

impl<T: ComponentType> ComponentType for Option<T> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::Option(i) => T::typecheck(types.option(i).ty, types),
            _ => Err(mismatch::<Self>(ty, types)),
        }
    }
}

pub(crate) fn option_payload(ty: InterfaceType, types: &ComponentTypes) -> InterfaceType {
    match ty {
        InterfaceType::Option(i) => types.option(i).ty,
        _ => unreachable!("checked by typecheck"),
    }
}

impl<T: Lower> Lower for Option<T> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let p = option_payload(ty, cx.types());
        match self {
            None => lower_case_dyn(cx, ty, 0, None, out),
            Some(v) => lower_case_dyn(cx, ty, 1, Some((v, p)), out),
        }
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let p = option_payload(ty, cx.types());
        match self {
            None => store_case_dyn(cx, ty, 0, None, ptr),
            Some(v) => store_case_dyn(cx, ty, 1, Some((v, p)), ptr),
        }
    }
}

impl<T: Lift> Lift for Option<T> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let start = src.position();
        let p = option_payload(ty, cx.types());
        match lift_discriminant(src, 2)? {
            0 => lift_case::<T>(cx, ty, None, start, src),
            _ => lift_case::<T>(cx, ty, Some(p), start, src),
        }
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let p = option_payload(ty, cx.types());
        Ok(match load_discriminant(cx, ty, ptr, 2)? {
            0 => None,
            _ => {
                let off = variant_info(cx.types(), ty).payload_offset32;
                Some(T::load(cx, p, ptr + off)?)
            }
        })
    }
}

impl ComponentType for () {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::Tuple(i) if types.tuple(i).types.is_empty() => Ok(()),
            _ => Err(mismatch::<()>(ty, types)),
        }
    }
    fn typecheck_payload(ty: Option<InterfaceType>, types: &ComponentTypes) -> Result<()> {
        match ty {
            None => Ok(()),
            Some(t) => Self::typecheck(t, types),
        }
    }
}

impl Lower for () {
    fn lower(&self, _: &mut LowerContext<'_>, _: InterfaceType, _: &mut Vec<u64>) -> Result<()> {
        Ok(())
    }
    fn store(&self, _: &mut LowerContext<'_>, _: InterfaceType, _: u32) -> Result<()> {
        Ok(())
    }
}

impl Lift for () {
    fn absent() -> Result<Self> {
        Ok(())
    }
    fn lift(_: &LiftContext<'_>, _: InterfaceType, _: &mut FlatIter<'_>) -> Result<Self> {
        Ok(())
    }
    fn load(_: &LiftContext<'_>, _: InterfaceType, _: u32) -> Result<Self> {
        Ok(())
    }
}

pub(crate) fn result_cases(
    ty: InterfaceType,
    types: &ComponentTypes,
) -> (Option<InterfaceType>, Option<InterfaceType>) {
    match ty {
        InterfaceType::Result(i) => (types.result(i).ok, types.result(i).err),
        _ => unreachable!("checked by typecheck"),
    }
}

impl<T: ComponentType, E: ComponentType> ComponentType for Result<T, E> {
    fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
        match ty {
            InterfaceType::Result(i) => {
                let r = types.result(i);
                T::typecheck_payload(r.ok, types)?;
                E::typecheck_payload(r.err, types)
            }
            _ => Err(mismatch::<Self>(ty, types)),
        }
    }
}

impl<T: Lower, E: Lower> Lower for Result<T, E> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let (ok, err) = result_cases(ty, cx.types());
        match self {
            Ok(v) => lower_case_dyn(cx, ty, 0, ok.map(|t| (v as &dyn LowerDyn, t)), out),
            Err(v) => lower_case_dyn(cx, ty, 1, err.map(|t| (v as &dyn LowerDyn, t)), out),
        }
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        Self::typecheck(ty, cx.types())?;
        let (ok, err) = result_cases(ty, cx.types());
        match self {
            Ok(v) => store_case_dyn(cx, ty, 0, ok.map(|t| (v as &dyn LowerDyn, t)), ptr),
            Err(v) => store_case_dyn(cx, ty, 1, err.map(|t| (v as &dyn LowerDyn, t)), ptr),
        }
    }
}

/// A payload that may be absent from the type (only `()` stands for none).
pub(crate) fn payload_or_unit<P: Lift>(v: Option<P>, _: &LiftContext<'_>) -> Result<P> {
    match v {
        Some(v) => Ok(v),
        None => P::absent(),
    }
}

impl<T: Lift, E: Lift> Lift for Result<T, E> {
    fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let start = src.position();
        let (ok, err) = result_cases(ty, cx.types());
        Ok(match lift_discriminant(src, 2)? {
            0 => Ok(payload_or_unit(
                lift_case::<T>(cx, ty, ok, start, src)?,
                cx,
            )?),
            _ => Err(payload_or_unit(
                lift_case::<E>(cx, ty, err, start, src)?,
                cx,
            )?),
        })
    }
    fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
        Self::typecheck(ty, cx.types())?;
        let (ok, err) = result_cases(ty, cx.types());
        let off = variant_info(cx.types(), ty).payload_offset32;
        let load = |t: Option<InterfaceType>| t.map(|t| (t, ptr + off));
        Ok(match load_discriminant(cx, ty, ptr, 2)? {
            0 => Ok(match load(ok) {
                Some((t, p)) => T::load(cx, t, p)?,
                None => payload_or_unit(None, cx)?,
            }),
            _ => Err(match load(err) {
                Some((t, p)) => E::load(cx, t, p)?,
                None => payload_or_unit(None, cx)?,
            }),
        })
    }
}
