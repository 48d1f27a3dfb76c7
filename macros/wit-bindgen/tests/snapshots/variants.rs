/// The exports of an instance of world `variant-world`, ready to call.
pub struct VariantWorld {
    i_fixtures_variants_v: exports::fixtures::variants::v::Guest,
}
impl VariantWorld {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<VariantWorld> {
        let instance = linker.instantiate(&mut store, component)?;
        VariantWorld::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<VariantWorld> {
        let i_fixtures_variants_v = exports::fixtures::variants::v::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(VariantWorld {
            i_fixtures_variants_v,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::variants::v::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::variants::v::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:variants/v`.
    pub fn fixtures_variants_v(&self) -> &exports::fixtures::variants::v::Guest {
        &self.i_fixtures_variants_v
    }
}
/// `VariantWorld` ready to instantiate quickly: the imports are resolved.
pub struct VariantWorldPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> VariantWorldPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(VariantWorldPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<VariantWorld> {
        let instance = self.pre.instantiate(&mut store)?;
        VariantWorld::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `variants`.
        #[allow(dead_code, clippy::all)]
        pub mod variants {
            /// Generated bindings: `v`.
            #[allow(dead_code, clippy::all)]
            pub mod v {
                /// The WIT type `value`.
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
                    Text(String),
                    /// The `pair` case.
                    #[component(name = "pair")]
                    Pair((u32, String)),
                }
                /// The WIT type `wrapped`.
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
                pub enum Wrapped {
                    /// The `inner` case.
                    #[component(name = "inner")]
                    Inner(super::super::super::super::fixtures::variants::v::Value),
                    /// The `many` case.
                    #[component(name = "many")]
                    Many(Vec<super::super::super::super::fixtures::variants::v::Value>),
                }
                /// The guest's exports of `fixtures:variants/v`.
                pub struct Guest {
                    f_classify: ::wicker::component::Func,
                    f_wrap: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "classify")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "classify",
                            ))?;
                        func.typed::<
                                (super::super::super::super::fixtures::variants::v::Value,),
                                (super::super::super::super::fixtures::variants::v::Value,),
                            >()?;
                        let f_classify = func;
                        let func = exports
                            .get_func(&mut store, "wrap")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "wrap",
                            ))?;
                        func.typed::<
                                (super::super::super::super::fixtures::variants::v::Value,),
                                (
                                    super::super::super::super::fixtures::variants::v::Wrapped,
                                ),
                            >()?;
                        let f_wrap = func;
                        let _ = &mut store;
                        Ok(Guest { f_classify, f_wrap })
                    }
                    /// Calls `classify`.
                    pub fn call_classify<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        v: &super::super::super::super::fixtures::variants::v::Value,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::variants::v::Value,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::variants::v::Value,),
                            (super::super::super::super::fixtures::variants::v::Value,),
                        >(&self.f_classify);
                        let __r = __f.call(__store.as_context_mut(), (v,))?;
                        Ok(__r.0)
                    }
                    /// Calls `wrap`.
                    pub fn call_wrap<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        v: &super::super::super::super::fixtures::variants::v::Value,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::variants::v::Wrapped,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::variants::v::Value,),
                            (super::super::super::super::fixtures::variants::v::Wrapped,),
                        >(&self.f_wrap);
                        let __r = __f.call(__store.as_context_mut(), (v,))?;
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
    /// Generated bindings: `variants`.
    #[allow(dead_code, clippy::all)]
    pub mod variants {
        /// Generated bindings: `v`.
        #[allow(dead_code, clippy::all)]
        pub mod v {
            /// The WIT type `value`.
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
                Text(String),
                /// The `pair` case.
                #[component(name = "pair")]
                Pair((u32, String)),
            }
            /// The WIT type `wrapped`.
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
            pub enum Wrapped {
                /// The `inner` case.
                #[component(name = "inner")]
                Inner(super::super::super::fixtures::variants::v::Value),
                /// The `many` case.
                #[component(name = "many")]
                Many(Vec<super::super::super::fixtures::variants::v::Value>),
            }
            /// The host's implementation of `fixtures:variants/v`.
            pub trait Host {
                /// `classify`.
                fn classify(
                    &mut self,
                    v: super::super::super::fixtures::variants::v::Value,
                ) -> super::super::super::fixtures::variants::v::Value;
                /// `wrap`.
                fn wrap(
                    &mut self,
                    v: super::super::super::fixtures::variants::v::Value,
                ) -> super::super::super::fixtures::variants::v::Wrapped;
            }
            /// Defines `fixtures:variants/v` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:variants/v")?;
                __inst
                    .func_wrap(
                        "classify",
                        move |
                            mut __store,
                            (v,): (super::super::super::fixtures::variants::v::Value,)|
                        {
                            let __r = Host::classify(__get(__store.data_mut()), v);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "wrap",
                        move |
                            mut __store,
                            (v,): (super::super::super::fixtures::variants::v::Value,)|
                        {
                            let __r = Host::wrap(__get(__store.data_mut()), v);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
