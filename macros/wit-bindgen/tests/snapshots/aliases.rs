/// The exports of an instance of world `aliases`, ready to call.
pub struct Aliases {
    i_fixtures_aliases_a: exports::fixtures::aliases::a::Guest,
}
impl Aliases {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
    ) -> ::wicker::Result<Aliases> {
        let instance = linker.instantiate(&mut store, component)?;
        Aliases::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Aliases> {
        let i_fixtures_aliases_a = exports::fixtures::aliases::a::Guest::new(
            &mut store,
            instance,
        )?;
        let _ = (&mut store, instance);
        Ok(Aliases { i_fixtures_aliases_a })
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: fixtures::aliases::a::Host + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        fixtures::aliases::a::add_to_linker(linker, get)?;
        let _ = (linker, get);
        Ok(())
    }
    /// The exports of `fixtures:aliases/a`.
    pub fn fixtures_aliases_a(&self) -> &exports::fixtures::aliases::a::Guest {
        &self.i_fixtures_aliases_a
    }
}
/// `Aliases` ready to instantiate quickly: the imports are resolved.
pub struct AliasesPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> AliasesPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(AliasesPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Aliases> {
        let instance = self.pre.instantiate(&mut store)?;
        Aliases::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `aliases`.
        #[allow(dead_code, clippy::all)]
        pub mod aliases {
            /// Generated bindings: `a`.
            #[allow(dead_code, clippy::all)]
            pub mod a {
                /// The WIT type `id`.
                pub type Id = u64;
                /// The WIT type `name`.
                pub type Name = String;
                /// The WIT type `names`.
                pub type Names = Vec<
                    super::super::super::super::fixtures::aliases::a::Name,
                >;
                /// The WIT type `maybe-id`.
                pub type MaybeId = Option<
                    super::super::super::super::fixtures::aliases::a::Id,
                >;
                /// The WIT type `user`.
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
                pub struct User {
                    /// The `id` field.
                    #[component(name = "id")]
                    pub id: super::super::super::super::fixtures::aliases::a::Id,
                    /// The `name` field.
                    #[component(name = "name")]
                    pub name: super::super::super::super::fixtures::aliases::a::Name,
                }
                /// The WIT type `person`.
                pub type Person = super::super::super::super::fixtures::aliases::a::User;
                /// The guest's exports of `fixtures:aliases/a`.
                pub struct Guest {
                    f_lookup: ::wicker::component::Func,
                    f_all: ::wicker::component::Func,
                    f_who: ::wicker::component::Func,
                }
                impl Guest {
                    /// Finds and checks the exports of `fixtures:aliases/a` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:aliases/a")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:aliases/a",
                            ))?;
                        let func = exports
                            .get_func(&mut store, "lookup")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "lookup",
                            ))?;
                        func.typed::<
                                (super::super::super::super::fixtures::aliases::a::Id,),
                                (super::super::super::super::fixtures::aliases::a::MaybeId,),
                            >()?;
                        let f_lookup = func;
                        let func = exports
                            .get_func(&mut store, "all")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "all",
                            ))?;
                        func.typed::<
                                (),
                                (super::super::super::super::fixtures::aliases::a::Names,),
                            >()?;
                        let f_all = func;
                        let func = exports
                            .get_func(&mut store, "who")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "who",
                            ))?;
                        func.typed::<
                                (super::super::super::super::fixtures::aliases::a::Person,),
                                (super::super::super::super::fixtures::aliases::a::User,),
                            >()?;
                        let f_who = func;
                        let _ = &mut store;
                        Ok(Guest { f_lookup, f_all, f_who })
                    }
                    /// Calls `lookup`.
                    pub fn call_lookup<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        i: &super::super::super::super::fixtures::aliases::a::Id,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::aliases::a::MaybeId,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::aliases::a::Id,),
                            (super::super::super::super::fixtures::aliases::a::MaybeId,),
                        >(&self.f_lookup);
                        let __r = __f.call(__store.as_context_mut(), (i,))?;
                        Ok(__r.0)
                    }
                    /// Calls `all`.
                    pub fn call_all<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::aliases::a::Names,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (super::super::super::super::fixtures::aliases::a::Names,),
                        >(&self.f_all);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        Ok(__r.0)
                    }
                    /// Calls `who`.
                    pub fn call_who<T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = T>,
                        p: &super::super::super::super::fixtures::aliases::a::Person,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::aliases::a::User,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::aliases::a::Person,),
                            (super::super::super::super::fixtures::aliases::a::User,),
                        >(&self.f_who);
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
    /// Generated bindings: `aliases`.
    #[allow(dead_code, clippy::all)]
    pub mod aliases {
        /// Generated bindings: `a`.
        #[allow(dead_code, clippy::all)]
        pub mod a {
            /// The WIT type `id`.
            pub type Id = u64;
            /// The WIT type `name`.
            pub type Name = String;
            /// The WIT type `names`.
            pub type Names = Vec<super::super::super::fixtures::aliases::a::Name>;
            /// The WIT type `maybe-id`.
            pub type MaybeId = Option<super::super::super::fixtures::aliases::a::Id>;
            /// The WIT type `user`.
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
            pub struct User {
                /// The `id` field.
                #[component(name = "id")]
                pub id: super::super::super::fixtures::aliases::a::Id,
                /// The `name` field.
                #[component(name = "name")]
                pub name: super::super::super::fixtures::aliases::a::Name,
            }
            /// The WIT type `person`.
            pub type Person = super::super::super::fixtures::aliases::a::User;
            /// The host's implementation of `fixtures:aliases/a`.
            pub trait Host {
                /// `lookup`.
                fn lookup(
                    &mut self,
                    i: super::super::super::fixtures::aliases::a::Id,
                ) -> super::super::super::fixtures::aliases::a::MaybeId;
                /// `all`.
                fn all(&mut self) -> super::super::super::fixtures::aliases::a::Names;
                /// `who`.
                fn who(
                    &mut self,
                    p: super::super::super::fixtures::aliases::a::Person,
                ) -> super::super::super::fixtures::aliases::a::User;
            }
            /// Defines `fixtures:aliases/a` in `linker`, implemented by the `U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<T: 'static, U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<T>,
                get: fn(&mut T) -> &mut U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:aliases/a")?;
                __inst
                    .func_wrap(
                        "lookup",
                        move |
                            mut __store,
                            (i,): (super::super::super::fixtures::aliases::a::Id,)|
                        {
                            let __r = Host::lookup(__get(__store.data_mut()), i);
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "all",
                        move |mut __store, (): ()| {
                            let __r = Host::all(__get(__store.data_mut()));
                            Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "who",
                        move |
                            mut __store,
                            (p,): (super::super::super::fixtures::aliases::a::Person,)|
                        {
                            let __r = Host::who(__get(__store.data_mut()), p);
                            Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                Ok(())
            }
        }
    }
}
