/// The exports of an instance of world `list-world`, ready to call.
pub struct ListWorld {
    __i0: exports::fixtures::lists::lists::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl ListWorld {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<ListWorld> {
        let instance = linker.instantiate(&mut store, component)?;
        ListWorld::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<ListWorld> {
        let __i0 = exports::fixtures::lists::lists::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(ListWorld { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::lists::lists::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::lists::lists::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:lists/lists`.
    pub fn fixtures_lists_lists(&self) -> &exports::fixtures::lists::lists::Guest {
        &self.__i0
    }
}
/// `ListWorld` ready to instantiate quickly: the imports are resolved.
pub struct ListWorldPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> ListWorldPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<ListWorld> {
        let instance = self.pre.instantiate(&mut store)?;
        ListWorld::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `lists`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod lists {
            /// Generated bindings: `lists`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod lists {
                /// The guest's exports of `fixtures:lists/lists`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:lists/lists` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:lists/lists")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:lists/lists",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "bytes")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "bytes",
                            ))?;
                        __f0.typed::<(::std::vec::Vec<u8>,), (::std::vec::Vec<u8>,)>()?;
                        let __f1 = exports
                            .get_func(&mut store, "words")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "words",
                            ))?;
                        __f1.typed::<
                                (::std::vec::Vec<::std::string::String>,),
                                (::std::vec::Vec<::std::string::String>,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "nested")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "nested",
                            ))?;
                        __f2.typed::<
                                (::std::vec::Vec<::std::vec::Vec<u32>>,),
                                (::std::vec::Vec<::std::vec::Vec<u32>>,),
                            >()?;
                        let __f3 = exports
                            .get_func(&mut store, "floats")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "floats",
                            ))?;
                        __f3.typed::<(::std::vec::Vec<f64>,), (u32,)>()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2, __f3 })
                    }
                    /// Calls `bytes`.
                    pub fn call_bytes<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        b: &[u8],
                    ) -> ::wicker::Result<::std::vec::Vec<u8>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[u8],),
                            (::std::vec::Vec<u8>,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (b,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `words`.
                    pub fn call_words<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        w: &[::std::string::String],
                    ) -> ::wicker::Result<::std::vec::Vec<::std::string::String>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[::std::string::String],),
                            (::std::vec::Vec<::std::string::String>,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (w,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `nested`.
                    pub fn call_nested<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        n: &[::std::vec::Vec<u32>],
                    ) -> ::wicker::Result<::std::vec::Vec<::std::vec::Vec<u32>>> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[::std::vec::Vec<u32>],),
                            (::std::vec::Vec<::std::vec::Vec<u32>>,),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (n,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `floats`.
                    pub fn call_floats<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        f: &[f64],
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&[f64],),
                            (u32,),
                        >(&self.__f3);
                        let __r = __f.call(__store.as_context_mut(), (f,))?;
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
    /// Generated bindings: `lists`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod lists {
        /// Generated bindings: `lists`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod lists {
            /// The host's implementation of `fixtures:lists/lists`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `bytes`.
                fn bytes(&mut self, b: ::std::vec::Vec<u8>) -> ::std::vec::Vec<u8>;
                /// `words`.
                fn words(
                    &mut self,
                    w: ::std::vec::Vec<::std::string::String>,
                ) -> ::std::vec::Vec<::std::string::String>;
                /// `nested`.
                fn nested(
                    &mut self,
                    n: ::std::vec::Vec<::std::vec::Vec<u32>>,
                ) -> ::std::vec::Vec<::std::vec::Vec<u32>>;
                /// `floats`.
                fn floats(&mut self, f: ::std::vec::Vec<f64>) -> u32;
            }
            /// Defines `fixtures:lists/lists` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:lists/lists")?;
                __inst
                    .func_wrap(
                        "bytes",
                        move |mut __store, (b,): (::std::vec::Vec<u8>,)| {
                            let __r = Host::bytes(__get(__store.data_mut()), b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "words",
                        move |
                            mut __store,
                            (w,): (::std::vec::Vec<::std::string::String>,)|
                        {
                            let __r = Host::words(__get(__store.data_mut()), w);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "nested",
                        move |
                            mut __store,
                            (n,): (::std::vec::Vec<::std::vec::Vec<u32>>,)|
                        {
                            let __r = Host::nested(__get(__store.data_mut()), n);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "floats",
                        move |mut __store, (f,): (::std::vec::Vec<f64>,)| {
                            let __r = Host::floats(__get(__store.data_mut()), f);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
