/// The exports of an instance of world `strings`, ready to call.
pub struct Strings {
    __i0: exports::fixtures::strings::text::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Strings {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Strings> {
        let instance = linker.instantiate(&mut store, component)?;
        Strings::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Strings> {
        let __i0 = exports::fixtures::strings::text::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Strings { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::strings::text::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::strings::text::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:strings/text`.
    pub fn fixtures_strings_text(&self) -> &exports::fixtures::strings::text::Guest {
        &self.__i0
    }
}
/// `Strings` ready to instantiate quickly: the imports are resolved.
pub struct StringsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> StringsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Strings> {
        let instance = self.pre.instantiate(&mut store)?;
        Strings::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `strings`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod strings {
            /// Generated bindings: `text`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod text {
                /// The guest's exports of `fixtures:strings/text`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                    __f3: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:strings/text` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:strings/text")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:strings/text",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "echo")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "echo",
                            ))?;
                        __f0.typed::<
                                (::std::string::String,),
                                (::std::string::String,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "concat")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "concat",
                            ))?;
                        __f1.typed::<
                                (::std::string::String, ::std::string::String),
                                (::std::string::String,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "length")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "length",
                            ))?;
                        __f2.typed::<(::std::string::String,), (u32,)>()?;
                        let __f3 = exports
                            .get_func(&mut store, "maybe")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "maybe",
                            ))?;
                        __f3.typed::<
                                (::core::option::Option<::std::string::String>,),
                                (::core::option::Option<::std::string::String>,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2, __f3 })
                    }
                    /// Calls `echo`.
                    pub fn call_echo<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        s: &str,
                    ) -> ::wicker::Result<::std::string::String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (::std::string::String,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (s,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `concat`.
                    pub fn call_concat<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: &str,
                        b: &str,
                    ) -> ::wicker::Result<::std::string::String> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str, &str),
                            (::std::string::String,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `length`.
                    pub fn call_length<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        s: &str,
                    ) -> ::wicker::Result<u32> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&str,),
                            (u32,),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (s,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `maybe`.
                    pub fn call_maybe<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        s: ::core::option::Option<::std::string::String>,
                    ) -> ::wicker::Result<
                        ::core::option::Option<::std::string::String>,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (::core::option::Option<::std::string::String>,),
                            (::core::option::Option<::std::string::String>,),
                        >(&self.__f3);
                        let __r = __f.call(__store.as_context_mut(), (s,))?;
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
    /// Generated bindings: `strings`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod strings {
        /// Generated bindings: `text`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod text {
            /// The host's implementation of `fixtures:strings/text`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `echo`.
                fn echo(&mut self, s: ::std::string::String) -> ::std::string::String;
                /// `concat`.
                fn concat(
                    &mut self,
                    a: ::std::string::String,
                    b: ::std::string::String,
                ) -> ::std::string::String;
                /// `length`.
                fn length(&mut self, s: ::std::string::String) -> u32;
                /// `maybe`.
                fn maybe(
                    &mut self,
                    s: ::core::option::Option<::std::string::String>,
                ) -> ::core::option::Option<::std::string::String>;
            }
            /// Defines `fixtures:strings/text` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:strings/text")?;
                __inst
                    .func_wrap(
                        "echo",
                        move |mut __store, (s,): (::std::string::String,)| {
                            let __r = Host::echo(__get(__store.data_mut()), s);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "concat",
                        move |
                            mut __store,
                            (a, b): (::std::string::String, ::std::string::String)|
                        {
                            let __r = Host::concat(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "length",
                        move |mut __store, (s,): (::std::string::String,)| {
                            let __r = Host::length(__get(__store.data_mut()), s);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "maybe",
                        move |
                            mut __store,
                            (s,): (::core::option::Option<::std::string::String>,)|
                        {
                            let __r = Host::maybe(__get(__store.data_mut()), s);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
