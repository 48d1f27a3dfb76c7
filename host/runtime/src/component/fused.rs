//! Fused component-to-component calls: where a `canon lower` of one instance imports a
//! function another instance lifted (whatever the types of its parameters and result,
//! but error contexts), the core function the importer calls is a compiled adapter that goes from the caller's core
//! values and memory to the callee's core function and memory directly (the canonical
//! ABI's conversions, checks, `realloc` calls, traps and flags in compiled code), with no
//! host code on the call. Other calls go through the host (`func::lower`), which stays
//! the reference the adapters are tested against.

use super::func::{Lifted, LowerSite};
use super::fused_handles::FusedHandles;
use super::memory::StringEncoding;
use crate::StoreContextMut;
use crate::vm::{AdapterHandles, AdapterSide};
use std::sync::Arc;
use wicker_environ::compile::{AdapterEncoding, AdapterSignature, AdapterType, FlatConversion};
use wicker_environ::component::{ComponentTypes, InterfaceType, TypeResourceTableIndex};

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

/// The shape of a value of type `ty`, if an adapter can carry it (anything but error
/// contexts). Each resource type a handle names is appended to `resources` when first
/// seen; the handle names its position there.
fn adapter_type(
    types: &ComponentTypes,
    ty: InterfaceType,
    resources: &mut Vec<TypeResourceTableIndex>,
) -> Option<AdapterType> {
    use InterfaceType as T;
    let mut resource = |t: TypeResourceTableIndex| {
        let at = match resources.iter().position(|r| *r == t) {
            Some(at) => at,
            None => {
                resources.push(t);
                resources.len() - 1
            }
        };
        u32::try_from(at).ok()
    };
    let all = |tys: &mut dyn Iterator<Item = InterfaceType>,
               resources: &mut Vec<TypeResourceTableIndex>| {
        tys.map(|t| adapter_type(types, t, resources))
            .collect::<Option<Vec<_>>>()
    };
    // `Some(None)` for no payload, `None` for a payload an adapter cannot carry.
    let cases = |tys: &mut dyn Iterator<Item = Option<InterfaceType>>,
                 resources: &mut Vec<TypeResourceTableIndex>| {
        tys.map(|t| match t {
            None => Some(None),
            Some(t) => adapter_type(types, t, resources).map(Some),
        })
        .collect::<Option<Vec<_>>>()
    };
    Some(match ty {
        T::Own(t) => AdapterType::Own(resource(t)?),
        T::Borrow(t) => AdapterType::Borrow(resource(t)?),
        T::String => AdapterType::String,
        T::List(i) => AdapterType::List(Box::new(adapter_type(
            types,
            types.list(i).element,
            resources,
        )?)),
        T::FixedList(i) => {
            let l = types.fixed_list(i);
            AdapterType::FixedList(Box::new(adapter_type(types, l.element, resources)?), l.len)
        }
        T::Record(i) => AdapterType::Record(all(
            &mut types.record(i).fields.iter().map(|f| f.ty),
            resources,
        )?),
        T::Tuple(i) => {
            AdapterType::Record(all(&mut types.tuple(i).types.iter().copied(), resources)?)
        }
        T::Variant(i) => AdapterType::Variant(cases(
            &mut types.variant(i).cases.iter().map(|c| c.ty),
            resources,
        )?),
        T::Option(i) => AdapterType::Variant(cases(
            &mut [None, Some(types.option(i).ty)].into_iter(),
            resources,
        )?),
        T::Result(i) => {
            let r = types.result(i);
            AdapterType::Variant(cases(&mut [r.ok, r.err].into_iter(), resources)?)
        }
        _ => AdapterType::Scalar(conversion(types, ty)?),
    })
}

/// Whether a value of this shape holds a string.
fn has_string(ty: &AdapterType) -> bool {
    match ty {
        AdapterType::Scalar(_) | AdapterType::Own(_) | AdapterType::Borrow(_) => false,
        AdapterType::String => true,
        AdapterType::List(t) | AdapterType::FixedList(t, _) => has_string(t),
        AdapterType::Record(fields) => fields.iter().any(has_string),
        AdapterType::Variant(cases) => cases.iter().flatten().any(has_string),
    }
}

/// How an adapter reads and writes strings of `encoding`.
fn adapter_encoding(encoding: StringEncoding) -> AdapterEncoding {
    match encoding {
        StringEncoding::Utf8 => AdapterEncoding::Utf8,
        StringEncoding::Utf16 => AdapterEncoding::Utf16,
        StringEncoding::CompactUtf16 => AdapterEncoding::CompactUtf16,
    }
}

/// The adapter signature of a function of type `ty` in `types`, if an adapter can carry
/// all its parameters and its result, with strings in `encodings` (the caller's, the
/// callee's) if there are any; and the resource types its handles name, in order.
fn signature(
    types: &ComponentTypes,
    ty: wicker_environ::component::TypeFuncIndex,
    encodings: [StringEncoding; 2],
    post_return: bool,
) -> Option<(AdapterSignature, Vec<TypeResourceTableIndex>)> {
    let func = types.func(ty);
    let mut resources = Vec::new();
    let params = func
        .params
        .iter()
        .map(|(_, t)| adapter_type(types, *t, &mut resources))
        .collect::<Option<Vec<_>>>()?;
    let result = match func.result {
        None => None,
        Some(t) => Some(adapter_type(types, t, &mut resources)?),
    };
    let strings = params.iter().chain(&result).any(has_string);
    let encodings = if strings {
        encodings.map(adapter_encoding)
    } else {
        // Encodings make no difference: one adapter for every pair.
        [AdapterEncoding::Utf8; 2]
    };
    let sig = AdapterSignature {
        params,
        result,
        post_return,
        encodings,
    };
    Some((sig, resources))
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
    let encodings = [site.opts.encoding, callee.opts.encoding];
    let (caller_sig, caller_res) =
        signature(&site.types, site.ty, encodings, post_return.is_some())?;
    let (callee_sig, callee_res) =
        signature(&callee.types, callee.ty, encodings, post_return.is_some())?;
    if caller_sig != callee_sig {
        return None;
    }
    // Each handle's resource type must be the same one at run time on both sides (else
    // the host's path refuses the call).
    let handles = if caller_sig.uses_handles() {
        let mut ids = Vec::with_capacity(caller_res.len());
        for (a, b) in caller_res.iter().zip(&callee_res) {
            let a = site.resources.get(a.as_u32() as usize)?.as_ref()?;
            let b = callee.resources.get(b.as_u32() as usize)?.as_ref()?;
            if a != b {
                return None;
            }
            ids.push(a.id());
        }
        let handles: Box<dyn AdapterHandles> = Box::new(FusedHandles::new(
            Arc::clone(&site.state),
            Arc::clone(&callee.state),
            ids,
        ));
        Some(handles)
    } else {
        None
    };
    // An adapter that fails to compile, or to be made, is a bug of ours; the call still
    // works through the host (and tests, built with debug assertions, fail).
    let code = match s.engine.adapter(&caller_sig) {
        Ok(code) => code,
        Err(e) => {
            debug_assert!(false, "a fused adapter failed to compile: {e:#}");
            return None;
        }
    };
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
        (
            Arc::clone(&site.state.flags),
            Arc::clone(&callee.state.flags),
        ),
        handles,
    )
    .unwrap_or_else(|e| {
        debug_assert!(false, "a fused adapter could not be made: {e:#}");
        None
    })
}
