/// The exports of an instance of world `options`, ready to call.
pub struct Options {
    i_fixtures_options_opts: exports::fixtures::options::opts::Guest,
}
impl Options {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Options> {
        let instance = linker.instantiate(&mut store, component)?;
        Options::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Options> {
        let i_fixtures_options_opts = exports::fixtures::options::opts::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Options { i_fixtures_options_opts })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::options::opts::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::options::opts::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:options/opts`.
    pub fn fixtures_options_opts(&self) -> &exports::fixtures::options::opts::Guest {
        &self.i_fixtures_options_opts
    }
}
/// `Options` ready to instantiate quickly: the imports are resolved.
pub struct OptionsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> OptionsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(OptionsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Options> {
        let instance = self.pre.instantiate(&mut store)?;
        Options::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `options`.
        #[allow(dead_code, clippy::all)]
        pub mod options {
            /// Generated bindings: `opts`.
            #[allow(dead_code, clippy::all)]
            pub mod opts {
                /// The guest's exports of `fixtures:options/opts`.
                pub struct Guest {
                    f_maybe_u32: ::wicker::component::Func,
                    f_nested: ::wicker::component::Func,
                    f_list_of: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:options/opts` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:options/opts")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:options/opts",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "maybe-u32")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "maybe-u32",
                            ))?;
                        func.typed::<(Option<u32>,), (Option<u32>,)>()?;
                        let f_maybe_u32 = func;
                        let func = exports
                            .get_func(&mut store, "nested")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nested",
                            ))?;
                        func.typed::<
                                (Option<Option<String>>,),
                                (Option<Option<String>>,),
                            >()?;
                        let f_nested = func;
                        let func = exports
                            .get_func(&mut store, "list-of")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "list-of",
                            ))?;
                        func.typed::<(Vec<Option<u8>>,), (Vec<Option<u8>>,)>()?;
                        let f_list_of = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_maybe_u32,
                            f_nested,
                            f_list_of,
                        })
                    }
                    /// Calls `maybe-u32`.
                    pub fn call_maybe_u32<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        x: Option<u32>,
                    ) -> ::wicker::Result<Option<u32>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (Option<u32>,),
                            (Option<u32>,),
                        >(&self.f_maybe_u32);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        Ok(__r.0)
                    }
                    /// Calls `nested`.
                    pub fn call_nested<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        x: Option<Option<String>>,
                    ) -> ::wicker::Result<Option<Option<String>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (Option<Option<String>>,),
                            (Option<Option<String>>,),
                        >(&self.f_nested);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        Ok(__r.0)
                    }
                    /// Calls `list-of`.
                    pub fn call_list_of<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        x: &[Option<u8>],
                    ) -> ::wicker::Result<Vec<Option<u8>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[Option<u8>],),
                            (Vec<Option<u8>>,),
                        >(&self.f_list_of);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `options`.
    #[allow(dead_code, clippy::all)]
    pub mod options {
        /// Generated bindings: `opts`.
        #[allow(dead_code, clippy::all)]
        pub mod opts {
            /// The host's implementation of `fixtures:options/opts`.
            pub trait Host {
                /// `maybe-u32`.
                fn maybe_u32(&mut self, x: Option<u32>) -> Option<u32>;
                /// `nested`.
                fn nested(
                    &mut self,
                    x: Option<Option<String>>,
                ) -> Option<Option<String>>;
                /// `list-of`.
                fn list_of(&mut self, x: Vec<Option<u8>>) -> Vec<Option<u8>>;
            }
            /// Defines `fixtures:options/opts` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:options/opts")?;
                __inst
                    .func_wrap(
                        "maybe-u32",
                        move |mut __store, (x,): (Option<u32>,)| {
                            let __r = Host::maybe_u32(__get(__store.data_mut()), x);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nested",
                        move |mut __store, (x,): (Option<Option<String>>,)| {
                            let __r = Host::nested(__get(__store.data_mut()), x);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "list-of",
                        move |mut __store, (x,): (Vec<Option<u8>>,)| {
                            let __r = Host::list_of(__get(__store.data_mut()), x);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
