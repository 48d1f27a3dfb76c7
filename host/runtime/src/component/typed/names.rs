//! Interface types written as WIT writes them, for error messages; the type-mismatch
//! error.

use wicker_environ::component::{ComponentTypes, InterfaceType};

/// A readable name for an interface type, as WIT writes it.
pub(crate) fn type_name(types: &ComponentTypes, ty: InterfaceType) -> String {
    use InterfaceType as T;
    let join = |tys: &mut dyn Iterator<Item = InterfaceType>| {
        tys.map(|t| type_name(types, t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match ty {
        T::Bool => "bool".into(),
        T::S8 => "s8".into(),
        T::U8 => "u8".into(),
        T::S16 => "s16".into(),
        T::U16 => "u16".into(),
        T::S32 => "s32".into(),
        T::U32 => "u32".into(),
        T::S64 => "s64".into(),
        T::U64 => "u64".into(),
        T::Float32 => "f32".into(),
        T::Float64 => "f64".into(),
        T::Char => "char".into(),
        T::String => "string".into(),
        T::ErrorContext => "error-context".into(),
        T::List(i) => format!("list<{}>", type_name(types, types.list(i).element)),
        T::FixedList(i) => {
            let l = types.fixed_list(i);
            format!("list<{}, {}>", type_name(types, l.element), l.len)
        }
        T::Record(i) => {
            let fields: Vec<String> = types
                .record(i)
                .fields
                .iter()
                .map(|f| format!("{}: {}", f.name, type_name(types, f.ty)))
                .collect();
            format!("record {{ {} }}", fields.join(", "))
        }
        T::Tuple(i) => format!("tuple<{}>", join(&mut types.tuple(i).types.iter().copied())),
        T::Variant(i) => {
            let cases: Vec<String> = types
                .variant(i)
                .cases
                .iter()
                .map(|c| match c.ty {
                    Some(t) => format!("{}({})", c.name, type_name(types, t)),
                    None => c.name.clone(),
                })
                .collect();
            format!("variant {{ {} }}", cases.join(", "))
        }
        T::Enum(i) => format!("enum {{ {} }}", types.enum_(i).names.join(", ")),
        T::Option(i) => format!("option<{}>", type_name(types, types.option(i).ty)),
        T::Result(i) => {
            let r = types.result(i);
            let part =
                |t: Option<InterfaceType>| t.map_or("_".to_string(), |t| type_name(types, t));
            format!("result<{}, {}>", part(r.ok), part(r.err))
        }
        T::Flags(i) => format!("flags {{ {} }}", types.flags(i).names.join(", ")),
        T::Own(_) => "own<resource>".into(),
        T::Borrow(_) => "borrow<resource>".into(),
    }
}

/// A readable function type, as WIT writes it.
pub(crate) fn func_type_name(
    types: &ComponentTypes,
    f: &wicker_environ::component::TypeFunc,
) -> String {
    let params: Vec<String> = f
        .params
        .iter()
        .map(|(n, t)| format!("{n}: {}", type_name(types, *t)))
        .collect();
    match f.result {
        Some(r) => format!("func({}) -> {}", params.join(", "), type_name(types, r)),
        None => format!("func({})", params.join(", ")),
    }
}

pub(crate) fn mismatch<R: ?Sized>(ty: InterfaceType, types: &ComponentTypes) -> anyhow::Error {
    anyhow::anyhow!(
        "type mismatch: expected `{}`, found Rust type `{}`",
        type_name(types, ty),
        std::any::type_name::<R>()
    )
}
