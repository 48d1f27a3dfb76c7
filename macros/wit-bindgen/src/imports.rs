//! Imported interfaces: a `Host` trait each, and the `add_to_linker` that registers it.

use crate::docs::doc;
use crate::generator::Gen;
use crate::modules::{ModPath, first_entry, relative};
use crate::types::Mode;
use anyhow::{Result, bail};
use wit_parser::{Function, FunctionKind, InterfaceId, TypeDefKind, TypeId, WorldKey};

impl Gen<'_> {
    /// The trait method of an imported function: its Rust parameters and result.
    fn host_method(&self, f: &Function, module: &[String]) -> Result<(String, String)> {
        if !matches!(
            f.kind,
            FunctionKind::Freestanding
                | FunctionKind::Constructor(_)
                | FunctionKind::Method(_)
                | FunctionKind::Static(_)
        ) {
            bail!(
                "function `{}`: async functions are not supported yet",
                f.name
            );
        }
        let mut params = String::new();
        for (p, name) in f.params.iter().zip(self.param_names(f)) {
            params += &format!(", {name}: {}", self.ty(&p.ty, Mode::Owned, module)?);
        }
        let result = match &f.result {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        let result = if let Some((ok, rust, _)) = self.mapped_result(f, module)? {
            format!(" -> ::core::result::Result<{ok}, {rust}>")
        } else if self.opts.trappable_imports {
            format!(" -> {}::Result<{result}>", self.w())
        } else if result == "()" {
            String::new()
        } else {
            format!(" -> {result}")
        };
        Ok((params, result))
    }

    /// A host trait method's declaration.
    pub(crate) fn host_decl(
        &self,
        f: &Function,
        method: &str,
        module: &[String],
    ) -> Result<String> {
        let (params, result) = self.host_method(f, module)?;
        Ok(format!(
            "{}    fn {method}(&mut self{params}){result};\n",
            doc(&f.docs, &format!("`{}`.", f.name), "    ")
        ))
    }

    /// The `func_wrap` registering imported function `f` as method `method` of trait `tr`.
    pub(crate) fn wrap_import(
        &self,
        f: &Function,
        tr: &str,
        method: &str,
        module: &[String],
    ) -> Result<String> {
        let names = self.param_names(f);
        let tys = f
            .params
            .iter()
            .map(|p| self.ty(&p.ty, Mode::Owned, module))
            .collect::<Result<Vec<_>>>()?;
        let (ty, pat) = self.param_list(&names, &tys, module);
        let args: String = names.iter().map(|n| format!(", {n}")).collect();
        let call = format!("{tr}::{method}(__get(__store.data_mut()){args})");
        let call = if let Some((_, _, err)) = self.mapped_result(f, module)? {
            // The Rust error becomes the WIT error value, or a trap.
            let host = relative(module, &self.type_module(err), "Host");
            let convert = self.convert_method(err);
            format!(
                "match {call} {{ ::core::result::Result::Ok(v) => ::core::result::Result::Ok(v), ::core::result::Result::Err(e) => ::core::result::Result::Err(<_ as {host}>::{convert}(__get(__store.data_mut()), e)?) }}"
            )
        } else if self.opts.trappable_imports {
            format!("{call}?")
        } else {
            call
        };
        let ret = if f.result.is_some() {
            "::core::result::Result::Ok((__r,))"
        } else {
            "{ let _ = __r; ::core::result::Result::Ok(()) }"
        };
        Ok(format!(
            "    __inst.func_wrap(\"{}\", move |mut __store, {pat}: {ty}| {{\n        let __r = {call};\n        {ret}\n    }})?;\n",
            f.name
        ))
    }

    /// Generates an imported interface; returns its module if the host implements
    /// something there (functions or resources).
    pub(crate) fn import_interface(
        &mut self,
        key: &WorldKey,
        id: InterfaceId,
    ) -> Result<Option<ModPath>> {
        if let Some((k, _)) = self.with_path(id) {
            // Generated elsewhere: only referred to.
            self.used_with.insert(k.to_string());
            return Ok(None);
        }
        let module = self.key_module(key, id, false);
        let iface = self.resolve.interfaces[id].clone();
        let w = self.w().to_string();
        // Types are defined once, under the first name the interface is imported as.
        if first_entry(&mut self.import_modules, id, &module) {
            for (_, t) in &iface.types {
                self.define_type(*t, &module, true)?;
            }
        }
        let link_name = self.resolve.name_world_key(key);
        let resources: Vec<TypeId> = iface
            .types
            .values()
            .copied()
            .filter(|t| matches!(self.resolve.types[*t].kind, TypeDefKind::Resource))
            .collect();
        let mapped: Vec<(TypeId, String, String)> = iface
            .types
            .values()
            .filter_map(|t| {
                let (key, rust) = self.mapped_error(*t)?;
                Some((*t, key.to_string(), rust.to_string()))
            })
            .filter(|(t, _, _)| self.resolve_alias(*t) == *t)
            .collect();
        for (_, key, _) in &mapped {
            self.used_errors.insert(key.clone());
        }
        if iface.functions.is_empty() && resources.is_empty() && mapped.is_empty() {
            // Only types: nothing for the host to implement or define.
            return Ok(None);
        }
        // Resources: a trait each.
        let funcs: Vec<&Function> = iface.functions.values().collect();
        let mut supertraits = Vec::new();
        let mut link = String::new();
        let mut s = String::new();
        for r in &resources {
            let (tr, text, rlink) = self.host_resource_trait(*r, &funcs, &module)?;
            s += &text;
            link += &rlink;
            supertraits.push(tr);
        }
        let supers = if supertraits.is_empty() {
            String::new()
        } else {
            format!(": {}", supertraits.join(" + "))
        };
        s += &format!(
            "/// The host's implementation of `{}`.\n#[allow(clippy::too_many_arguments)]\npub trait Host{supers} {{\n",
            self.interface_docs(id)
        );
        let mut reserved = Vec::new();
        for (t, _, rust) in &mapped {
            let convert = self.convert_method(*t);
            s += &format!(
                "    /// Turns a `{rust}` into the WIT error value, or into a trap.\n    fn {convert}(&mut self, err: {rust}) -> {w}::Result<{}>;\n",
                self.type_ident(*t)
            );
            reserved.push(convert);
        }
        let free = funcs.iter().copied().filter(|f| {
            !matches!(
                f.kind,
                FunctionKind::Constructor(_) | FunctionKind::Method(_) | FunctionKind::Static(_)
            )
        });
        for (f, m) in Self::method_names(free, reserved) {
            s += &self.host_decl(f, &m, &module)?;
            link += &self.wrap_import(f, "Host", &m, &module)?;
        }
        s += "}\n\n";
        // Error conversions that other interfaces define.
        let mut extra = String::new();
        for f in iface.functions.values() {
            if let Some((_, _, err)) = self.mapped_result(f, &module)? {
                let home = self.type_module(err);
                if home != module {
                    let host = relative(&module, &home, "Host");
                    if !extra.contains(&host) {
                        extra += &format!(" + {host}");
                    }
                }
            }
        }
        s += &format!(
            "/// Defines `{link_name}` in `linker`, implemented by the `__U` that `get` finds in the\n/// store's data.\npub fn add_to_linker<__T: 'static, __U: Host{extra} + 'static>(\n    linker: &mut {w}::component::Linker<__T>,\n    get: fn(&mut __T) -> &mut __U,\n) -> {w}::Result<()> {{\n    let __get = get;\n    let mut __inst = linker.instance(\"{link_name}\")?;\n{link}    let _ = (&mut __inst, __get);\n    ::core::result::Result::Ok(())\n}}\n\n"
        );
        self.push(&module, &s);
        Ok(Some(module))
    }
}
