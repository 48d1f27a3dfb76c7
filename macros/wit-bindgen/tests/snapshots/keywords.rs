/// The exports of an instance of world `keywords`, ready to call.
pub struct Keywords {
    i_fixtures_keywords_type: exports::fixtures::keywords::r#type::Guest,
}
impl Keywords {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Keywords> {
        let instance = linker.instantiate(&mut store, component)?;
        Keywords::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Keywords> {
        let i_fixtures_keywords_type = exports::fixtures::keywords::r#type::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Keywords {
            i_fixtures_keywords_type,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::keywords::r#type::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::keywords::r#type::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:keywords/type`.
    pub fn fixtures_keywords_type(&self) -> &exports::fixtures::keywords::r#type::Guest {
        &self.i_fixtures_keywords_type
    }
}
/// `Keywords` ready to instantiate quickly: the imports are resolved.
pub struct KeywordsPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> KeywordsPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(KeywordsPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Keywords> {
        let instance = self.pre.instantiate(&mut store)?;
        Keywords::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `keywords`.
        #[allow(dead_code, clippy::all)]
        pub mod keywords {
            /// Generated bindings: `r#type`.
            #[allow(dead_code, clippy::all)]
            pub mod r#type {
                /// The WIT type `struct`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
                )]
                #[component(record)]
                #[component(wicker = "::wicker")]
                pub struct Struct {
                    /// The `fn` field.
                    #[component(name = "fn")]
                    pub r#fn: u32,
                    /// The `match` field.
                    #[component(name = "match")]
                    pub r#match: String,
                    /// The `async` field.
                    #[component(name = "async")]
                    pub r#async: bool,
                }
                /// The WIT type `enum`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    Debug,
                    Clone,
                    PartialEq
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
                    f_use: ::wicker::component::Func,
                    f_loop: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "use")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "use",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::keywords::r#type::Struct,
                                    super::super::super::super::fixtures::keywords::r#type::Enum,
                                ),
                                (
                                    super::super::super::super::fixtures::keywords::r#type::Enum,
                                ),
                            >()?;
                        let f_use = func;
                        let func = exports
                            .get_func(&mut store, "loop")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "loop",
                            ))?;
                        func.typed::<(), ()>()?;
                        let f_loop = func;
                        let _ = &mut store;
                        Ok(Guest { f_use, f_loop })
                    }
                    /// Calls `use`.
                    pub fn call_use<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
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
                        >(&self.f_use);
                        let __r = __f.call(__store.as_context_mut(), (r#in, r#where))?;
                        Ok(__r.0)
                    }
                    /// Calls `loop`.
                    pub fn call_loop<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                    ) -> ::wicker::Result<()> {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (),
                        >(&self.f_loop);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        {
                            let () = __r;
                            Ok(())
                        }
                    }
                }
            }
        }
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `keywords`.
    #[allow(dead_code, clippy::all)]
    pub mod keywords {
        /// Generated bindings: `r#type`.
        #[allow(dead_code, clippy::all)]
        pub mod r#type {
            /// The WIT type `struct`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                Debug,
                Clone,
                PartialEq
            )]
            #[component(record)]
            #[component(wicker = "::wicker")]
            pub struct Struct {
                /// The `fn` field.
                #[component(name = "fn")]
                pub r#fn: u32,
                /// The `match` field.
                #[component(name = "match")]
                pub r#match: String,
                /// The `async` field.
                #[component(name = "async")]
                pub r#async: bool,
            }
            /// The WIT type `enum`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                Debug,
                Clone,
                PartialEq
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
            pub trait Host {
                /// `use`.
                fn r#use(
                    &mut self,
                    r#in: super::super::super::fixtures::keywords::r#type::Struct,
                    r#where: super::super::super::fixtures::keywords::r#type::Enum,
                ) -> super::super::super::fixtures::keywords::r#type::Enum;
                /// `loop`.
                fn r#loop(&mut self);
            }
            /// Defines `fixtures:keywords/type` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:keywords/type")?;
                __inst
                    .func_wrap(
                        "use",
                        move |
                            mut __store,
                            (
                                r#in,
                                r#where,
                            ): (
                                super::super::super::fixtures::keywords::r#type::Struct,
                                super::super::super::fixtures::keywords::r#type::Enum,
                            )|
                        {
                            let __r = Host::r#use(
                                __get(__store.data_mut()),
                                r#in,
                                r#where,
                            );
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "loop",
                        move |mut __store, (): ()| {
                            let __r = Host::r#loop(__get(__store.data_mut()));
                            {
                                let _ = __r;
                                Ok(())
                            }
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
