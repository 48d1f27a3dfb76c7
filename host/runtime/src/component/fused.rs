//! Fused component-to-component calls: where a `canon lower` of one instance imports a
//! function another instance lifted, and the function's parameters and result are
//! scalars, strings (UTF-8 on both sides) or lists of integers, the core function the
//! importer calls is a compiled adapter that goes from the caller's core values and memory
//! to the callee's core function and memory directly (the canonical ABI's conversions,
//! checks, `realloc` calls, traps and flags in compiled code), with no host code on the
//! call. Other calls go through the host (`func::lower`), which stays the reference the
//! adapters are tested against.

use super::func::{Lifted, LowerSite};
use super::memory::StringEncoding;
use crate::StoreContextMut;
use crate::vm::AdapterSide;
use std::sync::Arc;
use wicker_environ::compile::{AdapterSignature, AdapterValue, FlatConversion, VariantShape};
use wicker_environ::component::{ComponentTypes, InterfaceType, MAX_FLAT_PARAMS};

/// How a scalar of type `ty` crosses from one component to another, if it is one.
fn conversion(types: &ComponentTypes, ty: InterfaceType) -> Option<FlatConversion> {
    use InterfaceType as T;
    Some(match ty {
        T::Bool => FlatConversion::Bool,
        T::S8 => FlatConversion::Signed(8),
        T::U8 => FlatConversion::Unsigned(8),
        T::S16 => FlatConversion::Signed(16),
        T::U16 => FlatConversion::Unsigned(16),
        T::S32 | T::U32 => FlatConversion::I32,
        T::S64 | T::U64 => FlatConversion::I64,
        T::Float32 => FlatConversion::F32,
        T::Float64 => FlatConversion::F64,
        T::Char => FlatConversion::Char,
        T::Enum(i) => FlatConversion::Enum(u32::try_from(types.enum_(i).names.len()).ok()?),
        // Flags in one `i32`: the bits past the last flag are ignored.
        T::Flags(i) => match types.flags(i).names.len() {
            n @ 1..=32 => FlatConversion::Unsigned(n as u8),
            _ => return None,
        },
        _ => return None,
    })
}

/// How a value of type `ty` crosses, if an adapter can carry it: a scalar, a string
/// when the side's encoding is UTF-8, a list of integers (whose bytes are the same on both
/// sides), or a variant, option or result whose payloads are scalars (its shape added to
/// `variants`).
fn value(
    types: &ComponentTypes,
    ty: InterfaceType,
    encoding: StringEncoding,
    variants: &mut Vec<VariantShape>,
) -> Option<AdapterValue> {
    use InterfaceType as T;
    let payloads: Vec<Option<InterfaceType>> = match ty {
        T::String if encoding == StringEncoding::Utf8 => {
            return Some(AdapterValue::Bytes {
                size: 1,
                align: 1,
                utf8: true,
            });
        }
        T::List(i) => {
            let size = match types.list(i).element {
                T::U8 | T::S8 => 1,
                T::U16 | T::S16 => 2,
                T::U32 | T::S32 => 4,
                T::U64 | T::S64 => 8,
                _ => return None,
            };
            return Some(AdapterValue::Bytes {
                size,
                align: size,
                utf8: false,
            });
        }
        T::Variant(i) => types.variant(i).cases.iter().map(|c| c.ty).collect(),
        T::Option(i) => vec![None, Some(types.option(i).ty)],
        T::Result(i) => {
            let r = types.result(i);
            vec![r.ok, r.err]
        }
        _ => return Some(AdapterValue::Scalar(conversion(types, ty)?)),
    };
    let cases = payloads
        .into_iter()
        .map(|p| {
            p.map(|t| conversion(types, t))
                .map_or(Some(None), |c| c.map(Some))
        })
        .collect::<Option<Vec<_>>>()?;
    variants.push(VariantShape::new(cases));
    Some(AdapterValue::Variant(
        u32::try_from(variants.len() - 1).ok()?,
    ))
}

/// Appends the values of a parameter of type `ty` to `out`, if an adapter can carry it: a
/// record or tuple as its fields in order (flattened as the canonical ABI flattens it),
/// anything else as one value.
fn flatten_param(
    types: &ComponentTypes,
    ty: InterfaceType,
    encoding: StringEncoding,
    out: &mut Vec<AdapterValue>,
    variants: &mut Vec<VariantShape>,
) -> Option<()> {
    match ty {
        InterfaceType::Record(i) => {
            for field in types.record(i).fields.iter() {
                flatten_param(types, field.ty, encoding, out, variants)?;
            }
        }
        InterfaceType::Tuple(i) => {
            for t in types.tuple(i).types.iter() {
                flatten_param(types, *t, encoding, out, variants)?;
            }
        }
        _ => out.push(value(types, ty, encoding, variants)?),
    }
    Some(())
}

/// The adapter signature of a function of type `ty` in `types`, if an adapter can carry
/// all its parameters and its result, the parameters fitting the flat calling convention
/// and the result one flat value or a string or list (through memory).
fn signature(
    types: &ComponentTypes,
    ty: wicker_environ::component::TypeFuncIndex,
    encoding: StringEncoding,
    post_return: bool,
) -> Option<AdapterSignature> {
    let func = types.func(ty);
    let mut variants = Vec::new();
    let mut params = Vec::new();
    for (_, t) in func.params.iter() {
        flatten_param(types, *t, encoding, &mut params, &mut variants)?;
    }
    let flat: usize = params.iter().map(|v| v.flat(&variants).len()).sum();
    if flat > MAX_FLAT_PARAMS {
        return None;
    }
    // A record or tuple of one value is that value, flattened.
    let result = match func.result {
        Some(t) => {
            let mut values = Vec::new();
            flatten_param(types, t, encoding, &mut values, &mut variants)?;
            match values[..] {
                [v @ AdapterValue::Bytes { .. }] => Some(v),
                [v] if v.flat(&variants).len() == 1 => Some(v),
                _ => return None,
            }
        }
        None => None,
    };
    Some(AdapterSignature {
        params,
        result,
        post_return,
        variants,
    })
}

/// The fused core function for a call from the importer at `site` to `callee`, if the
/// call can be fused; `None` sends it through the host.
pub(crate) fn fuse<T: 'static>(
    store: &mut StoreContextMut<'_, T>,
    site: &LowerSite,
    callee: &Lifted,
) -> Option<crate::Func> {
    let s = &mut store.0.opaque;
    if !s.engine.0.config.fused_adapters {
        return None;
    }
    let post_return = callee.opts.post_return;
    // Both sides must see the same shape: the caller lifts with its type, the callee
    // lowers with its own (they passed the link's type check).
    let caller_sig = signature(
        &site.types,
        site.ty,
        site.opts.encoding,
        post_return.is_some(),
    )?;
    let callee_sig = signature(
        &callee.types,
        callee.ty,
        callee.opts.encoding,
        post_return.is_some(),
    )?;
    if caller_sig != callee_sig {
        return None;
    }
    let code = s.engine.adapter(&caller_sig).ok()?;
    let ty = crate::FuncType(Arc::new(caller_sig.core_type()));
    let side = |opts: &super::canon::CanonOptions| AdapterSide {
        memory: opts.memory,
        realloc: opts.realloc,
    };
    s.new_adapter(
        code,
        ty,
        (callee.core, post_return),
        (side(&site.opts), side(&callee.opts)),
        Arc::clone(&site.state.flags),
        Arc::clone(&callee.state.flags),
    )
    .ok()
    .flatten()
}
