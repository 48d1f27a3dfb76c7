/// The host's implementation of the functions `world-funcs` imports.
#[allow(clippy::too_many_arguments)]
pub trait WorldFuncsImports {
    /// `log`.
    fn log(&mut self, msg: ::std::string::String);
    /// `now`.
    fn now(&mut self) -> u64;
}
/// The exports of an instance of world `world-funcs`, ready to call.
pub struct WorldFuncs {
    __f0: ::wicker::component::Func,
    __f1: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl WorldFuncs {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<WorldFuncs> {
        let instance = linker.instantiate(&mut store, component)?;
        WorldFuncs::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<WorldFuncs> {
        let __f0 = instance
            .get_func(&mut store, "run")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("run"))?;
        __f0.typed::<(::std::vec::Vec<::std::string::String>,), (i32,)>()?;
        let __f1 = instance
            .get_func(&mut store, "version")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("version"))?;
        __f1.typed::<(), (::std::string::String,)>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(WorldFuncs { __f0, __f1 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: WorldFuncsImports + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .func_wrap(
                "log",
                move |mut __store, (msg,): (::std::string::String,)| {
                    let __r = WorldFuncsImports::log(__get(__store.data_mut()), msg);
                    {
                        let _ = __r;
                        ::core::result::Result::Ok(())
                    }
                },
            )?;
        __inst
            .func_wrap(
                "now",
                move |mut __store, (): ()| {
                    let __r = WorldFuncsImports::now(__get(__store.data_mut()));
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `run`.
    pub fn call_run<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
        args: &[::std::string::String],
    ) -> ::wicker::Result<i32> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&[::std::string::String],),
            (i32,),
        >(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), (args,))?;
        ::core::result::Result::Ok(__r.0)
    }
    /// Calls `version`.
    pub fn call_version<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<::std::string::String> {
        let __f = ::wicker::component::__internal::typed_func::<
            (),
            (::std::string::String,),
        >(&self.__f1);
        let __r = __f.call(__store.as_context_mut(), ())?;
        ::core::result::Result::Ok(__r.0)
    }
}
/// `WorldFuncs` ready to instantiate quickly: the imports are resolved.
pub struct WorldFuncsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> WorldFuncsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<WorldFuncs> {
        let instance = self.pre.instantiate(&mut store)?;
        WorldFuncs::new(store, &instance)
    }
}
