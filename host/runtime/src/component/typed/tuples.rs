//! Rust tuples as WIT tuples and parameter lists.

use super::*;
use crate::component::lift::FlatIter;
use crate::component::memory::FieldCursor;
use anyhow::{Result, bail};
use wicker_environ::component::{ComponentTypes, InterfaceType};

pub(crate) fn tuple_types(ty: InterfaceType, types: &ComponentTypes) -> Option<&[InterfaceType]> {
    match ty {
        InterfaceType::Tuple(i) => Some(&types.tuple(i).types),
        _ => None,
    }
}

/// Where each field of a record or tuple stored at `ptr` starts.
pub(crate) fn field_offsets(
    types: &ComponentTypes,
    tys: &[InterfaceType],
    ptr: u32,
) -> Result<Vec<u32>> {
    let mut fields_at = FieldCursor::new(ptr);
    tys.iter()
        .map(|t| {
            let abi = types.abi(*t);
            fields_at.next(abi.size32, abi.align32)
        })
        .collect()
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),+);)*) => {$(
        impl<$($t: ComponentType),+> ComponentType for ($($t,)+) {
            fn typecheck(ty: InterfaceType, types: &ComponentTypes) -> Result<()> {
                let n = [$($i),+].len();
                match tuple_types(ty, types) {
                    Some(tys) if tys.len() == n => {
                        $($t::typecheck(tys[$i], types)?;)+
                        Ok(())
                    }
                    _ => Err(mismatch::<Self>(ty, types)),
                }
            }
        }

        impl<$($t: Lower),+> Lower for ($($t,)+) {
            fn lower(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, out: &mut Vec<u64>) -> Result<()> {
                Self::typecheck(ty, cx.types())?;
                let tys: Vec<InterfaceType> = tuple_types(ty, cx.types()).unwrap_or_default().to_vec();
                $(self.$i.lower(cx, tys[$i], out)?;)+
                Ok(())
            }
            fn store(&self, cx: &mut LowerContext<'_>, ty: InterfaceType, ptr: u32) -> Result<()> {
                Self::typecheck(ty, cx.types())?;
                let tys: Vec<InterfaceType> = tuple_types(ty, cx.types()).unwrap_or_default().to_vec();
                let offs = field_offsets(cx.types(), &tys, ptr)?;
                $(self.$i.store(cx, tys[$i], offs[$i])?;)+
                Ok(())
            }
        }

        impl<$($t: Lift),+> Lift for ($($t,)+) {
            fn lift(cx: &LiftContext<'_>, ty: InterfaceType, src: &mut FlatIter<'_>) -> Result<Self> {
                Self::typecheck(ty, cx.types())?;
                let tys = tuple_types(ty, cx.types()).unwrap_or_default();
                Ok(($($t::lift(cx, tys[$i], src)?,)+))
            }
            fn load(cx: &LiftContext<'_>, ty: InterfaceType, ptr: u32) -> Result<Self> {
                Self::typecheck(ty, cx.types())?;
                let tys = tuple_types(ty, cx.types()).unwrap_or_default();
                let offs = field_offsets(cx.types(), tys, ptr)?;
                Ok(($($t::load(cx, tys[$i], offs[$i])?,)+))
            }
        }

        impl<$($t: ComponentType),+> ComponentNamedList for ($($t,)+) {
            fn typecheck_list(tys: &[InterfaceType], types: &ComponentTypes) -> Result<()> {
                let n = [$($i),+].len();
                if tys.len() != n {
                    bail!("expected {} values, found a list of {n}", tys.len());
                }
                $($t::typecheck(tys[$i], types)?;)+
                Ok(())
            }
        }
    )*};
}

/// Instantiates `tuples!` for every prefix of its list: one impl per arity.
macro_rules! tuples_up_to {
    ($($t:ident $i:tt),+) => {
        tuples_up_to!(@ [] $($t $i),+);
    };
    (@ [$($done:ident $di:tt),*] $t:ident $i:tt $(, $rest:ident $ri:tt)*) => {
        tuples! { ($($done $di,)* $t $i); }
        tuples_up_to!(@ [$($done $di,)* $t $i] $($rest $ri),*);
    };
    (@ [$($done:ident $di:tt),*]) => {};
}

// Rust tuples of up to 32 fields stand for WIT tuples and parameter lists; generated
// bindings use a tuple struct with `#[component(tuple)]` past that.
tuples_up_to! {
    T0 0, T1 1, T2 2, T3 3, T4 4, T5 5, T6 6, T7 7, T8 8, T9 9, T10 10, T11 11, T12 12,
    T13 13, T14 14, T15 15, T16 16, T17 17, T18 18, T19 19, T20 20, T21 21, T22 22, T23 23,
    T24 24, T25 25, T26 26, T27 27, T28 28, T29 29, T30 30, T31 31
}

/// Checks a tuple type against the field checks of a tuple struct.
pub fn typecheck_tuple<R: ?Sized>(
    ty: InterfaceType,
    types: &ComponentTypes,
    fields: &[TypeCheckFn],
) -> Result<()> {
    match tuple_types(ty, types) {
        Some(tys) if tys.len() == fields.len() => {
            for (t, check) in tys.iter().zip(fields) {
                check(*t, types)?;
            }
            Ok(())
        }
        _ => Err(mismatch::<R>(ty, types)),
    }
}

/// Checks a parameter or result list against the field checks of a tuple struct.
pub fn typecheck_tuple_list(
    tys: &[InterfaceType],
    types: &ComponentTypes,
    fields: &[TypeCheckFn],
) -> Result<()> {
    if tys.len() != fields.len() {
        bail!(
            "expected {} values, found a list of {}",
            tys.len(),
            fields.len()
        );
    }
    for (t, check) in tys.iter().zip(fields) {
        check(*t, types)?;
    }
    Ok(())
}

/// The field types of a tuple type.
pub fn tuple_fields(ty: InterfaceType, types: &ComponentTypes) -> Result<Vec<InterfaceType>> {
    match tuple_types(ty, types) {
        Some(tys) => Ok(tys.to_vec()),
        None => bail!("expected a tuple type"),
    }
}

/// Where the fields of a tuple stored at `ptr` start.
pub fn tuple_offsets(ty: InterfaceType, types: &ComponentTypes, ptr: u32) -> Result<Vec<u32>> {
    field_offsets(types, &tuple_fields(ty, types)?, ptr)
}

/// A tuple of Rust values standing for a function's parameters or results.
pub trait ComponentNamedList: ComponentType {
    /// Checks the list against the parameter or result types.
    #[doc(hidden)]
    fn typecheck_list(tys: &[InterfaceType], types: &ComponentTypes) -> Result<()>;
}

impl ComponentNamedList for () {
    fn typecheck_list(tys: &[InterfaceType], _: &ComponentTypes) -> Result<()> {
        if !tys.is_empty() {
            bail!("expected {} values, found an empty list", tys.len());
        }
        Ok(())
    }
}
