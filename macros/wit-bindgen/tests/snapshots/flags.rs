/// The exports of an instance of world `flags`, ready to call.
pub struct Flags {
    __i0: exports::fixtures::flags::perms::Guest,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Flags {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Flags> {
        let instance = linker.instantiate(&mut store, component)?;
        Flags::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Flags> {
        let __i0 = exports::fixtures::flags::perms::Guest::new(&mut store, instance)?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Flags { __i0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::flags::perms::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::flags::perms::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// The exports of `fixtures:flags/perms`.
    pub fn fixtures_flags_perms(&self) -> &exports::fixtures::flags::perms::Guest {
        &self.__i0
    }
}
/// `Flags` ready to instantiate quickly: the imports are resolved.
pub struct FlagsPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> FlagsPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Flags> {
        let instance = self.pre.instantiate(&mut store)?;
        Flags::new(store, &instance)
    }
}
/// Generated bindings: `exports`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod exports {
    /// Generated bindings: `fixtures`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod fixtures {
        /// Generated bindings: `flags`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod flags {
            /// Generated bindings: `perms`.
            #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
            pub mod perms {
                /// The WIT type `mode`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[derive(
                    ::core::marker::Copy,
                    ::core::cmp::Eq,
                    ::core::hash::Hash,
                    ::core::default::Default
                )]
                #[component(flags)]
                #[component(wicker = "::wicker")]
                pub struct Mode {
                    /// The `read` flag.
                    #[component(name = "read")]
                    pub read: bool,
                    /// The `write` flag.
                    #[component(name = "write")]
                    pub write: bool,
                    /// The `execute` flag.
                    #[component(name = "execute")]
                    pub execute: bool,
                    /// The `set-uid` flag.
                    #[component(name = "set-uid")]
                    pub set_uid: bool,
                }
                /// The WIT type `many`.
                #[derive(
                    ::wicker::component::ComponentType,
                    ::wicker::component::Lift,
                    ::wicker::component::Lower,
                    ::core::fmt::Debug,
                    ::core::clone::Clone,
                    ::core::cmp::PartialEq
                )]
                #[derive(
                    ::core::marker::Copy,
                    ::core::cmp::Eq,
                    ::core::hash::Hash,
                    ::core::default::Default
                )]
                #[component(flags)]
                #[component(wicker = "::wicker")]
                pub struct Many {
                    /// The `a0` flag.
                    #[component(name = "a0")]
                    pub a0: bool,
                    /// The `a1` flag.
                    #[component(name = "a1")]
                    pub a1: bool,
                    /// The `a2` flag.
                    #[component(name = "a2")]
                    pub a2: bool,
                    /// The `a3` flag.
                    #[component(name = "a3")]
                    pub a3: bool,
                    /// The `a4` flag.
                    #[component(name = "a4")]
                    pub a4: bool,
                    /// The `a5` flag.
                    #[component(name = "a5")]
                    pub a5: bool,
                    /// The `a6` flag.
                    #[component(name = "a6")]
                    pub a6: bool,
                    /// The `a7` flag.
                    #[component(name = "a7")]
                    pub a7: bool,
                    /// The `a8` flag.
                    #[component(name = "a8")]
                    pub a8: bool,
                    /// The `a9` flag.
                    #[component(name = "a9")]
                    pub a9: bool,
                    /// The `a10` flag.
                    #[component(name = "a10")]
                    pub a10: bool,
                    /// The `a11` flag.
                    #[component(name = "a11")]
                    pub a11: bool,
                    /// The `a12` flag.
                    #[component(name = "a12")]
                    pub a12: bool,
                    /// The `a13` flag.
                    #[component(name = "a13")]
                    pub a13: bool,
                    /// The `a14` flag.
                    #[component(name = "a14")]
                    pub a14: bool,
                    /// The `a15` flag.
                    #[component(name = "a15")]
                    pub a15: bool,
                    /// The `a16` flag.
                    #[component(name = "a16")]
                    pub a16: bool,
                    /// The `a17` flag.
                    #[component(name = "a17")]
                    pub a17: bool,
                    /// The `a18` flag.
                    #[component(name = "a18")]
                    pub a18: bool,
                    /// The `a19` flag.
                    #[component(name = "a19")]
                    pub a19: bool,
                    /// The `a20` flag.
                    #[component(name = "a20")]
                    pub a20: bool,
                    /// The `a21` flag.
                    #[component(name = "a21")]
                    pub a21: bool,
                    /// The `a22` flag.
                    #[component(name = "a22")]
                    pub a22: bool,
                    /// The `a23` flag.
                    #[component(name = "a23")]
                    pub a23: bool,
                    /// The `a24` flag.
                    #[component(name = "a24")]
                    pub a24: bool,
                    /// The `a25` flag.
                    #[component(name = "a25")]
                    pub a25: bool,
                    /// The `a26` flag.
                    #[component(name = "a26")]
                    pub a26: bool,
                    /// The `a27` flag.
                    #[component(name = "a27")]
                    pub a27: bool,
                    /// The `a28` flag.
                    #[component(name = "a28")]
                    pub a28: bool,
                    /// The `a29` flag.
                    #[component(name = "a29")]
                    pub a29: bool,
                    /// The `a30` flag.
                    #[component(name = "a30")]
                    pub a30: bool,
                    /// The `a31` flag.
                    #[component(name = "a31")]
                    pub a31: bool,
                }
                /// The guest's exports of `fixtures:flags/perms`.
                pub struct Guest {
                    __f0: ::wicker::component::Func,
                    __f1: ::wicker::component::Func,
                }
                #[allow(clippy::too_many_arguments)]
                impl Guest {
                    /// Finds and checks the exports of `fixtures:flags/perms` in `instance`.
                    pub fn new(
                        mut store: impl ::wicker::AsContextMut,
                        instance: &::wicker::component::Instance,
                    ) -> ::wicker::Result<Guest> {
                        let exports = instance
                            .get_instance("fixtures:flags/perms")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "fixtures:flags/perms",
                            ))?;
                        let __f0 = exports
                            .get_func(&mut store, "combine")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "combine",
                            ))?;
                        __f0.typed::<
                                (
                                    super::super::super::super::fixtures::flags::perms::Mode,
                                    super::super::super::super::fixtures::flags::perms::Mode,
                                ),
                                (super::super::super::super::fixtures::flags::perms::Mode,),
                            >()?;
                        let __f1 = exports
                            .get_func(&mut store, "all")
                            .ok_or_else(|| ::wicker::component::__internal::missing_export(
                                "all",
                            ))?;
                        __f1.typed::<
                                (super::super::super::super::fixtures::flags::perms::Many,),
                                (super::super::super::super::fixtures::flags::perms::Many,),
                            >()?;
                        let _ = &mut store;
                        ::core::result::Result::Ok(Guest { __f0, __f1 })
                    }
                    /// Calls `combine`.
                    pub fn call_combine<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        a: super::super::super::super::fixtures::flags::perms::Mode,
                        b: super::super::super::super::fixtures::flags::perms::Mode,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::flags::perms::Mode,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (
                                super::super::super::super::fixtures::flags::perms::Mode,
                                super::super::super::super::fixtures::flags::perms::Mode,
                            ),
                            (super::super::super::super::fixtures::flags::perms::Mode,),
                        >(&self.__f0);
                        let __r = __f.call(__store.as_context_mut(), (a, b))?;
                        ::core::result::Result::Ok(__r.0)
                    }
                    /// Calls `all`.
                    pub fn call_all<__T: 'static>(
                        &self,
                        mut __store: impl ::wicker::AsContextMut<Data = __T>,
                        m: super::super::super::super::fixtures::flags::perms::Many,
                    ) -> ::wicker::Result<
                        super::super::super::super::fixtures::flags::perms::Many,
                    > {
                        let __f = ::wicker::component::__internal::typed_func::<
                            (super::super::super::super::fixtures::flags::perms::Many,),
                            (super::super::super::super::fixtures::flags::perms::Many,),
                        >(&self.__f1);
                        let __r = __f.call(__store.as_context_mut(), (m,))?;
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
    /// Generated bindings: `flags`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod flags {
        /// Generated bindings: `perms`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod perms {
            /// The WIT type `mode`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[derive(
                ::core::marker::Copy,
                ::core::cmp::Eq,
                ::core::hash::Hash,
                ::core::default::Default
            )]
            #[component(flags)]
            #[component(wicker = "::wicker")]
            pub struct Mode {
                /// The `read` flag.
                #[component(name = "read")]
                pub read: bool,
                /// The `write` flag.
                #[component(name = "write")]
                pub write: bool,
                /// The `execute` flag.
                #[component(name = "execute")]
                pub execute: bool,
                /// The `set-uid` flag.
                #[component(name = "set-uid")]
                pub set_uid: bool,
            }
            /// The WIT type `many`.
            #[derive(
                ::wicker::component::ComponentType,
                ::wicker::component::Lift,
                ::wicker::component::Lower,
                ::core::fmt::Debug,
                ::core::clone::Clone,
                ::core::cmp::PartialEq
            )]
            #[derive(
                ::core::marker::Copy,
                ::core::cmp::Eq,
                ::core::hash::Hash,
                ::core::default::Default
            )]
            #[component(flags)]
            #[component(wicker = "::wicker")]
            pub struct Many {
                /// The `a0` flag.
                #[component(name = "a0")]
                pub a0: bool,
                /// The `a1` flag.
                #[component(name = "a1")]
                pub a1: bool,
                /// The `a2` flag.
                #[component(name = "a2")]
                pub a2: bool,
                /// The `a3` flag.
                #[component(name = "a3")]
                pub a3: bool,
                /// The `a4` flag.
                #[component(name = "a4")]
                pub a4: bool,
                /// The `a5` flag.
                #[component(name = "a5")]
                pub a5: bool,
                /// The `a6` flag.
                #[component(name = "a6")]
                pub a6: bool,
                /// The `a7` flag.
                #[component(name = "a7")]
                pub a7: bool,
                /// The `a8` flag.
                #[component(name = "a8")]
                pub a8: bool,
                /// The `a9` flag.
                #[component(name = "a9")]
                pub a9: bool,
                /// The `a10` flag.
                #[component(name = "a10")]
                pub a10: bool,
                /// The `a11` flag.
                #[component(name = "a11")]
                pub a11: bool,
                /// The `a12` flag.
                #[component(name = "a12")]
                pub a12: bool,
                /// The `a13` flag.
                #[component(name = "a13")]
                pub a13: bool,
                /// The `a14` flag.
                #[component(name = "a14")]
                pub a14: bool,
                /// The `a15` flag.
                #[component(name = "a15")]
                pub a15: bool,
                /// The `a16` flag.
                #[component(name = "a16")]
                pub a16: bool,
                /// The `a17` flag.
                #[component(name = "a17")]
                pub a17: bool,
                /// The `a18` flag.
                #[component(name = "a18")]
                pub a18: bool,
                /// The `a19` flag.
                #[component(name = "a19")]
                pub a19: bool,
                /// The `a20` flag.
                #[component(name = "a20")]
                pub a20: bool,
                /// The `a21` flag.
                #[component(name = "a21")]
                pub a21: bool,
                /// The `a22` flag.
                #[component(name = "a22")]
                pub a22: bool,
                /// The `a23` flag.
                #[component(name = "a23")]
                pub a23: bool,
                /// The `a24` flag.
                #[component(name = "a24")]
                pub a24: bool,
                /// The `a25` flag.
                #[component(name = "a25")]
                pub a25: bool,
                /// The `a26` flag.
                #[component(name = "a26")]
                pub a26: bool,
                /// The `a27` flag.
                #[component(name = "a27")]
                pub a27: bool,
                /// The `a28` flag.
                #[component(name = "a28")]
                pub a28: bool,
                /// The `a29` flag.
                #[component(name = "a29")]
                pub a29: bool,
                /// The `a30` flag.
                #[component(name = "a30")]
                pub a30: bool,
                /// The `a31` flag.
                #[component(name = "a31")]
                pub a31: bool,
            }
            /// The host's implementation of `fixtures:flags/perms`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `combine`.
                fn combine(&mut self, a: Mode, b: Mode) -> Mode;
                /// `all`.
                fn all(&mut self, m: Many) -> Many;
            }
            /// Defines `fixtures:flags/perms` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:flags/perms")?;
                __inst
                    .func_wrap(
                        "combine",
                        move |mut __store, (a, b): (Mode, Mode)| {
                            let __r = Host::combine(__get(__store.data_mut()), a, b);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                __inst
                    .func_wrap(
                        "all",
                        move |mut __store, (m,): (Many,)| {
                            let __r = Host::all(__get(__store.data_mut()), m);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
