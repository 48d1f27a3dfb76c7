/// The exports of an instance of world `nested-types`, ready to call.
pub struct NestedTypes {
    i_fixtures_nested_types_tree: exports::fixtures::nested_types::tree::Guest,
}
impl NestedTypes {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<NestedTypes> {
        let instance = linker.instantiate(&mut store, component)?;
        NestedTypes::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<NestedTypes> {
        let i_fixtures_nested_types_tree = exports::fixtures::nested_types::tree::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(NestedTypes {
            i_fixtures_nested_types_tree,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::nested_types::tree::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::nested_types::tree::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:nested-types/tree`.
    pub fn fixtures_nested_types_tree(
        &self,
    ) -> &exports::fixtures::nested_types::tree::Guest {
        &self.i_fixtures_nested_types_tree
    }
}
/// `NestedTypes` ready to instantiate quickly: the imports are resolved.
pub struct NestedTypesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> NestedTypesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(NestedTypesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<NestedTypes> {
        let instance = self.pre.instantiate(&mut store)?;
        NestedTypes::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `nested_types`.
        #[allow(dead_code, clippy::all)]
        pub mod nested_types {
            /// Generated bindings: `tree`.
            #[allow(dead_code, clippy::all)]
            pub mod tree {
                /// The WIT type `leaf`.
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
                pub struct Leaf {
                    /// The `value` field.
                    #[component(name = "value")]
                    pub value: i32,
                    /// The `tags` field.
                    #[component(name = "tags")]
                    pub tags: Vec<String>,
                }
                /// The WIT type `node`.
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
                        Vec<
                            super::super::super::super::fixtures::nested_types::tree::Leaf,
                        >,
                    ),
                }
                /// The WIT type `forest`.
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
                pub struct Forest {
                    /// The `nodes` field.
                    #[component(name = "nodes")]
                    pub nodes: Vec<
                        super::super::super::super::fixtures::nested_types::tree::Node,
                    >,
                    /// The `names` field.
                    #[component(name = "names")]
                    pub names: Option<Vec<String>>,
                    /// The `stats` field.
                    #[component(name = "stats")]
                    pub stats: Result<(u32, f32), String>,
                }
                /// The guest's exports of `fixtures:nested-types/tree`.
                pub struct Guest {
                    f_grow: ::wicker::component::Func,
                }
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
                        let func = exports
                            .get_func(&mut store, "grow")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "grow",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::fixtures::nested_types::tree::Forest,
                                ),
                                (
                                    super::super::super::super::fixtures::nested_types::tree::Forest,
                                ),
                            >()?;
                        let f_grow = func;
                        let _ = &mut store;
                        Ok(Guest { f_grow })
                    }
                    /// Calls `grow`.
                    pub fn call_grow<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
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
                        >(&self.f_grow);
                        let __r = __f.call(__store.as_context_mut(), (f,))?;
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
    /// Generated bindings: `nested_types`.
    #[allow(dead_code, clippy::all)]
    pub mod nested_types {
        /// Generated bindings: `tree`.
        #[allow(dead_code, clippy::all)]
        pub mod tree {
            /// The WIT type `leaf`.
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
            pub struct Leaf {
                /// The `value` field.
                #[component(name = "value")]
                pub value: i32,
                /// The `tags` field.
                #[component(name = "tags")]
                pub tags: Vec<String>,
            }
            /// The WIT type `node`.
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
            pub enum Node {
                /// The `leaf` case.
                #[component(name = "leaf")]
                Leaf(super::super::super::fixtures::nested_types::tree::Leaf),
                /// The `pair` case.
                #[component(name = "pair")]
                Pair(
                    (
                        super::super::super::fixtures::nested_types::tree::Leaf,
                        super::super::super::fixtures::nested_types::tree::Leaf,
                    ),
                ),
                /// The `many` case.
                #[component(name = "many")]
                Many(Vec<super::super::super::fixtures::nested_types::tree::Leaf>),
            }
            /// The WIT type `forest`.
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
            pub struct Forest {
                /// The `nodes` field.
                #[component(name = "nodes")]
                pub nodes: Vec<super::super::super::fixtures::nested_types::tree::Node>,
                /// The `names` field.
                #[component(name = "names")]
                pub names: Option<Vec<String>>,
                /// The `stats` field.
                #[component(name = "stats")]
                pub stats: Result<(u32, f32), String>,
            }
            /// The host's implementation of `fixtures:nested-types/tree`.
            pub trait Host {
                /// `grow`.
                fn grow(
                    &mut self,
                    f: super::super::super::fixtures::nested_types::tree::Forest,
                ) -> super::super::super::fixtures::nested_types::tree::Forest;
            }
            /// Defines `fixtures:nested-types/tree` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:nested-types/tree")?;
                __inst
                    .func_wrap(
                        "grow",
                        move |
                            mut __store,
                            (
                                f,
                            ): (
                                super::super::super::fixtures::nested_types::tree::Forest,
                            )|
                        {
                            let __r = Host::grow(__get(__store.data_mut()), f);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
