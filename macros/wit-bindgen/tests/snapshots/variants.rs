/// The exports of an instance of world `variant-world`, ready to call.
pub struct VariantWorld {
    __i0: exports::fixtures::variants::v::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl VariantWorld {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<VariantWorld> {
        let instance = linker.instantiate(&mut store, component)?;
        VariantWorld::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<VariantWorld> {
        let __i0 = exports::fixtures::variants::v::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(VariantWorld { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::variants::v::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::variants::v::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:variants/v`.
    pub fn fixtures_variants_v(&self) -> &exports::fixtures::variants::v::Guest {
        &self.__i0
    }
}
/// `VariantWorld` ready to instantiate quickly: the imports are resolved.
pub struct VariantWorldPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> VariantWorldPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<VariantWorld> {
        let instance = self.pre.instantiate(&mut store)?;
        VariantWorld::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `variants`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod variants {
            /// Generated bindings: `v`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod v {
                /// The WIT type `value`.
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
                pub enum Value {
                    /// The `none` case.
                    #[component(name = "none")]
                    None,
                    /// The `small` case.
                    #[component(name = "small")]
                    Small(u8),
                    /// The `big` case.
                    #[component(name = "big")]
                    Big(u64),
                    /// The `text` case.
                    #[component(name = "text")]
                    Text(::std::string::String),
                    /// The `pair` case.
                    #[component(name = "pair")]
                    Pair((u32, ::std::string::String)),
                }
                /// The WIT type `wrapped`.
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
                pub enum Wrapped {
                    /// The `inner` case.
                    #[component(name = "inner")]
                    Inner(super::super::super::super::fixtures::variants::v::Value),
                    /// The `many` case.
                    #[component(name = "many")]
                    Many(
                        ::std::vec::Vec<
                            super::super::super::super::fixtures::variants::v::Value,
                        >,
                    ),
                }
                /// The guest's exports of `fixtures:variants/v`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:variants/v` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:variants/v")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:variants/v",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "classify")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "classify",
                            ))?;
                        __f0.typed::<
                                (super::super::super::super::fixtures::variants::v::Value,),
                                (super::super::super::super::fixtures::variants::v::Value,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "wrap")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "wrap",
                            ))?;
                        __f1.typed::<
                                (super::super::super::super::fixtures::variants::v::Value,),
                                (
                                    super::super::super::super::fixtures::variants::v::Wrapped,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1 })
                    }
                    /// Calls `classify`.
                    pub fn call_classify<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        v: &super::super::super::super::fixtures::variants::v::Value,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::variants::v::Value,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::variants::v::Value,),
                            (super::super::super::super::fixtures::variants::v::Value,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (v,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `wrap`.
                    pub fn call_wrap<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        v: &super::super::super::super::fixtures::variants::v::Value,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::variants::v::Wrapped,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::variants::v::Value,),
                            (super::super::super::super::fixtures::variants::v::Wrapped,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (v,))?;
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
    /// Generated bindings: `variants`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod variants {
        /// Generated bindings: `v`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod v {
            /// The WIT type `value`.
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
            pub enum Value {
                /// The `none` case.
                #[component(name = "none")]
                None,
                /// The `small` case.
                #[component(name = "small")]
                Small(u8),
                /// The `big` case.
                #[component(name = "big")]
                Big(u64),
                /// The `text` case.
                #[component(name = "text")]
                Text(::std::string::String),
                /// The `pair` case.
                #[component(name = "pair")]
                Pair((u32, ::std::string::String)),
            }
            /// The WIT type `wrapped`.
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
            pub enum Wrapped {
                /// The `inner` case.
                #[component(name = "inner")]
                Inner(Value),
                /// The `many` case.
                #[component(name = "many")]
                Many(::std::vec::Vec<Value>),
            }
            /// The host's implementation of `fixtures:variants/v`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `classify`.
                fn classify(&mut self, v: Value) -> Value;
                /// `wrap`.
                fn wrap(&mut self, v: Value) -> Wrapped;
            }
            /// Defines `fixtures:variants/v` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:variants/v")?;
                __inst
                    .func_wrap(
                        "classify",
                        move |mut __store, (v,): (Value,)| {
                            let __r = Host::classify(__get(__store.data_mut()), v);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "wrap",
                        move |mut __store, (v,): (Value,)| {
                            let __r = Host::wrap(__get(__store.data_mut()), v);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
