//! Records, variants, enums, flags and tuple structs with the derive macros, as typed
//! calls' Rust types.

use super::rust_types::{Typed, items, next};
use super::ty::Ty;
use super::value::Thing;
use wicker::component::{ComponentType, Lift, Lower, Resource, Val};

/// Declares a record struct with the derive macros, and its [`Typed`] implementation: its
/// fields' WIT names are their Rust names in kebab case, or the name given.
macro_rules! record {
    (
        $(#[$doc:meta])*
        $name:ident { $($(#[component(name = $wit:literal)])? $field:ident: $t:ty,)* }
    ) => {
        $(#[$doc])*
        #[derive(ComponentType, Lift, Lower, Debug)]
        #[component(record)]
        pub struct $name {
            $($(#[component(name = $wit)])? $field: $t,)*
        }

        impl Typed for $name {
            fn ty() -> Ty {
                Ty::Record(vec![$((wit_name(stringify!($field), &[$($wit)?]), <$t>::ty()),)*])
            }
            fn from_val(v: Val) -> Self {
                let mut fields = items(v);
                $name { $($field: next(&mut fields),)* }
            }
            fn to_val(&self) -> Val {
                let fields = vec![$((wit_name(stringify!($field), &[$($wit)?]), self.$field.to_val()),)*];
                Val::Record(fields)
            }
        }
    };
}

/// A field's WIT name: the name given, or its Rust name in kebab case.
fn wit_name(field: &str, given: &[&str]) -> String {
    given
        .first()
        .map_or_else(|| field.replace('_', "-"), |n| n.to_string())
}

record! {
    /// Every scalar type.
    Scalars {
        flag: bool,
        small: i8,
        byte: u8,
        short: i16,
        word: u16,
        int: i32,
        uint: u32,
        long: i64,
        ulong: u64,
        single: f32,
        double: f64,
        letter: char,
    }
}

record! {
    /// A record of strings, lists and the enum and flags.
    Entry {
        #[component(name = "the-name")]
        name: String,
        bytes: Vec<u8>,
        tags: Vec<String>,
        level: Level,
        perms: Perms,
    }
}

record! {
    /// A record holding resources.
    Held {
        handle: Resource<Thing>,
        spare: Option<Resource<Thing>>,
        label: String,
    }
}

/// Log levels.
#[derive(ComponentType, Lift, Lower, Debug, Clone, Copy, PartialEq)]
#[component(enum)]
pub enum Level {
    Trace,
    Debug,
    Info,
    Warn,
    #[component(name = "fatal-error")]
    FatalError,
}

const LEVELS: [(&str, Level); 5] = [
    ("trace", Level::Trace),
    ("debug", Level::Debug),
    ("info", Level::Info),
    ("warn", Level::Warn),
    ("fatal-error", Level::FatalError),
];

impl Typed for Level {
    fn ty() -> Ty {
        Ty::Enum(LEVELS.iter().map(|(n, _)| n.to_string()).collect())
    }
    fn from_val(v: Val) -> Self {
        match v {
            Val::Enum(name) => LEVELS.iter().find(|(n, _)| *n == name).expect("a level").1,
            other => panic!("expected an enum, found {other:?}"),
        }
    }
    fn to_val(&self) -> Val {
        let name = LEVELS.iter().find(|(_, l)| l == self).expect("a level").0;
        Val::Enum(name.to_string())
    }
}

wicker::component::flags! {
    /// Nine flags: two bytes.
    pub Perms { read, write, exec, list, create, delete, rename, link, admin }
}

const PERMS: [&str; 9] = [
    "read", "write", "exec", "list", "create", "delete", "rename", "link", "admin",
];

impl Typed for Perms {
    fn ty() -> Ty {
        Ty::Flags(PERMS.iter().map(|n| n.to_string()).collect())
    }
    fn from_val(v: Val) -> Self {
        let Val::Flags(set) = v else {
            panic!("expected flags, found {v:?}")
        };
        let has = |n: &str| set.iter().any(|s| s == n);
        Perms {
            read: has("read"),
            write: has("write"),
            exec: has("exec"),
            list: has("list"),
            create: has("create"),
            delete: has("delete"),
            rename: has("rename"),
            link: has("link"),
            admin: has("admin"),
        }
    }
    fn to_val(&self) -> Val {
        let bits = [
            self.read,
            self.write,
            self.exec,
            self.list,
            self.create,
            self.delete,
            self.rename,
            self.link,
            self.admin,
        ];
        let set = PERMS.iter().zip(bits).filter(|(_, b)| *b);
        Val::Flags(set.map(|(n, _)| n.to_string()).collect())
    }
}

/// A tuple struct.
#[derive(ComponentType, Lift, Lower, Debug)]
#[component(tuple)]
pub struct Pair(u64, String);

impl Typed for Pair {
    fn ty() -> Ty {
        Ty::Tuple(vec![Ty::U64, Ty::String])
    }
    fn from_val(v: Val) -> Self {
        let (a, b) = <(u64, String)>::from_val(v);
        Pair(a, b)
    }
    fn to_val(&self) -> Val {
        Val::Tuple(vec![self.0.to_val(), self.1.to_val()])
    }
}

/// A variant with payloads of every size, and none.
#[derive(ComponentType, Lift, Lower, Debug)]
#[component(variant)]
pub enum Event {
    Idle,
    Key(char),
    Scalars(Scalars),
    Text(String),
    Many(Vec<Entry>),
    Code(Result<u16, String>),
    Ratio(f32),
}

impl Typed for Event {
    fn ty() -> Ty {
        Ty::Variant(vec![
            ("idle".into(), None),
            ("key".into(), Some(Ty::Char)),
            ("scalars".into(), Some(Scalars::ty())),
            ("text".into(), Some(Ty::String)),
            ("many".into(), Some(Vec::<Entry>::ty())),
            ("code".into(), Some(Result::<u16, String>::ty())),
            ("ratio".into(), Some(Ty::Float32)),
        ])
    }
    fn from_val(v: Val) -> Self {
        let Val::Variant(name, payload) = v else {
            panic!("expected a variant, found {v:?}")
        };
        let payload = || *payload.clone().expect("a payload");
        match name.as_str() {
            "idle" => Event::Idle,
            "key" => Event::Key(Typed::from_val(payload())),
            "scalars" => Event::Scalars(Typed::from_val(payload())),
            "text" => Event::Text(Typed::from_val(payload())),
            "many" => Event::Many(Typed::from_val(payload())),
            "code" => Event::Code(Typed::from_val(payload())),
            "ratio" => Event::Ratio(Typed::from_val(payload())),
            other => panic!("no case `{other}`"),
        }
    }
    fn to_val(&self) -> Val {
        let (name, payload) = match self {
            Event::Idle => ("idle", None),
            Event::Key(c) => ("key", Some(c.to_val())),
            Event::Scalars(s) => ("scalars", Some(s.to_val())),
            Event::Text(s) => ("text", Some(s.to_val())),
            Event::Many(m) => ("many", Some(m.to_val())),
            Event::Code(c) => ("code", Some(c.to_val())),
            Event::Ratio(r) => ("ratio", Some(r.to_val())),
        };
        Val::Variant(name.to_string(), payload.map(Box::new))
    }
}
