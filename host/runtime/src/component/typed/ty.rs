//! `component::Type`: interface types as the dynamic API describes them.

use wicker_environ::component::{ComponentTypes, InterfaceType};

/// An interface type, as the dynamic API describes a function's parameters and result.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum Type {
    Bool,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    Float32,
    Float64,
    Char,
    String,
    ErrorContext,
    List(Box<Type>),
    /// `list<T, N>`.
    FixedList(Box<Type>, u32),
    /// Field names and types.
    Record(Vec<(String, Type)>),
    Tuple(Vec<Type>),
    /// Case names and payload types.
    Variant(Vec<(String, Option<Type>)>),
    Enum(Vec<String>),
    Option(Box<Type>),
    Result(Option<Box<Type>>, Option<Box<Type>>),
    Flags(Vec<String>),
    Own,
    Borrow,
}

impl Type {
    pub(crate) fn from_interface(types: &ComponentTypes, ty: InterfaceType) -> Type {
        use InterfaceType as T;
        let conv = |t: InterfaceType| Type::from_interface(types, t);
        let boxed = |t: Option<InterfaceType>| t.map(|t| Box::new(conv(t)));
        match ty {
            T::Bool => Type::Bool,
            T::S8 => Type::S8,
            T::U8 => Type::U8,
            T::S16 => Type::S16,
            T::U16 => Type::U16,
            T::S32 => Type::S32,
            T::U32 => Type::U32,
            T::S64 => Type::S64,
            T::U64 => Type::U64,
            T::Float32 => Type::Float32,
            T::Float64 => Type::Float64,
            T::Char => Type::Char,
            T::String => Type::String,
            T::ErrorContext => Type::ErrorContext,
            T::List(i) => Type::List(Box::new(conv(types.list(i).element))),
            T::FixedList(i) => {
                let l = types.fixed_list(i);
                Type::FixedList(Box::new(conv(l.element)), l.len)
            }
            T::Record(i) => Type::Record(
                types
                    .record(i)
                    .fields
                    .iter()
                    .map(|f| (f.name.clone(), conv(f.ty)))
                    .collect(),
            ),
            T::Tuple(i) => Type::Tuple(types.tuple(i).types.iter().map(|t| conv(*t)).collect()),
            T::Variant(i) => Type::Variant(
                types
                    .variant(i)
                    .cases
                    .iter()
                    .map(|c| (c.name.clone(), c.ty.map(conv)))
                    .collect(),
            ),
            T::Enum(i) => Type::Enum(types.enum_(i).names.to_vec()),
            T::Option(i) => Type::Option(Box::new(conv(types.option(i).ty))),
            T::Result(i) => {
                let r = types.result(i);
                Type::Result(boxed(r.ok), boxed(r.err))
            }
            T::Flags(i) => Type::Flags(types.flags(i).names.to_vec()),
            T::Own(_) => Type::Own,
            T::Borrow(_) => Type::Borrow,
        }
    }
}
