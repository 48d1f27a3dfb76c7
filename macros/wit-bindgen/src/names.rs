//! Rust names for WIT names, and the scopes that keep them apart.
//!
//! Every generated Rust name goes through one of the functions here. WIT names are
//! strongly unique within their scope: no two of them are equal after lowercasing. So the
//! conversions lowercase first, which makes them injective on the names of one scope
//! (`camel` up to digits, see [`Scope`]). The names the generator adds (`Host`, `Guest`,
//! `new`, `call_*`, ...) are reserved in a [`Scope`] before the WIT names are allocated in
//! it, and a WIT name that is taken gets a trailing `_` until it is free. Names only the
//! generator uses start with `__`, which no WIT name can produce.
//!
//! [`name_types`] allocates the Rust name of every named WIT type up front, each in its
//! interface's (or the world's) scope.

use std::collections::{HashMap, HashSet};
use wit_parser::{Resolve, TypeDefKind, TypeId, WorldId, WorldItem};

/// Rust 2024 keywords (strict and reserved) that `r#` escapes.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate"];

/// Primitive types, which a module of the same name would shadow in type position.
const PRIMITIVES: &[&str] = &[
    "bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
    "i128", "isize", "f32", "f64",
];

/// `s` made a valid identifier: `r#` before a keyword, or a trailing `_` where `r#` is not
/// allowed. No converted WIT name ends in `_` otherwise, so the `_` form is free.
pub fn escape(s: String) -> String {
    if NOT_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// A WIT name in snake case, not yet escaped: lowercase, `-` as `_`.
pub fn raw_snake(name: &str) -> String {
    name.to_lowercase().replace('-', "_")
}

/// A WIT name as a Rust value (function, field, parameter, method): snake case, escaped.
pub fn snake(name: &str) -> String {
    escape(raw_snake(name))
}

/// A WIT name (or a version segment) as a Rust module name. Primitive type names get a
/// trailing `_`, because a module named `u32` would hide the type `u32` from its parent.
pub fn module(name: &str) -> String {
    let s = raw_snake(name);
    if PRIMITIVES.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        escape(s)
    }
}

/// A WIT name in upper camel case, not yet escaped: each fragment capitalised, acronyms
/// included (`HTTP-status` is `HttpStatus`).
pub fn raw_camel(name: &str) -> String {
    let mut out = String::new();
    for part in name.split('-') {
        let mut chars = part.chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_uppercase());
            out.extend(chars.flat_map(char::to_lowercase));
        }
    }
    out
}

/// A WIT name as a Rust type or case name: upper camel case, escaped.
pub fn camel(name: &str) -> String {
    escape(raw_camel(name))
}

/// The names taken in one Rust namespace: first the generator's own, then the WIT names in
/// a fixed order. `camel` maps `x1` and `x-1` (which are strongly unique) to one name; the
/// second one allocated gets the `_`.
#[derive(Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope where the generated names `reserved` are taken.
    pub fn new<S: Into<String>>(reserved: impl IntoIterator<Item = S>) -> Scope {
        Scope {
            taken: reserved.into_iter().map(Into::into).collect(),
        }
    }

    /// Takes `name`, or `name` with trailing `_`s if it is taken.
    pub fn alloc(&mut self, name: String) -> String {
        let mut name = name;
        while self.taken.contains(&name) {
            name.push('_');
        }
        self.taken.insert(name.clone());
        name
    }
}

/// The generated type names of an interface or world scope, reserved before its WIT types:
/// `Host`, `Guest`, and `Host<R>` and `Guest<R>` for each resource `R`.
fn resource_items(resources: &[String]) -> Vec<String> {
    let mut out = vec!["Host".to_string(), "Guest".to_string()];
    for r in resources {
        out.push(format!("Host{}", raw_camel(r)));
        out.push(format!("Guest{}", raw_camel(r)));
    }
    out
}

/// The Rust name of every named type of `resolve`'s interfaces and of `world`, each
/// allocated in its interface's (or the world's) scope after the generated names.
pub(crate) fn name_types(resolve: &Resolve, world: WorldId) -> HashMap<TypeId, String> {
    let mut out = HashMap::new();
    let resources_of = |types: &mut dyn Iterator<Item = TypeId>| -> Vec<String> {
        types
            .filter(|t| matches!(resolve.types[*t].kind, TypeDefKind::Resource))
            .filter_map(|t| resolve.types[t].name.clone())
            .collect()
    };
    for (_, iface) in resolve.interfaces.iter() {
        let resources = resources_of(&mut iface.types.values().copied());
        let mut scope = Scope::new(resource_items(&resources));
        for (name, t) in &iface.types {
            out.insert(*t, scope.alloc(camel(name)));
        }
    }
    let w = &resolve.worlds[world];
    let types: Vec<TypeId> = w
        .imports
        .values()
        .filter_map(|item| match item {
            WorldItem::Type { id, .. } => Some(*id),
            _ => None,
        })
        .collect();
    let resources = resources_of(&mut types.iter().copied());
    let name = raw_camel(&w.name);
    let mut reserved = resource_items(&resources);
    reserved.extend([
        camel(&w.name),
        format!("{name}Pre"),
        format!("{name}Imports"),
    ]);
    let mut scope = Scope::new(reserved);
    for t in types {
        if let Some(name) = &resolve.types[t].name {
            out.insert(t, scope.alloc(camel(name)));
        }
    }
    out
}
