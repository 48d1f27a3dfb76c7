/// The exports of an instance of world `keywords`, ready to call.
pub struct Keywords {
    __i0: exports::fixtures::keywords::r#type::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Keywords {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Keywords> {
        let instance = linker.instantiate(&mut store, component)?;
        Keywords::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Keywords> {
        let __i0 = exports::fixtures::keywords::r#type::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Keywords { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::keywords::r#type::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::keywords::r#type::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:keywords/type`.
    pub fn fixtures_keywords_type(&self) -> &exports::fixtures::keywords::r#type::Guest {
        &self.__i0
    }
}
/// `Keywords` ready to instantiate quickly: the imports are resolved.
pub struct KeywordsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> KeywordsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Keywords> {
        let instance = self.pre.instantiate(&mut store)?;
        Keywords::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `keywords`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod keywords {
            /// Generated bindings: `r#type`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod r#type {
                /// The WIT type `struct`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[component(record)]
                #[component(wicker = "::wicker")]
                pub struct Struct {
                    /// The `fn` field.
                    #[component(name = "fn")]
                    pub r#fn: u32,
                    /// The `match` field.
                    #[component(name = "match")]
                    pub r#match: ::std::string::String,
                    /// The `async` field.
                    #[component(name = "async")]
                    pub r#async: bool,
                }
                /// The WIT type `enum`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[component(variant)]
                #[component(wicker = "::wicker")]
                pub enum Enum {
                    /// The `impl` case.
                    #[component(name = "impl")]
                    Impl(u8),
                    /// The `mod` case.
                    #[component(name = "mod")]
                    Mod,
                    /// The `self` case.
                    #[component(name = "self")]
                    Self_,
                }
                /// The guest's exports of `fixtures:keywords/type`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:keywords/type` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:keywords/type")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:keywords/type",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "use")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "use",
                            ))?;
                        __f0.typed::<
                                (
                                    super::super::super::super::fixtures::keywords::r#type::Struct,
                                    super::super::super::super::fixtures::keywords::r#type::Enum,
                                ),
                                (
                                    super::super::super::super::fixtures::keywords::r#type::Enum,
                                ),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "loop")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "loop",
                            ))?;
                        __f1.typed::<(), ()>()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1 })
                    }
                    /// Calls `use`.
                    pub fn call_use<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        r#in: &super::super::super::super::fixtures::keywords::r#type::Struct,
                        r#where: &super::super::super::super::fixtures::keywords::r#type::Enum,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::keywords::r#type::Enum,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::keywords::r#type::Struct,
                                &super::super::super::super::fixtures::keywords::r#type::Enum,
                            ),
                            (
                                super::super::super::super::fixtures::keywords::r#type::Enum,
                            ),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (r#in, r#where))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `loop`.
                    pub fn call_loop<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        {
                            let () = __r;
                            ::core::result::Result::Ok(())
                        }
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `keywords`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod keywords {
        /// Generated bindings: `r#type`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod r#type {
            /// The WIT type `struct`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[component(record)]
            #[component(wicker = "::wicker")]
            pub struct Struct {
                /// The `fn` field.
                #[component(name = "fn")]
                pub r#fn: u32,
                /// The `match` field.
                #[component(name = "match")]
                pub r#match: ::std::string::String,
                /// The `async` field.
                #[component(name = "async")]
                pub r#async: bool,
            }
            /// The WIT type `enum`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[component(variant)]
            #[component(wicker = "::wicker")]
            pub enum Enum {
                /// The `impl` case.
                #[component(name = "impl")]
                Impl(u8),
                /// The `mod` case.
                #[component(name = "mod")]
                Mod,
                /// The `self` case.
                #[component(name = "self")]
                Self_,
            }
            /// The host's implementation of `fixtures:keywords/type`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `use`.
                fn r#use(&mut self, r#in: Struct, r#where: Enum) -> Enum;
                /// `loop`.
                fn r#loop(&mut self);
            }
            /// Defines `fixtures:keywords/type` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:keywords/type")?;
                __inst
                    .func_wrap(
                        "use",
                        move |mut __store, (r#in, r#where): (Struct, Enum)| {
                            let __r = Host::r#use(
                                __get(__store.data_mut()),
                                r#in,
                                r#where,
                            );
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "loop",
                        move |mut __store, (): ()| {
                            let __r = Host::r#loop(__get(__store.data_mut()));
                            {
                                let _ = __r;
                                ::core::result::Result::Ok(())
                            }
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
