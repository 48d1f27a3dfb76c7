//! Exported interfaces: a `Guest` struct each, whose methods call the guest.

use crate::generator::Gen;
use crate::modules::{ModPath, first_entry};
use crate::names::{Scope, raw_snake};
use crate::types::Mode;
use anyhow::{Result, bail};
use wit_parser::{Function, FunctionKind, InterfaceId, WorldKey};

impl Gen<'_> {
    /// The Rust pieces of an exported function's call: parameter list, typed parameter
    /// type and value for the call, owned parameter type for the check, and result type.
    fn guest_call(
        &self,
        f: &Function,
        module: &[String],
    ) -> Result<(String, String, String, String, String)> {
        let names = self.param_names(f);
        let mut params = String::new();
        let mut call_tys = Vec::new();
        let mut check_tys = Vec::new();
        for (p, name) in f.params.iter().zip(&names) {
            let ty = self.ty(&p.ty, Mode::Param, module)?;
            params += &format!(", {name}: {ty}");
            call_tys.push(ty);
            check_tys.push(self.ty(&p.ty, Mode::Owned, module)?);
        }
        let (call_ty, args) = self.param_list(&names, &call_tys, module);
        let (check_ty, _) = self.param_list(&names, &check_tys, module);
        let result = match &f.result {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        Ok((params, call_ty, args, check_ty, result))
    }

    /// A method calling exported function `f` stored in field `field`.
    pub(crate) fn call_method(
        &self,
        f: &Function,
        field: &str,
        method: &str,
        module: &[String],
    ) -> Result<String> {
        let w = self.w();
        let (params, call_ty, args, _, result) = self.guest_call(f, module)?;
        let results = if f.result.is_some() {
            format!("({result},)")
        } else {
            "()".into()
        };
        let ret = if f.result.is_some() {
            "::core::result::Result::Ok(__r.0)"
        } else {
            "{ let () = __r; ::core::result::Result::Ok(()) }"
        };
        Ok(format!(
            "    /// Calls `{}`.\n    pub fn {method}<__T: 'static>(&self, mut __store: impl {w}::AsContextMut<Data = __T>{params}) -> {w}::Result<{result}> {{\n        let __f = {w}::component::__internal::typed_func::<{call_ty}, {results}>(&self.{field});\n        let __r = __f.call(__store.as_context_mut(), {args})?;\n        {ret}\n    }}\n",
            f.name
        ))
    }

    /// The type check of exported function `f`, at instantiation, binding it to `field`.
    pub(crate) fn check_call(
        &self,
        f: &Function,
        lookup: &str,
        field: &str,
        module: &[String],
    ) -> Result<String> {
        let w = self.w();
        let (_, _, _, check_ty, result) = self.guest_call(f, module)?;
        let results = if f.result.is_some() {
            format!("({result},)")
        } else {
            "()".into()
        };
        Ok(format!(
            "        let {field} = {lookup}.get_func(&mut store, \"{}\").ok_or_else(|| {w}::component::__internal::missing_export(\"{}\"))?;\n        {field}.typed::<{check_ty}, {results}>()?;\n",
            f.name, f.name
        ))
    }

    /// Generates an exported interface under `key`; returns its module.
    pub(crate) fn export_interface(&mut self, key: &WorldKey, id: InterfaceId) -> Result<ModPath> {
        let module = self.key_module(key, id, true);
        let iface = self.resolve.interfaces[id].clone();
        let w = self.w().to_string();
        let export_name = self.resolve.name_world_key(key);
        if first_entry(&mut self.export_modules, id, &module) {
            for (_, t) in &iface.types {
                self.define_type(*t, &module, false)?;
            }
        }
        let funcs: Vec<&Function> = iface.functions.values().collect();
        // The fields are private: named by position, they need no WIT name.
        let fields: Vec<String> = (0..funcs.len()).map(|i| format!("__f{i}")).collect();
        let mut decls = String::new();
        let mut init = String::new();
        let mut methods = String::new();
        let mut scope = Scope::new(["new"]);
        for (f, field) in funcs.iter().zip(&fields) {
            decls += &format!("    {field}: {w}::component::Func,\n");
            init += &self.check_call(f, "exports", field, &module)?;
            match &f.kind {
                FunctionKind::Freestanding => {
                    let method = scope.alloc(format!("call_{}", raw_snake(&f.name)));
                    methods += &self.call_method(f, field, &method, &module)?;
                }
                FunctionKind::Constructor(_)
                | FunctionKind::Method(_)
                | FunctionKind::Static(_) => {}
                _ => bail!(
                    "function `{}`: async functions are not supported yet",
                    f.name
                ),
            }
        }
        let resources = self.guest_resource_views(&iface, &funcs, &fields, &mut scope, &module)?;
        let s = format!(
            "/// The guest's exports of `{export_name}`.\npub struct Guest {{\n{decls}}}\n\n#[allow(clippy::too_many_arguments)]\nimpl Guest {{\n    /// Finds and checks the exports of `{export_name}` in `instance`.\n    pub fn new(mut store: impl {w}::AsContextMut, instance: &{w}::component::Instance) -> {w}::Result<Guest> {{\n        let exports = instance.get_instance(\"{export_name}\").ok_or_else(|| {w}::component::__internal::missing_export(\"{export_name}\"))?;\n{init}        let _ = &mut store;\n        ::core::result::Result::Ok(Guest {{ {} }})\n    }}\n\n{methods}}}\n\n{resources}",
            fields.join(", ")
        );
        self.push(&module, &s);
        Ok(module)
    }
}
