//! Linkers: name-based resolution of imports.

use crate::Engine;
use crate::externals::Extern;
use crate::func::{Caller, Func, HostFn, IntoFunc};
use crate::instance::Instance;
use crate::module::Module;
use crate::store::{AsContext, AsContextMut, StoreOpaque};
use crate::types::{ExternType, FuncType};
use crate::values::Val;
use anyhow::{Result, bail};
use std::collections::HashMap;
use std::sync::Arc;

enum Definition<T> {
    Extern(Extern),
    /// A host function, with its engine signature index and wasm-to-host trampoline.
    HostFunc(FuncType, HostFn<T>, u32, crate::vm::WasmToArray),
}

impl<T> Clone for Definition<T> {
    fn clone(&self) -> Self {
        match self {
            Definition::Extern(e) => Definition::Extern(*e),
            Definition::HostFunc(t, f, sig, tramp) => {
                Definition::HostFunc(t.clone(), f.clone(), *sig, *tramp)
            }
        }
    }
}

impl<T: 'static> Definition<T> {
    fn to_extern(&self, s: &mut StoreOpaque) -> Extern {
        match self {
            Definition::Extern(e) => *e,
            Definition::HostFunc(ty, f, sig, tramp) => Extern::Func(Func::from_host_fn_prepared(
                s,
                ty.clone(),
                f.clone(),
                *sig,
                *tramp,
            )),
        }
    }
}

/// Resolves a module's imports by their module and item names.
///
/// ```
/// let engine = wicker::Engine::default();
/// let mut linker = wicker::Linker::<()>::new(&engine);
/// linker.func_wrap("host", "double", |x: i32| x * 2)?;
/// let module = wicker::Module::new(&engine, r#"(module
///     (import "host" "double" (func $d (param i32) (result i32)))
///     (func (export "run") (result i32) i32.const 21 call $d))"#)?;
/// let mut store = wicker::Store::new(&engine, ());
/// let instance = linker.instantiate(&mut store, &module)?;
/// let run = instance.get_typed_func::<(), i32>(&mut store, "run")?;
/// assert_eq!(run.call(&mut store, ())?, 42);
/// # Ok::<(), anyhow::Error>(())
/// ```
pub struct Linker<T> {
    engine: Engine,
    map: HashMap<(String, String), Definition<T>>,
    allow_shadowing: bool,
}

/// A module whose imports have been resolved by a [`Linker`], ready to instantiate quickly,
/// any number of times. Cloning is cheap, so one can be shared among tasks.
pub struct InstancePre<T> {
    module: Module,
    defs: Arc<[Definition<T>]>,
}

impl<T> Clone for InstancePre<T> {
    fn clone(&self) -> Self {
        InstancePre {
            module: self.module.clone(),
            defs: self.defs.clone(),
        }
    }
}

impl<T: 'static> InstancePre<T> {
    /// Instantiates the module in `store`.
    pub fn instantiate(&self, mut store: impl AsContextMut<Data = T>) -> Result<Instance> {
        let s = &mut store.as_context_mut().0.opaque;
        let imports: Vec<Extern> = self.defs.iter().map(|d| d.to_extern(s)).collect();
        Instance::new_in(s, &self.module, &imports)
    }

    /// The module.
    pub fn module(&self) -> &Module {
        &self.module
    }
}

impl<T: 'static> Linker<T> {
    /// An empty linker.
    pub fn new(engine: &Engine) -> Linker<T> {
        Linker {
            engine: engine.clone(),
            map: HashMap::new(),
            allow_shadowing: false,
        }
    }

    /// The engine.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Whether a definition may replace an earlier one of the same name.
    pub fn allow_shadowing(&mut self, allow: bool) -> &mut Self {
        self.allow_shadowing = allow;
        self
    }

    fn insert(&mut self, module: &str, name: &str, def: Definition<T>) -> Result<&mut Self> {
        let key = (module.to_string(), name.to_string());
        if !self.allow_shadowing && self.map.contains_key(&key) {
            bail!("import of `{module}::{name}` defined twice");
        }
        self.map.insert(key, def);
        Ok(self)
    }

    fn insert_host_func(
        &mut self,
        module: &str,
        name: &str,
        ty: FuncType,
        f: HostFn<T>,
    ) -> Result<&mut Self> {
        let sig = self.engine.signature(&ty.0);
        let wasm_to_array = self.engine.trampolines(sig)?.wasm_to_array;
        self.insert(
            module,
            name,
            Definition::HostFunc(ty, f, sig, wasm_to_array),
        )
    }

    /// Defines an item.
    pub fn define(
        &mut self,
        _store: impl AsContext<Data = T>,
        module: &str,
        name: &str,
        item: impl Into<Extern>,
    ) -> Result<&mut Self> {
        self.insert(module, name, Definition::Extern(item.into()))
    }

    /// Defines a host function from a closure over wasm-typed arguments.
    pub fn func_wrap<Params, Results>(
        &mut self,
        module: &str,
        name: &str,
        func: impl IntoFunc<T, Params, Results>,
    ) -> Result<&mut Self> {
        let (ty, f) = func.into_host_fn();
        self.insert_host_func(module, name, ty, f)
    }

    /// Defines a host function taking and returning dynamic values.
    pub fn func_new(
        &mut self,
        module: &str,
        name: &str,
        ty: FuncType,
        func: impl Fn(Caller<'_, T>, &[Val], &mut [Val]) -> Result<()> + Send + Sync + 'static,
    ) -> Result<&mut Self> {
        let f = crate::func::dynamic_host_fn_pub(ty.clone(), func);
        self.insert_host_func(module, name, ty, f)
    }

    /// Defines every export of `instance` under the module name `module`.
    pub fn instance(
        &mut self,
        mut store: impl AsContextMut<Data = T>,
        module: &str,
        instance: Instance,
    ) -> Result<&mut Self> {
        for (name, item) in instance.exports(&mut store) {
            self.insert(module, &name, Definition::Extern(item))?;
        }
        Ok(self)
    }

    /// Instantiates `module` and defines its exports under `name`.
    pub fn module(
        &mut self,
        mut store: impl AsContextMut<Data = T>,
        name: &str,
        module: &Module,
    ) -> Result<&mut Self> {
        let instance = self.instantiate(&mut store, module)?;
        self.instance(store, name, instance)
    }

    /// The definition of `module::name`, if any.
    pub fn get(
        &self,
        mut store: impl AsContextMut<Data = T>,
        module: &str,
        name: &str,
    ) -> Option<Extern> {
        let def = self.map.get(&(module.to_string(), name.to_string()))?;
        Some(def.to_extern(&mut store.as_context_mut().0.opaque))
    }

    /// Defines every function that `module` imports and this linker does not define as a
    /// function that traps when called, naming the import. Imports of other kinds are left
    /// undefined.
    pub fn define_unknown_imports_as_traps(&mut self, module: &Module) -> Result<&mut Self> {
        for import in module.imports() {
            let key = (import.module().to_string(), import.name().to_string());
            if self.map.contains_key(&key) {
                continue;
            }
            if let ExternType::Func(ty) = import.ty() {
                let (module, name) = key;
                let message = format!("unknown import `{module}::{name}` has been called");
                self.func_new(&module, &name, ty, move |_, _, _| {
                    Err(anyhow::anyhow!("{message}"))
                })?;
            }
        }
        Ok(self)
    }

    /// Resolves the imports of `module`.
    pub fn instantiate_pre(&self, module: &Module) -> Result<InstancePre<T>> {
        let mut defs = Vec::new();
        for import in module.imports() {
            match self
                .map
                .get(&(import.module().to_string(), import.name().to_string()))
            {
                Some(d) => defs.push(d.clone()),
                None => bail!(
                    "unknown import: `{}::{}` has not been defined (expected {})",
                    import.module(),
                    import.name(),
                    import.ty()
                ),
            }
        }
        Ok(InstancePre {
            module: module.clone(),
            defs: defs.into(),
        })
    }

    /// Resolves the imports of `module` and instantiates it.
    pub fn instantiate(
        &self,
        store: impl AsContextMut<Data = T>,
        module: &Module,
    ) -> Result<Instance> {
        self.instantiate_pre(module)?.instantiate(store)
    }
}
