/// The exports of an instance of world `results`, ready to call.
pub struct Results {
    i_fixtures_results_res: exports::fixtures::results::res::Guest,
}
impl Results {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Results> {
        let instance = linker.instantiate(&mut store, component)?;
        Results::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Results> {
        let i_fixtures_results_res = exports::fixtures::results::res::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Results { i_fixtures_results_res })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::results::res::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::results::res::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:results/res`.
    pub fn fixtures_results_res(&self) -> &exports::fixtures::results::res::Guest {
        &self.i_fixtures_results_res
    }
}
/// `Results` ready to instantiate quickly: the imports are resolved.
pub struct ResultsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> ResultsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(ResultsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Results> {
        let instance = self.pre.instantiate(&mut store)?;
        Results::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `results`.
        #[allow(dead_code, clippy::all)]
        pub mod results {
            /// Generated bindings: `res`.
            #[allow(dead_code, clippy::all)]
            pub mod res {
                /// The WIT type `error-code`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
                )]
                #[derive(Copy, Eq, Hash)]
                #[component(enum)]
                #[component(wicker = "::wicker")]
                pub enum ErrorCode {
                    /// The `not-found` case.
                    #[component(name = "not-found")]
                    NotFound,
                    /// The `denied` case.
                    #[component(name = "denied")]
                    Denied,
                }
                /// The guest's exports of `fixtures:results/res`.
                pub struct Guest {
                    f_both: ::wicker::component::Func,
                    f_ok_only: ::wicker::component::Func,
                    f_err_only: ::wicker::component::Func,
                    f_neither: ::wicker::component::Func,
                    f_nested: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:results/res` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:results/res")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:results/res",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "both")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "both",
                            ))?;
                        func.typed::<(u32,), (Result<u32, String>,)>()?;
                        let f_both = func;
                        let func = exports
                            .get_func(&mut store, "ok-only")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "ok-only",
                            ))?;
                        func.typed::<(u32,), (Result<u32, ()>,)>()?;
                        let f_ok_only = func;
                        let func = exports
                            .get_func(&mut store, "err-only")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "err-only",
                            ))?;
                        func.typed::<
                                (u32,),
                                (
                                    Result<
                                        (),
                                        super::super::super::super::fixtures::results::res::ErrorCode,
                                    >,
                                ),
                            >()?;
                        let f_err_only = func;
                        let func = exports
                            .get_func(&mut store, "neither")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "neither",
                            ))?;
                        func.typed::<(), (Result<(), ()>,)>()?;
                        let f_neither = func;
                        let func = exports
                            .get_func(&mut store, "nested")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nested",
                            ))?;
                        func.typed::<(), (Result<Result<u8, u16>, Option<String>>,)>()?;
                        let f_nested = func;
                        let _ = &mut store;
                        Ok(Guest {
                            f_both,
                            f_ok_only,
                            f_err_only,
                            f_neither,
                            f_nested,
                        })
                    }
                    /// Calls `both`.
                    pub fn call_both<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        x: u32,
                    ) -> ::wicker::Result<Result<u32, String>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (Result<u32, String>,),
                        >(&self.f_both);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        Ok(__r.0)
                    }
                    /// Calls `ok-only`.
                    pub fn call_ok_only<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        x: u32,
                    ) -> ::wicker::Result<Result<u32, ()>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (Result<u32, ()>,),
                        >(&self.f_ok_only);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        Ok(__r.0)
                    }
                    /// Calls `err-only`.
                    pub fn call_err_only<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        x: u32,
                    ) -> ::wicker::Result<
                        Result<
                            (),
                            super::super::super::super::fixtures::results::res::ErrorCode,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (
                                Result<
                                    (),
                                    super::super::super::super::fixtures::results::res::ErrorCode,
                                >,
                            ),
                        >(&self.f_err_only);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        Ok(__r.0)
                    }
                    /// Calls `neither`.
                    pub fn call_neither<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                    ) -> ::wicker::Result<Result<(), ()>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (Result<(), ()>,),
                        >(&self.f_neither);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        Ok(__r.0)
                    }
                    /// Calls `nested`.
                    pub fn call_nested<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                    ) -> ::wicker::Result<Result<Result<u8, u16>, Option<String>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (Result<Result<u8, u16>, Option<String>>,),
                        >(&self.f_nested);
                        let __r = __f.call(__store.as_context_mut(), ())?;
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
    /// Generated bindings: `results`.
    #[allow(dead_code, clippy::all)]
    pub mod results {
        /// Generated bindings: `res`.
        #[allow(dead_code, clippy::all)]
        pub mod res {
            /// The WIT type `error-code`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                Debug,
                Clone,
                PartialEq
            )]
            #[derive(Copy, Eq, Hash)]
            #[component(enum)]
            #[component(wicker = "::wicker")]
            pub enum ErrorCode {
                /// The `not-found` case.
                #[component(name = "not-found")]
                NotFound,
                /// The `denied` case.
                #[component(name = "denied")]
                Denied,
            }
            /// The host's implementation of `fixtures:results/res`.
            pub trait Host {
                /// `both`.
                fn both(&mut self, x: u32) -> Result<u32, String>;
                /// `ok-only`.
                fn ok_only(&mut self, x: u32) -> Result<u32, ()>;
                /// `err-only`.
                fn err_only(
                    &mut self,
                    x: u32,
                ) -> Result<(), super::super::super::fixtures::results::res::ErrorCode>;
                /// `neither`.
                fn neither(&mut self) -> Result<(), ()>;
                /// `nested`.
                fn nested(&mut self) -> Result<Result<u8, u16>, Option<String>>;
            }
            /// Defines `fixtures:results/res` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:results/res")?;
                __inst
                    .func_wrap(
                        "both",
                        move |mut __store, (x,): (u32,)| {
                            let __r = Host::both(__get(__store.data_mut()), x);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "ok-only",
                        move |mut __store, (x,): (u32,)| {
                            let __r = Host::ok_only(__get(__store.data_mut()), x);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "err-only",
                        move |mut __store, (x,): (u32,)| {
                            let __r = Host::err_only(__get(__store.data_mut()), x);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "neither",
                        move |mut __store, (): ()| {
                            let __r = Host::neither(__get(__store.data_mut()));
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nested",
                        move |mut __store, (): ()| {
                            let __r = Host::nested(__get(__store.data_mut()));
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
