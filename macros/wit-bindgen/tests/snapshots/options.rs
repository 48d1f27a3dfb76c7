/// The exports of an instance of world `options`, ready to call.
pub struct Options {
    __i0: exports::fixtures::options::opts::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Options {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Options> {
        let instance = linker.instantiate(&mut store, component)?;
        Options::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Options> {
        let __i0 = exports::fixtures::options::opts::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Options { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::options::opts::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::options::opts::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:options/opts`.
    pub fn fixtures_options_opts(&self) -> &exports::fixtures::options::opts::Guest {
        &self.__i0
    }
}
/// `Options` ready to instantiate quickly: the imports are resolved.
pub struct OptionsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> OptionsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Options> {
        let instance = self.pre.instantiate(&mut store)?;
        Options::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `options`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod options {
            /// Generated bindings: `opts`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod opts {
                /// The guest's exports of `fixtures:options/opts`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
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
                        let __f0 = exports
                            .get_func(&mut store, "maybe-u32")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "maybe-u32",
                            ))?;
                        __f0.typed::<
                                (::core::option::Option<u32>,),
                                (::core::option::Option<u32>,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "nested")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nested",
                            ))?;
                        __f1.typed::<
                                (
                                    ::core::option::Option<
                                        ::core::option::Option<::std::string::String>,
                                    >,
                                ),
                                (
                                    ::core::option::Option<
                                        ::core::option::Option<::std::string::String>,
                                    >,
                                ),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "list-of")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "list-of",
                            ))?;
                        __f2.typed::<
                                (::std::vec::Vec<::core::option::Option<u8>>,),
                                (::std::vec::Vec<::core::option::Option<u8>>,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2 })
                    }
                    /// Calls `maybe-u32`.
                    pub fn call_maybe_u32<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: ::core::option::Option<u32>,
                    ) -> ::wicker::Result<::core::option::Option<u32>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (::core::option::Option<u32>,),
                            (::core::option::Option<u32>,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `nested`.
                    pub fn call_nested<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: ::core::option::Option<
                            ::core::option::Option<::std::string::String>,
                        >,
                    ) -> ::wicker::Result<
                        ::core::option::Option<
                            ::core::option::Option<::std::string::String>,
                        >,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                ::core::option::Option<
                                    ::core::option::Option<::std::string::String>,
                                >,
                            ),
                            (
                                ::core::option::Option<
                                    ::core::option::Option<::std::string::String>,
                                >,
                            ),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `list-of`.
                    pub fn call_list_of<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        x: &[::core::option::Option<u8>],
                    ) -> ::wicker::Result<::std::vec::Vec<::core::option::Option<u8>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[::core::option::Option<u8>],),
                            (::std::vec::Vec<::core::option::Option<u8>>,),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (x,))?;
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
    /// Generated bindings: `options`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod options {
        /// Generated bindings: `opts`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod opts {
            /// The host's implementation of `fixtures:options/opts`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `maybe-u32`.
                fn maybe_u32(
                    &mut self,
                    x: ::core::option::Option<u32>,
                ) -> ::core::option::Option<u32>;
                /// `nested`.
                fn nested(
                    &mut self,
                    x: ::core::option::Option<
                        ::core::option::Option<::std::string::String>,
                    >,
                ) -> ::core::option::Option<
                    ::core::option::Option<::std::string::String>,
                >;
                /// `list-of`.
                fn list_of(
                    &mut self,
                    x: ::std::vec::Vec<::core::option::Option<u8>>,
                ) -> ::std::vec::Vec<::core::option::Option<u8>>;
            }
            /// Defines `fixtures:options/opts` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:options/opts")?;
                __inst
                    .func_wrap(
                        "maybe-u32",
                        move |mut __store, (x,): (::core::option::Option<u32>,)| {
                            let __r = Host::maybe_u32(__get(__store.data_mut()), x);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nested",
                        move |
                            mut __store,
                            (
                                x,
                            ): (
                                ::core::option::Option<
                                    ::core::option::Option<::std::string::String>,
                                >,
                            )|
                        {
                            let __r = Host::nested(__get(__store.data_mut()), x);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "list-of",
                        move |
                            mut __store,
                            (x,): (::std::vec::Vec<::core::option::Option<u8>>,)|
                        {
                            let __r = Host::list_of(__get(__store.data_mut()), x);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
