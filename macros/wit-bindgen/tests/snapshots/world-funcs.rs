/// The host's implementation of the functions `world-funcs` imports.
pub trait WorldFuncsImports {
    /// `log`.
    fn log(&mut self, msg: String);
    /// `now`.
    fn now(&mut self) -> u64;
}
/// The exports of an instance of world `world-funcs`, ready to call.
pub struct WorldFuncs {
    f_run: ::wicker::component::Func,
    f_version: ::wicker::component::Func,
}
impl WorldFuncs {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<WorldFuncs> {
        let instance = linker.instantiate(&mut store, component)?;
        WorldFuncs::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WorldFuncs> {
        let func = instance
            .get_func(&mut store, "run")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("run"))?;
        func.typed::<(Vec<String>,), (i32,)>()?;
        let f_run = func;
        let func = instance
            .get_func(&mut store, "version")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("version"))?;
        func.typed::<(), (String,)>()?;
        let f_version = func;
        let _ = (&mut store, instance);
        Ok(WorldFuncs { f_run, f_version })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: WorldFuncsImports + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "log",
                move |mut __store, (msg,): (String,)| {
                    let __r = WorldFuncsImports::log(__get(__store.data_mut()), msg);
                    {
                        let _ = __r;
                        Ok(())
                    }
                },
            )?;
        __inst
            .func_wrap(
                "now",
                move |mut __store, (): ()| {
                    let __r = WorldFuncsImports::now(__get(__store.data_mut()));
                    Ok((__r,))
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        Ok(())
    }
    /// Calls `run`.
    pub fn call_run<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
        args: &[String],
    ) -> ::wicker::Result<i32> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&[String],),
            (i32,),
        >(&self.f_run);
        let __r = __f.call(__store.as_context_mut(), (args,))?;
        Ok(__r.0)
    }
    /// Calls `version`.
    pub fn call_version<T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<String> {
        let __f = ::wicker::component::__internal::typed_func::<
            (),
            (String,),
        >(&self.f_version);
        let __r = __f.call(__store.as_context_mut(), ())?;
        Ok(__r.0)
    }
}
/// `WorldFuncs` ready to instantiate quickly: the imports are resolved.
pub struct WorldFuncsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> WorldFuncsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(WorldFuncsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<WorldFuncs> {
        let instance = self.pre.instantiate(&mut store)?;
        WorldFuncs::new(store, &instance)
    }
}
