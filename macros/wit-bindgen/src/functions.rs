//! The Rust names of WIT functions and of their parameters.

use crate::generator::Gen;
use crate::names::{Scope, snake};
use wit_parser::{Function, FunctionKind};

impl Gen<'_> {
    /// The Rust names of `f`'s parameters (a method's `self` is `self_`).
    pub(crate) fn param_names(&self, f: &Function) -> Vec<String> {
        let mut scope = Scope::default();
        f.params
            .iter()
            .map(|p| scope.alloc(snake(&p.name)))
            .collect()
    }

    /// The Rust name of a function's own part: `get` for `[method]r.get`.
    pub(crate) fn short_name(f: &Function) -> &str {
        match f.kind {
            FunctionKind::Freestanding => &f.name,
            _ => f.name.rsplit('.').next().unwrap_or(&f.name),
        }
    }

    /// Names the methods of a host trait: `reserved` first, then each function's own name.
    pub(crate) fn method_names<'f>(
        funcs: impl IntoIterator<Item = &'f Function>,
        reserved: Vec<String>,
    ) -> Vec<(&'f Function, String)> {
        let mut scope = Scope::new(reserved);
        funcs
            .into_iter()
            .map(|f| {
                let name = match f.kind {
                    FunctionKind::Constructor(_) => "new".to_string(),
                    _ => scope.alloc(snake(Self::short_name(f))),
                };
                (f, name)
            })
            .collect()
    }
}
