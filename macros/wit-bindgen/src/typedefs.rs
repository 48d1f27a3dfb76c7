//! The definitions of named WIT types: structs, enums, aliases and host resource markers.

use crate::docs::doc;
use crate::generator::Gen;
use crate::modules::ModPath;
use crate::names::{Scope, camel, snake};
use crate::types::Mode;
use anyhow::Result;
use wit_parser::{Type, TypeDefKind, TypeId};

impl Gen<'_> {
    /// Whether values of `ty` hold resource handles (which are neither `Clone` nor
    /// comparable).
    fn has_handle(&self, ty: &Type) -> bool {
        let Type::Id(id) = ty else { return false };
        match &self.resolve.types[*id].kind {
            TypeDefKind::Handle(_) | TypeDefKind::Resource => true,
            TypeDefKind::Record(r) => r.fields.iter().any(|f| self.has_handle(&f.ty)),
            TypeDefKind::Tuple(t) => t.types.iter().any(|t| self.has_handle(t)),
            TypeDefKind::Variant(v) => v
                .cases
                .iter()
                .any(|c| c.ty.as_ref().is_some_and(|t| self.has_handle(t))),
            TypeDefKind::Option(t) | TypeDefKind::List(t) | TypeDefKind::Type(t) => {
                self.has_handle(t)
            }
            TypeDefKind::FixedLengthList(t, _) => self.has_handle(t),
            TypeDefKind::Result(r) => {
                r.ok.as_ref().is_some_and(|t| self.has_handle(t))
                    || r.err.as_ref().is_some_and(|t| self.has_handle(t))
            }
            _ => false,
        }
    }

    /// The `#[derive]` line of a generated type: the component traits and `Debug`, `Clone`
    /// and `PartialEq` when `clone_eq`, and the `additional_derives`.
    pub(crate) fn derives(&self, clone_eq: bool) -> String {
        let w = self.w();
        let mut d = vec![
            format!("{w}::component::ComponentType"),
            format!("{w}::component::Lift"),
            format!("{w}::component::Lower"),
            "::core::fmt::Debug".to_string(),
        ];
        if clone_eq {
            d.push("::core::clone::Clone".into());
            d.push("::core::cmp::PartialEq".into());
        }
        d.extend(self.opts.additional_derives.iter().cloned());
        format!("#[derive({})]\n", d.join(", "))
    }

    /// Defines named type `id` in module `module`.
    pub(crate) fn define_type(
        &mut self,
        id: TypeId,
        module: &ModPath,
        host_owned: bool,
    ) -> Result<()> {
        let def = &self.resolve.types[id];
        let Some(name) = &def.name else { return Ok(()) };
        let rust = self.type_ident(id);
        let w = self.w().to_string();
        let krate = format!("#[component(wicker = \"{w}\")]\n");
        let docs = doc(&def.docs, &format!("The WIT type `{name}`."), "");
        let mut s = String::new();
        match &def.kind {
            TypeDefKind::Record(r) => {
                let eq = !r.fields.iter().any(|f| self.has_handle(&f.ty));
                s += &self.derives(eq);
                s += &format!("#[component(record)]\n{krate}pub struct {rust} {{\n");
                let mut scope = Scope::default();
                for f in &r.fields {
                    s += &doc(&f.docs, &format!("The `{}` field.", f.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    pub {}: {},\n",
                        f.name,
                        scope.alloc(snake(&f.name)),
                        self.ty(&f.ty, Mode::Owned, module)?
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Variant(v) => {
                let eq = !v
                    .cases
                    .iter()
                    .any(|c| c.ty.as_ref().is_some_and(|t| self.has_handle(t)));
                s += &self.derives(eq);
                s += &format!("#[component(variant)]\n{krate}pub enum {rust} {{\n");
                let mut scope = Scope::default();
                for c in &v.cases {
                    s += &doc(&c.docs, &format!("The `{}` case.", c.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    {}",
                        c.name,
                        scope.alloc(camel(&c.name))
                    );
                    if let Some(t) = &c.ty {
                        s += &format!("({})", self.ty(t, Mode::Owned, module)?);
                    }
                    s += ",\n";
                }
                s += "}\n\n";
            }
            TypeDefKind::Enum(e) => {
                s += &format!(
                    "{}#[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]\n#[component(enum)]\n{krate}pub enum {rust} {{\n",
                    self.derives(true)
                );
                let mut scope = Scope::default();
                for c in &e.cases {
                    s += &doc(&c.docs, &format!("The `{}` case.", c.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    {},\n",
                        c.name,
                        scope.alloc(camel(&c.name))
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Flags(f) => {
                s += &format!(
                    "{}#[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash, ::core::default::Default)]\n#[component(flags)]\n{krate}pub struct {rust} {{\n",
                    self.derives(true)
                );
                let mut scope = Scope::default();
                for flag in &f.flags {
                    s += &doc(&flag.docs, &format!("The `{}` flag.", flag.name), "    ");
                    s += &format!(
                        "    #[component(name = \"{}\")]\n    pub {}: bool,\n",
                        flag.name,
                        scope.alloc(snake(&flag.name))
                    );
                }
                s += "}\n\n";
            }
            TypeDefKind::Resource => {
                if host_owned {
                    if let Some((key, path)) = self.with_resource(id) {
                        // The host's own type stands for the resource.
                        let (key, path) = (key.to_string(), path.to_string());
                        self.used_with.insert(key);
                        s += &format!(
                            "/// The host's `{name}` resource: handles are `Resource<{rust}>`.\npub use {path} as {rust};\n\n"
                        );
                    } else {
                        s += &format!(
                            "/// The host's `{name}` resource: handles are `Resource<{rust}>`.\npub enum {rust} {{}}\n\n"
                        );
                    }
                }
            }
            TypeDefKind::Type(Type::Id(other))
                if matches!(
                    self.resolve.types[self.resolve_alias(*other)].kind,
                    TypeDefKind::Resource
                ) =>
            {
                // `use` of a resource: the marker type under this name too.
                let target = self.resolve_alias(*other);
                if self.host_resource(target) {
                    s += &format!("pub use {} as {rust};\n\n", self.type_path(target, module));
                }
            }
            TypeDefKind::Type(t) => {
                s += &format!(
                    "pub type {rust} = {};\n\n",
                    self.ty(t, Mode::Owned, module)?
                );
            }
            _ => {
                // A named list, option, result, tuple or handle: an alias of its Rust type.
                s += &format!(
                    "pub type {rust} = {};\n\n",
                    self.anonymous(&def.kind, module)?
                );
            }
        }
        // A guest resource (or a `use` of one) has no item, and so no docs.
        if !s.is_empty() {
            self.push(module, &(docs + &s));
        }
        Ok(())
    }
}
