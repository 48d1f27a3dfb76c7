//! Doc comments of generated items: the WIT documentation, or a line that names the item.

use crate::generator::Gen;
use wit_parser::InterfaceId;

/// Doc comment lines: the WIT documentation, or `fallback` when it has none.
pub(crate) fn doc(docs: &wit_parser::Docs, fallback: &str, indent: &str) -> String {
    let text = docs.contents.as_deref().unwrap_or(fallback);
    // A fence without a language would be a Rust doctest of the crate calling `bindgen!`.
    let mut in_code = false;
    text.lines()
        .map(|l| {
            let fence = l.trim_start().starts_with("```");
            let l = if fence && !in_code && l.trim() == "```" {
                format!("{l}text")
            } else {
                l.to_string()
            };
            if fence {
                in_code = !in_code;
            }
            if l.is_empty() {
                format!("{indent}///\n")
            } else {
                format!("{indent}/// {l}\n")
            }
        })
        .collect()
}

impl Gen<'_> {
    /// The name of interface `id` in generated docs: `ns:pkg/iface@version`, or its bare
    /// name when it has no package.
    pub(crate) fn interface_docs(&self, id: InterfaceId) -> String {
        match self.resolve.id_of(id) {
            Some(name) => name,
            None => self.resolve.interfaces[id].name.clone().unwrap_or_default(),
        }
    }
}
