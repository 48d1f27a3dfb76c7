//! Resources: whether the host or the guest implements each, the host's `Host<R>` traits,
//! and the guest's `Guest<R>` views.

use crate::generator::Gen;
use crate::names::{Scope, raw_camel, raw_snake, snake};
use anyhow::Result;
use wit_parser::{Function, FunctionKind, Interface, TypeDefKind, TypeId, TypeOwner, WorldItem};

impl Gen<'_> {
    /// Whether resource type `id` is implemented by the host (imported) rather than by the
    /// guest (exported).
    pub(crate) fn host_resource(&self, id: TypeId) -> bool {
        let id = self.resolve_alias(id);
        match self.resolve.types[id].owner {
            TypeOwner::Interface(i) => self.imported.contains(&i),
            TypeOwner::World(_) => self.world_imports_type(id),
            TypeOwner::None => false,
        }
    }

    /// Whether the world itself imports type `id`.
    fn world_imports_type(&self, id: TypeId) -> bool {
        let world = &self.resolve.worlds[self.world];
        world
            .imports
            .values()
            .any(|item| matches!(item, WorldItem::Type { id: t, .. } if *t == id))
    }

    /// The trait `Host<R>` of host resource `r` (defined in `module`) with its functions
    /// among `funcs`, and the linker code defining the resource and its functions.
    pub(crate) fn host_resource_trait(
        &self,
        r: TypeId,
        funcs: &[&Function],
        module: &[String],
    ) -> Result<(String, String, String)> {
        let w = self.w();
        let rname = self.resolve.types[r].name.clone().unwrap_or_default();
        // The resource's path: an interface imported under two names defines its types once.
        let rust = self.type_path(r, module);
        let tr = format!("Host{}", raw_camel(&rname));
        let mut s = format!(
            "/// The host's implementation of resource `{rname}`.\n#[allow(clippy::too_many_arguments)]\npub trait {tr} {{\n"
        );
        let mut link = String::new();
        let own = funcs.iter().copied().filter(|f| match f.kind {
            FunctionKind::Constructor(o) | FunctionKind::Method(o) | FunctionKind::Static(o) => {
                o == r
            }
            _ => false,
        });
        for (f, m) in Self::method_names(own, vec!["new".into(), "drop".into()]) {
            s += &self.host_decl(f, &m, module)?;
            link += &self.wrap_import(f, &tr, &m, module)?;
        }
        s += &format!(
            "    /// Drops the resource `rep`, whose last owned handle the guest dropped.\n    fn drop(&mut self, rep: {w}::component::Resource<{rust}>) -> {w}::Result<()>;\n}}\n\n"
        );
        let link = format!(
            "    __inst.resource::<{rust}>(\"{rname}\", move |mut __store, __rep| {{\n        {tr}::drop(__get(__store.data_mut()), {w}::component::Resource::new_own(__rep))\n    }})?;\n{link}"
        );
        Ok((tr, s, link))
    }

    /// The views of the guest's resources in `iface`: one per resource, with its
    /// constructor, methods and statics among `funcs` (stored in `fields`), and an accessor
    /// on `Guest` named in `scope`.
    pub(crate) fn guest_resource_views(
        &self,
        iface: &Interface,
        funcs: &[&Function],
        fields: &[String],
        scope: &mut Scope,
        module: &[String],
    ) -> Result<String> {
        let mut resources = String::new();
        for (_, t) in &iface.types {
            let def = &self.resolve.types[*t];
            if !matches!(def.kind, TypeDefKind::Resource) {
                continue;
            }
            let rname = def.name.clone().unwrap_or_default();
            let view = format!("Guest{}", raw_camel(&rname));
            let mut rscope = Scope::new(["call_constructor"]);
            let mut rmethods = String::new();
            for (f, field) in funcs.iter().zip(fields) {
                let (owner, method) = match f.kind {
                    FunctionKind::Constructor(o) => (o, "call_constructor".to_string()),
                    FunctionKind::Method(o) | FunctionKind::Static(o) => (
                        o,
                        rscope.alloc(format!("call_{}", raw_snake(Self::short_name(f)))),
                    ),
                    _ => continue,
                };
                if owner != *t {
                    continue;
                }
                rmethods += &self
                    .call_method(f, field, &method, module)?
                    .replace("&self.", "&self.0.");
            }
            resources += &format!(
                "/// Calls of the guest's resource `{rname}`.\npub struct {view}<'a>(&'a Guest);\n\n#[allow(clippy::too_many_arguments)]\nimpl {view}<'_> {{\n{rmethods}}}\n\nimpl Guest {{\n    /// The calls of resource `{rname}`.\n    pub fn {}(&self) -> {view}<'_> {{\n        {view}(self)\n    }}\n}}\n\n",
                scope.alloc(snake(&rname))
            );
        }
        Ok(resources)
    }
}
