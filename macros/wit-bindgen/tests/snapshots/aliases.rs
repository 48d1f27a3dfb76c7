/// The exports of an instance of world `aliases`, ready to call.
pub struct Aliases {
    __i0: exports::fixtures::aliases::a::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Aliases {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Aliases> {
        let instance = linker.instantiate(&mut store, component)?;
        Aliases::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Aliases> {
        let __i0 = exports::fixtures::aliases::a::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Aliases { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::aliases::a::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::aliases::a::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:aliases/a`.
    pub fn fixtures_aliases_a(&self) -> &exports::fixtures::aliases::a::Guest {
        &self.__i0
    }
}
/// `Aliases` ready to instantiate quickly: the imports are resolved.
pub struct AliasesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> AliasesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Aliases> {
        let instance = self.pre.instantiate(&mut store)?;
        Aliases::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `aliases`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod aliases {
            /// Generated bindings: `a`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod a {
                /// The WIT type `id`.
                pub type Id = u64;
                /// The WIT type `name`.
                pub type Name = ::std::string::String;
                /// The WIT type `names`.
                pub type Names = ::std::vec::Vec<
                    super::super::super::super::fixtures::aliases::a::Name,
                >;
                /// The WIT type `maybe-id`.
                pub type MaybeId = ::core::option::Option<
                    super::super::super::super::fixtures::aliases::a::Id,
                >;
                /// The WIT type `user`.
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
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                    __f2: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
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
                        let __f0 = exports
                            .get_func(&mut store, "lookup")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "lookup",
                            ))?;
                        __f0.typed::<
                                (super::super::super::super::fixtures::aliases::a::Id,),
                                (super::super::super::super::fixtures::aliases::a::MaybeId,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "all")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "all",
                            ))?;
                        __f1.typed::<
                                (),
                                (super::super::super::super::fixtures::aliases::a::Names,),
                            >()?;
                        let __f2 = exports
                            .get_func(&mut store, "who")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "who",
                            ))?;
                        __f2.typed::<
                                (super::super::super::super::fixtures::aliases::a::Person,),
                                (super::super::super::super::fixtures::aliases::a::User,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1, __f2 })
                    }
                    /// Calls `lookup`.
                    pub fn call_lookup<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        i: &super::super::super::super::fixtures::aliases::a::Id,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::aliases::a::MaybeId,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::aliases::a::Id,),
                            (super::super::super::super::fixtures::aliases::a::MaybeId,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (i,))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `all`.
                    pub fn call_all<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::aliases::a::Names,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (),
                            (super::super::super::super::fixtures::aliases::a::Names,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), ())?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `who`.
                    pub fn call_who<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        p: &super::super::super::super::fixtures::aliases::a::Person,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::aliases::a::User,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (&super::super::super::super::fixtures::aliases::a::Person,),
                            (super::super::super::super::fixtures::aliases::a::User,),
                        >(&self.__f2);
                        let __r = __f.call(__store.as_context_mut(), (p,))?;
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
    /// Generated bindings: `aliases`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod aliases {
        /// Generated bindings: `a`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod a {
            /// The WIT type `id`.
            pub type Id = u64;
            /// The WIT type `name`.
            pub type Name = ::std::string::String;
            /// The WIT type `names`.
            pub type Names = ::std::vec::Vec<Name>;
            /// The WIT type `maybe-id`.
            pub type MaybeId = ::core::option::Option<Id>;
            /// The WIT type `user`.
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
            pub struct User {
                /// The `id` field.
                #[component(name = "id")]
                pub id: Id,
                /// The `name` field.
                #[component(name = "name")]
                pub name: Name,
            }
            /// The WIT type `person`.
            pub type Person = User;
            /// The host's implementation of `fixtures:aliases/a`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `lookup`.
                fn lookup(&mut self, i: Id) -> MaybeId;
                /// `all`.
                fn all(&mut self) -> Names;
                /// `who`.
                fn who(&mut self, p: Person) -> User;
            }
            /// Defines `fixtures:aliases/a` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:aliases/a")?;
                __inst
                    .func_wrap(
                        "lookup",
                        move |mut __store, (i,): (Id,)| {
                            let __r = Host::lookup(__get(__store.data_mut()), i);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "all",
                        move |mut __store, (): ()| {
                            let __r = Host::all(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "who",
                        move |mut __store, (p,): (Person,)| {
                            let __r = Host::who(__get(__store.data_mut()), p);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
