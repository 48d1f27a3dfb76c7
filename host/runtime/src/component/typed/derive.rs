//! Helpers for derived implementations (records, variants, enums, flags, tuple
//! structs), named through `wicker::component::__internal`.

use super::*;
use crate::component::lift::{FlatIter, load_int};
use crate::component::lower::store_int;
use anyhow::{Result, bail};
use wicker_environ::component::{ComponentTypes, InterfaceType};

/// A type check of one field or payload type.
pub type TypeCheckFn = fn(InterfaceType, &ComponentTypes) -> Result<()>;

pub(crate) fn type_error<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    why: String,
) -> anyhow::Error {
    anyhow::anyhow!(
        "type mismatch: expected `{}`, found Rust type `{}`: {why}",
        type_name(types, ty),
        std::any::type_name::<R>()
    )
}

/// Checks a record type: field names in order and each field's type.
pub fn typecheck_record<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    fields: &[(&str, TypeCheckFn)],
) -> Result<()> {
    let InterfaceType::Record(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let record = types.record(i);
    if record.fields.len() != fields.len() {
        let why = format!("{} fields, not {}", record.fields.len(), fields.len());
        return Err(type_error::<R>(ty, types, why));
    }
    for (f, (name, check)) in record.fields.iter().zip(fields) {
        if f.name != *name {
            let why = format!("field `{}` where the Rust type has `{name}`", f.name);
            return Err(type_error::<R>(ty, types, why));
        }
        check(f.ty, types)?;
    }
    Ok(())
}

/// Checks a variant type: case names in order, and each payload's presence and type.
pub fn typecheck_variant<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    cases: &[(&str, Option<TypeCheckFn>)],
) -> Result<()> {
    let InterfaceType::Variant(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let variant = types.variant(i);
    if variant.cases.len() != cases.len() {
        let why = format!("{} cases, not {}", variant.cases.len(), cases.len());
        return Err(type_error::<R>(ty, types, why));
    }
    for (c, (name, check)) in variant.cases.iter().zip(cases) {
        if c.name != *name {
            let why = format!("case `{}` where the Rust type has `{name}`", c.name);
            return Err(type_error::<R>(ty, types, why));
        }
        match (c.ty, check) {
            (Some(t), Some(check)) => check(t, types)?,
            (None, None) => {}
            _ => {
                let why = format!("case `{name}` differs in having a payload");
                return Err(type_error::<R>(ty, types, why));
            }
        }
    }
    Ok(())
}

/// Checks an enum type: its case names in order.
pub fn typecheck_enum<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    names: &[&str],
) -> Result<()> {
    let InterfaceType::Enum(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let have = &types.enum_(i).names;
    if have.len() != names.len() || have.iter().zip(names).any(|(a, b)| a != b) {
        let why = format!("cases {:?}, not {names:?}", have);
        return Err(type_error::<R>(ty, types, why));
    }
    Ok(())
}

/// The field types of a record type.
pub fn record_fields(ty: InterfaceType, types: &ComponentTypes) -> Result<Vec<InterfaceType>> {
    match ty {
        InterfaceType::Record(i) => Ok(types.record(i).fields.iter().map(|f| f.ty).collect()),
        _ => bail!("expected a record type"),
    }
}

/// Where the fields of a record stored at `ptr` start.
pub fn record_offsets(ty: InterfaceType, types: &ComponentTypes, ptr: u32) -> Result<Vec<u32>> {
    field_offsets(types, &record_fields(ty, types)?, ptr)
}

/// The payload type of case `index` of a variant-like type.
pub(crate) fn case_type(
    ty: InterfaceType,
    types: &ComponentTypes,
    index: u32,
) -> Option<InterfaceType> {
    match ty {
        InterfaceType::Variant(i) => types.variant(i).cases.get(index as usize)?.ty,
        _ => None,
    }
}

pub(crate) fn case_count(ty: InterfaceType, types: &ComponentTypes) -> u32 {
    match ty {
        InterfaceType::Variant(i) => types.variant(i).cases.len() as u32,
        InterfaceType::Enum(i) => types.enum_(i).names.len() as u32,
        _ => 0,
    }
}

/// A payload lowering: `(cx, payload type, out)`.
pub type LowerPayload<'a> =
    &'a dyn Fn(&mut LowerContext<'_>, InterfaceType, &mut Vec<u64>) -> Result<()>;
/// A payload store: `(cx, payload type, ptr)`.
pub type StorePayload<'a> = &'a dyn Fn(&mut LowerContext<'_>, InterfaceType, u32) -> Result<()>;

pub(crate) struct Payload<'a>(LowerPayload<'a>, StorePayload<'a>);

impl ComponentType for Payload<'_> {
    fn typecheck(_: InterfaceType, _: &ComponentTypes) -> Result<()> {
        Ok(())
    }
}

impl Lower for Payload<'_> {
    fn lower(
        &self,
        cx: &mut LowerContext<'_>,
        ty: InterfaceType,
        out: &mut Vec<u64>,
    ) -> Result<()> {
        (self.0)(cx, ty, out)
    }
    fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
        (self.1)(cx, ty, ptr)
    }
}

pub(crate) fn no_lower(_: &mut LowerContext<'_>, _: InterfaceType, _: &mut Vec<u64>) -> Result<()> {
    Ok(())
}

pub(crate) fn no_store(_: &mut LowerContext<'_>, _: InterfaceType, _: u32) -> Result<()> {
    Ok(())
}

/// Lowers case `index` of a variant or enum flat, with its payload lowered by `lower`.
pub fn lower_case(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    lower: Option<LowerPayload<'_>>,
    out: &mut Vec<u64>,
) -> Result<()> {
    let payload_ty = case_type(ty, cx.types(), index);
    let p = Payload(lower.unwrap_or(&no_lower), &no_store);
    self::lower_case_dyn(
        cx,
        ty,
        index,
        payload_ty.map(|t| (&p as &dyn LowerDyn, t)),
        out,
    )
}

/// Stores case `index` of a variant or enum at `ptr`, with its payload stored by `store`.
pub fn store_case(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    index: u32,
    store: Option<StorePayload<'_>>,
    ptr: u32,
) -> Result<()> {
    let payload_ty = case_type(ty, cx.types(), index);
    let p = Payload(&no_lower, store.unwrap_or(&no_store));
    self::store_case_dyn(
        cx,
        ty,
        index,
        payload_ty.map(|t| (&p as &dyn LowerDyn, t)),
        ptr,
    )
}

/// Reads the discriminant of a variant or enum from flat values: the case index, its
/// payload type, and where the variant's values started (for [`finish_case`]).
pub fn lift_case_index(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    src: &mut FlatIter<'_>,
) -> Result<(u32, Option<InterfaceType>, usize)> {
    let start = src.position();
    let index = lift_discriminant(src, case_count(ty, cx.types()))?;
    Ok((index, case_type(ty, cx.types(), index), start))
}

/// Skips the unused flat values of a variant whose payload has been lifted.
pub fn finish_case(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    start: usize,
    src: &mut FlatIter<'_>,
) -> Result<()> {
    let width = cx
        .types()
        .abi(ty)
        .flat_count
        .ok_or_else(|| anyhow::anyhow!("type too large to lift flat"))?;
    src.skip_to(start + usize::from(width))
}

/// Reads the discriminant of a variant or enum stored at `ptr`: the case index, its payload
/// type, and the payload's address.
pub fn load_case_index(
    cx: &LiftContext<'_>,
    ty: InterfaceType,
    ptr: u32,
) -> Result<(u32, Option<InterfaceType>, u32)> {
    let index = load_discriminant(cx, ty, ptr, case_count(ty, cx.types()))?;
    let offset = variant_info(cx.types(), ty).payload_offset32;
    Ok((index, case_type(ty, cx.types(), index), ptr + offset))
}

impl LowerContext<'_> {
    /// The component's types.
    pub fn component_types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

impl LiftContext<'_> {
    /// The component's types.
    pub fn component_types(&self) -> &ComponentTypes {
        self.opts.types
    }
}

/// Checks a flags type: its flag names in order.
pub fn typecheck_flags<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    names: &[&str],
) -> Result<()> {
    let InterfaceType::Flags(i) = ty else {
        return Err(mismatch::<R>(ty, types));
    };
    let have = &types.flags(i).names;
    if have.len() != names.len() || have.iter().zip(names).any(|(a, b)| a != b) {
        let why = format!("flags {have:?}, not {names:?}");
        return Err(type_error::<R>(ty, types, why));
    }
    Ok(())
}

/// Lowers the bits of a flags value flat.
pub fn lower_flags(bits: u32, out: &mut Vec<u64>) -> Result<()> {
    out.push(u64::from(bits));
    Ok(())
}

/// Stores the bits of a flags value at `ptr`, in the type's size.
pub fn store_flags(
    cx: &mut LowerContext<'_>,
    ty: InterfaceType,
    bits: u32,
    ptr: u32,
) -> Result<()> {
    let size = cx.types().abi(ty).size32;
    store_int(cx.mem, ptr, size, u64::from(bits))
}

/// Lifts the bits of a flags value from flat values.
pub fn lift_flags(src: &mut FlatIter<'_>) -> Result<u32> {
    src.next32()
}

/// Loads the bits of a flags value stored at `ptr`.
pub fn load_flags(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<u32> {
    let size = cx.types().abi(ty).size32;
    Ok(load_int(cx.memory()?, ptr, size)? as u32)
}
