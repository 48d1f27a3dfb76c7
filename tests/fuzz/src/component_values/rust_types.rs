//! Rust types standing for interface types in typed calls, convertible to and from the
//! `Val`s of their interface types: the scalars, strings, lists, options, results, tuples
//! and host resources the runtime implements the traits for.

use super::ty::Ty;
use super::value::Thing;
use wicker::component::{Lift, Lower, Resource, Val};

/// A Rust type standing for an interface type, convertible to and from its `Val`s.
pub trait Typed: Lift + Lower + Send + Sync + Sized + 'static {
    /// The interface type.
    fn ty() -> Ty;
    /// The Rust value of `v`, a value of [`Typed::ty`].
    fn from_val(v: Val) -> Self;
    /// The value as a `Val`.
    fn to_val(&self) -> Val;
}

/// A result's case payload: a type, or none.
pub trait Payload: Sized {
    /// The payload's type, if any.
    fn payload_ty() -> Option<Ty>;
    /// The Rust payload of `v`.
    fn from_payload(v: Option<Box<Val>>) -> Self;
    /// The payload as a `Val`.
    fn to_payload(&self) -> Option<Box<Val>>;
}

impl Payload for () {
    fn payload_ty() -> Option<Ty> {
        None
    }
    fn from_payload(_: Option<Box<Val>>) -> Self {}
    fn to_payload(&self) -> Option<Box<Val>> {
        None
    }
}

impl<T: Typed> Payload for T {
    fn payload_ty() -> Option<Ty> {
        Some(T::ty())
    }
    fn from_payload(v: Option<Box<Val>>) -> Self {
        T::from_val(*v.expect("a payload"))
    }
    fn to_payload(&self) -> Option<Box<Val>> {
        Some(Box::new(self.to_val()))
    }
}

macro_rules! scalars {
    ($($t:ty: $ty:ident $val:ident;)*) => {$(
        impl Typed for $t {
            fn ty() -> Ty {
                Ty::$ty
            }
            fn from_val(v: Val) -> Self {
                match v {
                    Val::$val(x) => x,
                    other => panic!("expected {}, found {other:?}", stringify!($t)),
                }
            }
            fn to_val(&self) -> Val {
                Val::$val(self.clone())
            }
        }
    )*};
}

scalars! {
    bool: Bool Bool;
    i8: S8 S8;
    u8: U8 U8;
    i16: S16 S16;
    u16: U16 U16;
    i32: S32 S32;
    u32: U32 U32;
    i64: S64 S64;
    u64: U64 U64;
    f32: Float32 Float32;
    f64: Float64 Float64;
    char: Char Char;
    String: String String;
}

impl<T: Typed> Typed for Vec<T> {
    fn ty() -> Ty {
        Ty::List(Box::new(T::ty()))
    }
    fn from_val(v: Val) -> Self {
        items(v).map(T::from_val).collect()
    }
    fn to_val(&self) -> Val {
        Val::List(self.iter().map(Typed::to_val).collect())
    }
}

impl<T: Typed> Typed for Option<T> {
    fn ty() -> Ty {
        Ty::Option(Box::new(T::ty()))
    }
    fn from_val(v: Val) -> Self {
        match v {
            Val::Option(v) => v.map(|v| T::from_val(*v)),
            other => panic!("expected an option, found {other:?}"),
        }
    }
    fn to_val(&self) -> Val {
        Val::Option(self.as_ref().map(|v| Box::new(v.to_val())))
    }
}

impl<T, E> Typed for Result<T, E>
where
    T: Payload + Lift + Lower + Send + Sync + 'static,
    E: Payload + Lift + Lower + Send + Sync + 'static,
{
    fn ty() -> Ty {
        Ty::Result(T::payload_ty().map(Box::new), E::payload_ty().map(Box::new))
    }
    fn from_val(v: Val) -> Self {
        match v {
            Val::Result(Ok(v)) => Ok(T::from_payload(v)),
            Val::Result(Err(v)) => Err(E::from_payload(v)),
            other => panic!("expected a result, found {other:?}"),
        }
    }
    fn to_val(&self) -> Val {
        Val::Result(match self {
            Ok(v) => Ok(v.to_payload()),
            Err(e) => Err(e.to_payload()),
        })
    }
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),*);)*) => {$(
        impl<$($t: Typed),*> Typed for ($($t,)*) {
            fn ty() -> Ty {
                Ty::Tuple(vec![$($t::ty()),*])
            }
            fn from_val(v: Val) -> Self {
                let mut items = items(v);
                ($($t::from_val(items.next().expect("a tuple element")),)*)
            }
            fn to_val(&self) -> Val {
                Val::Tuple(vec![$(self.$i.to_val()),*])
            }
        }
    )*};
}

tuples! {
    (A 0, B 1);
    (A 0, B 1, C 2);
}

impl Typed for Resource<Thing> {
    fn ty() -> Ty {
        Ty::Own
    }
    fn from_val(v: Val) -> Self {
        match v {
            Val::Resource(r) => r.try_into_resource().expect("a host handle"),
            other => panic!("expected a handle, found {other:?}"),
        }
    }
    fn to_val(&self) -> Val {
        let r: Resource<Thing> = if self.owned() {
            Resource::new_own(self.rep())
        } else {
            Resource::new_borrow(self.rep())
        };
        Val::Resource(wicker::component::ResourceAny::try_from_resource(r))
    }
}

/// The elements of a list, tuple or record value, in order.
pub fn items(v: Val) -> std::vec::IntoIter<Val> {
    match v {
        Val::List(vs) | Val::Tuple(vs) => vs.into_iter(),
        Val::Record(fields) => fields
            .into_iter()
            .map(|(_, v)| v)
            .collect::<Vec<_>>()
            .into_iter(),
        other => panic!("expected a list, tuple or record, found {other:?}"),
    }
}

/// The next element of `items` as a `T`.
pub fn next<T: Typed>(items: &mut std::vec::IntoIter<Val>) -> T {
    T::from_val(items.next().expect("another element"))
}
