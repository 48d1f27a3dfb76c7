//! The `__wicker` module: `Tuple<N>` structs for the WIT tuples and parameter lists that
//! are longer than the Rust tuples the derives and the runtime cover.

use crate::generator::Gen;
use crate::modules::relative;

/// Parameter lists up to this length are Rust tuples (the runtime's tuple impls go this
/// far); longer ones are the `__wicker::Tuple<N>` structs.
const MAX_PARAM_TUPLE: usize = 32;

/// The module of generated helpers at the root; no WIT name gives a module starting `__`.
const HELPERS: &str = "__wicker";

impl Gen<'_> {
    /// The path of `__wicker::Tuple<n>` from module `from`, recording that it is used.
    pub(crate) fn wide_tuple(&self, n: usize, from: &[String]) -> String {
        self.wide.borrow_mut().insert(n);
        relative(from, &[HELPERS.to_string()], &format!("Tuple{n}"))
    }

    /// A parameter list as a Rust type and as a pattern or expression of `names`: a tuple,
    /// or a `__wicker::Tuple<N>` past [`MAX_PARAM_TUPLE`].
    pub(crate) fn param_list(
        &self,
        names: &[String],
        tys: &[String],
        from: &[String],
    ) -> (String, String) {
        let (open, close) = if tys.len() > MAX_PARAM_TUPLE {
            (self.wide_tuple(tys.len(), from), String::new())
        } else {
            (String::new(), ",".to_string())
        };
        let join = |v: &[String]| -> String {
            if v.is_empty() {
                "()".into()
            } else {
                format!("({}{close})", v.join(", "))
            }
        };
        let ty = if open.is_empty() {
            join(tys)
        } else {
            format!("{open}<{}>", tys.join(", "))
        };
        (ty, format!("{open}{}", join(names)))
    }

    /// The `__wicker` module: a tuple struct for each length of tuple or parameter list
    /// that Rust tuples do not cover.
    pub(crate) fn helpers(&mut self) {
        let wide: Vec<usize> = self.wide.borrow().iter().copied().collect();
        if wide.is_empty() {
            return;
        }
        let w = self.w().to_string();
        let mut s = String::new();
        for n in wide {
            let params: Vec<String> = (0..n).map(|i| format!("T{i}")).collect();
            let fields: Vec<String> = params.iter().map(|p| format!("pub {p}")).collect();
            s += &format!(
                "/// A WIT tuple (or parameter list) of {n} values.\n{}#[component(tuple)]\n#[component(wicker = \"{w}\")]\npub struct Tuple{n}<{}>({});\n\n",
                self.derives(true),
                params.join(", "),
                fields.join(", ")
            );
        }
        self.push(&vec![HELPERS.to_string()], &s);
    }
}
