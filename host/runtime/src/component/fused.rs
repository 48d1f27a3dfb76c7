//! Fused component-to-component calls: where a `canon lower` of one instance imports a
//! function another instance lifted, and the function's parameters and result are scalars,
//! the core function the importer calls is a compiled adapter that goes from the caller's
//! core values to the callee's core function directly (the canonical ABI's conversions,
//! traps and flags in compiled code), with no host code on the call. Other calls go
//! through the host (`func::lower`), which stays the reference the adapters are tested
//! against.

use super::func::{Lifted, LowerSite};
use crate::StoreContextMut;
use std::sync::Arc;
use wicker_environ::compile::{AdapterSignature, FlatConversion};
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
        _ => return None,
    })
}

/// The adapter signature of a function of type `ty` in `types`, if all its parameters
/// and its result are scalars that fit the flat calling convention.
fn signature(
    types: &ComponentTypes,
    ty: wicker_environ::component::TypeFuncIndex,
    post_return: bool,
) -> Option<AdapterSignature> {
    let func = types.func(ty);
    if func.params.len() > MAX_FLAT_PARAMS {
        return None;
    }
    let params = func
        .params
        .iter()
        .map(|(_, t)| conversion(types, *t))
        .collect::<Option<Vec<_>>>()?;
    let result = match func.result {
        Some(t) => Some(conversion(types, t)?),
        None => None,
    };
    Some(AdapterSignature {
        params,
        result,
        post_return,
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
    let caller_sig = signature(&site.types, site.ty, post_return.is_some())?;
    let callee_sig = signature(&callee.types, callee.ty, post_return.is_some())?;
    if caller_sig != callee_sig {
        return None;
    }
    let code = s.engine.adapter(&caller_sig).ok()?;
    let ty = crate::FuncType(Arc::new(caller_sig.core_type()));
    s.new_adapter(
        code,
        ty,
        callee.core,
        post_return,
        Arc::clone(&site.state.flags),
        Arc::clone(&callee.state.flags),
    )
    .ok()
    .flatten()
}
