//! The function type of a case, and its shape at the core level.

use super::abi::Abi;
use super::abi::Flat;
use super::ty::{Ty, TypeInfo, labels};
use crate::Rng;
use wicker::component::Val;

/// A function type of the target: named parameters, and as result the parameters that are
/// not borrows (a borrow cannot be returned), as one value or a tuple of them.
#[derive(Debug, Clone)]
pub struct Sig {
    /// The parameters.
    pub params: Vec<(String, Ty)>,
}

impl Sig {
    /// A signature of the parameter types `types`, with random names.
    pub fn new(rng: &mut Rng, types: Vec<Ty>) -> Sig {
        let names = labels(rng, types.len());
        Sig {
            params: names.into_iter().zip(types).collect(),
        }
    }

    /// The parameter types.
    pub fn types(&self) -> Vec<Ty> {
        self.params.iter().map(|(_, t)| t.clone()).collect()
    }

    fn kept(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.params.len()).filter(|i| self.params[*i].1 != Ty::Borrow)
    }

    /// The result type.
    pub fn result(&self) -> Option<Ty> {
        let mut kept: Vec<Ty> = self.kept().map(|i| self.params[i].1.clone()).collect();
        match kept.len() {
            0 => None,
            1 => kept.pop(),
            _ => Some(Ty::Tuple(kept)),
        }
    }

    /// The result the function returns for arguments `args`.
    pub fn result_value(&self, args: &[Val]) -> Option<Val> {
        let mut kept: Vec<Val> = self.kept().map(|i| args[i].clone()).collect();
        match kept.len() {
            0 => None,
            1 => kept.pop(),
            _ => Some(Val::Tuple(kept)),
        }
    }

    /// Whether a parameter holds a resource handle.
    pub fn uses_resources(&self) -> bool {
        self.params.iter().any(|(_, t)| t.has_handles())
    }

    /// `(param ...) (result ...)`, with the named types it uses appended to `defs`.
    pub fn render(&self, defs: &mut Vec<String>) -> String {
        let mut out = String::new();
        let mut kept = Vec::new();
        for (name, ty) in &self.params {
            let t = ty.render(defs);
            out += &format!(" (param \"{name}\" {t})");
            if *ty != Ty::Borrow {
                kept.push(t);
            }
        }
        match kept.len() {
            0 => {}
            1 => out += &format!(" (result {})", kept[0]),
            _ => out += &format!(" (result (tuple {}))", kept.join(" ")),
        }
        out
    }
}

/// The core-level shape of a signature.
pub struct Layout {
    /// The flat parameters.
    pub params: Vec<Flat>,
    /// Whether the parameters go in memory (past 16 flat values).
    pub params_in_memory: bool,
    /// The flat results.
    pub results: Vec<Flat>,
    /// Whether the results go in memory (past one flat value).
    pub results_in_memory: bool,
    /// The size of the results in memory.
    pub results_size: u32,
}

impl Layout {
    /// The shape of `sig`.
    pub fn new(sig: &Sig) -> Layout {
        let mut params = Vec::new();
        for (_, t) in &sig.params {
            t.flatten(&mut params);
        }
        let result = sig.result();
        let results = result.as_ref().map(Ty::flat).unwrap_or_default();
        Layout {
            params_in_memory: params.len() > 16,
            params,
            results_in_memory: results.len() > 1,
            results,
            results_size: result.map_or(0, |t| t.layout().0),
        }
    }

    /// The core parameters of the export (and of the import, before its return pointer).
    pub fn core_params(&self) -> Vec<Flat> {
        if self.params_in_memory {
            vec![Flat::I32]
        } else {
            self.params.clone()
        }
    }

    /// The core results of the export.
    pub fn core_results(&self) -> Vec<Flat> {
        if self.results_in_memory {
            vec![Flat::I32]
        } else {
            self.results.clone()
        }
    }
}
