//! The world's own items: the `<World>` struct and `<World>Pre`, and the host traits of
//! the functions and resources the world imports itself.

use crate::generator::Gen;
use crate::modules::{ModPath, relative};
use crate::names::{Scope, camel, escape, raw_camel, raw_snake, snake};
use anyhow::Result;
use wit_parser::{Function, FunctionKind, TypeDefKind, WorldItem, WorldKey};

impl Gen<'_> {
    /// Generates the world's own items at the root, from its imported interfaces' modules
    /// and functions and its exported interfaces' modules and functions.
    pub(crate) fn world_struct(
        &mut self,
        import_ifaces: &[ModPath],
        world_funcs: &[Function],
        export_ifaces: &[(WorldKey, ModPath)],
        export_funcs: &[Function],
    ) -> Result<()> {
        let w = self.w().to_string();
        let world = &self.resolve.worlds[self.world];
        let name = camel(&world.name);
        let raw = raw_camel(&world.name);
        let root: ModPath = Vec::new();
        let mut s = String::new();
        let mut bounds: Vec<String> = import_ifaces
            .iter()
            .map(|m| relative(&root, m, "Host"))
            .collect();
        let mut link = String::new();
        for m in import_ifaces {
            link += &format!(
                "        {}(linker, get)?;\n",
                relative(&root, m, "add_to_linker")
            );
        }
        // World-level resources: a `Host<R>` trait each, as in an interface.
        let funcs: Vec<&Function> = world_funcs.iter().collect();
        let mut wraps = String::new();
        for item in world.imports.values() {
            let WorldItem::Type { id, .. } = item else {
                continue;
            };
            if !matches!(self.resolve.types[*id].kind, TypeDefKind::Resource) {
                continue;
            }
            let (tr, text, rlink) = self.host_resource_trait(*id, &funcs, &root)?;
            s += &text;
            wraps += &rlink;
            bounds.push(tr);
        }
        // Imported world functions.
        let free: Vec<&Function> = funcs
            .iter()
            .copied()
            .filter(|f| {
                !matches!(
                    f.kind,
                    FunctionKind::Constructor(_)
                        | FunctionKind::Method(_)
                        | FunctionKind::Static(_)
                )
            })
            .collect();
        if !free.is_empty() {
            let tr = format!("{raw}Imports");
            s += &format!(
                "/// The host's implementation of the functions `{}` imports.\n#[allow(clippy::too_many_arguments)]\npub trait {tr} {{\n",
                world.name
            );
            for (f, m) in Self::method_names(free, Vec::new()) {
                s += &self.host_decl(f, &m, &root)?;
                wraps += &self.wrap_import(f, &tr, &m, &root)?;
            }
            s += "}\n\n";
            bounds.push(tr);
        }
        if !wraps.is_empty() {
            link += &format!(
                "        let __get = get;\n        let mut __inst = linker.root();\n{wraps}        let _ = &mut __inst;\n"
            );
        }
        let bound = if bounds.is_empty() {
            "::core::marker::Sized".to_string()
        } else {
            bounds.join(" + ")
        };
        let mut decls = String::new();
        let mut init = String::new();
        let mut methods = String::new();
        let mut fields = Vec::new();
        let mut scope = Scope::new(["instantiate", "new", "add_to_linker"]);
        for (i, f) in export_funcs.iter().enumerate() {
            let field = format!("__f{i}");
            decls += &format!("    {field}: {w}::component::Func,\n");
            init += &self.check_call(f, "instance", &field, &root)?;
            let method = scope.alloc(format!("call_{}", raw_snake(&f.name)));
            methods += &self.call_method(f, &field, &method, &root)?;
            fields.push(field);
        }
        for (i, (key, module)) in export_ifaces.iter().enumerate() {
            let guest = relative(&root, module, "Guest");
            let field = format!("__i{i}");
            let accessor = match key {
                WorldKey::Name(n) => snake(n),
                WorldKey::Interface(_) => {
                    let parts: Vec<&str> = module[1..]
                        .iter()
                        .map(|m| m.trim_start_matches("r#"))
                        .collect();
                    escape(parts.join("_"))
                }
            };
            decls += &format!("    {field}: {guest},\n");
            init += &format!("        let {field} = {guest}::new(&mut store, instance)?;\n");
            methods += &format!(
                "    /// The exports of `{}`.\n    pub fn {}(&self) -> &{guest} {{\n        &self.{field}\n    }}\n",
                self.resolve.name_world_key(key),
                scope.alloc(accessor)
            );
            fields.push(field);
        }
        s += &format!(
            "/// The exports of an instance of world `{wname}`, ready to call.\npub struct {name} {{\n{decls}}}\n\n#[allow(non_snake_case, clippy::too_many_arguments)]\nimpl {name} {{\n    /// Instantiates `component` with `linker`'s definitions and finds its exports.\n    pub fn instantiate<__T: 'static>(mut store: impl {w}::AsContextMut<Data = __T>, component: &{w}::component::Component, linker: &{w}::component::Linker<__T>) -> {w}::Result<{name}> {{\n        let instance = linker.instantiate(&mut store, component)?;\n        {name}::new(store, &instance)\n    }}\n\n    /// Finds and checks the exports of `instance`.\n    pub fn new(mut store: impl {w}::AsContextMut, instance: &{w}::component::Instance) -> {w}::Result<{name}> {{\n{init}        let _ = (&mut store, instance);\n        ::core::result::Result::Ok({name} {{ {} }})\n    }}\n\n    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`\n    /// finds in the store's data.\n    pub fn add_to_linker<__T: 'static, __U: {bound} + 'static>(linker: &mut {w}::component::Linker<__T>, get: fn(&mut __T) -> &mut __U) -> {w}::Result<()> {{\n{link}        let _ = (linker, get);\n        ::core::result::Result::Ok(())\n    }}\n\n{methods}}}\n\n",
            fields.join(", "),
            wname = world.name,
        );
        s += &format!(
            "/// `{name}` ready to instantiate quickly: the imports are resolved.\npub struct {raw}Pre<__T> {{\n    pre: {w}::component::InstancePre<__T>,\n}}\n\nimpl<__T: 'static> {raw}Pre<__T> {{\n    /// Wraps an `InstancePre` of a component of this world.\n    pub fn new(pre: {w}::component::InstancePre<__T>) -> {w}::Result<Self> {{\n        ::core::result::Result::Ok(Self {{ pre }})\n    }}\n\n    /// Instantiates the component in `store` and finds its exports.\n    pub fn instantiate(&self, mut store: impl {w}::AsContextMut<Data = __T>) -> {w}::Result<{name}> {{\n        let instance = self.pre.instantiate(&mut store)?;\n        {name}::new(store, &instance)\n    }}\n}}\n\n"
        );
        self.push(&root, &s);
        Ok(())
    }
}
