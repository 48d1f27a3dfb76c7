/// The exports of an instance of world `results`, ready to call.
pub struct Results {
    __i0: exports::fixtures::results::res::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Results {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Results> {
        let instance = linker.instantiate(&mut store, component)?;
        Results::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Results> {
        let __i0 = exports::fixtures::results::res::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Results { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::results::res::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::results::res::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:results/res`.
    pub fn fixtures_results_res(&self) -> &exports::fixtures::results::res::Guest {
        &self.__i0
    }
}
/// `Results` ready to instantiate quickly: the imports are resolved.
pub struct ResultsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> ResultsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Results> {
        let instance = self.pre.instantiate(&mut store)?;
        Results::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `results`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod results {
            /// Generated bindings: `res`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod res {
                /// The WIT type `error-code`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
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
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                    __f4: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
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
                        let __f0 = exports
                            .get_func(&mut store, "both")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "both",
                            ))?;
                        __f0.typed::<
                                (u32,),
                                (::core::result::Result<u32, ::std::string::String>,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "ok-only")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "ok-only",
                            ))?;
                        __f1.typed::<(u32,), (::core::result::Result<u32, ()>,)>()?;
                        let __f2 = exports
                            .get_func(&mut store, "err-only")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "err-only",
                            ))?;
                        __f2.typed::<
                                (u32,),
                                (
                                    ::core::result::Result<
                                        (),
                                        super::super::super::super::fixtures::results::res::ErrorCode,
                                    >,
                                ),
                            >()?;
                        let __f3 = exports
                            .get_func(&mut store, "neither")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "neither",
                            ))?;
                        __f3.typed::<(), (::core::result::Result<(), ()>,)>()?;
                        let __f4 = exports
                            .get_func(&mut store, "nested")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nested",
                            ))?;
                        __f4.typed::<
                                (),
                                (
                                    ::core::result::Result<
                                        ::core::result::Result<u8, u16>,
                                        ::core::option::Option<::std::string::String>,
                                    >,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest {
                            __f0,
                            __f1,
                            __f2,
                            __f3,
                            __f4,
                        })
                    }
                    /// Calls `both`.
                    pub fn call_both<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: u32,
                    ) -> ::wicker::Result<
                        ::core::result::Result<u32, ::std::string::String>,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (::core::result::Result<u32, ::std::string::String>,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `ok-only`.
                    pub fn call_ok_only<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: u32,
                    ) -> ::wicker::Result<::core::result::Result<u32, ()>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (::core::result::Result<u32, ()>,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `err-only`.
                    pub fn call_err_only<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: u32,
                    ) -> ::wicker::Result<
                        ::core::result::Result<
                            (),
                            super::super::super::super::fixtures::results::res::ErrorCode,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (u32,),
                            (
                                ::core::result::Result<
                                    (),
                                    super::super::super::super::fixtures::results::res::ErrorCode,
                                >,
                            ),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `neither`.
                    pub fn call_neither<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<::core::result::Result<(), ()>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (::core::result::Result<(), ()>,),
                        >(&self.__f3);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `nested`.
                    pub fn call_nested<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        ::core::result::Result<
                            ::core::result::Result<u8, u16>,
                            ::core::option::Option<::std::string::String>,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (
                                ::core::result::Result<
                                    ::core::result::Result<u8, u16>,
                                    ::core::option::Option<::std::string::String>,
                                >,
                            ),
                        >(&self.__f4);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `results`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod results {
        /// Generated bindings: `res`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod res {
            /// The WIT type `error-code`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[derive(::core::marker::Copy, ::core::cmp::Eq, ::core::hash::Hash)]
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
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `both`.
                fn both(
                    &mut self,
                    x: u32,
                ) -> ::core::result::Result<u32, ::std::string::String>;
                /// `ok-only`.
                fn ok_only(&mut self, x: u32) -> ::core::result::Result<u32, ()>;
                /// `err-only`.
                fn err_only(&mut self, x: u32) -> ::core::result::Result<(), ErrorCode>;
                /// `neither`.
                fn neither(&mut self) -> ::core::result::Result<(), ()>;
                /// `nested`.
                fn nested(
                    &mut self,
                ) -> ::core::result::Result<
                    ::core::result::Result<u8, u16>,
                    ::core::option::Option<::std::string::String>,
                >;
            }
            /// Defines `fixtures:results/res` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:results/res")?;
                __inst
                    .func_wrap(
                        "both",
                        move |mut __store, (x,): (u32,)| {
                            let __r = Host::both(__get(__store.data_mut()), x);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "ok-only",
                        move |mut __store, (x,): (u32,)| {
                            let __r = Host::ok_only(__get(__store.data_mut()), x);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "err-only",
                        move |mut __store, (x,): (u32,)| {
                            let __r = Host::err_only(__get(__store.data_mut()), x);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "neither",
                        move |mut __store, (): ()| {
                            let __r = Host::neither(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nested",
                        move |mut __store, (): ()| {
                            let __r = Host::nested(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
