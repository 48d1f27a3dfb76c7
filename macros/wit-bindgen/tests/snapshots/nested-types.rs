/// The exports of an instance of world `nested-types`, ready to call.
pub struct NestedTypes {
    __i0: exports::fixtures::nested_types::tree::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl NestedTypes {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<NestedTypes> {
        let instance = linker.instantiate(&mut store, component)?;
        NestedTypes::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<NestedTypes> {
        let __i0 = exports::fixtures::nested_types::tree::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(NestedTypes { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::nested_types::tree::Host + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::nested_types::tree::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:nested-types/tree`.
    pub fn fixtures_nested_types_tree(
        &self,
    ) -> &exports::fixtures::nested_types::tree::Guest {
        &self.__i0
    }
}
/// `NestedTypes` ready to instantiate quickly: the imports are resolved.
pub struct NestedTypesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> NestedTypesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<NestedTypes> {
        let instance = self.pre.instantiate(&mut store)?;
        NestedTypes::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `nested_types`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod nested_types {
            /// Generated bindings: `tree`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod tree {
                /// The WIT type `leaf`.
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
                pub struct Leaf {
                    /// The `value` field.
                    #[component(name = "value")]
                    pub value: i32,
                    /// The `tags` field.
                    #[component(name = "tags")]
                    pub tags: ::std::vec::Vec<::std::string::String>,
                }
                /// The WIT type `node`.
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
                pub enum Node {
                    /// The `leaf` case.
                    #[component(name = "leaf")]
                    Leaf(super::super::super::super::fixtures::nested_types::tree::Leaf),
                    /// The `pair` case.
                    #[component(name = "pair")]
                    Pair(
                        (
                            super::super::super::super::fixtures::nested_types::tree::Leaf,
                            super::super::super::super::fixtures::nested_types::tree::Leaf,
                        ),
                    ),
                    /// The `many` case.
                    #[component(name = "many")]
                    Many(
                        ::std::vec::Vec<
                            super::super::super::super::fixtures::nested_types::tree::Leaf,
                        >,
                    ),
                }
                /// The WIT type `forest`.
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
                pub struct Forest {
                    /// The `nodes` field.
                    #[component(name = "nodes")]
                    pub nodes: ::std::vec::Vec<
                        super::super::super::super::fixtures::nested_types::tree::Node,
                    >,
                    /// The `names` field.
                    #[component(name = "names")]
                    pub names: ::core::option::Option<
                        ::std::vec::Vec<::std::string::String>,
                    >,
                    /// The `stats` field.
                    #[component(name = "stats")]
                    pub stats: ::core::result::Result<(u32, f32), ::std::string::String>,
                }
                /// The guest's exports of `fixtures:nested-types/tree`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:nested-types/tree` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:nested-types/tree")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:nested-types/tree",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "grow")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "grow",
                            ))?;
                        __f0.typed::<
                                (
                                    super::super::super::super::fixtures::nested_types::tree::Forest,
                                ),
                                (
                                    super::super::super::super::fixtures::nested_types::tree::Forest,
                                ),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0 })
                    }
                    /// Calls `grow`.
                    pub fn call_grow<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        f: &super::super::super::super::fixtures::nested_types::tree::Forest,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::nested_types::tree::Forest,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::fixtures::nested_types::tree::Forest,
                            ),
                            (
                                super::super::super::super::fixtures::nested_types::tree::Forest,
                            ),
                        >(&self.__f0);
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
    /// Generated bindings: `nested_types`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod nested_types {
        /// Generated bindings: `tree`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod tree {
            /// The WIT type `leaf`.
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
            pub struct Leaf {
                /// The `value` field.
                #[component(name = "value")]
                pub value: i32,
                /// The `tags` field.
                #[component(name = "tags")]
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
            /// The WIT type `node`.
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
            pub enum Node {
                /// The `leaf` case.
                #[component(name = "leaf")]
                Leaf(Leaf),
                /// The `pair` case.
                #[component(name = "pair")]
                Pair((Leaf, Leaf)),
                /// The `many` case.
                #[component(name = "many")]
                Many(::std::vec::Vec<Leaf>),
            }
            /// The WIT type `forest`.
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
            pub struct Forest {
                /// The `nodes` field.
                #[component(name = "nodes")]
                pub nodes: ::std::vec::Vec<Node>,
                /// The `names` field.
                #[component(name = "names")]
                pub names: ::core::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                >,
                /// The `stats` field.
                #[component(name = "stats")]
                pub stats: ::core::result::Result<(u32, f32), ::std::string::String>,
            }
            /// The host's implementation of `fixtures:nested-types/tree`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `grow`.
                fn grow(&mut self, f: Forest) -> Forest;
            }
            /// Defines `fixtures:nested-types/tree` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:nested-types/tree")?;
                __inst
                    .func_wrap(
                        "grow",
                        move |mut __store, (f,): (Forest,)| {
                            let __r = Host::grow(__get(__store.data_mut()), f);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
