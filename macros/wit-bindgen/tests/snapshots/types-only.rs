/// The exports of an instance of world `types-only`, ready to call.
pub struct TypesOnly {
    i_fixtures_types_only_user: exports::fixtures::types_only::user::Guest,
}
impl TypesOnly {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<TypesOnly> {
        let instance = linker.instantiate(&mut store, component)?;
        TypesOnly::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<TypesOnly> {
        let i_fixtures_types_only_user = exports::fixtures::types_only::user::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(TypesOnly {
            i_fixtures_types_only_user,
        })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: Sized + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:types-only/user`.
    pub fn fixtures_types_only_user(
        &self,
    ) -> &exports::fixtures::types_only::user::Guest {
        &self.i_fixtures_types_only_user
    }
}
/// `TypesOnly` ready to instantiate quickly: the imports are resolved.
pub struct TypesOnlyPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> TypesOnlyPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(TypesOnlyPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<TypesOnly> {
        let instance = self.pre.instantiate(&mut store)?;
        TypesOnly::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `types_only`.
        #[allow(dead_code, clippy::all)]
        pub mod types_only {
            /// Generated bindings: `user`.
            #[allow(dead_code, clippy::all)]
            pub mod user {
                /// The WIT type `pair`.
                pub type Pair = super::super::super::super::fixtures::types_only::shared::Pair;
                /// The WIT type `either`.
                pub type Either = super::super::super::super::fixtures::types_only::shared::Either;
                /// The guest's exports of `fixtures:types-only/user`.
                pub struct Guest {
                    f_pick: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:types-only/user` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:types-only/user")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:types-only/user",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "pick")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "pick",
                            ))?;
                        func.typed::<
                                (
                                    super::super::super::super::exports::fixtures::types_only::user::Pair,
                                ),
                                (
                                    super::super::super::super::exports::fixtures::types_only::user::Either,
                                ),
                            >()?;
                        let f_pick = func;
                        let _ = &mut store;
                        Ok(Guest { f_pick })
                    }
                    /// Calls `pick`.
                    pub fn call_pick<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        p: &super::super::super::super::exports::fixtures::types_only::user::Pair,
                    ) -> ::wicker::Result<
                        super::super::super::super::exports::fixtures::types_only::user::Either,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                &super::super::super::super::exports::fixtures::types_only::user::Pair,
                            ),
                            (
                                super::super::super::super::exports::fixtures::types_only::user::Either,
                            ),
                        >(&self.f_pick);
                        let __r = __f.call(__store.as_context_mut(), (p,))?;
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
    /// Generated bindings: `types_only`.
    #[allow(dead_code, clippy::all)]
    pub mod types_only {
        /// Generated bindings: `shared`.
        #[allow(dead_code, clippy::all)]
        pub mod shared {
            /// The WIT type `pair`.
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
            pub struct Pair {
                /// The `left` field.
                #[component(name = "left")]
                pub left: String,
                /// The `right` field.
                #[component(name = "right")]
                pub right: String,
            }
            /// The WIT type `either`.
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
            pub enum Either {
                /// The `l` case.
                #[component(name = "l")]
                L(String),
                /// The `r` case.
                #[component(name = "r")]
                R(u32),
            }
        }
    }
}
